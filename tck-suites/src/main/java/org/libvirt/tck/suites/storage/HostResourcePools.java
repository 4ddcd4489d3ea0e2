package org.libvirt.tck.suites.storage;

import static org.libvirt.tck.suites.assertions.StorageAssertions.assertThat;

import org.dom4j.Document;
import org.libvirt.LibvirtException;
import org.libvirt.StoragePool;
import org.libvirt.StorageVol;
import org.libvirt.tck.core.config.TckConfig.HostResources;
import org.libvirt.tck.domainbuilder.storage.StoragePoolBuilder;
import org.libvirt.tck.domainbuilder.storage.StoragePoolXmlWriter;
import org.libvirt.tck.suites.scenario.MissingResource;
import org.libvirt.tck.suites.scenario.ScenarioId;
import org.testng.annotations.Test;

/**
 * Pools over storage the host lends the kit: a spare block device, an NFS export, an iSCSI target. Each scenario
 * is skipped, naming the {@code host_resources} key, when the resource is not configured.
 */
public class HostResourcePools extends StorageScenario {

    /** {@code VIR_STORAGE_POOL_BUILD_OVERWRITE}: the configured block device is the kit's to overwrite. */
    private static final int BUILD_OVERWRITE = 4;
    /** Where the host shows iSCSI LUNs. */
    private static final String ISCSI_TARGET_PATH = "/dev/disk/by-path";

    @ScenarioId("storage.pool-disk")
    @Test(groups = {"storage", "pool", "host-resource"})
    public void diskPoolOnASpareBlockDeviceStartsAndStops() throws LibvirtException {
        // GIVEN a disk pool on the configured block device, given a new partition table
        String device = resources().blockDevice()
                .orElseThrow(() -> new MissingResource("host_resources.block_device"));
        String name = sandbox().pool("disk");
        StoragePool pool = conn().storagePoolDefineXML(
                StoragePoolBuilder.disk(name, device, "/dev").build().toXml(), 0);
        pool.build(BUILD_OVERWRITE);

        // WHEN it is started THEN it is an active disk pool with the device's capacity
        pool.create(0);
        assertThat(pool).isActive().hasType("disk").hasPositiveCapacity();

        // WHEN it is destroyed THEN it is inactive and still defined
        pool.destroy();
        assertThat(pool).isInactive().isPersistent(true);
    }

    @ScenarioId("storage.pool-logical")
    @Test(groups = {"storage", "pool", "host-resource"})
    public void logicalPoolOnASpareBlockDeviceHoldsALogicalVolume() throws LibvirtException {
        // GIVEN a logical pool whose volume group, named like the pool, is built on the configured block device
        String device = resources().blockDevice()
                .orElseThrow(() -> new MissingResource("host_resources.block_device"));
        String name = sandbox().pool("lvm");
        Document xml = StoragePoolXmlWriter.toDocument(StoragePoolBuilder.logical(name, name).build());
        // The builder's logical pool uses an existing volume group; building one needs the device as its source.
        xml.getRootElement().element("source").addElement("device").addAttribute("path", device);
        StoragePool pool = conn().storagePoolDefineXML(xml.asXML(), 0);
        pool.build(BUILD_OVERWRITE);
        pool.create(0);
        assertThat(pool).isActive().hasType("logical").hasPositiveCapacity();

        // WHEN a volume is created in it THEN it is a logical volume of the group with the capacity asked for
        String volume = sandbox().volume(name, "lv");
        StorageVol vol = createVolume(pool, volume(volume).withCapacity(VOLUME_BYTES));
        assertThat(vol).hasCapacity(VOLUME_BYTES).isInPool(name);
        if (!vol.getPath().equals("/dev/" + name + "/" + volume)) {
            throw new AssertionError("expected logical volume " + volume + " at /dev/" + name + "/" + volume
                    + ", but found it at " + vol.getPath());
        }

        // WHEN the volume is deleted and the pool destroyed and deleted THEN the pool is still defined
        vol.delete(0);
        pool.destroy();
        pool.delete(0);
        assertThat(pool).isInactive().isPersistent(true);
    }

    @ScenarioId("storage.pool-netfs")
    @Test(groups = {"storage", "pool", "host-resource"})
    public void netfsPoolMountsTheExportWhileActive() throws LibvirtException {
        // GIVEN a netfs pool on the configured NFS export, mounted in a scratch folder
        String export = resources().nfsExport().orElseThrow(() -> new MissingResource("host_resources.nfs_export"));
        int colon = export.indexOf(':');
        if (colon <= 0) {
            throw new IllegalStateException("host_resources.nfs_export: expected host:/path, found '" + export + "'");
        }
        String name = sandbox().pool("netfs");
        StoragePool pool = conn().storagePoolDefineXML(StoragePoolBuilder.netfs(name, export.substring(0, colon),
                export.substring(colon + 1), sandbox().scratchPath(name).toString()).build().toXml(), 0);
        pool.build(0);

        // WHEN it is started THEN it is an active netfs pool with the export's capacity
        pool.create(0);
        assertThat(pool).isActive().hasType("netfs").hasPositiveCapacity();

        // WHEN it is destroyed THEN it is inactive and still defined
        pool.destroy();
        assertThat(pool).isInactive().isPersistent(true);
    }

    @ScenarioId("storage.pool-iscsi")
    @Test(groups = {"storage", "pool", "host-resource"})
    public void iscsiPoolShowsTheTargetsLunsWhileLoggedIn() throws LibvirtException {
        // GIVEN an iSCSI pool on the configured portal and target
        String host = resources().iscsiHost().orElseThrow(() -> new MissingResource("host_resources.iscsi_host"));
        String target = resources().iscsiTarget()
                .orElseThrow(() -> new MissingResource("host_resources.iscsi_target"));
        String name = sandbox().pool("iscsi");
        StoragePool pool = conn().storagePoolDefineXML(
                StoragePoolBuilder.iscsi(name, host, target, ISCSI_TARGET_PATH).build().toXml(), 0);

        // WHEN it is started THEN it is an active iscsi pool that lists the target's LUNs as volumes
        pool.create(0);
        assertThat(pool).isActive().hasType("iscsi");
        pool.refresh(0);
        if (pool.listVolumes().length == 0) {
            throw new AssertionError("expected iSCSI pool " + name + " to list the LUNs of " + target + " on "
                    + host + " as volumes, but it lists none: check that the target exports a LUN");
        }

        // WHEN it is destroyed THEN it is inactive and still defined
        pool.destroy();
        assertThat(pool).isInactive().isPersistent(true);
    }

    private static HostResources resources() {
        return tck().config().hostResources();
    }
}
