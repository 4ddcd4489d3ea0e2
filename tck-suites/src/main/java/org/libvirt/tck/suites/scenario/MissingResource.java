package org.libvirt.tck.suites.scenario;

import org.testng.SkipException;

/**
 * A scenario needs a host resource the configuration does not give it; reported as {@code skip} with the key to set.
 *
 * <pre>{@code
 * String nic = config.hostResources().nic().orElseThrow(() -> new MissingResource("host_resources.nic"));
 * }</pre>
 */
public final class MissingResource extends SkipException {

    public MissingResource(String configKey) {
        super("needs a host resource: set " + configKey + " in the configuration");
    }
}
