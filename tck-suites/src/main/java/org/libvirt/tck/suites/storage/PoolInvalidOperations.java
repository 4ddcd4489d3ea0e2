package org.libvirt.tck.suites.storage;

import static org.libvirt.tck.suites.assertions.LibvirtAssertions.assertFailsWith;
import static org.libvirt.tck.suites.assertions.StorageAssertions.assertThat;

import org.libvirt.Error.ErrorNumber;
import org.libvirt.LibvirtException;
import org.libvirt.StoragePool;
import org.libvirt.tck.suites.scenario.ScenarioId;
import org.testng.annotations.Test;

/** What a pool refuses in the state it is in: an inactive pool has no volumes, an active one is not rebuilt. */
public class PoolInvalidOperations extends StorageScenario {

    @ScenarioId("storage.pool-inactive-volumes")
    @Test(groups = {"storage", "pool", "state"})
    public void inactivePoolRefusesToListOrLookUpVolumesWithOperationInvalid() throws LibvirtException {
        // GIVEN a built but inactive pool
        String name = sandbox().pool("inactive-list");
        StoragePool pool = defineDirPool(name);
        pool.build(0);
        String volume = sandbox().volume(name, "vol.img");

        // WHEN its volumes are listed, counted or looked up THEN libvirt says the pool is not active
        assertFailsWith(ErrorNumber.VIR_ERR_OPERATION_INVALID, pool::listVolumes);
        assertFailsWith(ErrorNumber.VIR_ERR_OPERATION_INVALID, pool::numOfVolumes);
        assertFailsWith(ErrorNumber.VIR_ERR_OPERATION_INVALID, () -> pool.storageVolLookupByName(volume));
    }

    @ScenarioId("storage.pool-inactive-create-volume")
    @Test(groups = {"storage", "pool", "state"})
    public void creatingAVolumeInAnInactivePoolFailsWithOperationInvalid() throws LibvirtException {
        // GIVEN a built but inactive pool
        String name = sandbox().pool("inactive-create");
        StoragePool pool = defineDirPool(name);
        pool.build(0);
        String volume = sandbox().volume(name, "vol.img");
        String xml = volume(volume).withCapacity(VOLUME_BYTES).build().toXml();

        // WHEN a volume is created in it THEN libvirt says the pool is not active
        assertFailsWith(ErrorNumber.VIR_ERR_OPERATION_INVALID, () -> pool.storageVolCreateXML(xml, 0));

        // AND once started, the pool does not have that volume
        pool.create(0);
        assertThat(pool).doesNotListVolume(volume);
    }

    @ScenarioId("storage.pool-inactive-refresh-destroy")
    @Test(groups = {"storage", "pool", "state"})
    public void refreshingOrDestroyingAnInactivePoolFailsWithOperationInvalid() throws LibvirtException {
        // GIVEN a built but inactive pool
        String name = sandbox().pool("inactive-refresh");
        StoragePool pool = defineDirPool(name);
        pool.build(0);

        // WHEN it is refreshed or destroyed THEN libvirt says it is not active
        assertFailsWith(ErrorNumber.VIR_ERR_OPERATION_INVALID, () -> pool.refresh(0));
        assertFailsWith(ErrorNumber.VIR_ERR_OPERATION_INVALID, pool::destroy);

        // AND it is still defined and inactive
        assertThat(pool).isInactive().isPersistent(true).isListedAsDefined();
    }

    @ScenarioId("storage.pool-start-active")
    @Test(groups = {"storage", "pool", "state"})
    public void startingAnActivePoolFailsWithOperationInvalid() throws LibvirtException {
        // GIVEN an active pool
        String name = sandbox().pool("start-twice");
        StoragePool pool = startDirPool(name);

        // WHEN it is started again THEN libvirt says it is already active
        assertFailsWith(ErrorNumber.VIR_ERR_OPERATION_INVALID, () -> pool.create(0));

        // AND it is still active
        assertThat(pool).isActive();
    }

    @ScenarioId("storage.pool-active-undefine-build-delete")
    @Test(groups = {"storage", "pool", "state"})
    public void activePoolRefusesUndefineBuildAndDeleteWithOperationInvalid() throws LibvirtException {
        // GIVEN an active persistent pool
        String name = sandbox().pool("active-refuses");
        StoragePool pool = startDirPool(name);

        // WHEN it is undefined, built or deleted THEN libvirt says it is still active
        assertFailsWith(ErrorNumber.VIR_ERR_OPERATION_INVALID, pool::undefine);
        assertFailsWith(ErrorNumber.VIR_ERR_OPERATION_INVALID, () -> pool.build(0));
        assertFailsWith(ErrorNumber.VIR_ERR_OPERATION_INVALID, () -> pool.delete(0));

        // AND it is still active and persistent
        assertThat(pool).isActive().isPersistent(true).isListedAsActive();
    }
}
