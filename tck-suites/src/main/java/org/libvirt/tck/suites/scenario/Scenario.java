package org.libvirt.tck.suites.scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

import org.libvirt.Connect;
import org.libvirt.LibvirtException;
import org.libvirt.StoragePool;
import org.libvirt.StorageVol;
import org.libvirt.tck.domainbuilder.domain.DomainBuilder;
import org.libvirt.tck.domainbuilder.network.NetworkBuilder;
import org.libvirt.tck.domainbuilder.storage.StoragePoolBuilder;
import org.libvirt.tck.domainbuilder.storage.StorageVolBuilder;
import org.libvirt.tck.domainbuilder.storage.VolumeFormat;

/**
 * Base of every scenario class: gives a scenario its connection, its sandbox of object names and its builders.
 *
 * <pre>{@code
 * public class TransientLifecycle extends Scenario {
 *     @ScenarioId("domain.transient-lifecycle")
 *     @Test(groups = {"domain", "lifecycle"})
 *     public void transientDomainRunsUntilDestroyedAndThenIsGone() throws LibvirtException {
 *         Domain dom = conn().domainCreateXML(domain(sandbox().domain("transient")).build().toXml(), 0);
 *         assertThat(dom).isRunning();
 *     }
 * }
 * }</pre>
 *
 * <p>The {@link ScenarioGuard} listener opens a {@link Sandbox} before each scenario method on the method's own
 * thread and clears it afterwards; scenarios never clean up themselves.
 */
public abstract class Scenario {

    // Inheritable: a scenario's own threads see its sandbox.
    private static final ThreadLocal<Sandbox> CURRENT = new InheritableThreadLocal<>();

    static void enter(Sandbox sandbox) {
        CURRENT.set(sandbox);
    }

    /** The sandbox opened on this thread, or null. */
    static Sandbox current() {
        return CURRENT.get();
    }

    static Sandbox leave() {
        Sandbox sandbox = CURRENT.get();
        CURRENT.remove();
        return sandbox;
    }

    /** The sandbox of the scenario running on this thread. */
    protected static Sandbox sandbox() {
        Sandbox sandbox = CURRENT.get();
        if (sandbox == null) {
            throw new IllegalStateException("no scenario is running on this thread: scenarios run under the "
                    + "libvirt-tck runner, which installs ScenarioGuard");
        }
        return sandbox;
    }

    /** The run's shared runtime. */
    protected static TckRuntime tck() {
        return sandbox().runtime();
    }

    /** The libvirt-java connection to the driver under test. */
    protected static Connect conn() {
        return tck().libvirt();
    }

    /** A domain builder with the run's guest defaults (domain type, arch, machine, emulator). */
    protected static DomainBuilder domain(String name) {
        return DomainBuilder.named(name).withDefaults(tck().guestDefaults());
    }

    /** A network builder; isolated unless a forward mode is chosen. */
    protected static NetworkBuilder network(String name) {
        return NetworkBuilder.named(name);
    }

    /** A directory pool builder whose folder is a fresh scratch folder of this scenario, removed afterwards. */
    protected static StoragePoolBuilder dirPool(String name) {
        return StoragePoolBuilder.dir(name, sandbox().scratchPath(name).toString());
    }

    /**
     * A fresh qcow2 volume of {@code bytes}, named {@code <suffix>.qcow2}, in a transient directory pool of this
     * scenario: a disk a scenario may write to, never a base image.
     */
    protected static StorageVol qcow2VolumeInOwnPool(String suffix, long bytes) throws LibvirtException {
        String poolName = sandbox().pool(suffix);
        try {
            Files.createDirectories(sandbox().scratchPath(poolName));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the folder of pool " + poolName, e);
        }
        StoragePool pool = conn().storagePoolCreateXML(dirPool(poolName).build().toXml(), 0);
        String volName = sandbox().volume(poolName, suffix + ".qcow2");
        return pool.storageVolCreateXML(volume(volName).withCapacity(bytes).withFormat(VolumeFormat.QCOW2).build()
                .toXml(), 0);
    }

    /** A volume builder. */
    protected static StorageVolBuilder volume(String name) {
        return StorageVolBuilder.named(name);
    }

    /** Whether the driver under test is libvirt's test driver ({@code test:///...}). */
    protected static boolean onTestDriver() {
        return "test".equals(tck().driver());
    }
}
