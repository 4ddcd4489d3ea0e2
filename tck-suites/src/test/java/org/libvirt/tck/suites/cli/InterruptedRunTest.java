package org.libvirt.tck.suites.cli;

import static org.testng.Assert.assertEquals;
import static org.testng.Assert.assertFalse;
import static org.testng.Assert.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.libvirt.tck.core.connect.TckConnection;
import org.libvirt.tck.core.host.TckObjects;
import org.libvirt.tck.report.model.Report;
import org.libvirt.tck.report.xml.ReportXmlReader;
import org.testng.annotations.Test;

/**
 * A real SIGTERM in the middle of a run on a real daemon: the kit removes its objects and leaves an incomplete
 * report. Needs {@code qemu:///system} in {@code LIBVIRT_TCK_LIVE_URIS}, where scenarios take long enough to be cut.
 */
public class InterruptedRunTest {

    private static final String URI = "qemu:///system";

    @Test
    public void sigtermRemovesTheKitsObjectsAndLeavesAnIncompleteReport() throws Exception {
        KitProcess.requireLive(URI);
        Path out = Files.createTempDirectory("tck-sigterm");
        Path log = out.resolve("kit.log");
        Process kit = KitProcess.start(URI, out.resolve("reports"), log, "domain");
        try {
            // Wait until a domain of the kit's exists, then interrupt it mid-scenario.
            try (TckConnection conn = TckConnection.open(URI)) {
                KitProcess.awaitTckObject(conn);
                new ProcessBuilder("kill", "-TERM", Long.toString(kit.pid())).start().waitFor();
                assertTrue(kit.waitFor(60, TimeUnit.SECONDS), "the kit ends within 60 s of SIGTERM");

                assertEquals(kit.exitValue(), 143, "killed by SIGTERM");
                assertEquals(TckObjects.find(conn.libvirt()), List.of(), "no tck object is left");
            }
            String printed = Files.readString(log);
            assertTrue(printed.contains("libvirt-tck: interrupted after "), printed);
            Report report = ReportXmlReader.read(out.resolve("reports").resolve("report.xml"));
            assertFalse(report.run().complete(), "the report says it is incomplete");
            for (File f : out.resolve("reports").toFile().listFiles()) {
                assertFalse(f.getName().endsWith(".tmp"), "no temporary file is left: " + f);
            }
        } finally {
            kit.destroyForcibly();
        }
    }

    @Test
    public void afterAHardKillTheNextForcedRunCleansUpFully() throws Exception {
        KitProcess.requireLive(URI);
        Path out = Files.createTempDirectory("tck-sigkill");
        Process kit = KitProcess.start(URI, out.resolve("killed"), out.resolve("kit.log"), "domain");
        try (TckConnection conn = TckConnection.open(URI)) {
            KitProcess.awaitTckObject(conn);
            kit.destroyForcibly();
            assertTrue(kit.waitFor(30, TimeUnit.SECONDS));
            assertFalse(TckObjects.find(conn.libvirt()).isEmpty(), "a kill -9 leaves the kit's objects behind");

            CommandRun next = CommandRun.of("--uri", URI, "--force", "--output", out.resolve("next").toString(),
                    "host.node-info");
            assertEquals(next.exit(), 0, next.out() + next.err());
            assertTrue(next.out().contains("removed earlier tck objects: "), next.out());
            assertEquals(TckObjects.find(conn.libvirt()), List.of(), "the forced run removed everything");
        } finally {
            kit.destroyForcibly();
        }
    }
}
