package org.libvirt.tck.suites.cli;

import static org.testng.Assert.assertEquals;
import static org.testng.Assert.assertFalse;
import static org.testng.Assert.assertNotNull;
import static org.testng.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.libvirt.tck.core.capabilities.CapabilitiesParser;
import org.libvirt.tck.core.connect.TckConnection;
import org.libvirt.tck.core.host.TckObject;
import org.libvirt.tck.core.host.TckObjects;
import org.libvirt.tck.domainbuilder.GuestDefaults;
import org.libvirt.tck.report.model.Report;
import org.libvirt.tck.report.model.RunInfo;
import org.libvirt.tck.report.xml.ReportXmlReader;
import org.testng.SkipException;
import org.testng.annotations.Test;

/**
 * {@code domain_type: auto} on a real daemon: KVM is proved with a probe guest before guests use it, the report
 * records the type and why, a forced type boots no probe, and a signal during the probe leaves nothing behind.
 * Needs {@code qemu:///system} in {@code LIBVIRT_TCK_LIVE_URIS} and the prepared guest image.
 *
 * <p>Written for any host: where KVM works the run records kvm, where it hangs guest kernels (nested KVM) it records
 * the fallback to qemu; either way the finding says which, and why.
 */
public class KvmProbeRunTest {

    private static final String URI = KitProcess.QEMU;
    private static final String PROBE = "tck-kvm-probe";

    @Test
    public void autoRecordsTheGuestsDomainTypeAndWhyAndTheProbeLeavesNothing() throws Exception {
        KitProcess.requireLive(URI);
        boolean kvmOffered = kvmOffered();
        Path out = Files.createTempDirectory("tck-kvm-auto");
        CommandRun run = CommandRun.of("--uri", URI, "--output", out.toString(), "guest.transient-boot");
        assertEquals(run.exit(), 0, run.out() + run.err());

        RunInfo info = ReportXmlReader.read(out.resolve("report.xml")).run();
        assertNotNull(info.guestFinding(), "the report records how the guests' domain type was chosen");
        assertEquals(occurrences(run.out(), "booting " + PROBE + " as kvm"), kvmOffered ? 1 : 0, run.out());
        if (!kvmOffered) {
            assertEquals(info.guestDomainType(), "qemu");
            assertTrue(info.guestFinding().startsWith("kvm not offered by capabilities"), info.guestFinding());
        } else if (info.guestDomainType().equals("kvm")) {
            assertTrue(info.guestFinding().startsWith("kvm offered by capabilities, and a probe guest reached its "
                    + "agent in "), info.guestFinding());
        } else {
            assertEquals(info.guestDomainType(), "qemu");
            assertTrue(info.guestFinding().startsWith("kvm offered by capabilities, but a probe guest "),
                    info.guestFinding());
            assertTrue(info.guestFinding().endsWith("; guests run as qemu (TCG)"), info.guestFinding());
        }
        assertTrue(Files.readString(out.resolve("summary.txt")).contains("Guests:      " + info.guestDomainType()
                + " (" + info.guestFinding() + ")"));
        assertNoTckObject();
    }

    @Test
    public void aForcedDomainTypeBootsNoProbe() throws Exception {
        KitProcess.requireLive(URI);
        Path out = Files.createTempDirectory("tck-kvm-forced");
        CommandRun run = CommandRun.withEnvironment(Map.of("LIBVIRT_TCK_DOMAIN_TYPE", "qemu"),
                "--uri", URI, "--output", out.toString(), "guest.transient-boot");
        assertEquals(run.exit(), 0, run.out() + run.err());
        assertFalse(run.out().contains(PROBE), run.out());
        RunInfo info = ReportXmlReader.read(out.resolve("report.xml")).run();
        assertEquals(info.guestDomainType(), "qemu");
        assertEquals(info.guestFinding(), "domain_type: qemu in the configuration forces it; no probe; guests run as "
                + "qemu (TCG)");
        assertNoTckObject();
    }

    @Test
    public void noProbeWhenNoSelectedScenarioBootsAGuest() throws Exception {
        KitProcess.requireLive(URI);
        requireKvmOffered();
        Path out = Files.createTempDirectory("tck-kvm-noguest");
        CommandRun run = CommandRun.of("--uri", URI, "--output", out.toString(), "host.node-info");
        assertEquals(run.exit(), 0, run.out() + run.err());
        assertFalse(run.out().contains(PROBE), run.out());
        assertEquals(ReportXmlReader.read(out.resolve("report.xml")).run().guestFinding(), "kvm offered by "
                + "capabilities, not probed: no selected scenario boots a guest; guests run as qemu (TCG)");
    }

    @Test
    public void sigtermDuringTheProbeRemovesTheProbeGuest() throws Exception {
        KitProcess.requireLive(URI);
        requireKvmOffered();
        Path out = Files.createTempDirectory("tck-kvm-sigterm");
        Path log = out.resolve("kit.log");
        Process kit = KitProcess.startUnforced(URI, out.resolve("reports"), log, "guest.transient-boot");
        try (TckConnection conn = TckConnection.open(URI)) {
            Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
            while (!hasProbe(conn) && kit.isAlive() && Instant.now().isBefore(deadline)) {
                Thread.sleep(20);
            }
            assertTrue(hasProbe(conn), "the kit booted " + PROBE + " within 60 s: " + Files.readString(log));
            new ProcessBuilder("kill", "-TERM", Long.toString(kit.pid())).start().waitFor();
            assertTrue(kit.waitFor(60, TimeUnit.SECONDS), "the kit ends within 60 s of SIGTERM");

            assertEquals(kit.exitValue(), 143, "killed by SIGTERM: " + Files.readString(log));
            assertEquals(TckObjects.find(conn.libvirt()), List.of(), "no tck object is left, the probe neither");
            Report report = ReportXmlReader.read(out.resolve("reports").resolve("report.xml"));
            assertFalse(report.run().complete(), "the report says it is incomplete");
        } finally {
            kit.destroyForcibly();
        }
    }

    private static boolean hasProbe(TckConnection conn) {
        return TckObjects.find(conn.libvirt()).stream().map(TckObject::name).anyMatch(PROBE::equals);
    }

    private static boolean kvmOffered() throws Exception {
        try (TckConnection conn = TckConnection.open(URI)) {
            return GuestDefaults.offers(CapabilitiesParser.parse(conn.libvirt().getCapabilities()), "kvm");
        }
    }

    private static void requireKvmOffered() throws Exception {
        if (!kvmOffered()) {
            throw new SkipException("the capabilities of " + URI + " do not offer kvm: nothing to probe");
        }
    }

    private static void assertNoTckObject() throws Exception {
        try (TckConnection conn = TckConnection.open(URI)) {
            assertEquals(TckObjects.find(conn.libvirt()), List.of());
        }
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            count++;
        }
        return count;
    }
}
