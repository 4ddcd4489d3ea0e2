package org.libvirt.tck.suites.storage;

import static org.libvirt.tck.suites.assertions.LibvirtAssertions.assertFailsWith;
import static org.libvirt.tck.suites.assertions.StorageAssertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.libvirt.Error.ErrorNumber;
import org.libvirt.LibvirtException;
import org.libvirt.StoragePool;
import org.libvirt.tck.domainbuilder.storage.StoragePoolSpec;
import org.libvirt.tck.suites.scenario.ScenarioId;
import org.testng.annotations.Test;

/** A transient pool exists only while it is active; defining it makes it persistent. */
public class PoolTransientLifecycle extends StorageScenario {

    @ScenarioId("storage.pool-transient-lifecycle")
    @Test(groups = {"storage", "pool", "lifecycle"})
    public void transientPoolIsActiveUntilDestroyedAndThenIsGone() throws LibvirtException, IOException {
        // GIVEN a transient directory pool started over an existing folder
        String name = sandbox().pool("transient");
        StoragePool pool = conn().storagePoolCreateXML(withFolder(dirPool(name).build()).toXml(), 0);

        // THEN it is active, transient, listed as active, and knows its capacity
        assertThat(pool).isActive().isPersistent(false).isListedAsActive().hasPositiveCapacity();

        // WHEN it is destroyed THEN it is gone
        pool.destroy();
        assertFailsWith(ErrorNumber.VIR_ERR_NO_STORAGE_POOL, () -> conn().storagePoolLookupByName(name));
    }

    @ScenarioId("storage.pool-transient-undefine")
    @Test(groups = {"storage", "pool", "lifecycle"})
    public void undefiningATransientPoolFailsWithOperationInvalid() throws LibvirtException, IOException {
        // GIVEN a transient directory pool
        String name = sandbox().pool("transient-undefine");
        StoragePool pool = conn().storagePoolCreateXML(withFolder(dirPool(name).build()).toXml(), 0);

        // WHEN it is undefined THEN libvirt refuses: there is no definition, and the pool is active
        assertFailsWith(ErrorNumber.VIR_ERR_OPERATION_INVALID, pool::undefine);

        // AND it is still active and transient
        assertThat(pool).isActive().isPersistent(false);
    }

    @ScenarioId("storage.pool-transient-to-persistent")
    @Test(groups = {"storage", "pool", "lifecycle"})
    public void definingARunningTransientPoolMakesItPersistent() throws LibvirtException, IOException {
        // GIVEN a transient directory pool with a known UUID
        String name = sandbox().pool("to-persistent");
        StoragePoolSpec spec = withFolder(dirPool(name).withUuid(UUID.randomUUID()).build());
        StoragePool pool = conn().storagePoolCreateXML(spec.toXml(), 0);

        // WHEN the same definition is defined
        conn().storagePoolDefineXML(spec.toXml(), 0);

        // THEN the pool is still active and now persistent
        assertThat(pool).isActive().isPersistent(true).isListedAsActive();

        // AND after it is destroyed it stays defined
        pool.destroy();
        assertThat(pool).isInactive().isPersistent(true).isListedAsDefined();
    }

    /** A transient pool is never built: its folder must exist before it starts. */
    private static StoragePoolSpec withFolder(StoragePoolSpec spec) throws IOException {
        Files.createDirectories(Path.of(spec.targetPath()));
        return spec;
    }
}
