package org.libvirt.tck.suites.storage;

import static org.libvirt.tck.suites.assertions.StorageAssertions.assertThat;

import org.libvirt.LibvirtException;
import org.libvirt.StoragePool;
import org.libvirt.StorageVol;
import org.libvirt.tck.domainbuilder.storage.VolumeFormat;
import org.libvirt.tck.suites.scenario.ScenarioId;
import org.testng.annotations.Test;

/** A volume created from another ({@code virStorageVolCreateXMLFrom}) takes the new format and keeps the data. */
public class VolumeClone extends StorageScenario {

    @ScenarioId("storage.volume-clone-converts-format")
    @Test(groups = {"storage", "volume", "clone"})
    public void cloneTakesTheFormatItIsCreatedWithAndLeavesTheSourceAlone() throws LibvirtException {
        // GIVEN a raw volume in an active pool
        String poolName = sandbox().pool("clone");
        StoragePool pool = startDirPool(poolName);
        String source = sandbox().volume(poolName, "source.img");
        StorageVol raw = createVolume(pool, volume(source).withCapacity(VOLUME_BYTES));

        // WHEN it is cloned as qcow2, and that clone is cloned back as raw
        StorageVol qcow2 = pool.storageVolCreateXMLFrom(volume(sandbox().volume(poolName, "copy.qcow2"))
                .withCapacity(VOLUME_BYTES).withFormat(VolumeFormat.QCOW2).build().toXml(), raw, 0);
        StorageVol back = pool.storageVolCreateXMLFrom(volume(sandbox().volume(poolName, "back.img"))
                .withCapacity(VOLUME_BYTES).build().toXml(), qcow2, 0);

        // THEN each clone has its own format and the source's capacity
        assertThat(qcow2).hasFormat("qcow2").hasCapacity(VOLUME_BYTES).hasNoBackingStore().isInPool(poolName);
        assertThat(back).hasFormat("raw").hasCapacity(VOLUME_BYTES).isInPool(poolName);

        // AND the source is unchanged
        assertThat(raw).hasFormat("raw").hasCapacity(VOLUME_BYTES);
    }

    @ScenarioId("storage.volume-clone-keeps-content")
    @Test(groups = {"storage", "volume", "clone", "stream"})
    public void cloningThroughQcow2AndBackKeepsEveryByte() throws LibvirtException {
        // GIVEN a raw volume holding a known pattern at an offset
        String poolName = sandbox().pool("clone-data");
        StoragePool pool = startDirPool(poolName);
        String source = sandbox().volume(poolName, "source.img");
        StorageVol raw = createVolume(pool, volume(source).withCapacity(VOLUME_BYTES));
        byte[] pattern = VolumeData.pattern((int) MIB);
        VolumeData.upload(raw, 2 * MIB, pattern);

        // WHEN it is cloned as qcow2, and that clone is cloned back as raw
        StorageVol qcow2 = pool.storageVolCreateXMLFrom(volume(sandbox().volume(poolName, "copy.qcow2"))
                .withCapacity(VOLUME_BYTES).withFormat(VolumeFormat.QCOW2).build().toXml(), raw, 0);
        StorageVol back = pool.storageVolCreateXMLFrom(volume(sandbox().volume(poolName, "back.img"))
                .withCapacity(VOLUME_BYTES).build().toXml(), qcow2, 0);

        // THEN the raw copy holds the same bytes as the source, pattern and zeros around it alike
        String original = VolumeData.sha256(VolumeData.download(raw, 0, VOLUME_BYTES));
        String copy = VolumeData.sha256(VolumeData.download(back, 0, VOLUME_BYTES));
        if (!copy.equals(original)) {
            throw new AssertionError("expected the volume cloned raw -> qcow2 -> raw to hold the source's bytes "
                    + "(SHA-256 " + original + "), but found SHA-256 " + copy);
        }
        String slice = VolumeData.sha256(VolumeData.download(back, 2 * MIB, pattern.length));
        if (!slice.equals(VolumeData.sha256(pattern))) {
            throw new AssertionError("expected the clone to hold the uploaded pattern at offset " + 2 * MIB
                    + " (SHA-256 " + VolumeData.sha256(pattern) + "), but found SHA-256 " + slice);
        }
    }
}
