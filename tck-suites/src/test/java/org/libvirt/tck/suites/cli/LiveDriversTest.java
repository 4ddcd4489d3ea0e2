package org.libvirt.tck.suites.cli;

import static org.testng.Assert.assertEquals;
import static org.testng.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.libvirt.tck.report.model.Report;
import org.libvirt.tck.report.model.ScenarioResult;
import org.libvirt.tck.report.model.Status;
import org.libvirt.tck.report.xml.ReportXmlReader;
import org.libvirt.tck.suites.run.ScenarioCatalog;
import org.libvirt.tck.suites.run.ScenarioInfo;
import org.testng.annotations.DataProvider;
import org.testng.annotations.Test;

/**
 * The whole kit against each live driver in {@code LIBVIRT_TCK_LIVE_URIS} (space separated; default
 * {@code test:///default}); {@code bin/libvirt-tck-selftest} adds {@code qemu:///system}.
 */
public class LiveDriversTest {

    @DataProvider
    public static Object[][] liveUris() {
        String uris = System.getenv().getOrDefault("LIBVIRT_TCK_LIVE_URIS", "test:///default");
        return Arrays.stream(uris.trim().split("\\s+")).map(u -> new Object[] {u}).toArray(Object[][]::new);
    }

    @Test(dataProvider = "liveUris")
    public void everyScenarioEndsAsExpectedAndTheReportsAreWritten(String uri) throws Exception {
        Path out = Files.createTempDirectory("tck-live");
        CommandRun run = CommandRun.of("--uri", uri, "--force", "--output", out.toString());

        assertEquals(run.exit(), 0, "exit code on " + uri + "\n" + run.out() + run.err());
        Report report = ReportXmlReader.read(out.resolve("report.xml"));
        Map<String, ScenarioResult> byId = report.scenarios().stream()
                .collect(Collectors.toMap(ScenarioResult::id, Function.identity()));
        for (ScenarioInfo s : ScenarioCatalog.all().scenarios()) {
            ScenarioResult r = byId.get(s.id());
            assertTrue(r != null, s.id() + " is in the report");
            assertTrue(!r.status().isUnexpected(), s.id() + " on " + uri + ": " + r.status() + " " + r.message());
        }
        assertEquals(report.run().driver(), uri.substring(0, uri.indexOf(':')));
        assertTrue(report.run().complete());
        assertTrue(Files.size(out.resolve("junit.xml")) > 0);
        assertTrue(Files.readString(out.resolve("summary.txt")).matches("(?s).*\\ndomain\\.persistent-lifecycle +-- PASS\\n.*"));
    }

    @Test
    public void theTestDriverLacksDomainCapabilitiesWhichIsReportedAsUnsupported() throws Exception {
        Path out = Files.createTempDirectory("tck-live");
        CommandRun run = CommandRun.of("--force", "--output", out.toString(), "host.domain-capabilities");
        assertEquals(run.exit(), 0, run.out() + run.err());
        Report report = ReportXmlReader.read(out.resolve("report.xml"));
        assertEquals(report.scenarios().get(0).status(), Status.UNSUPPORTED);
    }
}
