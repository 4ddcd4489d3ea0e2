package org.libvirt.tck.domainbuilder.domain;

import static org.libvirt.tck.domainbuilder.Rejections.assertArgumentRejected;
import static org.testng.Assert.assertEquals;

import org.dom4j.Document;
import org.dom4j.DocumentHelper;
import org.dom4j.Element;
import org.libvirt.tck.domainbuilder.GuestDefaults;
import org.libvirt.tck.domainbuilder.RngValidator;
import org.libvirt.tck.domainbuilder.TestXml;
import org.libvirt.tck.domainbuilder.internal.XmlText;
import org.testng.annotations.Test;

/** A disk or an interface alone, as a hotplug call takes it: the same XML as in a whole domain. */
public class DeviceAloneXmlTest {

    private static final GuestDefaults QEMU = new GuestDefaults("qemu", "hvm", "x86_64", "pc-i440fx-7.2",
            "/usr/bin/qemu-system-x86_64");
    private static final Disk DISK = Disk.file("/var/tmp/tck/hotplug.qcow2").format(DiskFormat.QCOW2)
            .target("vdb", DiskBus.VIRTIO);
    private static final Nic NIC = Nic.network("tck-net").mac("52:54:00:c6:33:01").model("virtio");
    private static final Nic FILTERED = NIC.filterref("tck-drop");

    @Test
    public void aQcow2DiskForQemuIsWrittenWithTheQemuDriver() {
        assertEquals(DomainXmlWriter.diskXml(DISK, "qemu"), """
                <disk type="file" device="disk">
                  <driver name="qemu" type="qcow2"/>
                  <source file="/var/tmp/tck/hotplug.qcow2"/>
                  <target dev="vdb" bus="virtio"/>
                </disk>
                """);
    }

    @Test
    public void aDiskForTheTestDriverHasNoDriverName() {
        assertEquals(DomainXmlWriter.diskXml(DISK, "test"), """
                <disk type="file" device="disk">
                  <driver type="qcow2"/>
                  <source file="/var/tmp/tck/hotplug.qcow2"/>
                  <target dev="vdb" bus="virtio"/>
                </disk>
                """);
    }

    @Test
    public void anInterfaceIsWrittenWithItsMacSourceAndModel() {
        assertEquals(DomainXmlWriter.interfaceXml(NIC), """
                <interface type="network">
                  <mac address="52:54:00:c6:33:01"/>
                  <source network="tck-net"/>
                  <model type="virtio"/>
                </interface>
                """);
    }

    @Test
    public void anInterfaceWithAFilterrefIsWrittenWithItLast() {
        assertEquals(DomainXmlWriter.interfaceXml(FILTERED), """
                <interface type="network">
                  <mac address="52:54:00:c6:33:01"/>
                  <source network="tck-net"/>
                  <model type="virtio"/>
                  <filterref filter="tck-drop"/>
                </interface>
                """);
    }

    @Test
    public void theFilterrefReadsBack() {
        assertEquals(TestXml.parse(DomainXmlWriter.interfaceXml(FILTERED)).valueOf("/interface/filterref/@filter"),
                "tck-drop");
    }

    @Test
    public void theDevicesAreWhatAWholeDomainHolds() {
        Document domain = DomainXmlWriter.toDocument(DomainBuilder.named("tck-hotplug").withDefaults(QEMU)
                .withDisk(DISK).withInterface(NIC).build());
        assertEquals(DomainXmlWriter.diskXml(DISK, "qemu"), alone(domain, "/domain/devices/disk"));
        assertEquals(DomainXmlWriter.interfaceXml(NIC), alone(domain, "/domain/devices/interface"));
    }

    @Test
    public void theDevicesAreValidAgainstLibvirtsSchemaInADomain() {
        Document domain = TestXml.parse(DomainBuilder.named("tck-hotplug").withDefaults(QEMU).build().toXml());
        Element devices = (Element) domain.selectSingleNode("/domain/devices");
        devices.add(TestXml.parse(DomainXmlWriter.diskXml(DISK, "qemu")).getRootElement().createCopy());
        devices.add(TestXml.parse(DomainXmlWriter.interfaceXml(NIC)).getRootElement().createCopy());
        devices.add(TestXml.parse(DomainXmlWriter.interfaceXml(FILTERED)).getRootElement().createCopy());
        RngValidator.assertValid(RngValidator.DOMAIN, domain.asXML());
    }

    @Test
    public void theDiskReadsBack() {
        Document disk = TestXml.parse(DomainXmlWriter.diskXml(DISK, "qemu"));
        assertEquals(disk.valueOf("/disk/source/@file"), DISK.sourcePath());
        assertEquals(disk.valueOf("/disk/target/@dev"), "vdb");
        assertEquals(disk.valueOf("/disk/driver/@type"), DiskFormat.QCOW2.xmlValue());
    }

    private static String alone(Document document, String xpath) {
        Element element = (Element) document.selectSingleNode(xpath);
        return XmlText.pretty(DocumentHelper.createDocument(element.createCopy()));
    }

    @Test
    public void aDiskWithoutTargetIsRejected() {
        assertArgumentRejected(() -> DomainXmlWriter.diskXml(Disk.file("/var/tmp/tck/a.qcow2"), "qemu"),
                "disk /var/tmp/tck/a.qcow2 has no target: call target(dev, bus) on it, e.g. target(\"vdb\", "
                        + "DiskBus.VIRTIO)");
    }
}
