package org.libvirt.tck.suites.guest;

import static org.testng.Assert.assertEquals;
import static org.testng.Assert.expectThrows;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.libvirt.tck.core.capabilities.Capabilities;
import org.libvirt.tck.core.capabilities.GuestCapabilities;
import org.libvirt.tck.core.capabilities.GuestDomainType;
import org.libvirt.tck.core.capabilities.HostCapabilities;
import org.libvirt.tck.domainbuilder.GuestDefaults;
import org.libvirt.tck.suites.guest.GuestTypeChoice.ProbeOutcome;
import org.testng.annotations.BeforeMethod;
import org.testng.annotations.Test;

/** Every branch of {@code domain_type} with a probe that records its calls instead of booting a guest. */
public class GuestTypeChoiceTest {

    private final List<GuestDefaults> probed = new ArrayList<>();

    @BeforeMethod
    public void noProbeYet() {
        probed.clear();
    }

    private GuestTypeChoice.Probe probe(ProbeOutcome outcome) {
        return kvm -> {
            probed.add(kvm);
            return outcome;
        };
    }

    @Test
    public void autoWithKvmOfferedBootsOneProbeAndUsesKvmWhenItsAgentAnswers() {
        GuestTypeChoice choice = GuestTypeChoice.choose(qemuHost(true), "auto", true, true,
                probe(ProbeOutcome.answered(Duration.ofMillis(3140))));
        assertEquals(probed.size(), 1);
        assertEquals(probed.get(0).domainType(), "kvm", "the probe boots as kvm");
        assertEquals(choice.defaults().domainType(), "kvm");
        assertEquals(choice.finding(), "kvm offered by capabilities, and a probe guest reached its agent in 3.1 s; "
                + "guests run as kvm");
    }

    @Test
    public void autoFallsBackToTcgWhenTheProbeGuestHangs() {
        GuestTypeChoice choice = GuestTypeChoice.choose(qemuHost(true), "auto", true, true,
                probe(ProbeOutcome.silent(Duration.ofSeconds(20))));
        assertEquals(probed.size(), 1);
        assertEquals(choice.defaults().domainType(), "qemu");
        assertEquals(choice.finding(), "kvm offered by capabilities, but a probe guest did not reach its agent "
                + "within 20 s (nested KVM hangs guest kernels?); guests run as qemu (TCG)");
    }

    @Test
    public void autoFallsBackWhenTheProbeCannotBootOrBreaks() {
        assertEquals(GuestTypeChoice.choose(qemuHost(true), "auto", true, true,
                probe(ProbeOutcome.failed("no guest image"))).finding(),
                "kvm offered by capabilities, but a probe guest could not be booted: no guest image; "
                        + "guests run as qemu (TCG)");
        GuestTypeChoice broken = GuestTypeChoice.choose(qemuHost(true), "auto", true, true, kvm -> {
            throw new IllegalStateException("boom");
        });
        assertEquals(broken.defaults().domainType(), "qemu");
        assertEquals(broken.finding(), "kvm offered by capabilities, but a probe guest could not be booted: boom; "
                + "guests run as qemu (TCG)");
    }

    @Test
    public void autoDoesNotProbeWhenNoSelectedScenarioBootsAGuest() {
        GuestTypeChoice choice = GuestTypeChoice.choose(qemuHost(true), "auto", false, true,
                probe(ProbeOutcome.answered(Duration.ZERO)));
        assertEquals(probed, List.of());
        assertEquals(choice.defaults().domainType(), "qemu");
        assertEquals(choice.finding(), "kvm offered by capabilities, not probed: no selected scenario boots a guest; "
                + "guests run as qemu (TCG)");
    }

    @Test
    public void autoDoesNotProbeOnADriverThatRunsNoGuests() {
        GuestTypeChoice choice = GuestTypeChoice.choose(qemuHost(true), "auto", true, false,
                probe(ProbeOutcome.answered(Duration.ZERO)));
        assertEquals(probed, List.of());
        assertEquals(choice.defaults().domainType(), "qemu");
    }

    @Test
    public void autoWithoutKvmTakesQemuWithoutAProbe() {
        GuestTypeChoice choice = GuestTypeChoice.choose(qemuHost(false), "auto", true, true,
                probe(ProbeOutcome.answered(Duration.ZERO)));
        assertEquals(probed, List.of());
        assertEquals(choice.defaults().domainType(), "qemu");
        assertEquals(choice.finding(), "kvm not offered by capabilities for x86_64; guests run as qemu (TCG)");
    }

    @Test
    public void theTestDriverKeepsItsTestType() {
        Capabilities testHost = caps(guest("hvm", type("test")));
        GuestTypeChoice choice = GuestTypeChoice.choose(testHost, "auto", true, false,
                probe(ProbeOutcome.answered(Duration.ZERO)));
        assertEquals(probed, List.of());
        assertEquals(choice.defaults().domainType(), "test");
        assertEquals(choice.finding(), "kvm not offered by capabilities for x86_64; guests run as test");
    }

    @Test
    public void aConfiguredTypeIsForcedWithNoProbe() {
        GuestTypeChoice kvm = GuestTypeChoice.choose(qemuHost(true), "kvm", true, true,
                probe(ProbeOutcome.silent(Duration.ofSeconds(20))));
        GuestTypeChoice qemu = GuestTypeChoice.choose(qemuHost(true), "qemu", true, true,
                probe(ProbeOutcome.answered(Duration.ZERO)));
        assertEquals(probed, List.of());
        assertEquals(kvm.defaults().domainType(), "kvm");
        assertEquals(kvm.finding(), "domain_type: kvm in the configuration forces it; no probe; guests run as kvm");
        assertEquals(qemu.defaults().domainType(), "qemu");
    }

    @Test
    public void aForcedTypeTheHostDoesNotOfferIsRefused() {
        IllegalArgumentException e = expectThrows(IllegalArgumentException.class, () -> GuestTypeChoice.choose(
                qemuHost(false), "kvm", true, true, probe(ProbeOutcome.answered(Duration.ZERO))));
        assertEquals(e.getMessage(), "preferredType 'kvm' is not offered by guest hvm/x86_64; it offers [qemu] "
                + "(pass null to choose automatically)");
    }

    private static Capabilities qemuHost(boolean kvm) {
        return kvm ? caps(guest("hvm", type("qemu"), type("kvm"))) : caps(guest("hvm", type("qemu")));
    }

    private static Capabilities caps(GuestCapabilities... guests) {
        HostCapabilities host = new HostCapabilities(null, "x86_64", null, List.of(), List.of(), List.of(), List.of());
        return new Capabilities(host, List.of(guests));
    }

    private static GuestCapabilities guest(String osType, GuestDomainType... types) {
        return new GuestCapabilities(osType, "x86_64", 64, "/usr/bin/qemu-system-x86_64", List.of("pc"),
                List.of(types), List.of());
    }

    private static GuestDomainType type(String type) {
        return new GuestDomainType(type, null, List.of());
    }
}
