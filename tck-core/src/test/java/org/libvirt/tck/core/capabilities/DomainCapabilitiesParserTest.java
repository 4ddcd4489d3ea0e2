package org.libvirt.tck.core.capabilities;

import static org.testng.Assert.assertEquals;
import static org.testng.Assert.assertFalse;
import static org.testng.Assert.assertNull;
import static org.testng.Assert.assertTrue;
import static org.testng.Assert.expectThrows;

import java.io.IOException;
import java.io.Reader;
import java.util.List;

import org.testng.annotations.Test;

public class DomainCapabilitiesParserTest {

    /** Captured with {@code virsh domcapabilities --virttype qemu} on libvirt 9.0 / QEMU 7.2. */
    private static DomainCapabilities qemu() throws IOException {
        try (Reader reader = CapturedDocuments.open("domcaps-qemu-x86_64.xml")) {
            return DomainCapabilitiesParser.parse(reader);
        }
    }

    @Test
    public void qemuDomainCapabilitiesNameEmulatorTypeMachineArchAndVcpuLimit() throws IOException {
        DomainCapabilities dc = qemu();

        assertEquals(dc.path(), "/usr/bin/qemu-system-x86_64");
        assertEquals(dc.domainType(), "qemu");
        assertEquals(dc.machine(), "pc-i440fx-7.2");
        assertEquals(dc.arch(), "x86_64");
        assertEquals(dc.vcpuMax(), 255);
    }

    @Test
    public void qemuLoaderIsSupportedWithRomAndPflashButNoFirmwareImagesListed() throws IOException {
        DomainCapabilities dc = qemu();

        assertTrue(dc.loaderSupported());
        assertEquals(dc.loaderTypes(), List.of("rom", "pflash"));
        assertEquals(dc.loaderValues(), List.of());
    }

    @Test
    public void qemuDiskDevicesAndBusesComeFromTheirOwnEnums() throws IOException {
        DomainCapabilities dc = qemu();

        assertEquals(dc.diskDevices(), List.of("disk", "cdrom", "floppy", "lun"));
        assertEquals(dc.diskBuses(), List.of("ide", "fdc", "scsi", "virtio", "usb", "sata"));
        assertTrue(dc.supportsDiskBus("virtio"));
        assertFalse(dc.supportsDiskBus("virtio-transitional"), "disk model values must not leak into buses");
        assertTrue(dc.supportsDiskDevice("lun"));
    }

    @Test
    public void qemuSupportsHostdevAndOnlyTheFeaturesMarkedYes() throws IOException {
        DomainCapabilities dc = qemu();

        assertTrue(dc.hostdevSupported());
        assertEquals(dc.features(), List.of("vmcoreinfo", "genid", "backingStoreInput", "backup", "hyperv"));
        assertFalse(dc.supportsFeature("gic"));
        assertFalse(dc.supportsFeature("sev"));
    }

    @Test
    public void qemuCpuModesExcludeUnsupportedHostPassthrough() throws IOException {
        DomainCapabilities dc = qemu();

        assertEquals(dc.cpuModes(), List.of("maximum", "host-model", "custom"));
        assertFalse(dc.supportsCpuMode("host-passthrough"));
    }

    @Test
    public void minimalDocumentReadsAsUnsupportedEverywhere() {
        DomainCapabilities dc = DomainCapabilitiesParser.parse("""
                <domainCapabilities>
                  <domain>test</domain>
                  <arch>i686</arch>
                  <os supported='no'/>
                  <devices><disk supported='no'><enum name='bus'><value>ide</value></enum></disk></devices>
                </domainCapabilities>
                """);

        assertEquals(dc, new DomainCapabilities(null, "test", null, "i686", 0, false, List.of(), List.of(),
                List.of(), List.of(), false, List.of(), List.of()));
        assertNull(dc.path());
    }

    @Test
    public void loaderFirmwareValuesAreKeptInOrder() {
        DomainCapabilities dc = DomainCapabilitiesParser.parse("""
                <domainCapabilities><domain>kvm</domain><arch>x86_64</arch>
                  <os supported='yes'><loader supported='yes'>
                    <value>/usr/share/OVMF/OVMF_CODE_4M.fd</value>
                    <value>/usr/share/OVMF/OVMF_CODE_4M.secboot.fd</value>
                    <enum name='type'><value>pflash</value></enum>
                  </loader></os>
                </domainCapabilities>
                """);

        assertEquals(dc.loaderValues(),
                List.of("/usr/share/OVMF/OVMF_CODE_4M.fd", "/usr/share/OVMF/OVMF_CODE_4M.secboot.fd"));
        assertEquals(dc.loaderTypes(), List.of("pflash"));
    }

    @Test
    public void hostCapabilitiesGivenInsteadFailNamingBothRootElements() throws IOException {
        try (Reader reader = CapturedDocuments.open("test-default.xml")) {
            CapabilitiesFormatException e = expectThrows(CapabilitiesFormatException.class,
                    () -> DomainCapabilitiesParser.parse(reader));

            assertEquals(e.getMessage(), "Expected root element <domainCapabilities> but found <capabilities>. "
                    + "Check that the text is the output of virConnectGetDomainCapabilities (virsh domcapabilities).");
        }
    }

    @Test
    public void missingDomainTypeFailsNamingThePath() {
        CapabilitiesFormatException e = expectThrows(CapabilitiesFormatException.class,
                () -> DomainCapabilitiesParser.parse("<domainCapabilities><arch>x86_64</arch></domainCapabilities>"));

        assertEquals(e.getMessage(), "Expected a value at /domainCapabilities/domain but found no such node.");
    }

    @Test
    public void nonNumericVcpuMaxFails() {
        CapabilitiesFormatException e = expectThrows(CapabilitiesFormatException.class,
                () -> DomainCapabilitiesParser.parse("""
                        <domainCapabilities><domain>qemu</domain><arch>x86_64</arch><vcpu max='lots'/>
                        </domainCapabilities>"""));

        assertEquals(e.getMessage(), "Expected an integer at /domainCapabilities/vcpu/@max but found 'lots'.");
    }

    @Test
    public void emptyInputFailsAsNotWellFormed() {
        CapabilitiesFormatException e = expectThrows(CapabilitiesFormatException.class,
                () -> DomainCapabilitiesParser.parse(""));

        assertTrue(e.getMessage().startsWith("Expected a domain capabilities document in well-formed XML but found "),
                e.getMessage());
    }
}
