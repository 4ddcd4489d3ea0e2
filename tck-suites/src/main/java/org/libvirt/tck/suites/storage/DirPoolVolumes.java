package org.libvirt.tck.suites.storage;

import static org.libvirt.tck.suites.assertions.LibvirtAssertions.assertFailsWith;
import static org.libvirt.tck.suites.assertions.StorageAssertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.libvirt.Error.ErrorNumber;
import org.libvirt.LibvirtException;
import org.libvirt.StoragePool;
import org.libvirt.StorageVol;
import org.libvirt.tck.suites.scenario.ScenarioId;
import org.testng.annotations.Test;

/** Raw volumes in a directory pool: created as asked, found by name, key and path, and gone once deleted. */
public class DirPoolVolumes extends StorageScenario {

    @ScenarioId("storage.volume-raw-sparse")
    @Test(groups = {"storage", "volume"})
    public void sparseRawVolumeHasItsCapacityButAllocatesNothing() throws LibvirtException, IOException {
        // GIVEN an active directory pool
        String poolName = sandbox().pool("sparse");
        StoragePool pool = startDirPool(poolName);

        // WHEN a raw volume is created with allocation 0
        String name = sandbox().volume(poolName, "vol.img");
        StorageVol vol = createVolume(pool, volume(name).withCapacity(VOLUME_BYTES).withAllocation(0));

        // THEN it has the capacity asked for, no allocation, format raw, and is in the pool
        assertThat(vol).hasName(name).hasCapacity(VOLUME_BYTES).hasAllocation(0).hasFormat("raw")
                .hasNoBackingStore().isInPool(poolName);
        assertThat(pool).listsVolume(name);

        // AND where the pool is on this host, its file has the full size
        if (filesAreOnThisHost(pool)) {
            assertFileSize(Path.of(vol.getPath()), VOLUME_BYTES);
        }
    }

    @ScenarioId("storage.volume-raw-allocated")
    @Test(groups = {"storage", "volume"})
    public void fullyAllocatedRawVolumeAllocatesItsWholeCapacity() throws LibvirtException, IOException {
        // GIVEN an active directory pool
        String poolName = sandbox().pool("allocated");
        StoragePool pool = startDirPool(poolName);

        // WHEN a raw volume is created with allocation equal to its capacity
        String name = sandbox().volume(poolName, "vol.img");
        StorageVol vol = createVolume(pool, volume(name).withCapacity(VOLUME_BYTES).withAllocation(VOLUME_BYTES));

        // THEN it has that capacity and that allocation
        assertThat(vol).hasCapacity(VOLUME_BYTES).hasAllocation(VOLUME_BYTES).hasFormat("raw");

        // AND where the pool is on this host, its file has the full size
        if (filesAreOnThisHost(pool)) {
            assertFileSize(Path.of(vol.getPath()), VOLUME_BYTES);
        }
    }

    @ScenarioId("storage.volume-lookup")
    @Test(groups = {"storage", "volume", "identity"})
    public void volumeIsFoundByItsNameKeyAndPath() throws LibvirtException {
        // GIVEN a volume in an active pool
        String poolName = sandbox().pool("lookup");
        StoragePool pool = startDirPool(poolName);
        String name = sandbox().volume(poolName, "vol.img");
        StorageVol vol = createVolume(pool, volume(name).withCapacity(VOLUME_BYTES));

        // WHEN it is looked up by name, key and path THEN each lookup gives the same volume
        assertThat(pool.storageVolLookupByName(name)).hasName(name).isInPool(poolName);
        assertThat(conn().storageVolLookupByKey(vol.getKey())).hasName(name).isInPool(poolName);
        assertThat(conn().storageVolLookupByPath(vol.getPath())).hasName(name).isInPool(poolName);
    }

    @ScenarioId("storage.volume-delete")
    @Test(groups = {"storage", "volume", "lifecycle"})
    public void deletedVolumeIsNoLongerFoundByNameKeyOrPath() throws LibvirtException {
        // GIVEN a volume in an active pool
        String poolName = sandbox().pool("delete-vol");
        StoragePool pool = startDirPool(poolName);
        String name = sandbox().volume(poolName, "vol.img");
        StorageVol vol = createVolume(pool, volume(name).withCapacity(VOLUME_BYTES));
        String key = vol.getKey();
        String path = vol.getPath();

        // WHEN it is deleted
        vol.delete(0);

        // THEN no lookup finds it, and the pool does not list it
        assertFailsWith(ErrorNumber.VIR_ERR_NO_STORAGE_VOL, () -> pool.storageVolLookupByName(name));
        assertFailsWith(ErrorNumber.VIR_ERR_NO_STORAGE_VOL, () -> conn().storageVolLookupByKey(key));
        assertFailsWith(ErrorNumber.VIR_ERR_NO_STORAGE_VOL, () -> conn().storageVolLookupByPath(path));
        assertThat(pool).doesNotListVolume(name);

        // AND where the pool is on this host, its file is gone
        if (filesAreOnThisHost(pool) && Files.exists(Path.of(path))) {
            throw new AssertionError("expected volume " + name + "'s file " + path + " to be removed by delete, "
                    + "but it is still there");
        }
    }

    @ScenarioId("storage.volume-survives-pool-restart")
    @Test(groups = {"storage", "volume", "lifecycle"})
    public void volumeIsStillThereAfterItsPoolIsStoppedAndStarted() throws LibvirtException {
        // GIVEN a volume in an active pool
        String poolName = sandbox().pool("restart");
        StoragePool pool = startDirPool(poolName);
        String name = sandbox().volume(poolName, "vol.img");
        createVolume(pool, volume(name).withCapacity(VOLUME_BYTES));

        // WHEN the pool is destroyed and started again
        pool.destroy();
        pool.create(0);

        // THEN the volume is listed again with its capacity
        assertThat(pool).isActive().listsVolume(name);
        assertThat(pool.storageVolLookupByName(name)).hasCapacity(VOLUME_BYTES);
    }

    private static void assertFileSize(Path file, long expected) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new AssertionError("expected the volume's file " + file + " to exist, but there is no such file");
        }
        long size = Files.size(file);
        if (size != expected) {
            throw new AssertionError("expected the volume's file " + file + " to be " + expected
                    + " bytes long, but found " + size + " bytes");
        }
    }
}
