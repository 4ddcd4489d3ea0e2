package org.libvirt.tck.suites.cli;

import static org.testng.Assert.assertEquals;
import static org.testng.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
 * A libvirt call that really hangs: libvirtd is frozen with SIGSTOP while a scenario is mid-call, longer than the
 * scenario may take. The scenario ends as an error that says it timed out, the run goes on to the end once the daemon
 * answers again, and no tck object is left. Needs root and {@code qemu:///system} in {@code LIBVIRT_TCK_LIVE_URIS}.
 */
public class HungDaemonTest {

    /** Short enough to be reached while the daemon is frozen, long enough for any scenario picked here. */
    private static final int SCENARIO_TIMEOUT_S = 8;
    /** Shorter than libvirt's keepalive (5 s x 5 probes), so the connection itself survives the freeze. */
    private static final int FREEZE_S = 18;

    @Test
    public void aScenarioWhoseLibvirtCallHangsEndsAsTimedOutAndTheRunGoesOn() throws Exception {
        KitProcess.requireLive(KitProcess.QEMU);
        Path out = Files.createTempDirectory("tck-hung-daemon");
        Process kit = start(out, "domain.*lifecycle*", "domain.redefine-*");
        boolean frozen = false;
        try {
            try (TckConnection conn = TckConnection.open(KitProcess.QEMU)) {
                KitProcess.awaitTckObject(conn);
            }
            sh("pkill -STOP -x libvirtd");
            frozen = true;
            Thread.sleep(FREEZE_S * 1000L);
            sh("pkill -CONT -x libvirtd");
            frozen = false;
            assertTrue(kit.waitFor(300, TimeUnit.SECONDS), "the kit finishes within 5 minutes");

            String printed = Files.readString(out.resolve("kit.log"));
            assertEquals(kit.exitValue(), 1, "exit 1: a scenario ended in error\n" + printed);
            Report report = ReportXmlReader.read(out.resolve("reports").resolve("report.xml"));
            assertTrue(report.run().complete(), "the run went on to the end\n" + printed);
            List<ScenarioResult> results = report.scenarios();
            List<ScenarioResult> timedOut = results.stream()
                    .filter(r -> r.status() == Status.ERROR && r.message() != null
                            && r.message().startsWith("timed out"))
                    .toList();
            assertEquals(timedOut.size(), 1, "exactly the scenario cut by the freeze timed out\n" + printed);
            int cut = results.indexOf(timedOut.get(0));
            assertTrue(results.subList(cut + 1, results.size()).stream().noneMatch(r -> r.status().isUnexpected()),
                    "no scenario after the frozen one fails\n" + printed);
            try (TckConnection conn = TckConnection.open(KitProcess.QEMU)) {
                assertEquals(TckObjects.find(conn.libvirt()), List.of(), "no tck object is left");
            }
        } finally {
            if (frozen) {
                sh("pkill -CONT -x libvirtd");
            }
            kit.destroyForcibly();
        }
    }

    private static Process start(Path out, String... patterns) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                "org.libvirt.tck.suites.cli.LibvirtTckCommand", "--uri", KitProcess.QEMU, "--force", "--output",
                out.resolve("reports").toString()));
        command.addAll(List.of(patterns));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(out.resolve("kit.log").toFile());
        builder.environment().put("LIBVIRT_TCK_SCENARIO_TIMEOUT", String.valueOf(SCENARIO_TIMEOUT_S));
        return builder.start();
    }

    private static void sh(String command) throws Exception {
        Process p = new ProcessBuilder("sh", "-c", command).inheritIO().start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), command);
    }
}
