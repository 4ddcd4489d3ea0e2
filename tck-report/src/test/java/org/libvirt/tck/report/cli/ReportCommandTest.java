package org.libvirt.tck.report.cli;

import static org.libvirt.tck.report.Fixtures.result;
import static org.testng.Assert.assertEquals;
import static org.testng.Assert.assertFalse;
import static org.testng.Assert.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.libvirt.tck.report.Fixtures;
import org.libvirt.tck.report.io.AtomicFiles;
import org.libvirt.tck.report.model.Report;
import org.libvirt.tck.report.model.RunInfo;
import org.libvirt.tck.report.model.Status;
import org.libvirt.tck.report.xml.ReportFormatException;
import org.libvirt.tck.report.xml.ReportXmlReader;
import org.libvirt.tck.report.xml.ReportXmlWriter;
import org.testng.annotations.BeforeMethod;
import org.testng.annotations.Test;

public class ReportCommandTest {

    private Path dir;
    private String out;
    private String err;

    @BeforeMethod
    public void folder() throws IOException {
        dir = Files.createTempDirectory("report-cli");
    }

    private int run(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = ReportCommand.run(new PrintWriter(o), new PrintWriter(e), Map.of(), Fixtures.CLOCK, args);
        out = o.toString();
        err = e.toString();
        return code;
    }

    private String file(String name, Report report) throws IOException {
        Path p = dir.resolve(name);
        AtomicFiles.write(p, w -> new ReportXmlWriter(Fixtures.CLOCK).write(report, w));
        return p.toString();
    }

    private static Report passing() {
        return new Report(Fixtures.qemuRun(), List.of(result("domain.a", Status.PASS, 1, null, null),
                result("domain.b", Status.PASS, 1, null, null)));
    }

    private static Report failing() {
        return new Report(Fixtures.qemuRun(), List.of(result("domain.a", Status.PASS, 1, null, null),
                result("domain.b", Status.FAIL, 1, "boom", null)));
    }

    private void assertOneErrorLine(String expected) {
        assertEquals(err, "libvirt-tck-report: " + expected + System.lineSeparator());
        assertFalse(err.contains("\tat "), "no stack trace");
    }

    @Test
    public void diffExitsOneOnARegressionAndZeroOtherwise() throws IOException {
        String good = file("good.xml", passing());
        String bad = file("bad.xml", failing());
        assertEquals(run("diff", good, bad), 1, err);
        assertTrue(out.contains("Regressions (1):\n  domain.b  pass -> fail\n      boom\n"), out);
        assertEquals(run("diff", bad, good), 0, err);
        assertTrue(out.contains("Fixes (1):"), out);
        assertEquals(run("diff", good, good), 0, err);
        assertEquals(err, "");
    }

    @Test
    public void diffWritesXmlAndHtml() throws IOException {
        String good = file("good.xml", passing());
        String bad = file("bad.xml", failing());
        assertEquals(run("diff", "--format", "xml", good, bad), 1);
        assertTrue(out.contains("<change kind=\"regression\" id=\"domain.b\" old=\"pass\" new=\"fail\">"), out);
        assertEquals(run("diff", "--format=html", good, bad), 1);
        assertTrue(out.startsWith("<!DOCTYPE html>") && out.contains("<h2>Regressions (1)</h2>"), out);
    }

    @Test
    public void diffRefusesRunsOfAnotherDriverUnlessAllowed() throws IOException {
        String qemu = file("qemu.xml", passing());
        String test = file("test.xml", new Report(Fixtures.runningTestDriver(),
                List.of(result("domain.a", Status.PASS, 1, null, null))));
        assertEquals(run("diff", qemu, test), 2);
        assertOneErrorLine("refusing to compare: " + qemu + " ran QEMU on Linux 6.8.0 x86_64 but " + test
                + " ran test on unknown OS unknown arch; pass --allow-mismatch to compare them anyway");
        assertEquals(out, "");
        assertEquals(run("diff", "--allow-mismatch", qemu, test), 0, err);
        assertTrue(out.contains("Removed (1):"), out);
    }

    @Test
    public void aMissingReportIsOneLineAndExitTwo() throws IOException {
        String good = file("good.xml", passing());
        String missing = dir.resolve("missing.xml").toString();
        assertEquals(run("diff", good, missing), 2);
        assertOneErrorLine(missing + ": expected a report written by the TCK but there is no such file; check the path");
        assertEquals(run("filter", missing), 2);
        assertEquals(run("html", missing, "-o", dir.resolve("x.html").toString()), 2);
    }

    @Test
    public void aTruncatedOrForeignReportIsOneLineAndExitTwo() throws IOException {
        String good = file("good.xml", failing());
        String text = Files.readString(Path.of(good));
        Path cut = Files.writeString(dir.resolve("cut.xml"), text.substring(0, text.indexOf("boom")));
        assertEquals(run("filter", cut.toString()), 2);
        assertTrue(err.startsWith("libvirt-tck-report: " + cut + ": line "), err);
        assertTrue(err.contains("it is truncated"), err);
        assertEquals(err.lines().count(), 1L, err);
        Path junit = Files.writeString(dir.resolve("junit.xml"), "<testsuite name=\"x\"/>");
        assertEquals(run("diff", good, junit.toString()), 2);
        assertTrue(err.contains("which is a JUnit XML file"), err);
    }

    @Test
    public void anUnknownOptionOrCommandIsOneLinePlusUsageAndExitTwo() {
        assertEquals(run("diff", "--colour", "a", "b"), 2);
        assertEquals(err, "libvirt-tck-report: Unknown option: '--colour'\n"
                + "Try 'libvirt-tck-report diff --help' for the options.\n");
        assertEquals(run("frobnicate"), 2);
        assertTrue(err.startsWith("libvirt-tck-report: Unmatched argument at index 0: 'frobnicate'"), err);
        assertEquals(run(), 2);
        assertEquals(err, "libvirt-tck-report: expected a command: diff, filter, mark or html\n"
                + "Try 'libvirt-tck-report --help' for the options.\n");
        assertEquals(run("mark", "r.xml", "--reason", "x"), 2);
        assertTrue(err.startsWith("libvirt-tck-report: Missing required option: '--bug=URL'"), err);
    }

    @Test
    public void helpAndVersionExitZero() {
        assertEquals(run("--help"), 0);
        assertTrue(out.contains("diff") && out.contains("filter") && out.contains("mark") && out.contains("html"), out);
        assertEquals(run("--version"), 0);
        assertTrue(out.startsWith("libvirt-tck-report "), out);
    }

    @Test
    public void filterAppliesTheDatabaseUnexpectedFirstAndExitsByWhatRemains() throws IOException,
            ReportFormatException {
        Report report = new Report(Fixtures.qemuRun(), List.of(result("domain.a", Status.PASS, 1, null, null),
                result("domain.known", Status.FAIL, 1, "k", null), result("domain.b", Status.FAIL, 1, "boom", null)));
        String xml = file("r.xml", report);
        Path db = Files.writeString(dir.resolve("k.yml"), "- scenario: domain.known\n  driver: qemu\n  status: fail\n"
                + "  reason: known bug\n  bug: https://bugs.example/9\n");
        Path filtered = dir.resolve("filtered.xml");
        assertEquals(run("filter", xml, "--known-broken", db.toString(), "-o", filtered.toString()), 1, err);
        assertTrue(out.contains("domain.b     -- FAIL\n    boom\ndomain.known -- KNOWN_FAIL\n    k\n"
                + "    known: known bug (https://bugs.example/9) [" + db + ":1]\ndomain.a     -- PASS\n"), out);
        Report written = ReportXmlReader.read(filtered);
        assertEquals(written.scenarios().get(1).status(), Status.KNOWN_FAIL);
        assertEquals(written.scenarios().get(1).known().bug(), "https://bugs.example/9");

        Files.writeString(db, "- scenario: domain.*\n  driver: qemu\n  status: fail\n  reason: all\n");
        assertEquals(run("filter", xml, "--known-broken", db.toString()), 0, err);
    }

    @Test
    public void aMalformedDatabaseIsOneLineAndNoOutputIsWritten() throws IOException {
        String xml = file("r.xml", failing());
        Path db = Files.writeString(dir.resolve("k.yml"), "- scenario: domain.b\n  driver: qemu\n  status: fail\n"
                + "  reason: r\n  bugg: https://x/1\n");
        Path filtered = dir.resolve("filtered.xml");
        assertEquals(run("filter", xml, "--known-broken", db.toString(), "-o", filtered.toString()), 2);
        assertOneErrorLine(db + ":5: entry 1: unknown key 'bugg' (did you mean 'bug'?); known keys: scenario, "
                + "driver, platform, libvirt, hypervisor, status, reason, bug");
        assertFalse(Files.exists(filtered));
        assertEquals(out, "");
    }

    @Test
    public void theDatabaseComesFromTheEnvironmentWhenNoOptionNamesIt() throws IOException {
        String xml = file("r.xml", failing());
        Path db = Files.writeString(dir.resolve("env.yml"), "- {scenario: domain.b, driver: qemu, status: fail, reason: r}\n");
        StringWriter o = new StringWriter();
        int code = ReportCommand.run(new PrintWriter(o), new PrintWriter(new StringWriter()),
                Map.of(ReportCommand.KNOWN_BROKEN_ENV, db.toString()), Fixtures.CLOCK, "filter", xml);
        assertEquals(code, 0, o.toString());
    }

    @Test
    public void markRecordsUnexpectedFailuresAndThenFilterPasses() throws IOException {
        RunInfo q = Fixtures.qemuRun();
        String xml = file("r.xml", failing());
        Path known = dir.resolve("known-broken");
        assertEquals(run("mark", xml, "--reason", "boom on 9.0", "--bug", "https://bugs.example/3",
                "--known-broken", known.toString()), 0, err);
        Path added = known.resolve("qemu-linux-6.8.0-x86_64.yml");
        assertEquals(out, "added 1 entry to " + added + ":\n  domain.b\n");
        assertTrue(Files.readString(added).contains("- scenario: \"domain.b\"\n  driver: \"qemu\"\n"));
        assertEquals(run("filter", xml, "--known-broken", known.toString()), 0, err);
        assertEquals(run("mark", xml, "--reason", "again", "--bug", "https://bugs.example/3",
                "--known-broken", known.toString()), 0, err);
        assertTrue(out.startsWith("nothing to mark: "), out);
        assertEquals(q.osName(), "Linux");
    }

    @Test
    public void markRefusesABugThatIsNotAUrl() throws IOException {
        String xml = file("r.xml", failing());
        assertEquals(run("mark", xml, "--reason", "r", "--bug", "1234", "--known-broken", dir.toString()), 2);
        assertOneErrorLine("--bug: expected the http(s) URL of the bug report, e.g. "
                + "https://gitlab.com/libvirt/libvirt/-/issues/123, but found '1234'");
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(files.filter(p -> p.toString().endsWith(".yml")).count(), 0L);
        }
    }

    @Test
    public void htmlWritesAPageOrAMatrixAtomically() throws IOException {
        String a = file("a.xml", passing());
        String b = file("b.xml", failing());
        Path page = dir.resolve("page.html");
        assertEquals(run("html", a, "-o", page.toString()), 0, err);
        assertTrue(Files.readString(page).contains("<h1>libvirt TCK report</h1>"));
        assertEquals(run("html", a, b, "-o", page.toString()), 0, err);
        assertTrue(Files.readString(page).contains("libvirt TCK matrix: 2 runs, 2 scenarios"));
        String before = Files.readString(page);
        assertEquals(run("html", a, dir.resolve("nope.xml").toString(), "-o", page.toString()), 2);
        assertEquals(Files.readString(page), before, "a failed run leaves the output as it was");
        assertEquals(run("html", a), 2);
        assertTrue(err.startsWith("libvirt-tck-report: Missing required option: '--output=FILE'"), err);
    }
}
