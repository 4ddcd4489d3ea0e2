package org.libvirt.tck.domainbuilder.domain;

import static org.libvirt.tck.domainbuilder.Rejections.assertArgumentRejected;
import static org.testng.Assert.assertEquals;

import org.libvirt.tck.domainbuilder.GuestDefaults;
import org.libvirt.tck.domainbuilder.RngValidator;
import org.libvirt.tck.domainbuilder.TestXml;
import org.testng.annotations.Test;

/** Devices the device scenarios attach: disks, CD-ROMs, interfaces with bandwidth, host devices; and numatune. */
public class DeviceXmlTest {

    private static final GuestDefaults QEMU = new GuestDefaults("qemu", "hvm", "x86_64", "pc-i440fx-7.2",
            "/usr/bin/qemu-system-x86_64");

    private static final Bandwidth QOS = Bandwidth.inbound(Bandwidth.Rate.average(1000).peak(2000).burst(512))
            .withOutbound(Bandwidth.Rate.average(500));

    private static DomainSpec tuned() {
        return DomainBuilder.named("tck-devices").withDefaults(QEMU)
                .withNumatune(NumaMode.INTERLEAVE, "0")
                .withDisk(Disk.emptyCdrom().target("hdc", DiskBus.IDE))
                .withInterface(Nic.network("default").mac("52:54:00:00:00:01").model("virtio").bandwidth(QOS))
                .withHostDevice(HostDevice.pci("0000:00:1F.0"))
                .withHostDevice(HostDevice.usb("046d:c52b"))
                .build();
    }

    @Test
    public void numatuneBandwidthAndHostDevicesAreWrittenInLibvirtsOrder() {
        assertEquals(tuned().toXml(), """
                <domain type="qemu">
                  <name>tck-devices</name>
                  <memory unit="KiB">131072</memory>
                  <vcpu>1</vcpu>
                  <numatune>
                    <memory mode="interleave" nodeset="0"/>
                  </numatune>
                  <os>
                    <type arch="x86_64" machine="pc-i440fx-7.2">hvm</type>
                  </os>
                  <devices>
                    <emulator>/usr/bin/qemu-system-x86_64</emulator>
                    <disk type="file" device="cdrom">
                      <target dev="hdc" bus="ide"/>
                      <readonly/>
                    </disk>
                    <interface type="network">
                      <mac address="52:54:00:00:00:01"/>
                      <source network="default"/>
                      <bandwidth>
                        <inbound average="1000" peak="2000" burst="512"/>
                        <outbound average="500"/>
                      </bandwidth>
                      <model type="virtio"/>
                    </interface>
                    <hostdev mode="subsystem" type="pci" managed="yes">
                      <source>
                        <address domain="0x0000" bus="0x00" slot="0x1f" function="0x0"/>
                      </source>
                    </hostdev>
                    <hostdev mode="subsystem" type="usb">
                      <source>
                        <vendor id="0x046d"/>
                        <product id="0xc52b"/>
                      </source>
                    </hostdev>
                  </devices>
                </domain>
                """);
    }

    @Test
    public void aTunedDomainIsValidAgainstLibvirtsSchema() {
        RngValidator.assertValid(RngValidator.DOMAIN, tuned().toXml());
    }

    @Test
    public void theBandwidthReadsBack() {
        var doc = TestXml.parse(tuned().toXml());
        assertEquals(doc.valueOf("/domain/devices/interface/bandwidth/inbound/@peak"), "2000");
        assertEquals(doc.valueOf("/domain/devices/interface/bandwidth/outbound/@average"), "500");
        assertEquals(doc.selectNodes("/domain/devices/interface/bandwidth/outbound/@peak").size(), 0);
    }

    @Test
    public void aDiskAloneIsWrittenWithTheDomainTypesDriverName() {
        Disk disk = Disk.file("/var/lib/tck/b.img").format(DiskFormat.RAW).target("vdb", DiskBus.VIRTIO);
        assertEquals(DomainXmlWriter.diskXml(disk, "qemu"), """
                <disk type="file" device="disk">
                  <driver name="qemu" type="raw"/>
                  <source file="/var/lib/tck/b.img"/>
                  <target dev="vdb" bus="virtio"/>
                </disk>
                """);
        assertEquals(DomainXmlWriter.diskXml(disk, "test"), """
                <disk type="file" device="disk">
                  <driver type="raw"/>
                  <source file="/var/lib/tck/b.img"/>
                  <target dev="vdb" bus="virtio"/>
                </disk>
                """);
    }

    @Test
    public void aCdromWithAMediumAloneIsWritten() {
        assertEquals(DomainXmlWriter.diskXml(Disk.cdrom("/var/lib/tck/a.iso").target("sda", DiskBus.SATA), "qemu"),
                """
                <disk type="file" device="cdrom">
                  <source file="/var/lib/tck/a.iso"/>
                  <target dev="sda" bus="sata"/>
                  <readonly/>
                </disk>
                """);
    }

    @Test
    public void anInterfaceAloneIsWritten() {
        assertEquals(DomainXmlWriter.interfaceXml(Nic.network("tck-net").mac("52:54:00:00:00:02")), """
                <interface type="network">
                  <mac address="52:54:00:00:00:02"/>
                  <source network="tck-net"/>
                </interface>
                """);
    }

    @Test
    public void aHostDeviceAloneIsWritten() {
        assertEquals(DomainXmlWriter.hostDeviceXml(HostDevice.usb("046D:C52B")), """
                <hostdev mode="subsystem" type="usb">
                  <source>
                    <vendor id="0x046d"/>
                    <product id="0xc52b"/>
                  </source>
                </hostdev>
                """);
    }

    @Test
    public void aPciAddressWithoutFunctionIsRejected() {
        assertArgumentRejected(() -> HostDevice.pci("0000:00:1f"), "PCI address must be domain:bus:slot.function "
                + "in hexadecimal such as 0000:00:1f.0, got '0000:00:1f'");
    }

    @Test
    public void aUsbIdWithoutProductIsRejected() {
        assertArgumentRejected(() -> HostDevice.usb("046d"),
                "USB id must be vendor:product in hexadecimal such as 046d:c52b, got '046d'");
    }

    @Test
    public void theSameHostDeviceTwiceIsRejected() {
        assertArgumentRejected(() -> DomainBuilder.named("tck-d").withHostDevice(HostDevice.usb("046d:c52b"))
                .withHostDevice(HostDevice.usb("046D:C52B")), "HostDevice[usb 046d:c52b] is already passed "
                + "through; a host device can be given to a domain once");
    }

    @Test
    public void aNodesetOutsideTheSchemaIsRejected() {
        assertArgumentRejected(() -> DomainBuilder.named("tck-d").withNumatune(NumaMode.STRICT, "node0"),
                "nodeset must be a node set such as 0, 0-1 or 0-3,^2, got 'node0'");
    }

    @Test
    public void aZeroRateIsRejected() {
        assertArgumentRejected(() -> Bandwidth.Rate.average(0), "bandwidth average must be between 1 and "
                + "4294967295, got 0");
    }

    @Test
    public void aBandwidthWithoutDirectionIsRejected() {
        assertArgumentRejected(() -> new Bandwidth(null, null), "a bandwidth needs an inbound or an outbound rate");
    }
}
