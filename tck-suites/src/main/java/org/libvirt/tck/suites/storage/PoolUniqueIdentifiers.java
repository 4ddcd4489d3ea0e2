package org.libvirt.tck.suites.storage;

import static org.libvirt.tck.suites.assertions.LibvirtAssertions.assertFailsWith;
import static org.libvirt.tck.suites.assertions.StorageAssertions.assertThat;

import java.util.UUID;

import org.libvirt.Error.ErrorNumber;
import org.libvirt.LibvirtException;
import org.libvirt.StoragePool;
import org.libvirt.tck.suites.scenario.ScenarioId;
import org.testng.annotations.Test;

/** Names and UUIDs identify one pool each: libvirt refuses a second pool that reuses either. */
public class PoolUniqueIdentifiers extends StorageScenario {

    @ScenarioId("storage.pool-define-duplicate-name")
    @Test(groups = {"storage", "pool", "identity"})
    public void definingASecondPoolWithTheSameNameFailsWithOperationFailed() throws LibvirtException {
        // GIVEN a defined pool
        String name = sandbox().pool("dupname");
        UUID first = UUID.randomUUID();
        StoragePool pool = conn().storagePoolDefineXML(dirPool(name).withUuid(first).build().toXml(), 0);

        // WHEN another pool with the same name but another UUID is defined THEN libvirt refuses
        String clash = dirPool(name).withUuid(UUID.randomUUID()).build().toXml();
        assertFailsWith(ErrorNumber.VIR_ERR_OPERATION_FAILED, () -> conn().storagePoolDefineXML(clash, 0));

        // AND the first pool is unchanged
        assertThat(pool).isInactive().hasUuid(first.toString());
    }

    @ScenarioId("storage.pool-define-duplicate-uuid")
    @Test(groups = {"storage", "pool", "identity"})
    public void definingASecondPoolWithTheSameUuidFailsWithOperationFailed() throws LibvirtException {
        // GIVEN a defined pool
        UUID uuid = UUID.randomUUID();
        String name = sandbox().pool("dupuuid-a");
        String other = sandbox().pool("dupuuid-b");
        StoragePool pool = conn().storagePoolDefineXML(dirPool(name).withUuid(uuid).build().toXml(), 0);

        // WHEN another pool with another name but the same UUID is defined THEN libvirt refuses
        String clash = dirPool(other).withUuid(uuid).build().toXml();
        assertFailsWith(ErrorNumber.VIR_ERR_OPERATION_FAILED, () -> conn().storagePoolDefineXML(clash, 0));

        // AND the UUID still belongs to the first, and the second does not exist
        assertThat(conn().storagePoolLookupByUUIDString(uuid.toString())).hasName(name);
        assertThat(pool).isInactive();
        assertFailsWith(ErrorNumber.VIR_ERR_NO_STORAGE_POOL, () -> conn().storagePoolLookupByName(other));
    }

    @ScenarioId("storage.pool-create-duplicate-name")
    @Test(groups = {"storage", "pool", "identity"})
    public void creatingATransientPoolWithTheNameOfADefinedOneFailsWithOperationFailed() throws LibvirtException {
        // GIVEN a defined, inactive pool
        String name = sandbox().pool("dupname-live");
        UUID first = UUID.randomUUID();
        StoragePool pool = conn().storagePoolDefineXML(dirPool(name).withUuid(first).build().toXml(), 0);

        // WHEN a transient pool with the same name but another UUID is created THEN libvirt refuses
        String clash = dirPool(name).withUuid(UUID.randomUUID()).build().toXml();
        assertFailsWith(ErrorNumber.VIR_ERR_OPERATION_FAILED, () -> conn().storagePoolCreateXML(clash, 0));

        // AND the defined pool is unchanged and still inactive
        assertThat(pool).isInactive().isPersistent(true).hasUuid(first.toString());
    }

    @ScenarioId("storage.pool-lookup-missing")
    @Test(groups = {"storage", "pool", "identity"})
    public void lookingUpAPoolThatDoesNotExistFailsWithNoStoragePool() {
        // GIVEN a name and UUID no pool has
        String name = sandbox().pool("missing");
        String uuid = UUID.randomUUID().toString();

        // WHEN each lookup is tried THEN each fails with VIR_ERR_NO_STORAGE_POOL
        assertFailsWith(ErrorNumber.VIR_ERR_NO_STORAGE_POOL, () -> conn().storagePoolLookupByName(name));
        assertFailsWith(ErrorNumber.VIR_ERR_NO_STORAGE_POOL, () -> conn().storagePoolLookupByUUIDString(uuid));
    }
}
