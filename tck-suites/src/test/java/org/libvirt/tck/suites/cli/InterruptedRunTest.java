package org.libvirt.tck.suites.cli;

import static org.testng.Assert.assertEquals;
import static org.testng.Assert.assertFalse;
import static org.testng.Assert.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.libvirt.tck.core.connect.TckConnection;
import org.libvirt.tck.core.host.TckObjects;
import org.libvirt.tck.report.model.Report;
import org.libvirt.tck.report.xml.ReportXmlReader;
import org.testng.SkipException;
import org.testng.annotations.Test;

/**
 * A real SIGTERM in the middle of a run on a real daemon: the kit removes its objects and leaves an incomplete
 * report. Needs {@code qemu:///system} in {@code LIBVIRT_TCK_LIVE_URIS}, where scenarios take long enough to be cut.
 */
public class InterruptedRunTest {

    private static final String URI = "qemu:///system";

    @Test
    public void sigtermRemovesTheKitsObjectsAndLeavesAnIncompleteReport() throws Exception {
        if (!System.getenv().getOrDefault("LIBVIRT_TCK_LIVE_URIS", "").contains(URI)) {
            throw new SkipException("needs " + URI + " in LIBVIRT_TCK_LIVE_URIS (bin/libvirt-tck-selftest sets it)");
        }
        Path out = Files.createTempDirectory("tck-sigterm");
        Path log = out.resolve("kit.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process kit = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "org.libvirt.tck.suites.cli.LibvirtTckCommand", "--uri", URI, "--force",
                "--output", out.resolve("reports").toString(), "domain")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            // Wait until a domain of the kit's exists, then interrupt it mid-scenario.
            try (TckConnection conn = TckConnection.open(URI)) {
                Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
                while (TckObjects.find(conn.libvirt()).isEmpty() && Instant.now().isBefore(deadline)) {
                    Thread.sleep(50);
                }
                assertFalse(TckObjects.find(conn.libvirt()).isEmpty(), "the kit created a domain within 60 s");
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
        if (!System.getenv().getOrDefault("LIBVIRT_TCK_LIVE_URIS", "").contains(URI)) {
            throw new SkipException("needs " + URI + " in LIBVIRT_TCK_LIVE_URIS (bin/libvirt-tck-selftest sets it)");
        }
        Path out = Files.createTempDirectory("tck-sigkill");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process kit = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "org.libvirt.tck.suites.cli.LibvirtTckCommand", "--uri", URI, "--force",
                "--output", out.resolve("killed").toString(), "domain")
                .redirectErrorStream(true).redirectOutput(out.resolve("kit.log").toFile()).start();
        try (TckConnection conn = TckConnection.open(URI)) {
            Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
            while (TckObjects.find(conn.libvirt()).isEmpty() && Instant.now().isBefore(deadline)) {
                Thread.sleep(20);
            }
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
