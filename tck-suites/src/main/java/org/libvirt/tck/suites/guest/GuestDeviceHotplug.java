package org.libvirt.tck.suites.guest;

import static org.libvirt.tck.suites.assertions.DomainXmlAssert.assertThatLiveXml;

import java.time.Duration;
import java.util.List;

import org.libvirt.Domain;
import org.libvirt.Domain.DeviceModifyFlags;
import org.libvirt.LibvirtException;
import org.libvirt.StorageVol;
import org.libvirt.tck.core.connect.LibvirtCall;
import org.libvirt.tck.core.guest.GuestSession;
import org.libvirt.tck.domainbuilder.domain.Disk;
import org.libvirt.tck.domainbuilder.domain.DiskBus;
import org.libvirt.tck.domainbuilder.domain.DiskFormat;
import org.libvirt.tck.domainbuilder.domain.DomainXmlWriter;
import org.libvirt.tck.domainbuilder.domain.Nic;
import org.libvirt.tck.suites.assertions.LibvirtXml;
import org.libvirt.tck.suites.scenario.Exclusive;
import org.libvirt.tck.suites.scenario.ScenarioId;
import org.testng.annotations.Test;

/** A disk or a network interface attached to a running guest appears inside it, and goes when detached. */
public class GuestDeviceHotplug extends GuestScenario {

    /** The hotplugged disk: 64 MiB, which the guest reports as 131072 sectors of 512 bytes. */
    private static final long DISK_BYTES = 64L * 1024 * 1024;
    /** The MAC of the hotplugged interface (52:54:00 is QEMU's prefix; c6:33:64 reads 198.51.100). */
    private static final String MAC = "52:54:00:c6:33:64";
    /** How long the guest may take to see a device come or go (PCI hotplug through ACPI, under TCG). */
    private static final Duration HOTPLUG_TIMEOUT = Duration.ofSeconds(60);

    private static final String LIST_DISKS = "for d in /sys/block/vd*; do [ -e \"$d\" ] && echo \"${d##*/} "
            + "$(cat \"$d/size\")\"; done; true";
    private static final String LIST_MACS = "cat /sys/class/net/*/address";

    @ScenarioId("guest.disk-hotplug")
    @Test(groups = {"guest", "hotplug"})
    public void aDiskAttachedLiveIsSeenByTheGuestWithItsSizeAndIsGoneWhenDetached() throws LibvirtException {
        // GIVEN a running guest, which has no disk, booted to its agent, and a 64 MiB qcow2 volume
        String name = sandbox().domain("disk-hotplug");
        Domain dom = conn().domainCreateXML(guest(name).build().toXml(), 0);
        awaitBooted(dom, name);
        StorageVol vol = qcow2VolumeInOwnPool("disk-hotplug", DISK_BYTES);
        String diskXml = DomainXmlWriter.diskXml(Disk.file(vol.getPath()).format(DiskFormat.QCOW2)
                .target("vdb", DiskBus.VIRTIO), tck().guestDefaults().domainType());

        // WHEN the volume is attached live as virtio disk vdb
        dom.attachDeviceFlags(diskXml, DeviceModifyFlags.LIVE);

        // THEN the live XML lists it at vdb, and the guest sees one virtio disk of 64 MiB in 512-byte sectors
        assertThatLiveXml(dom).hasText("/domain/devices/disk[target/@dev='vdb']/source/@file", vol.getPath());
        try (GuestSession agent = agentOf(dom, name)) {
            String sectors = Long.toString(DISK_BYTES / 512);
            List<String> disks = await("the guest to see one new virtio disk of " + sectors + " sectors in "
                    + "/sys/block", HOTPLUG_TIMEOUT, () -> lines(run(agent, LIST_DISKS)),
                    found -> found.size() == 1);
            if (!disks.get(0).endsWith(" " + sectors)) {
                throw new AssertionError("expected the hotplugged disk to have " + sectors + " sectors ("
                        + DISK_BYTES + " bytes), but the guest reports '" + disks.get(0) + "'");
            }

            // WHEN it is detached live THEN it leaves the live XML and the guest
            dom.detachDeviceFlags(diskXml, DeviceModifyFlags.LIVE);
            await("disk vdb to leave the live XML of " + name, HOTPLUG_TIMEOUT,
                    () -> liveValues(dom, "/domain/devices/disk/target/@dev"), devs -> !devs.contains("vdb"));
            await("the guest to see no virtio disk", HOTPLUG_TIMEOUT, () -> lines(run(agent, LIST_DISKS)),
                    List::isEmpty);
        }
    }

    @ScenarioId("guest.nic-hotplug")
    @Exclusive("its network uses 198.51.100.0/24, which one active network at a time can have on a host")
    @Test(groups = {"guest", "hotplug"})
    public void anInterfaceAttachedLiveIsSeenByTheGuestWithItsMacAndIsGoneWhenDetached() throws LibvirtException {
        // GIVEN a running guest booted to its agent, and an isolated network on 198.51.100.0/24
        String name = sandbox().domain("nic-hotplug");
        String netName = sandbox().network("nic-hotplug");
        conn().networkCreateXML(network(netName).withBridge("tckbr-hotplug").withIpv4("198.51.100.1", 24).build()
                .toXml());
        Domain dom = conn().domainCreateXML(guest(name).build().toXml(), 0);
        awaitBooted(dom, name);
        String nicXml = DomainXmlWriter.interfaceXml(Nic.network(netName).mac(MAC).model("virtio"));

        // WHEN a virtio interface with a fixed MAC is attached live
        dom.attachDeviceFlags(nicXml, DeviceModifyFlags.LIVE);

        // THEN the live XML lists it on the network, and the guest has an interface with that MAC
        assertThatLiveXml(dom).hasText("/domain/devices/interface[mac/@address='" + MAC + "']/source/@network",
                netName);
        try (GuestSession agent = agentOf(dom, name)) {
            await("the guest to have an interface with MAC " + MAC + " in /sys/class/net/*/address",
                    HOTPLUG_TIMEOUT, () -> lines(run(agent, LIST_MACS)), macs -> macs.contains(MAC));

            // WHEN it is detached live THEN it leaves the live XML and the guest
            dom.detachDeviceFlags(nicXml, DeviceModifyFlags.LIVE);
            await("the interface " + MAC + " to leave the live XML of " + name, HOTPLUG_TIMEOUT,
                    () -> liveValues(dom, "/domain/devices/interface/mac/@address"), macs -> !macs.contains(MAC));
            await("the guest to have no interface with MAC " + MAC, HOTPLUG_TIMEOUT,
                    () -> lines(run(agent, LIST_MACS)), macs -> !macs.contains(MAC));
        }
    }

    private static List<String> liveValues(Domain dom, String xpath) {
        return LibvirtXml.parse(LibvirtCall.call(() -> dom.getXMLDesc(0)), "the running guest").values(xpath);
    }

    private static List<String> lines(String output) {
        return output.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}
