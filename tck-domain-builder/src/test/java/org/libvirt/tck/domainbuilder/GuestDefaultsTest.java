package org.libvirt.tck.domainbuilder;

import static org.testng.Assert.assertEquals;
import static org.testng.Assert.expectThrows;

import java.util.List;

import org.libvirt.tck.core.capabilities.Capabilities;
import org.libvirt.tck.core.capabilities.GuestCapabilities;
import org.libvirt.tck.core.capabilities.GuestDomainType;
import org.libvirt.tck.core.capabilities.HostCapabilities;
import org.testng.annotations.Test;

public class GuestDefaultsTest {

    private static final List<String> QEMU_MACHINES = List.of("pc-i440fx-7.2", "pc", "pc-q35-5.2");

    /** Like qemu-system-x86_64.xml: an i686 and an x86_64 hvm guest, each runnable as qemu or kvm. */
    private static Capabilities qemuHost() {
        return caps("x86_64",
                guest("hvm", "i686", "/usr/bin/qemu-system-i386", QEMU_MACHINES, type("qemu"), type("kvm")),
                guest("hvm", "x86_64", "/usr/bin/qemu-system-x86_64", QEMU_MACHINES,
                        type("qemu"), new GuestDomainType("kvm", "/usr/libexec/qemu-kvm", List.of())));
    }

    @Test
    public void qemuHostGetsTheHvmGuestOfItsArchAsQemuWithTheFirstMachine() {
        assertEquals(GuestDefaults.from(qemuHost(), null),
                new GuestDefaults("qemu", "hvm", "x86_64", "pc-i440fx-7.2", "/usr/bin/qemu-system-x86_64"));
    }

    @Test
    public void preferredTypeIsTakenWithItsOwnEmulator() {
        assertEquals(GuestDefaults.from(qemuHost(), "kvm"),
                new GuestDefaults("kvm", "hvm", "x86_64", "pc-i440fx-7.2", "/usr/libexec/qemu-kvm"));
    }

    @Test
    public void kvmIsOfferedOnlyWhenTheGuestOfTheHostArchOffersIt() {
        assertEquals(GuestDefaults.offers(qemuHost(), "kvm"), true);
        Capabilities kvmOnlyForI686 = caps("x86_64",
                guest("hvm", "i686", "/usr/bin/qemu-system-i386", QEMU_MACHINES, type("qemu"), type("kvm")),
                guest("hvm", "x86_64", "/usr/bin/qemu-system-x86_64", QEMU_MACHINES, type("qemu")));
        assertEquals(GuestDefaults.offers(kvmOnlyForI686, "kvm"), false);
        assertEquals(GuestDefaults.offers(kvmOnlyForI686, "qemu"), true);
    }

    @Test
    public void testDriverHostGetsTheTestTypeAndNoMachine() {
        Capabilities testHost = caps("i686",
                guest("hvm", "i686", "/usr/bin/test-hv", List.of(), type("test")),
                guest("xen", "i686", "/usr/bin/test-hv", List.of(), type("test")));
        assertEquals(GuestDefaults.from(testHost, null),
                new GuestDefaults("test", "hvm", "i686", null, "/usr/bin/test-hv"));
    }

    @Test
    public void withoutAnHvmGuestForTheHostArchTheFirstGuestIsTaken() {
        Capabilities lxcHost = caps("x86_64",
                guest("exe", "x86_64", "/usr/libexec/libvirt_lxc", List.of(), type("lxc")),
                guest("exe", "i686", "/usr/libexec/libvirt_lxc", List.of(), type("lxc")));
        assertEquals(GuestDefaults.from(lxcHost, null),
                new GuestDefaults("lxc", "exe", "x86_64", null, "/usr/libexec/libvirt_lxc"));
    }

    @Test
    public void machinesOfTheChosenDomainTypeComeBeforeTheGuestsOwn() {
        Capabilities host = caps("x86_64", guest("hvm", "x86_64", "/usr/bin/qemu-system-x86_64", QEMU_MACHINES,
                new GuestDomainType("kvm", null, List.of("pc-q35-7.2"))));
        assertEquals(GuestDefaults.from(host, null).machine(), "pc-q35-7.2");
    }

    @Test
    public void preferredTypeTheGuestDoesNotOfferIsRejectedNamingTheOfferedOnes() {
        Capabilities testHost = caps("i686", guest("hvm", "i686", "/usr/bin/test-hv", List.of(), type("test")));
        IllegalArgumentException e = expectThrows(IllegalArgumentException.class,
                () -> GuestDefaults.from(testHost, "kvm"));
        assertEquals(e.getMessage(), "preferredType 'kvm' is not offered by guest hvm/i686; it offers [test] "
                + "(pass null to choose automatically)");
    }

    @Test
    public void capabilitiesWithoutGuestsAreRejected() {
        IllegalArgumentException e = expectThrows(IllegalArgumentException.class,
                () -> GuestDefaults.from(caps("x86_64"), null));
        assertEquals(e.getMessage(), "the capabilities list no <guest>: the driver cannot run any domain");
    }

    @Test
    public void guestWithoutDomainTypesIsRejected() {
        Capabilities host = caps("x86_64", guest("hvm", "x86_64", null, List.of()));
        IllegalArgumentException e = expectThrows(IllegalArgumentException.class,
                () -> GuestDefaults.from(host, null));
        assertEquals(e.getMessage(), "guest hvm/x86_64 offers no <domain type=...>");
    }

    private static Capabilities caps(String hostArch, GuestCapabilities... guests) {
        HostCapabilities host = new HostCapabilities(null, hostArch, null, List.of(), List.of(), List.of(), List.of());
        return new Capabilities(host, List.of(guests));
    }

    private static GuestCapabilities guest(String osType, String arch, String emulator, List<String> machines,
            GuestDomainType... types) {
        return new GuestCapabilities(osType, arch, 64, emulator, machines, List.of(types), List.of());
    }

    private static GuestDomainType type(String type) {
        return new GuestDomainType(type, null, List.of());
    }
}
