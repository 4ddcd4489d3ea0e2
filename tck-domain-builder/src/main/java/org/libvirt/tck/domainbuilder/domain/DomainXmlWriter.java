package org.libvirt.tck.domainbuilder.domain;

import static org.libvirt.tck.domainbuilder.internal.XmlText.addScaled;
import static org.libvirt.tck.domainbuilder.internal.XmlText.addText;

import org.dom4j.Document;
import org.dom4j.DocumentHelper;
import org.dom4j.Element;
import org.libvirt.tck.domainbuilder.internal.Checks;
import org.libvirt.tck.domainbuilder.internal.XmlText;

/**
 * Writes a {@link DomainSpec} as libvirt domain XML.
 *
 * <pre>{@code
 * String xml = DomainXmlWriter.toXml(spec);          // same as spec.toXml()
 * Document doc = DomainXmlWriter.toDocument(spec);   // to inspect or extend with dom4j
 * String disk = DomainXmlWriter.diskXml(Disk.file("/var/lib/tck/b.img").target("vdb", DiskBus.VIRTIO), "qemu");
 * dom.attachDeviceFlags(disk, AFFECT_CONFIG);         // one device, for virDomainAttachDevice and friends
 * }</pre>
 *
 * <p>Elements come in the order libvirt itself formats them ({@code virsh dumpxml}), which is one of the orders
 * {@code domaincommon.rng} allows: where the schema fixes an order it is followed, where it interleaves, the
 * output reads like libvirt's. Only what the spec holds is written; the writer adds no defaults of its own.
 */
public final class DomainXmlWriter {

    private static final String KIB = "KiB";

    private DomainXmlWriter() {
    }

    /** The spec as pretty-printed XML without an XML declaration. */
    public static String toXml(DomainSpec spec) {
        return XmlText.pretty(toDocument(spec));
    }

    /**
     * One disk alone, {@code <disk>}, for {@code virDomainAttachDeviceFlags}, {@code virDomainDetachDeviceFlags} and
     * {@code virDomainUpdateDeviceFlags}: written exactly as in a whole domain of type {@code domainType}, which
     * decides the driver name (see {@link DomainSpec#diskDriverName}).
     */
    public static String diskXml(Disk disk, String domainType) {
        Checks.notNull("disk", disk);
        Checks.notNull("domainType", domainType);
        if (disk.targetDev() == null) {
            throw new IllegalArgumentException("disk " + disk.sourcePath() + " has no target: call target(dev, bus) "
                    + "on it, e.g. target(\"vdb\", DiskBus.VIRTIO)");
        }
        Document document = DocumentHelper.createDocument();
        writeDisk(document.addElement("disk"), disk, DomainSpec.diskDriverName(domainType));
        return XmlText.pretty(document);
    }

    /** One network interface alone, {@code <interface>}, for the device calls. */
    public static String interfaceXml(Nic nic) {
        Checks.notNull("interface", nic);
        Document document = DocumentHelper.createDocument();
        writeInterface(document.addElement("interface"), nic);
        return XmlText.pretty(document);
    }

    /** One host device as {@code <hostdev>}, for the device calls. */
    public static String hostDeviceXml(HostDevice device) {
        Document document = DocumentHelper.createDocument();
        writeHostDevice(document.addElement("hostdev"), device);
        return XmlText.pretty(document);
    }

    /** The spec as a dom4j document. */
    public static Document toDocument(DomainSpec spec) {
        Document document = DocumentHelper.createDocument();
        Element domain = document.addElement("domain").addAttribute("type", spec.domainType());
        addText(domain, "name", spec.name());
        if (spec.uuid() != null) {
            addText(domain, "uuid", spec.uuid().toString());
        }
        if (spec.title() != null) {
            addText(domain, "title", spec.title());
        }
        if (spec.description() != null) {
            addText(domain, "description", spec.description());
        }
        writeMemory(domain, spec);
        writeVcpu(domain, spec);
        if (spec.numatune() != null) {
            domain.addElement("numatune").addElement("memory")
                    .addAttribute("mode", spec.numatune().mode().xmlValue())
                    .addAttribute("nodeset", spec.numatune().nodeset());
        }
        writeOs(domain, spec.os());
        writeFeatures(domain, spec);
        writeLifecycle(domain, "on_poweroff", spec.onPoweroff());
        writeLifecycle(domain, "on_reboot", spec.onReboot());
        writeLifecycle(domain, "on_crash", spec.onCrash());
        if (!spec.devices().isEmpty()) {
            writeDevices(domain.addElement("devices"), spec);
        }
        return document;
    }

    private static void writeMemory(Element domain, DomainSpec spec) {
        if (spec.maxMemory() != null) {
            domain.addElement("maxMemory")
                    .addAttribute("slots", Integer.toString(spec.maxMemory().slots()))
                    .addAttribute("unit", KIB)
                    .addText(Long.toString(spec.maxMemory().kib()));
        }
        addScaled(domain, "memory", KIB, spec.memoryKiB());
        if (spec.currentMemoryKiB() != null) {
            addScaled(domain, "currentMemory", KIB, spec.currentMemoryKiB());
        }
    }

    /** Like libvirt, {@code current} is written only when it differs from the maximum. */
    private static void writeVcpu(Element domain, DomainSpec spec) {
        Element vcpu = domain.addElement("vcpu");
        if (spec.maxVcpus() == null || spec.maxVcpus() == spec.vcpus()) {
            vcpu.addText(Integer.toString(spec.vcpus()));
        } else {
            vcpu.addAttribute("current", Integer.toString(spec.vcpus())).addText(spec.maxVcpus().toString());
        }
    }

    private static void writeOs(Element domain, DomainSpec.Os os) {
        Element element = domain.addElement("os");
        Element type = element.addElement("type").addAttribute("arch", os.arch());
        if (os.machine() != null) {
            type.addAttribute("machine", os.machine());
        }
        type.addText(os.type());
        if (os.init() != null) {
            addText(element, "init", os.init());
        }
        DomainSpec.KernelBoot kernelBoot = os.kernelBoot();
        if (kernelBoot != null) {
            addText(element, "kernel", kernelBoot.kernel());
            if (kernelBoot.initrd() != null) {
                addText(element, "initrd", kernelBoot.initrd());
            }
            if (kernelBoot.cmdline() != null) {
                addText(element, "cmdline", kernelBoot.cmdline());
            }
        }
        for (BootDevice device : os.bootDevices()) {
            element.addElement("boot").addAttribute("dev", device.xmlValue());
        }
    }

    private static void writeFeatures(Element domain, DomainSpec spec) {
        if (spec.features().isEmpty()) {
            return;
        }
        Element features = domain.addElement("features");
        for (Feature feature : Feature.values()) {
            if (spec.features().contains(feature)) {
                features.addElement(feature.xmlName());
            }
        }
    }

    private static void writeLifecycle(Element domain, String name, LifecycleAction action) {
        if (action != null) {
            addText(domain, name, action.xmlValue());
        }
    }

    private static void writeDevices(Element devices, DomainSpec spec) {
        DomainSpec.Devices parts = spec.devices();
        if (parts.emulator() != null) {
            addText(devices, "emulator", parts.emulator());
        }
        for (Disk disk : parts.disks()) {
            writeDisk(devices.addElement("disk"), disk, spec.diskDriverName());
        }
        if (!parts.usbController()) {
            devices.addElement("controller").addAttribute("type", "usb").addAttribute("model", "none");
        }
        for (DomainSpec.SharedFolder folder : parts.filesystems()) {
            Element fs = devices.addElement("filesystem").addAttribute("type", "mount")
                    .addAttribute("accessmode", "passthrough");
            fs.addElement("source").addAttribute("dir", folder.sourceDir());
            fs.addElement("target").addAttribute("dir", folder.mountTag());
            fs.addElement("readonly");
        }
        for (Nic nic : parts.interfaces()) {
            writeInterface(devices.addElement("interface"), nic);
        }
        if (parts.serialPty()) {
            devices.addElement("serial").addAttribute("type", "pty");
        }
        if (parts.serialFile() != null) {
            devices.addElement("serial").addAttribute("type", "file")
                    .addElement("source").addAttribute("path", parts.serialFile());
        }
        if (parts.consolePty()) {
            devices.addElement("console").addAttribute("type", "pty");
        }
        for (DomainSpec.VirtioChannel channel : parts.channels()) {
            Element element = devices.addElement("channel").addAttribute("type", "unix");
            element.addElement("source").addAttribute("mode", "bind").addAttribute("path", channel.socketPath());
            element.addElement("target").addAttribute("type", "virtio").addAttribute("name", channel.targetName());
        }
        for (HostDevice device : parts.hostDevices()) {
            writeHostDevice(devices.addElement("hostdev"), device);
        }
        if (!parts.memballoon()) {
            devices.addElement("memballoon").addAttribute("model", "none");
        }
    }

    private static void writeDisk(Element element, Disk disk, String driverName) {
        element.addAttribute("type", disk.type().xmlValue()).addAttribute("device", disk.device().xmlValue());
        if (disk.format() != null) {
            Element driver = element.addElement("driver");
            if (driverName != null) {
                driver.addAttribute("name", driverName);
            }
            driver.addAttribute("type", disk.format().xmlValue());
        }
        if (disk.sourcePath() != null) {
            element.addElement("source").addAttribute(disk.type().sourceAttribute(), disk.sourcePath());
        }
        element.addElement("target").addAttribute("dev", disk.targetDev()).addAttribute("bus", disk.bus().xmlValue());
        if (disk.isReadOnly()) {
            element.addElement("readonly");
        }
    }

    private static void writeInterface(Element element, Nic nic) {
        element.addAttribute("type", nic.type().xmlValue());
        if (nic.mac() != null) {
            element.addElement("mac").addAttribute("address", nic.mac());
        }
        element.addElement("source").addAttribute(nic.type().xmlValue(), nic.source());
        if (nic.bandwidth() != null) {
            Element bandwidth = element.addElement("bandwidth");
            writeRate(bandwidth, "inbound", nic.bandwidth().inbound());
            writeRate(bandwidth, "outbound", nic.bandwidth().outbound());
        }
        if (nic.model() != null) {
            element.addElement("model").addAttribute("type", nic.model());
        }
        if (nic.filterref() != null) {
            element.addElement("filterref").addAttribute("filter", nic.filterref());
        }
    }

    private static void writeRate(Element bandwidth, String direction, Bandwidth.Rate rate) {
        if (rate == null) {
            return;
        }
        Element element = bandwidth.addElement(direction).addAttribute("average", Long.toString(rate.average()));
        if (rate.peak() != null) {
            element.addAttribute("peak", rate.peak().toString());
        }
        if (rate.burst() != null) {
            element.addAttribute("burst", rate.burst().toString());
        }
    }

    private static void writeHostDevice(Element element, HostDevice device) {
        element.addAttribute("mode", "subsystem").addAttribute("type", device.type().xmlValue());
        if (device.isManaged()) {
            element.addAttribute("managed", "yes");
        }
        Element source = element.addElement("source");
        if (device.type() == HostDevice.Type.PCI) {
            source.addElement("address").addAttribute("domain", device.pciDomain())
                    .addAttribute("bus", device.pciBus()).addAttribute("slot", device.pciSlot())
                    .addAttribute("function", device.pciFunction());
        } else {
            source.addElement("vendor").addAttribute("id", device.usbVendor());
            source.addElement("product").addAttribute("id", device.usbProduct());
        }
    }
}
