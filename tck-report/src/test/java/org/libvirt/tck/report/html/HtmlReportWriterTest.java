package org.libvirt.tck.report.html;

import static org.libvirt.tck.report.Fixtures.result;
import static org.testng.Assert.assertEquals;
import static org.testng.Assert.assertFalse;
import static org.testng.Assert.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.libvirt.tck.report.Fixtures;
import org.libvirt.tck.report.diff.ReportDiff;
import org.libvirt.tck.report.model.Attachment;
import org.libvirt.tck.report.model.KnownIssue;
import org.libvirt.tck.report.model.Report;
import org.libvirt.tck.report.model.ScenarioResult;
import org.libvirt.tck.report.model.Status;
import org.testng.annotations.Test;

public class HtmlReportWriterTest {

    private static final KnownIssue KNOWN = new KnownIssue("restore <paused>", "https://bugs.example/1?a=1&b=2",
            "k.yml:3");

    static Report withKnown() {
        return new Report(Fixtures.qemuRun(), List.of(
                result("domain.pass", Status.PASS, 1234, null, null),
                result("domain.fail", Status.FAIL, 1, "expected <running> & got \"shut off\"", null),
                result("domain.error", Status.ERROR, 1, "died", null),
                result("domain.skip", Status.SKIP, 1, "no nic", null),
                result("domain.unsupported", Status.UNSUPPORTED, 1, "no support", null),
                result("domain.known", Status.FAIL, 1, "boom", null).withStatus(Status.KNOWN_FAIL, KNOWN),
                result("domain.unexpected", Status.PASS, 1, null, null).withStatus(Status.UNEXPECTED_PASS, KNOWN),
                result("domain.evil", Status.FAIL, 1, null, null).withStatus(Status.KNOWN_FAIL,
                        new KnownIssue("x", "javascript:alert(1)", null))));
    }

    private static String page(Report report) throws IOException {
        StringWriter out = new StringWriter();
        new HtmlReportWriter(Fixtures.CLOCK).write(report, out);
        return out.toString();
    }

    private static String matrix(List<HtmlReportWriter.Named> reports) throws IOException {
        StringWriter out = new StringWriter();
        new HtmlReportWriter(Fixtures.CLOCK).writeMatrix(reports, out);
        return out.toString();
    }

    static void assertSelfContained(String html) {
        assertTrue(html.startsWith("<!DOCTYPE html>"), html);
        assertTrue(html.contains("<style>"), "inline CSS");
        assertFalse(html.contains("<script"), "no script");
        assertFalse(html.contains("<link"), "no external style sheet");
        assertFalse(Pattern.compile("src=").matcher(html).find(), "no external resource");
        Matcher hrefs = Pattern.compile("href=\"([^\"]*)\"").matcher(html);
        while (hrefs.find()) {
            assertTrue(hrefs.group(1).startsWith("https://bugs.example/"), "only bug links: " + hrefs.group(1));
        }
    }

    @Test
    public void aPageShowsEveryStatusColouredAndLinksKnownFailuresToTheirBug() throws IOException {
        String html = page(withKnown());
        assertSelfContained(html);
        for (Status s : Status.values()) {
            assertTrue(html.contains("class=\"status " + s.xmlName() + "\""), s + " in\n" + html);
        }
        assertTrue(html.contains("<td class=\"status known-fail\"><a href=\"https://bugs.example/1?a=1&amp;b=2\" "
                + "title=\"restore &lt;paused&gt;\">known-fail</a></td>"), html);
        assertTrue(html.contains("[k.yml:3]"), html);
        assertTrue(html.contains("<td>1.234 s</td>"), html);
        assertTrue(html.contains("<p class=\"totals\">1 passed, 1 failed, 1 errors, 1 skipped, 1 unsupported, "
                + "2 known failures, 1 unexpected passes</p>"), html);
        assertTrue(html.contains("<th>Platform</th><td>Linux 6.8.0 x86_64</td>"), html);
    }

    @Test
    public void theHeaderShowsTheGuestsDomainTypeAndFindingOnlyWhenRecorded() throws IOException {
        String html = page(new Report(Fixtures.kvmFallbackRun(), List.of()));
        assertTrue(html.contains("<tr><th>Guests</th><td>qemu (kvm offered by capabilities, but a probe guest did not "
                + "reach its agent within 20 s (nested KVM hangs guest kernels?); guests run as qemu (TCG) &amp; "
                + "&lt;no&gt; &quot;kvm&quot;)</td></tr>"), html);
        assertFalse(page(withKnown()).contains("<th>Guests</th>"), "no row when the run does not record it");
    }

    @Test
    public void textIsEscapedAndOnlyHttpBugsAreLinks() throws IOException {
        String html = page(withKnown());
        assertTrue(html.contains("expected &lt;running&gt; &amp; got &quot;shut off&quot;"), html);
        assertFalse(html.contains("href=\"javascript:"), "a bug that is not http(s) is not a link: " + html);
        assertTrue(html.contains("x (javascript:alert(1))"), "but it is shown as text");
    }

    @Test
    public void aMatrixHasScenariosByRowsAndRunsByColumns() throws IOException {
        Report second = new Report(Fixtures.runningTestDriver(), List.of(
                result("domain.fail", Status.PASS, 1, null, null),
                result("other.only", Status.SKIP, 1, "why", null)));
        String html = matrix(List.of(new HtmlReportWriter.Named("qemu/report.xml", withKnown()),
                new HtmlReportWriter.Named("test/report.xml", second)));
        assertSelfContained(html);
        assertTrue(html.contains("<h1>libvirt TCK matrix: 2 runs, 9 scenarios</h1>"), html);
        assertTrue(html.contains("<b>QEMU</b><br>qemu:///system<br>\nlibvirt 9.0.0<br>QEMU 8.2.2<br>\n"
                + "Linux 6.8.0 x86_64<br>2024-05-01T10:00:00Z<br><small>qemu/report.xml</small>"), html);
        assertTrue(html.contains("<b>unknown driver</b><br>test:///default"), html);
        assertTrue(html.contains("<tr><td class=\"id\">domain.fail</td><td class=\"status fail\" "
                + "title=\"expected &lt;running&gt; &amp; got &quot;shut off&quot;\">fail</td>"
                + "<td class=\"status pass\" title=\"\">pass</td></tr>"), html);
        assertTrue(html.contains("<tr><td class=\"id\">other.only</td><td class=\"absent\">&mdash;</td>"
                + "<td class=\"status skip\" title=\"why\">skip</td></tr>"), html);
        assertTrue(html.contains("<a href=\"https://bugs.example/1?a=1&amp;b=2\" title=\"restore &lt;paused&gt;\">"
                + "known-fail</a>"), html);
    }

    @Test
    public void aDiffPageHasASectionPerKind() throws IOException {
        Report before = new Report(Fixtures.qemuRun(), List.of(result("a.x", Status.PASS, 1, null, null)));
        Report after = new Report(Fixtures.qemuRun(), List.of(result("a.x", Status.FAIL, 1, "boom", null),
                result("a.y", Status.PASS, 1, null, null)));
        StringWriter out = new StringWriter();
        new HtmlDiffWriter(Fixtures.CLOCK).write(ReportDiff.compare(before, after), out);
        String html = out.toString();
        assertTrue(html.contains("<h2>Regressions (1)</h2>"), html);
        assertTrue(html.contains("<h2>New (1)</h2>"), html);
        assertFalse(html.contains("<h2>Fixes"), html);
        assertTrue(html.contains("<tr class=\"regression\"><td class=\"id\">a.x</td><td class=\"status pass\">pass</td>"
                + "<td class=\"status fail\">fail</td><td class=\"message\">boom</td></tr>"), html);
        assertEquals(html.contains("<script"), false);
    }

    @Test
    public void eachAttachmentIsACollapsedBlockWithItsTextEscaped() throws IOException {
        ScenarioResult failed = new ScenarioResult("guest.boot", List.of("guest"), Status.FAIL, Duration.ZERO,
                "no agent", null, null, List.of(new Attachment("tck-boot.xml", "<domain type='qemu'/>\u001b")));
        String html = page(new Report(Fixtures.qemuRun(), List.of(failed)));
        assertSelfContained(html);
        assertTrue(html.contains("<details class=\"attachment\"><summary>tck-boot.xml</summary>"
                + "<pre>&lt;domain type=&#39;qemu&#39;/&gt;\\u001B</pre></details>"), html);
        assertFalse(html.contains("<details open"), "collapsed");
    }

    @Test
    public void aSubResultIsIndentedUnderItsScenario() throws IOException {
        String html = page(new Report(Fixtures.qemuRun(), List.of(result("guest.checks", Status.PASS, 1, null, null),
                result("guest.checks/20-memory", Status.PASS, 1, null, null))));
        assertTrue(html.contains("<td class=\"id\">guest.checks</td>"), html);
        assertTrue(html.contains("<td class=\"id sub\">guest.checks/20-memory</td>"), html);
    }
}
