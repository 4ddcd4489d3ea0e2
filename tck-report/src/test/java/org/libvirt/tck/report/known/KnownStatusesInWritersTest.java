package org.libvirt.tck.report.known;

import static org.libvirt.tck.report.Fixtures.result;
import static org.testng.Assert.assertEquals;
import static org.testng.Assert.assertFalse;
import static org.testng.Assert.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import javax.xml.transform.stream.StreamSource;
import org.libvirt.tck.report.Fixtures;
import org.libvirt.tck.report.junit.JUnitXmlWriter;
import org.libvirt.tck.report.model.KnownIssue;
import org.libvirt.tck.report.model.Report;
import org.libvirt.tck.report.model.Status;
import org.libvirt.tck.report.text.SummaryWriter;
import org.libvirt.tck.report.xml.ReportFormatException;
import org.libvirt.tck.report.xml.ReportXmlReader;
import org.libvirt.tck.report.xml.ReportXmlSchema;
import org.libvirt.tck.report.xml.ReportXmlWriter;
import org.testng.annotations.Test;
import org.xml.sax.SAXException;

/** known-fail and unexpected-pass in report.xml, junit.xml and the summary. */
public class KnownStatusesInWritersTest {

    private static final KnownIssue KNOWN = new KnownIssue("restore leaves it paused", "https://bugs.example/5",
            "conf/known-broken/qemu.yml:3");

    static Report applied() {
        return new Report(Fixtures.qemuRun(), List.of(
                result("domain.save", Status.FAIL, 2500, "expected running", "trace")
                        .withStatus(Status.KNOWN_FAIL, KNOWN),
                result("domain.fixed", Status.PASS, 10, null, null).withStatus(Status.UNEXPECTED_PASS, KNOWN),
                result("domain.bare", Status.ERROR, 1, null, null)
                        .withStatus(Status.KNOWN_FAIL, new KnownIssue(null, null, null))));
    }

    @Test
    public void reportXmlWritesTheKnownElementValidAndReadsItBack() throws IOException, ReportFormatException,
            SAXException {
        StringWriter out = new StringWriter();
        new ReportXmlWriter(Fixtures.CLOCK).write(applied(), out);
        String xml = out.toString();
        assertTrue(xml.contains("    <scenario id=\"domain.save\" status=\"known-fail\" duration-ms=\"2500\">\n"
                + "      <group>domain</group>\n"
                + "      <message>expected running</message>\n"
                + "      <details>trace</details>\n"
                + "      <known reason=\"restore leaves it paused\" bug=\"https://bugs.example/5\" "
                + "entry=\"conf/known-broken/qemu.yml:3\"/>\n"
                + "    </scenario>\n"
                + "    <scenario id=\"domain.fixed\" status=\"unexpected-pass\" duration-ms=\"10\">"), xml);
        ReportXmlSchema.schema().newValidator().validate(new StreamSource(new StringReader(xml)));
        assertEquals(ReportXmlReader.read(new StringReader(xml)), applied());
    }

    @Test
    public void junitShowsAKnownFailureAsSkippedWithReasonAndBug() throws IOException {
        StringWriter out = new StringWriter();
        new JUnitXmlWriter(Fixtures.CLOCK).write(applied(), out);
        String xml = out.toString();
        assertTrue(xml.contains("failures=\"0\" errors=\"0\" skipped=\"2\""), xml);
        assertTrue(xml.contains("""
                  <testcase classname="domain" name="domain.save" time="2.500">
                    <skipped message="known-fail: restore leaves it paused (https://bugs.example/5)"/>
                    <system-out>expected running
                trace</system-out>
                  </testcase>"""), xml);
        assertTrue(xml.contains("<skipped message=\"known-fail: known broken\"/>"), xml);
    }

    @Test
    public void junitShowsAnUnexpectedPassAsPassingWithANote() throws IOException {
        StringWriter out = new StringWriter();
        new JUnitXmlWriter(Fixtures.CLOCK).write(applied(), out);
        assertTrue(out.toString().contains("""
                  <testcase classname="domain" name="domain.fixed" time="0.010">
                    <system-out>unexpected-pass: passed although a known-broken entry says it fails: \
                restore leaves it paused (https://bugs.example/5); remove the entry at conf/known-broken/qemu.yml:3</system-out>
                  </testcase>"""), out.toString());
    }

    @Test
    public void theSummaryNamesTheEntryAndCountsKnownStatusesApart() throws IOException {
        StringWriter out = new StringWriter();
        new SummaryWriter().write(applied(), out);
        assertTrue(out.toString().endsWith("""
                domain.save  -- KNOWN_FAIL
                    expected running
                    known: restore leaves it paused (https://bugs.example/5) [conf/known-broken/qemu.yml:3]
                domain.fixed -- UNEXPECTED_PASS
                    expected to fail: restore leaves it paused (https://bugs.example/5) [conf/known-broken/qemu.yml:3]
                domain.bare  -- KNOWN_FAIL
                    known: known broken

                0 passed, 0 failed, 0 errors, 0 skipped, 0 unsupported, 2 known failures, 1 unexpected passes
                """), out.toString());
        assertFalse(applied().hasUnexpected(), "known failures and unexpected passes do not fail a run");
    }

    @Test
    public void theSummaryOfAReportWithoutKnownStatusesKeepsItsTotals() {
        assertEquals(SummaryWriter.totals(Fixtures.oneOfEach()),
                "1 passed, 1 failed, 1 errors, 1 skipped, 1 unsupported");
    }
}
