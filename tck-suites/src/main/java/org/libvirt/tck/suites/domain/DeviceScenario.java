package org.libvirt.tck.suites.domain;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

import org.libvirt.Domain;
import org.libvirt.LibvirtException;
import org.libvirt.tck.domainbuilder.domain.Disk;
import org.libvirt.tck.domainbuilder.domain.DiskBus;
import org.libvirt.tck.domainbuilder.domain.DiskFormat;
import org.libvirt.tck.domainbuilder.domain.DomainXmlWriter;
import org.libvirt.tck.domainbuilder.domain.Nic;
import org.libvirt.tck.suites.assertions.LibvirtXml;
import org.libvirt.tck.suites.scenario.Scenario;

/**
 * Base of the scenarios that attach, detach and look at a domain's devices: the flags of the device calls, raw image
 * files in the scenario's scratch folder, and the devices a domain's XML lists.
 *
 * <pre>{@code
 * Disk disk = rawDisk("data-b", "vdb");
 * dom.attachDeviceFlags(diskXml(disk), AFFECT_CONFIG);
 * List<String> targets = diskTargets(dom, XML_INACTIVE);   // [vdb]
 * }</pre>
 */
abstract class DeviceScenario extends Scenario {

    /** {@code VIR_DOMAIN_AFFECT_CURRENT}: the live domain when it runs, else its configuration. */
    static final int AFFECT_CURRENT = 0;
    /** {@code VIR_DOMAIN_AFFECT_LIVE}. */
    static final int AFFECT_LIVE = 1;
    /** {@code VIR_DOMAIN_AFFECT_CONFIG}. */
    static final int AFFECT_CONFIG = 2;
    /** {@code VIR_DOMAIN_XML_INACTIVE}: the persistent definition rather than the running one. */
    static final int XML_INACTIVE = 2;
    /** The live XML. */
    static final int XML_LIVE = 0;

    static final long MIB = 1L << 20;

    /** A sparse raw image of {@code bytes} in the scenario's scratch folder, readable by the hypervisor's user. */
    static Path rawImage(String suffix, long bytes) {
        Path path = sandbox().scratchPath(suffix + ".img");
        try (RandomAccessFile file = new RandomAccessFile(path.toFile(), "rw")) {
            file.setLength(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the disk image " + path, e);
        }
        path.toFile().setReadable(true, false);
        return path;
    }

    /** A 1 MiB raw file disk at guest device {@code dev} on the virtio bus. */
    static Disk rawDisk(String suffix, String dev) {
        return Disk.file(rawImage(suffix, MIB).toString()).format(DiskFormat.RAW).target(dev, DiskBus.VIRTIO);
    }

    /** The disk as device XML for this run's domain type. */
    static String diskXml(Disk disk) {
        return DomainXmlWriter.diskXml(disk, tck().guestDefaults().domainType());
    }

    /** The interface as device XML. */
    static String nicXml(Nic nic) {
        return DomainXmlWriter.interfaceXml(nic);
    }

    /**
     * A CD-ROM drive with {@code isoPath} (or no medium when {@code null}) on the bus the run's machine has for it:
     * SATA on q35 machines, IDE on the others (i440fx's PIIX has no AHCI controller).
     */
    static Disk cdrom(String isoPath) {
        Disk drive = isoPath == null ? Disk.emptyCdrom() : Disk.cdrom(isoPath);
        String machine = tck().guestDefaults().machine();
        return machine != null && machine.contains("q35") ? drive.target("sda", DiskBus.SATA)
                : drive.target("hdc", DiskBus.IDE);
    }

    /** The target devs of the domain's disks, in the order its XML lists them. */
    static List<String> diskTargets(Domain dom, int xmlFlags) throws LibvirtException {
        return xml(dom, xmlFlags).values("/domain/devices/disk/target/@dev");
    }

    /** The MAC addresses of the domain's interfaces, in the order its XML lists them. */
    static List<String> macs(Domain dom, int xmlFlags) throws LibvirtException {
        return xml(dom, xmlFlags).values("/domain/devices/interface/mac/@address");
    }

    static LibvirtXml xml(Domain dom, int xmlFlags) throws LibvirtException {
        return LibvirtXml.parse(dom.getXMLDesc(xmlFlags), (xmlFlags == XML_INACTIVE ? "inactive" : "live")
                + " XML of domain " + dom.getName());
    }

    /**
     * Starts an isolated network for the scenario's interfaces, on a bridge named after the network; returns the
     * network's name. libvirt would pick a free {@code virbrN} itself, but two networks started at the same time (by
     * scenarios running side by side) can be given the same one, and the second then fails with "error creating bridge
     * interface virbr2: File exists".
     */
    static String startNetwork(String suffix) throws LibvirtException {
        String name = sandbox().network(suffix);
        conn().networkCreateXML(network(name).isolated().withBridge(bridgeOf(name)).build().toXml());
        return name;
    }

    /** {@code tckbr} and 8 hex digits of the network's name: a host interface name of the kit's, 13 characters. */
    static String bridgeOf(String network) {
        return String.format("tckbr%08x", network.hashCode());
    }

    /** Fails unless {@code actual} equals {@code expected}, naming what was looked at and after what. */
    static void assertListed(String what, List<String> expected, List<String> actual, String after) {
        if (!expected.equals(actual)) {
            throw new AssertionError("expected " + what + " " + expected + " after " + after + ", but found "
                    + actual);
        }
    }
}
