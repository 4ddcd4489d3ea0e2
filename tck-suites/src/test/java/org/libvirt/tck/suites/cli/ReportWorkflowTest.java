package org.libvirt.tck.suites.cli;

import static org.testng.Assert.assertEquals;
import static org.testng.Assert.assertFalse;
import static org.testng.Assert.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.libvirt.tck.report.cli.ReportCommand;
import org.libvirt.tck.report.model.Report;
import org.libvirt.tck.report.model.ScenarioResult;
import org.libvirt.tck.report.model.Status;
import org.libvirt.tck.report.xml.ReportXmlReader;
import org.libvirt.tck.report.xml.ReportXmlWriter;
import org.testng.SkipException;
import org.testng.annotations.Test;

/**
 * The release questions end to end: two runs of the kit, a diff, marking a failure as known, filtering with the
 * database, a run that applies it, and the HTML matrix opened in headless Chromium.
 */
public class ReportWorkflowTest {

    private record Tool(int exit, String out, String err) {
    }

    private static Tool report(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = ReportCommand.run(new PrintWriter(out), new PrintWriter(err), Map.of(), Clock.systemUTC(), args);
        return new Tool(exit, out.toString(), err.toString());
    }

    private static Path run(Path dir, String... extra) throws Exception {
        List<String> args = new ArrayList<>(List.of("--output", dir.toString(), "domain.*lifecycle*", "host.*"));
        args.addAll(List.of(extra));
        CommandRun run = CommandRun.of(args.toArray(String[]::new));
        assertEquals(run.exit(), 0, run.out() + run.err());
        return dir.resolve("report.xml");
    }

    /** The second run with one scenario turned into a failure, as a driver regression would. */
    private static Path withRegression(Path report, String id, Path target) throws Exception {
        Report r = ReportXmlReader.read(report);
        List<ScenarioResult> changed = new ArrayList<>();
        for (ScenarioResult s : r.scenarios()) {
            changed.add(s.id().equals(id) ? new ScenarioResult(s.id(), s.groups(), Status.FAIL, s.duration(),
                    "expected domain tck-persistent to be running, but found state VIR_DOMAIN_SHUTOFF", null) : s);
        }
        try (Writer w = Files.newBufferedWriter(target)) {
            new ReportXmlWriter(Clock.systemUTC()).write(new Report(r.run(), changed), w);
        }
        return target;
    }

    @Test
    public void runDiffMarkFilterAndRenderTheMatrix() throws Exception {
        Path work = Files.createTempDirectory("tck-workflow");
        Path db = Files.createDirectories(work.resolve("known-broken"));
        Path first = run(work.resolve("run1"));
        Path second = withRegression(run(work.resolve("run2")), "domain.persistent-lifecycle",
                work.resolve("run2-regressed.xml"));

        Tool diff = report("diff", first.toString(), second.toString());
        assertEquals(diff.exit(), 1, "a regression: " + diff.out() + diff.err());
        assertTrue(diff.out().contains("domain.persistent-lifecycle"), diff.out());

        Tool mark = report("mark", second.toString(), "--reason", "stays shut off after create",
                "--bug", "https://example.org/bugs/1", "--known-broken", db.toString());
        assertEquals(mark.exit(), 0, mark.out() + mark.err());
        try (var files = Files.list(db)) {
            assertEquals(files.count(), 1L, "one database file for the report's driver and platform");
        }

        Tool filter = report("filter", second.toString(), "--known-broken", db.toString(),
                "-o", work.resolve("filtered.xml").toString());
        assertEquals(filter.exit(), 0, "the failure is known now: " + filter.out() + filter.err());
        Report filtered = ReportXmlReader.read(work.resolve("filtered.xml"));
        assertEquals(filtered.scenarios().stream().filter(s -> s.id().equals("domain.persistent-lifecycle"))
                .findFirst().orElseThrow().status(), Status.KNOWN_FAIL);

        // A real run with the database: the scenario passes, so the entry shows up as an unexpected pass.
        Path third = run(work.resolve("run3"), "--known-broken", db.toString());
        Report applied = ReportXmlReader.read(third);
        assertEquals(applied.scenarios().stream().filter(s -> s.id().equals("domain.persistent-lifecycle"))
                .findFirst().orElseThrow().status(), Status.UNEXPECTED_PASS);

        Path html = work.resolve("matrix.html");
        Tool page = report("html", first.toString(), work.resolve("filtered.xml").toString(), third.toString(),
                "-o", html.toString());
        assertEquals(page.exit(), 0, page.out() + page.err());
        assertInChromium(html);
    }

    @Test
    public void aMalformedDatabaseStopsTheRunWithOneLine() throws Exception {
        Path db = Files.createTempDirectory("tck-db");
        Files.writeString(db.resolve("bad.yml"), "- scenario: domain.*\n  drivr: qemu\n  status: fail\n  reason: x\n");
        CommandRun run = CommandRun.of("--known-broken", db.toString(), "--output",
                Files.createTempDirectory("tck-out").toString(), "host.node-info");
        assertEquals(run.exit(), 2, run.out() + run.err());
        assertEquals(run.errLines().length, 1, run.err());
        assertTrue(run.errLines()[0].startsWith("libvirt-tck: " + db.resolve("bad.yml") + ":2: "), run.err());
    }

    private static void assertInChromium(Path html) throws Exception {
        Path chromium = Path.of("/usr/bin/chromium");
        if (!Files.isExecutable(chromium)) {
            throw new SkipException("needs Debian's chromium (bin/libvirt-tck-selftest installs it)");
        }
        Path profile = Files.createTempDirectory("tck-chromium");
        Process browser = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile, "--enable-logging=stderr", "--v=0", "--dump-dom",
                html.toUri().toString()).redirectError(profile.resolve("console.log").toFile()).start();
        String dom = new String(browser.getInputStream().readAllBytes());
        assertTrue(browser.waitFor(60, TimeUnit.SECONDS), "chromium ends");
        String console = Files.readString(profile.resolve("console.log"));
        assertTrue(dom.contains("</html>"), "the page loaded: " + dom.length() + " characters");
        for (String status : List.of("pass", "known-fail", "unexpected-pass", "unsupported")) {
            assertTrue(dom.contains(status), "the page shows " + status);
        }
        assertTrue(dom.contains("https://example.org/bugs/1"), "the known failure links its bug");
        assertFalse(console.contains("Uncaught"), "no script error: " + console);
    }
}
