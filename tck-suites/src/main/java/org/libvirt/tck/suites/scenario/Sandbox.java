package org.libvirt.tck.suites.scenario;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.libvirt.tck.core.host.TckObject;
import org.libvirt.tck.core.host.TckObject.Kind;
import org.libvirt.tck.core.host.TckObjects;

/**
 * The objects one scenario may create: it hands out their names and removes them all when the scenario ends.
 *
 * <pre>{@code
 * String name = sandbox.domain("transient");    // "tck-transient", removed after the scenario whatever happens
 * conn.domainCreateXML(domain(name).build().toXml(), 0);
 * }</pre>
 *
 * <p>Anything with the {@link TckObjects#PREFIX} that is still on the host after this cleanup was not named here;
 * {@link ScenarioGuard} fails the scenario for that leak.
 */
public final class Sandbox {

    private final TckRuntime runtime;
    private final Set<TckObject> names = new LinkedHashSet<>();

    Sandbox(TckRuntime runtime) {
        this.runtime = runtime;
    }

    public TckRuntime runtime() {
        return runtime;
    }

    /** A domain name for this scenario. */
    public String domain(String suffix) {
        return register(Kind.DOMAIN, suffix, null);
    }

    /** A network name for this scenario. */
    public String network(String suffix) {
        return register(Kind.NETWORK, suffix, null);
    }

    /** A storage pool name for this scenario. */
    public String pool(String suffix) {
        return register(Kind.STORAGE_POOL, suffix, null);
    }

    /** A volume name in {@code pool} for this scenario. */
    public String volume(String pool, String suffix) {
        return register(Kind.STORAGE_VOLUME, suffix, pool);
    }

    /** An nwfilter name for this scenario. */
    public String nwfilter(String suffix) {
        return register(Kind.NWFILTER, suffix, null);
    }

    private String register(Kind kind, String suffix, String parent) {
        if (suffix == null || !suffix.matches("[a-z0-9][a-z0-9._-]*")) {
            throw new IllegalArgumentException("object name suffix must be lower-case letters, digits, '.', '_' "
                    + "or '-', found '" + suffix + "'");
        }
        String name = TckObjects.PREFIX + "-" + suffix;
        names.add(new TckObject(kind, name, parent));
        return name;
    }

    /** Removes every object named here that exists; returns the objects that could not be removed. */
    List<String> cleanUp() {
        List<TckObject> present = new ArrayList<>();
        for (TckObject found : TckObjects.find(runtime.libvirt())) {
            if (names.contains(found)) {
                present.add(found);
            }
        }
        return TckObjects.remove(runtime.libvirt(), present);
    }
}
