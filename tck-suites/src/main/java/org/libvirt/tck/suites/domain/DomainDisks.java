package org.libvirt.tck.suites.domain;

import static org.libvirt.tck.suites.assertions.DomainXmlAssert.assertThatInactiveXml;
import static org.libvirt.tck.suites.assertions.DomainXmlAssert.assertThatLiveXml;
import static org.libvirt.tck.suites.assertions.LibvirtAssertions.assertFailsWith;

import java.util.List;

import org.libvirt.Domain;
import org.libvirt.Error.ErrorNumber;
import org.libvirt.LibvirtException;
import org.libvirt.tck.domainbuilder.domain.Disk;
import org.libvirt.tck.domainbuilder.domain.Feature;
import org.libvirt.tck.suites.scenario.ScenarioId;
import org.testng.annotations.Test;

/**
 * Disks attached to, detached from and updated in a domain's configuration, and attached to a running domain.
 *
 * <p>libvirt keeps the disks of one bus together and in the order of their target devs ({@code vdb} before
 * {@code vdc}), whatever order they were attached in ({@code virDomainDiskInsert}). Disks are never detached from a
 * running domain here: a virtio disk leaves only when the guest's OS lets the PCI device go.
 */
public class DomainDisks extends DeviceScenario {

    @ScenarioId("domain.disk-attach-order")
    @Test(groups = {"domain", "devices"})
    public void disksAttachedToTheConfigurationAreListedInTargetOrder() throws LibvirtException {
        // GIVEN a defined domain without disks
        Domain dom = conn().domainDefineXML(domain(sandbox().domain("disk-order")).build().toXml());

        // WHEN vdd, vdb and vdc are attached to its configuration, in that order
        for (String dev : List.of("vdd", "vdb", "vdc")) {
            dom.attachDeviceFlags(diskXml(rawDisk("disk-order-" + dev, dev)), AFFECT_CONFIG);
        }

        // THEN its configuration lists the three disks by target, each with its own image
        assertListed("the disk targets of " + dom.getName(), List.of("vdb", "vdc", "vdd"),
                diskTargets(dom, XML_INACTIVE), "attaching vdd, vdb and vdc");
        assertThatInactiveXml(dom).hasText("/domain/devices/disk[target/@dev='vdc']/source/@file",
                sandbox().scratchPath("disk-order-vdc.img").toString());
    }

    @ScenarioId("domain.disk-attach-duplicate-target-refused")
    @Test(groups = {"domain", "devices"})
    public void attachingASecondDiskAtATakenTargetFailsWithOperationInvalid() throws LibvirtException {
        // GIVEN a defined domain with a disk at vdb
        Domain dom = conn().domainDefineXML(domain(sandbox().domain("disk-twice"))
                .withDisk(rawDisk("disk-twice-a", "vdb")).build().toXml());

        // WHEN another disk is attached at vdb THEN libvirt says the target exists, and keeps the first disk
        String second = diskXml(rawDisk("disk-twice-b", "vdb"));
        assertFailsWith(ErrorNumber.VIR_ERR_OPERATION_INVALID, () -> dom.attachDeviceFlags(second, AFFECT_CONFIG));
        assertThatInactiveXml(dom).hasCount("/domain/devices/disk", 1).hasText("/domain/devices/disk/source/@file",
                sandbox().scratchPath("disk-twice-a.img").toString());
    }

    @ScenarioId("domain.disk-detach-config")
    @Test(groups = {"domain", "devices"})
    public void detachingTheMiddleDiskLeavesTheOthersAndASecondDetachFailsWithDeviceMissing()
            throws LibvirtException {
        // GIVEN a defined domain with disks at vdb, vdc and vdd
        Disk middle = rawDisk("disk-detach-c", "vdc");
        Domain dom = conn().domainDefineXML(domain(sandbox().domain("disk-detach"))
                .withDisk(rawDisk("disk-detach-b", "vdb")).withDisk(middle).withDisk(rawDisk("disk-detach-d", "vdd"))
                .build().toXml());

        // WHEN vdc is detached from its configuration
        dom.detachDeviceFlags(diskXml(middle), AFFECT_CONFIG);

        // THEN vdb and vdd are still there, in order
        assertListed("the disk targets of " + dom.getName(), List.of("vdb", "vdd"), diskTargets(dom, XML_INACTIVE),
                "detaching vdc");

        // AND detaching vdc again fails: there is no such disk
        assertFailsWith(ErrorNumber.VIR_ERR_DEVICE_MISSING, () -> dom.detachDeviceFlags(diskXml(middle),
                AFFECT_CONFIG));
    }

    @ScenarioId("domain.disk-update-config")
    @Test(groups = {"domain", "devices"})
    public void updatingADiskInTheConfigurationChangesItsSourceAndReadOnlyFlag() throws LibvirtException {
        // GIVEN a defined domain with a writable disk at vdb
        Domain dom = conn().domainDefineXML(domain(sandbox().domain("disk-update"))
                .withDisk(rawDisk("disk-update-old", "vdb")).build().toXml());

        // WHEN the disk at vdb is updated to another image, read-only
        Disk updated = rawDisk("disk-update-new", "vdb").readOnly();
        dom.updateDeviceFlags(diskXml(updated), AFFECT_CONFIG);

        // THEN the configuration has one disk at vdb with the new image and read-only
        assertThatInactiveXml(dom).hasCount("/domain/devices/disk", 1)
                .hasText("/domain/devices/disk[target/@dev='vdb']/source/@file", updated.sourcePath())
                .hasNode("/domain/devices/disk[target/@dev='vdb']/readonly");
    }

    @ScenarioId("domain.disk-hotplug-order")
    @Test(groups = {"domain", "devices", "live"})
    public void disksHotpluggedIntoARunningDomainAreListedInTargetOrderAndOnlyLive() throws LibvirtException {
        // GIVEN a persistent domain with ACPI (QEMU's i440fx hotplugs PCI devices through it) and a disk at vda,
        // running
        Domain dom = conn().domainDefineXML(domain(sandbox().domain("disk-hotplug")).withFeature(Feature.ACPI)
                .withDisk(rawDisk("disk-hotplug-a", "vda")).build().toXml());
        dom.create();

        // WHEN disks at vdc and then vdb are attached to the running domain only
        dom.attachDeviceFlags(diskXml(rawDisk("disk-hotplug-c", "vdc")), AFFECT_LIVE);
        dom.attachDeviceFlags(diskXml(rawDisk("disk-hotplug-b", "vdb")), AFFECT_LIVE);

        // THEN the running domain lists vda, vdb, vdc, and its configuration still has vda only
        assertListed("the live disk targets of " + dom.getName(), List.of("vda", "vdb", "vdc"),
                diskTargets(dom, XML_LIVE), "hotplugging vdc and vdb");
        assertListed("the configured disk targets of " + dom.getName(), List.of("vda"),
                diskTargets(dom, XML_INACTIVE), "hotplugging vdc and vdb live only");
        assertThatLiveXml(dom).hasText("/domain/devices/disk[target/@dev='vdb']/source/@file",
                sandbox().scratchPath("disk-hotplug-b.img").toString());
    }
}
