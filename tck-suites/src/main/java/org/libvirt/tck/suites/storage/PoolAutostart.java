package org.libvirt.tck.suites.storage;

import static org.libvirt.tck.suites.assertions.StorageAssertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.libvirt.LibvirtException;
import org.libvirt.StoragePool;
import org.libvirt.tck.domainbuilder.storage.StoragePoolSpec;
import org.libvirt.tck.suites.scenario.ScenarioId;
import org.testng.annotations.Test;

/**
 * Only a persistent pool can be marked to start with the daemon.
 *
 * <p>libvirt-java 0.5.4's {@code StoragePool.setAutostart} drops libvirt's answer, so a refusal cannot be seen as
 * an error: these scenarios check the flag libvirt reports afterwards.
 */
public class PoolAutostart extends StorageScenario {

    @ScenarioId("storage.pool-autostart")
    @Test(groups = {"storage", "pool", "autostart"})
    public void persistentPoolKeepsItsAutostartFlagUntilItIsCleared() throws LibvirtException {
        // GIVEN a defined pool
        String name = sandbox().pool("autostart");
        StoragePool pool = defineDirPool(name);
        assertThat(pool).hasAutostart(false);

        // WHEN it is marked autostart THEN it says so
        pool.setAutostart(1);
        assertThat(pool).hasAutostart(true);

        // AND the flag stays while the pool is started and stopped
        pool.build(0);
        pool.create(0);
        assertThat(pool).isActive().hasAutostart(true);
        pool.destroy();
        assertThat(pool).isInactive().hasAutostart(true);

        // WHEN the flag is cleared THEN it says so
        pool.setAutostart(0);
        assertThat(pool).hasAutostart(false);
    }

    @ScenarioId("storage.pool-transient-autostart")
    @Test(groups = {"storage", "pool", "autostart"})
    public void transientPoolCannotBeMarkedAutostart() throws LibvirtException, IOException {
        // GIVEN a transient pool
        String name = sandbox().pool("transient-autostart");
        StoragePoolSpec spec = dirPool(name).build();
        Files.createDirectories(Path.of(spec.targetPath()));
        StoragePool pool = conn().storagePoolCreateXML(spec.toXml(), 0);
        assertThat(pool).hasAutostart(false);

        // WHEN it is marked autostart
        pool.setAutostart(1);

        // THEN it is still not autostart: there is no definition to start from
        assertThat(pool).isActive().isPersistent(false).hasAutostart(false);
    }
}
