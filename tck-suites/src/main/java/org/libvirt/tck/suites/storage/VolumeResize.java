package org.libvirt.tck.suites.storage;

import static org.libvirt.tck.suites.assertions.LibvirtAssertions.assertFailsWith;
import static org.libvirt.tck.suites.assertions.StorageAssertions.assertThat;

import org.libvirt.Error.ErrorNumber;
import org.libvirt.LibvirtException;
import org.libvirt.StoragePool;
import org.libvirt.StorageVol;
import org.libvirt.tck.suites.scenario.ScenarioId;
import org.testng.annotations.Test;

/** Resizing a volume: it grows freely, and shrinks only when the caller says so. */
public class VolumeResize extends StorageScenario {

    /** {@code VIR_STORAGE_VOL_RESIZE_SHRINK}: allow the new capacity to be below the current one. */
    private static final int RESIZE_SHRINK = 4;

    @ScenarioId("storage.volume-resize-grow")
    @Test(groups = {"storage", "volume", "resize"})
    public void growingAVolumeRaisesItsCapacity() throws LibvirtException {
        // GIVEN a sparse raw volume
        String poolName = sandbox().pool("grow");
        StoragePool pool = startDirPool(poolName);
        StorageVol vol = createVolume(pool, volume(sandbox().volume(poolName, "vol.img"))
                .withCapacity(VOLUME_BYTES).withAllocation(0));

        // WHEN it is resized to twice its capacity
        vol.resize(2 * VOLUME_BYTES, 0);

        // THEN it has the new capacity
        assertThat(vol).hasCapacity(2 * VOLUME_BYTES);
    }

    @ScenarioId("storage.volume-resize-shrink")
    @Test(groups = {"storage", "volume", "resize"})
    public void shrinkingAVolumeWithoutTheShrinkFlagFailsWithInvalidArg() throws LibvirtException {
        // GIVEN a sparse raw volume
        String poolName = sandbox().pool("shrink");
        StoragePool pool = startDirPool(poolName);
        StorageVol vol = createVolume(pool, volume(sandbox().volume(poolName, "vol.img"))
                .withCapacity(VOLUME_BYTES).withAllocation(0));

        // WHEN it is resized below its capacity without VIR_STORAGE_VOL_RESIZE_SHRINK THEN libvirt refuses
        assertFailsWith(ErrorNumber.VIR_ERR_INVALID_ARG, () -> vol.resize(VOLUME_BYTES / 2, 0));
        assertThat(vol).hasCapacity(VOLUME_BYTES);

        // WHEN the flag is given THEN it shrinks
        vol.resize(VOLUME_BYTES / 2, RESIZE_SHRINK);
        assertThat(vol).hasCapacity(VOLUME_BYTES / 2);
    }
}
