package org.libvirt.tck.suites.storage;

import static org.libvirt.tck.suites.assertions.StorageAssertions.assertThat;

import org.libvirt.LibvirtException;
import org.libvirt.StoragePool;
import org.libvirt.StorageVol;
import org.libvirt.tck.suites.scenario.ScenarioId;
import org.testng.annotations.Test;

/** Wiping a volume overwrites its data but keeps the volume. */
public class VolumeWipe extends StorageScenario {

    @ScenarioId("storage.volume-wipe")
    @Test(groups = {"storage", "volume", "wipe", "stream"})
    public void wipedVolumeReadsBackAsZerosAndKeepsItsCapacity() throws LibvirtException {
        // GIVEN a fully allocated raw volume holding a known pattern
        String poolName = sandbox().pool("wipe");
        StoragePool pool = startDirPool(poolName);
        StorageVol vol = createVolume(pool, volume(sandbox().volume(poolName, "vol.img"))
                .withCapacity(VOLUME_BYTES).withAllocation(VOLUME_BYTES));
        VolumeData.upload(vol, MIB, VolumeData.pattern((int) MIB));

        // WHEN it is wiped
        vol.wipe();

        // THEN the pattern reads back as zeros, and the volume keeps its capacity
        if (!VolumeData.allZero(VolumeData.download(vol, MIB, MIB))) {
            throw new AssertionError("expected the wiped volume to read back as zeros where the pattern was, "
                    + "but found non-zero bytes");
        }
        assertThat(vol).hasCapacity(VOLUME_BYTES);
        assertThat(pool).listsVolume(vol.getName());
    }
}
