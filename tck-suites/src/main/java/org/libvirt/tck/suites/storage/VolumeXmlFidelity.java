package org.libvirt.tck.suites.storage;

import static org.libvirt.tck.suites.assertions.XmlKeptAssert.assertThat;

import org.libvirt.LibvirtException;
import org.libvirt.StoragePool;
import org.libvirt.StorageVol;
import org.libvirt.tck.suites.scenario.ScenarioId;
import org.testng.annotations.Test;

/**
 * A catalogue of volume definitions in a directory pool: each is created and its XML must keep every element and
 * attribute it was given, sizes compared in bytes whatever unit they were given in.
 *
 * <p>The documents are written out here rather than built: they hold parts (size units, permissions, qcow2
 * compatibility levels and features) that the builder does not model. Volumes stay small, so that fully allocated
 * ones are cheap; an allocation is only given where the driver can honour it exactly (none, or all of it).
 */
public class VolumeXmlFidelity extends StorageScenario {

    @ScenarioId("storage.volume-xml-raw-allocated-permissions")
    @Test(groups = {"storage", "volume", "xml"})
    public void fullyAllocatedRawVolumeKeepsItsSizesAndPermissions() throws LibvirtException {
        // GIVEN a raw volume document of 4 MiB, all allocated, with its file's mode, owner and group
        String poolName = sandbox().pool("xml-raw");
        StoragePool pool = startDirPool(poolName);
        String name = sandbox().volume(poolName, "raw.img");
        checkKept(pool, name, """
                <volume>
                  <name>%s</name>
                  <capacity unit='MiB'>4</capacity>
                  <allocation unit='KiB'>4096</allocation>
                  <target>
                    <format type='raw'/>
                    <permissions>
                      <mode>0640</mode>
                      <owner>0</owner>
                      <group>0</group>
                    </permissions>
                  </target>
                </volume>
                """.formatted(name));
    }

    @ScenarioId("storage.volume-xml-raw-sparse")
    @Test(groups = {"storage", "volume", "xml"})
    public void sparseRawVolumeKeepsItsCapacityInDecimalUnitsAndNoAllocation() throws LibvirtException {
        // GIVEN a raw volume document of 1 GB (decimal) with nothing allocated up front
        String poolName = sandbox().pool("xml-sparse");
        StoragePool pool = startDirPool(poolName);
        String name = sandbox().volume(poolName, "sparse.img");
        checkKept(pool, name, """
                <volume>
                  <name>%s</name>
                  <capacity unit='GB'>1</capacity>
                  <allocation>0</allocation>
                  <target>
                    <format type='raw'/>
                  </target>
                </volume>
                """.formatted(name));
    }

    @ScenarioId("storage.volume-xml-qcow2-features")
    @Test(groups = {"storage", "volume", "xml", "format"})
    public void qcow2VolumeKeepsItsCompatLevelAndFeatures() throws LibvirtException {
        // GIVEN a qcow2 volume document at compat 1.1 with lazy refcounts and extended L2 entries
        String poolName = sandbox().pool("xml-qcow2");
        StoragePool pool = startDirPool(poolName);
        String name = sandbox().volume(poolName, "features.qcow2");
        checkKept(pool, name, """
                <volume>
                  <name>%s</name>
                  <capacity unit='bytes'>%d</capacity>
                  <target>
                    <format type='qcow2'/>
                    <compat>1.1</compat>
                    <features>
                      <lazy_refcounts/>
                      <extended_l2/>
                    </features>
                  </target>
                </volume>
                """.formatted(name, VOLUME_BYTES));
    }

    @ScenarioId("storage.volume-xml-qcow2-compat-010")
    @Test(groups = {"storage", "volume", "xml", "format"})
    public void qcow2VolumeAtCompat010KeepsItsCompatLevel() throws LibvirtException {
        // GIVEN a qcow2 volume document at the old compat level 0.10 (qcow2 version 2), sized in KiB
        String poolName = sandbox().pool("xml-qcow2-old");
        StoragePool pool = startDirPool(poolName);
        String name = sandbox().volume(poolName, "old.qcow2");
        checkKept(pool, name, """
                <volume>
                  <name>%s</name>
                  <capacity unit='KiB'>%d</capacity>
                  <target>
                    <format type='qcow2'/>
                    <compat>0.10</compat>
                  </target>
                </volume>
                """.formatted(name, VOLUME_BYTES / 1024));
    }

    @ScenarioId("storage.volume-xml-qcow2-backing-store")
    @Test(groups = {"storage", "volume", "xml", "format"})
    public void qcow2OverlayKeepsItsBackingStoreAndPermissions() throws LibvirtException {
        // GIVEN a raw base volume and a qcow2 overlay document naming it, with the overlay's permissions
        String poolName = sandbox().pool("xml-overlay");
        StoragePool pool = startDirPool(poolName);
        StorageVol base = createVolume(pool, volume(sandbox().volume(poolName, "base.img"))
                .withCapacity(VOLUME_BYTES));
        String name = sandbox().volume(poolName, "overlay.qcow2");
        checkKept(pool, name, """
                <volume>
                  <name>%s</name>
                  <capacity unit='M'>%d</capacity>
                  <target>
                    <format type='qcow2'/>
                    <permissions>
                      <mode>0600</mode>
                      <owner>0</owner>
                      <group>0</group>
                    </permissions>
                  </target>
                  <backingStore>
                    <path>%s</path>
                    <format type='raw'/>
                  </backingStore>
                </volume>
                """.formatted(name, VOLUME_BYTES / MIB, base.getPath()));
    }

    /** Creates the volume and checks that its XML keeps all of the document. */
    private static void checkKept(StoragePool pool, String name, String xml) throws LibvirtException {
        // WHEN it is created in the pool
        StorageVol vol = pool.storageVolCreateXML(xml, 0);

        // THEN the volume's XML keeps every element and attribute of the document
        assertThat("volume " + name, vol.getXMLDesc(0)).keepsEverythingOf(xml);
    }
}
