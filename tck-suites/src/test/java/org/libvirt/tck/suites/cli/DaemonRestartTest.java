package org.libvirt.tck.suites.cli;

import static org.testng.Assert.assertEquals;
import static org.testng.Assert.assertFalse;
import static org.testng.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.libvirt.tck.core.connect.TckConnection;
import org.libvirt.tck.core.host.TckObjects;
import org.libvirt.tck.report.model.Report;
import org.libvirt.tck.report.model.ScenarioResult;
import org.libvirt.tck.report.model.Status;
import org.libvirt.tck.report.xml.ReportXmlReader;
import org.testng.annotations.Test;

/**
 * libvirtd really restarted in the middle of a run: the kit reconnects, reports the scenario that was cut as an
 * error saying so, and carries on. Needs root and {@code qemu:///system} in {@code LIBVIRT_TCK_LIVE_URIS}.
 */
public class DaemonRestartTest {

    private static final String URI = "qemu:///system";
    /** How bin/libvirt-tck-selftest starts libvirtd: the restart must keep its loopback TCP listener. */
    private static final String START_LIBVIRTD = System.getenv("LIBVIRT_TCK_REMOTE_URI") == null ? "libvirtd -d"
            : "libvirtd -d --listen -f " + Path.of("..", "conf", "selftest", "libvirtd-loopback.conf").toAbsolutePath();

    private static void sh(String command) throws Exception {
        Process p = new ProcessBuilder("sh", "-c", command).inheritIO().start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), command);
    }

    @Test
    public void theKitReconnectsAfterLibvirtdRestartsAndReportsTheCutScenarioAsAnError() throws Exception {
        KitProcess.requireLive(URI);
        Path out = Files.createTempDirectory("tck-restart");
        Process kit = KitProcess.start(URI, out.resolve("reports"), out.resolve("kit.log"), "domain");
        try {
            try (TckConnection conn = TckConnection.open(URI)) {
                KitProcess.awaitTckObject(conn);
            }
            sh("pkill -x libvirtd; for i in $(seq 100); do pgrep -x libvirtd >/dev/null || break; sleep 0.1; done;"
                    + " " + START_LIBVIRTD);
            assertTrue(kit.waitFor(300, TimeUnit.SECONDS), "the kit finishes within 5 minutes");

            String printed = Files.readString(out.resolve("kit.log"));
            assertEquals(kit.exitValue(), 1, "exit 1: a scenario ended in error\n" + printed);
            Report report = ReportXmlReader.read(out.resolve("reports").resolve("report.xml"));
            assertTrue(report.run().complete(), "the run went on to the end");
            List<ScenarioResult> results = report.scenarios();
            int cut = -1;
            for (int i = 0; i < results.size(); i++) {
                if (results.get(i).status() == Status.ERROR
                        && results.get(i).message().contains("was lost during the scenario")) {
                    cut = i;
                    break;
                }
            }
            assertTrue(cut >= 0, "one scenario is reported as cut by the restart\n" + printed);
            assertTrue(results.subList(cut + 1, results.size()).stream().noneMatch(r -> r.status().isUnexpected()),
                    "no scenario after the restart fails (a host resource may still be missing)\n" + printed);
            try (TckConnection conn = TckConnection.open(URI)) {
                assertEquals(TckObjects.find(conn.libvirt()), List.of(), "no tck object is left");
            }
        } finally {
            kit.destroyForcibly();
            sh("pgrep -x libvirtd >/dev/null || " + START_LIBVIRTD);
        }
    }
}
