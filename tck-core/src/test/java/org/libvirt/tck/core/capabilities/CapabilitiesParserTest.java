package org.libvirt.tck.core.capabilities;

import static org.testng.Assert.assertEquals;
import static org.testng.Assert.assertNull;
import static org.testng.Assert.assertThrows;
import static org.testng.Assert.assertTrue;
import static org.testng.Assert.expectThrows;

import java.io.IOException;
import java.io.Reader;
import java.util.List;
import java.util.stream.IntStream;

import org.testng.annotations.Test;

public class CapabilitiesParserTest {

    private static Capabilities captured(String name) throws IOException {
        try (Reader reader = CapturedDocuments.open(name)) {
            return CapabilitiesParser.parse(reader);
        }
    }

    private static List<Integer> range(int fromInclusive, int toExclusive) {
        return IntStream.range(fromInclusive, toExclusive).boxed().toList();
    }

    // --- test:///default

    @Test
    public void testDriverHostIsAnI686WithPaeFeaturesAndNoUuidOrModel() throws IOException {
        HostCapabilities host = captured("test-default.xml").host();

        assertEquals(host.arch(), "i686");
        assertNull(host.uuid());
        assertNull(host.cpuModel());
        assertEquals(host.cpuFeatures(), List.of("pae", "nonpae"));
        assertEquals(host.migrationTransports(), List.of());
    }

    @Test
    public void testDriverHostHasTwoNumaCellsOfEightCpusWithMemoryInKiB() throws IOException {
        HostCapabilities host = captured("test-default.xml").host();

        assertEquals(host.numaCells(), List.of(
                new NumaCell(0, 2_097_152, range(0, 8)),
                new NumaCell(1, 4_194_304, range(8, 16))));
        assertEquals(host.cpuCount(), 16);
    }

    @Test
    public void testDriverSecurityModelHasAnEmptyDoi() throws IOException {
        assertEquals(captured("test-default.xml").host().securityModels(),
                List.of(new SecurityModel("testSecurity", "")));
    }

    @Test
    public void testDriverOffersHvmAndXenGuestsOnI686WithDomainTypeTest() throws IOException {
        Capabilities caps = captured("test-default.xml");

        GuestDomainType test = new GuestDomainType("test", null, List.of());
        GuestCapabilities hvm = new GuestCapabilities("hvm", "i686", 32, "/usr/bin/test-hv",
                List.of(), List.of(test), List.of("pae", "nonpae"));
        GuestCapabilities xen = new GuestCapabilities("xen", "i686", 32, "/usr/bin/test-hv",
                List.of(), List.of(test), List.of("pae", "nonpae"));
        assertEquals(caps.guests(), List.of(hvm, xen));
        assertEquals(caps.guest("xen", "i686").orElseThrow(), xen);
        assertTrue(caps.guest("hvm", "x86_64").isEmpty());
        assertEquals(hvm.emulatorFor("test"), "/usr/bin/test-hv");
    }

    // --- qemu:///system (libvirt 9.0, QEMU 7.2)

    @Test
    public void qemuHostHasUuidArchModelAndCpuFeaturesInOrder() throws IOException {
        HostCapabilities host = captured("qemu-system-x86_64.xml").host();

        assertEquals(host.uuid(), "209882f7-e5e6-4d6e-b338-92b6ab931e36");
        assertEquals(host.arch(), "x86_64");
        assertEquals(host.cpuModel(), "kvm64");
        assertEquals(host.cpuFeatures().size(), 59);
        assertEquals(host.cpuFeatures().subList(0, 3), List.of("vme", "ht", "pclmuldq"));
        assertEquals(host.cpuFeatures().get(58), "xsaveerptr");
        assertTrue(host.cpuFeatures().contains("sse4.2"));
    }

    @Test
    public void qemuHostHasOneNumaCellAndTwoCpus() throws IOException {
        HostCapabilities host = captured("qemu-system-x86_64.xml").host();

        assertEquals(host.numaCells(), List.of(new NumaCell(0, 5_596_920, List.of(0, 1))));
        assertEquals(host.cpuCount(), 2);
    }

    @Test
    public void qemuHostListsEverySecurityModelAndMigrationTransport() throws IOException {
        HostCapabilities host = captured("qemu-system-x86_64.xml").host();

        assertEquals(host.securityModels(), List.of(new SecurityModel("none", "0"), new SecurityModel("dac", "0")));
        assertEquals(host.migrationTransports(), List.of("tcp", "rdma"));
    }

    @Test
    public void qemuX86_64GuestRunsAsQemuOrKvmWithTheSystemEmulator() throws IOException {
        GuestCapabilities guest = captured("qemu-system-x86_64.xml").guest("hvm", "x86_64").orElseThrow();

        assertEquals(guest.wordSize(), 64);
        assertEquals(guest.emulator(), "/usr/bin/qemu-system-x86_64");
        assertEquals(guest.domainTypes(), List.of(
                new GuestDomainType("qemu", null, List.of()),
                new GuestDomainType("kvm", null, List.of())));
        assertEquals(guest.emulatorFor("kvm"), "/usr/bin/qemu-system-x86_64");
        assertEquals(guest.features(), List.of("acpi", "apic", "cpuselection", "deviceboot", "disksnapshot"));
    }

    @Test
    public void qemuMachinesKeepTheListedNamesInOrderIncludingAliases() throws IOException {
        List<String> machines = captured("qemu-system-x86_64.xml").guest("hvm", "x86_64").orElseThrow().machines();

        assertEquals(machines.size(), 60);
        assertEquals(machines.subList(0, 3), List.of("pc-i440fx-7.2", "pc", "pc-q35-5.2"));
        assertEquals(machines.get(59), "pc-q35-2.11");
        assertTrue(machines.containsAll(List.of("q35", "pc-q35-7.2", "isapc", "microvm")));
        assertEquals(machines.indexOf("q35"), machines.indexOf("pc-q35-7.2") + 1);
    }

    @Test
    public void qemuI686GuestHasItsOwnEmulatorAndPaeFeatures() throws IOException {
        Capabilities caps = captured("qemu-system-x86_64.xml");
        GuestCapabilities guest = caps.guest("hvm", "i686").orElseThrow();

        assertEquals(caps.guests().size(), 2);
        assertEquals(guest.wordSize(), 32);
        assertEquals(guest.emulator(), "/usr/bin/qemu-system-i386");
        assertEquals(guest.features(),
                List.of("pae", "nonpae", "acpi", "apic", "cpuselection", "deviceboot", "disksnapshot"));
    }

    // --- shapes the captured documents do not show

    @Test
    public void domainTypeMayOverrideTheEmulatorAndListItsOwnMachines() {
        Capabilities caps = CapabilitiesParser.parse("""
                <capabilities>
                  <host><cpu><arch>x86_64</arch></cpu></host>
                  <guest>
                    <os_type>hvm</os_type>
                    <arch name='x86_64'>
                      <wordsize>64</wordsize>
                      <emulator>/usr/bin/qemu-system-x86_64</emulator>
                      <machine>pc</machine>
                      <domain type='qemu'/>
                      <domain type='kvm'>
                        <emulator>/usr/bin/qemu-kvm</emulator>
                        <machine canonical='pc-q35-7.2'>q35</machine>
                        <machine>pc-q35-7.2</machine>
                      </domain>
                    </arch>
                  </guest>
                </capabilities>
                """);
        GuestCapabilities guest = caps.guest("hvm", "x86_64").orElseThrow();

        assertEquals(guest.domainType("kvm").orElseThrow(),
                new GuestDomainType("kvm", "/usr/bin/qemu-kvm", List.of("q35", "pc-q35-7.2")));
        assertEquals(guest.emulatorFor("kvm"), "/usr/bin/qemu-kvm");
        assertEquals(guest.emulatorFor("qemu"), "/usr/bin/qemu-system-x86_64");
        assertEquals(guest.machines(), List.of("pc"));
    }

    @Test
    public void cellMemoryInOtherUnitsIsConvertedToKiB() {
        Capabilities caps = CapabilitiesParser.parse("""
                <capabilities><host><cpu><arch>aarch64</arch></cpu><topology><cells num='3'>
                  <cell id='0'><memory unit='MiB'>2</memory></cell>
                  <cell id='1'><memory unit='bytes'>4096</memory></cell>
                  <cell id='2'><memory>64</memory></cell>
                </cells></topology></host></capabilities>
                """);

        assertEquals(caps.host().numaCells().stream().map(NumaCell::memoryKiB).toList(), List.of(2048L, 4L, 64L));
        assertTrue(caps.host().numaCells().stream().allMatch(c -> c.cpus().isEmpty()));
    }

    @Test
    public void containerDriverGuestWithoutEmulatorHasNullEmulator() {
        Capabilities caps = CapabilitiesParser.parse("""
                <capabilities><host><cpu><arch>x86_64</arch></cpu></host>
                  <guest><os_type>exe</os_type><arch name='x86_64'><wordsize>64</wordsize>
                    <emulator>/usr/libexec/libvirt_lxc</emulator><domain type='lxc'/></arch></guest>
                  <guest><os_type>exe</os_type><arch name='i686'><wordsize>32</wordsize>
                    <domain type='lxc'/></arch></guest>
                </capabilities>
                """);

        assertNull(caps.guest("exe", "i686").orElseThrow().emulator());
        assertNull(caps.guest("exe", "i686").orElseThrow().emulatorFor("lxc"));
    }

    // --- malformed input

    @Test
    public void textThatIsNotXmlFailsNamingTheParseErrorAndWhereItCameFrom() {
        CapabilitiesFormatException e = expectThrows(CapabilitiesFormatException.class,
                () -> CapabilitiesParser.parse("error: failed to connect to the hypervisor"));

        assertEquals(e.getMessage(), "Expected a capabilities document in well-formed XML but found an error at "
                + "line 1, column 1: Content is not allowed in prolog. Check that the text is the unmodified "
                + "output of virConnectGetCapabilities (virsh capabilities).");
    }

    @Test
    public void truncatedDocumentFailsAsNotWellFormed() {
        CapabilitiesFormatException e = expectThrows(CapabilitiesFormatException.class,
                () -> CapabilitiesParser.parse("<capabilities><host><cpu><arch>x86_64</arch>"));

        assertTrue(e.getMessage().startsWith(
                "Expected a capabilities document in well-formed XML but found an error at line 1"), e.getMessage());
    }

    @Test
    public void otherDocumentTypeFailsNamingBothRootElements() {
        CapabilitiesFormatException e = expectThrows(CapabilitiesFormatException.class,
                () -> CapabilitiesParser.parse("<domainCapabilities><domain>qemu</domain></domainCapabilities>"));

        assertEquals(e.getMessage(), "Expected root element <capabilities> but found <domainCapabilities>. "
                + "Check that the text is the output of virConnectGetCapabilities (virsh capabilities).");
    }

    @Test
    public void missingHostFails() {
        CapabilitiesFormatException e = expectThrows(CapabilitiesFormatException.class,
                () -> CapabilitiesParser.parse("<capabilities><guest/></capabilities>"));

        assertEquals(e.getMessage(), "Expected a <host> element in /capabilities but found none. "
                + "Check that the text is the output of virConnectGetCapabilities (virsh capabilities).");
    }

    @Test
    public void missingHostArchFailsNamingThePath() {
        CapabilitiesFormatException e = expectThrows(CapabilitiesFormatException.class,
                () -> CapabilitiesParser.parse("<capabilities><host><cpu/></host></capabilities>"));

        assertEquals(e.getMessage(), "Expected a value at /capabilities/host/cpu/arch but found no such node.");
    }

    @Test
    public void nonNumericWordSizeFailsNamingTheGuestAndValue() {
        CapabilitiesFormatException e = expectThrows(CapabilitiesFormatException.class,
                () -> CapabilitiesParser.parse("""
                        <capabilities><host><cpu><arch>x86_64</arch></cpu></host>
                          <guest><os_type>hvm</os_type><arch name='x86_64'><wordsize>64</wordsize></arch></guest>
                          <guest><os_type>hvm</os_type><arch name='i686'><wordsize>thirty-two</wordsize></arch></guest>
                        </capabilities>
                        """));

        assertEquals(e.getMessage(),
                "Expected an integer at /capabilities/guest[2]/arch/wordsize but found 'thirty-two'.");
    }

    @Test
    public void unknownMemoryUnitFailsNamingTheUnit() {
        CapabilitiesFormatException e = expectThrows(CapabilitiesFormatException.class,
                () -> CapabilitiesParser.parse("""
                        <capabilities><host><cpu><arch>x86_64</arch></cpu><topology><cells num='1'>
                          <cell id='0'><memory unit='pages'>12</memory></cell>
                        </cells></topology></host></capabilities>
                        """));

        assertEquals(e.getMessage(), "Expected a memory unit such as 'KiB' at "
                + "/capabilities/host/topology/cells/cell/memory/@unit but found 'pages'.");
    }

    @Test
    public void documentTypeDeclarationsAreRefused() {
        assertThrows(CapabilitiesFormatException.class, () -> CapabilitiesParser.parse("""
                <?xml version="1.0"?>
                <!DOCTYPE capabilities [<!ENTITY x SYSTEM "file:///etc/passwd">]>
                <capabilities><host><cpu><arch>&x;</arch></cpu></host></capabilities>
                """));
    }
}
