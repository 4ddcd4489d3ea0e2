package org.libvirt.tck.suites.storage;

import static org.libvirt.tck.suites.assertions.LibvirtAssertions.assertFailsWith;
import static org.libvirt.tck.suites.assertions.StorageAssertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.libvirt.Error.ErrorNumber;
import org.libvirt.LibvirtException;
import org.libvirt.StoragePool;
import org.libvirt.tck.domainbuilder.storage.StoragePoolSpec;
import org.libvirt.tck.suites.scenario.ScenarioId;
import org.testng.annotations.Test;

/** A persistent pool keeps its definition across starts and stops until it is undefined. */
public class PoolPersistentLifecycle extends StorageScenario {

    @ScenarioId("storage.pool-persistent-lifecycle")
    @Test(groups = {"storage", "pool", "lifecycle"})
    public void definedDirPoolIsBuiltStartedStoppedAndGoneOnlyWhenUndefined() throws LibvirtException {
        // GIVEN a defined directory pool
        String name = sandbox().pool("persistent");
        StoragePool pool = defineDirPool(name);

        // THEN it is inactive, persistent and listed as defined
        assertThat(pool).isInactive().isPersistent(true).isListedAsDefined();

        // WHEN it is built and started THEN it is active, listed as active, and knows its capacity
        pool.build(0);
        pool.create(0);
        assertThat(pool).isActive().isPersistent(true).isListedAsActive().hasPositiveCapacity();

        // WHEN it is refreshed THEN it stays active
        pool.refresh(0);
        assertThat(pool).isActive();

        // WHEN it is destroyed THEN it is inactive but still defined
        pool.destroy();
        assertThat(pool).isInactive().isPersistent(true).isListedAsDefined();

        // WHEN it is undefined THEN it is gone
        pool.undefine();
        assertFailsWith(ErrorNumber.VIR_ERR_NO_STORAGE_POOL, () -> conn().storagePoolLookupByName(name));
    }

    @ScenarioId("storage.pool-define-reads-back")
    @Test(groups = {"storage", "pool", "xml"})
    public void definedPoolGivesBackItsTypeUuidAndFolderAndIsFoundByUuid() throws LibvirtException {
        // GIVEN a directory pool defined with a chosen UUID
        String name = sandbox().pool("readback");
        UUID uuid = UUID.randomUUID();
        StoragePoolSpec spec = dirPool(name).withUuid(uuid).build();
        StoragePool pool = conn().storagePoolDefineXML(spec.toXml(), 0);

        // THEN its XML has the type, UUID and folder it was defined with
        assertThat(pool).hasName(name).hasType("dir").hasUuid(uuid.toString()).hasTargetPath(spec.targetPath());

        // AND a lookup by the UUID finds it
        assertThat(conn().storagePoolLookupByUUIDString(uuid.toString())).hasName(name);
    }

    @ScenarioId("storage.pool-delete")
    @Test(groups = {"storage", "pool", "lifecycle"})
    public void deletingABuiltInactivePoolRemovesItsFolderButKeepsTheDefinition() throws LibvirtException {
        // GIVEN a built, inactive directory pool
        String name = sandbox().pool("delete");
        StoragePool pool = defineDirPool(name);
        pool.build(0);
        Path folder = targetOf(pool);
        boolean onThisHost = filesAreOnThisHost(pool);

        // WHEN it is deleted
        pool.delete(0);

        // THEN it is still defined and inactive
        assertThat(pool).isInactive().isPersistent(true).isListedAsDefined();

        // AND its folder is gone, where this host holds it
        if (onThisHost && Files.exists(folder)) {
            throw new AssertionError("expected pool " + name + "'s folder " + folder + " to be removed by delete, "
                    + "but it is still there");
        }
    }
}
