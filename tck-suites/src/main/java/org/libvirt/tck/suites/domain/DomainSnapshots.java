package org.libvirt.tck.suites.domain;

import static org.libvirt.tck.suites.assertions.DomainXmlAssert.assertThatXml;
import static org.libvirt.tck.suites.assertions.LibvirtAssertions.assertFailsWith;
import static org.libvirt.tck.suites.assertions.LibvirtAssertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.libvirt.Domain;
import org.libvirt.DomainSnapshot;
import org.libvirt.Error.ErrorNumber;
import org.libvirt.LibvirtException;
import org.libvirt.StorageVol;
import org.libvirt.tck.domainbuilder.domain.Disk;
import org.libvirt.tck.domainbuilder.domain.DiskBus;
import org.libvirt.tck.domainbuilder.domain.DiskFormat;
import org.libvirt.tck.suites.scenario.Scenario;
import org.libvirt.tck.suites.scenario.ScenarioId;
import org.testng.annotations.Test;

/**
 * Snapshots of a domain form a tree with a current snapshot; a domain reverts to one, and deleting one keeps its
 * children. The domain has a small qcow2 disk: QEMU refuses to snapshot a domain that has no disk to hold one.
 */
public class DomainSnapshots extends Scenario {

    /** libvirt's {@code VIR_DOMAIN_SNAPSHOT_LIST_ROOTS}: only snapshots without a parent. */
    private static final int LIST_ROOTS = 1;
    /** libvirt's {@code VIR_DOMAIN_SNAPSHOT_LIST_LEAVES}: only snapshots without children. */
    private static final int LIST_LEAVES = 4;
    private static final long DISK_BYTES = 16L * 1024 * 1024;

    @ScenarioId("domain.snapshot-create")
    @Test(groups = {"domain", "snapshot"})
    public void snapshotOfAnInactiveDomainIsListedAndCurrent() throws LibvirtException {
        // GIVEN a defined domain with a disk
        Domain dom = definedWithDisk("snap-create");

        // WHEN a snapshot s1 is taken
        dom.snapshotCreateXML(snapshotXml("s1"));

        // THEN it is the domain's one snapshot, and its current one, taken of a shut off domain
        assertNames(dom.snapshotListNames(), List.of("s1"), "snapshotListNames()");
        assertCount(dom.snapshotNum(), 1, "snapshotNum()");
        assertCount(dom.hasCurrentSnapshot(), 1, "hasCurrentSnapshot()");
        assertThatXml("current snapshot", dom.snapshotCurrent().getXMLDesc())
                .hasText("/domainsnapshot/name", "s1").hasText("/domainsnapshot/state", "shutoff");
    }

    @ScenarioId("domain.snapshot-children")
    @Test(groups = {"domain", "snapshot"})
    public void secondSnapshotIsAChildOfTheFirstAndBecomesCurrent() throws LibvirtException {
        // GIVEN a defined domain with a disk and a snapshot s1
        Domain dom = definedWithDisk("snap-children");
        dom.snapshotCreateXML(snapshotXml("s1"));

        // WHEN a second snapshot s2 is taken
        DomainSnapshot s2 = dom.snapshotCreateXML(snapshotXml("s2"));

        // THEN s2's parent is s1, s2 is current, s1 is the only root and s2 the only leaf
        assertThatXml("snapshot s2", s2.getXMLDesc()).hasText("/domainsnapshot/parent/name", "s1");
        assertThatXml("current snapshot", dom.snapshotCurrent().getXMLDesc()).hasText("/domainsnapshot/name", "s2");
        assertNames(dom.snapshotListNames(LIST_ROOTS), List.of("s1"), "snapshotListNames(ROOTS)");
        assertNames(dom.snapshotListNames(LIST_LEAVES), List.of("s2"), "snapshotListNames(LEAVES)");
    }

    @ScenarioId("domain.snapshot-revert")
    @Test(groups = {"domain", "snapshot"})
    public void revertingARunningDomainToASnapshotOfItShutOffStopsItAndMakesThatSnapshotCurrent()
            throws LibvirtException {
        // GIVEN a domain with snapshots s1 and s2 taken while shut off, now running
        Domain dom = definedWithDisk("snap-revert");
        DomainSnapshot s1 = dom.snapshotCreateXML(snapshotXml("s1"));
        dom.snapshotCreateXML(snapshotXml("s2"));
        dom.create();

        // WHEN it is reverted to s1
        dom.revertToSnapshot(s1);

        // THEN it is shut off as it was at s1 (looked up afresh: a handle caches the id it last saw), and s1 is
        // current again
        assertThat(conn().domainLookupByName(dom.getName())).isShutOff().isPersistent(true);
        assertThatXml("current snapshot", dom.snapshotCurrent().getXMLDesc()).hasText("/domainsnapshot/name", "s1");
    }

    @ScenarioId("domain.snapshot-delete")
    @Test(groups = {"domain", "snapshot"})
    public void deletingASnapshotKeepsItsChildAsANewRoot() throws LibvirtException {
        // GIVEN a domain with snapshot s1 and its child s2
        Domain dom = definedWithDisk("snap-delete");
        DomainSnapshot s1 = dom.snapshotCreateXML(snapshotXml("s1"));
        dom.snapshotCreateXML(snapshotXml("s2"));

        // WHEN s1 is deleted
        s1.delete(0);

        // THEN s1 is gone and s2 is left, with no parent
        assertFailsWith(ErrorNumber.VIR_ERR_NO_DOMAIN_SNAPSHOT, () -> dom.snapshotLookupByName("s1"));
        assertNames(dom.snapshotListNames(), List.of("s2"), "snapshotListNames()");
        assertNames(dom.snapshotListNames(LIST_ROOTS), List.of("s2"), "snapshotListNames(ROOTS)");
        assertThatXml("snapshot s2", dom.snapshotLookupByName("s2").getXMLDesc())
                .hasNoNode("/domainsnapshot/parent");
    }

    @ScenarioId("domain.snapshot-missing")
    @Test(groups = {"domain", "snapshot"})
    public void lookingUpASnapshotThatDoesNotExistFailsWithNoDomainSnapshot() throws LibvirtException {
        // GIVEN a defined domain without snapshots
        Domain dom = conn().domainDefineXML(domain(sandbox().domain("snap-missing")).build().toXml());

        // THEN it has no current snapshot, and looking one up by name or asking for the current one fails
        assertCount(dom.hasCurrentSnapshot(), 0, "hasCurrentSnapshot()");
        assertFailsWith(ErrorNumber.VIR_ERR_NO_DOMAIN_SNAPSHOT, () -> dom.snapshotLookupByName("s1"));
        assertFailsWith(ErrorNumber.VIR_ERR_NO_DOMAIN_SNAPSHOT, dom::snapshotCurrent);
    }

    /** A defined domain whose one disk is a qcow2 volume in a directory pool of this scenario. */
    private static Domain definedWithDisk(String suffix) throws LibvirtException {
        StorageVol vol = qcow2VolumeInOwnPool(suffix, DISK_BYTES);
        Disk disk = Disk.file(vol.getPath()).format(DiskFormat.QCOW2).target("vda", DiskBus.VIRTIO);
        return conn().domainDefineXML(domain(sandbox().domain(suffix)).withDisk(disk).build().toXml());
    }

    private static String snapshotXml(String name) {
        return "<domainsnapshot><name>" + name + "</name></domainsnapshot>";
    }

    private static void assertNames(String[] actual, List<String> expected, String call) {
        List<String> names = Arrays.stream(actual).sorted().toList();
        if (!names.equals(expected)) {
            throw new AssertionError("expected " + call + " to return " + expected + ", but found " + names);
        }
    }

    private static void assertCount(int actual, int expected, String call) {
        if (actual != expected) {
            throw new AssertionError("expected " + call + " to return " + expected + ", but found " + actual);
        }
    }
}
