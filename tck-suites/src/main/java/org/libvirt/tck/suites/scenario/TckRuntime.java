package org.libvirt.tck.suites.scenario;

import org.libvirt.Connect;
import org.libvirt.tck.core.capabilities.Capabilities;
import org.libvirt.tck.core.config.TckConfig;
import org.libvirt.tck.core.connect.TckConnection;
import org.libvirt.tck.domainbuilder.GuestDefaults;

/**
 * What every scenario of one run shares: the settings, the connection and what the driver said it can do.
 *
 * @param config        the run's settings
 * @param connection    the open connection to the driver under test
 * @param capabilities  the driver's parsed capabilities
 * @param guestDefaults domain type, arch, machine and emulator the scenarios' guests use
 */
public record TckRuntime(TckConfig config, TckConnection connection, Capabilities capabilities,
        GuestDefaults guestDefaults) {

    /** This runtime with other guest defaults: once {@code domain_type: auto} has proved which type guests use. */
    public TckRuntime withGuestDefaults(GuestDefaults defaults) {
        return new TckRuntime(config, connection, capabilities, defaults);
    }

    /** The libvirt-java connection. */
    public Connect libvirt() {
        return connection.libvirt();
    }

    /** The driver's name as libvirt's URI scheme gives it: {@code test}, {@code qemu}, {@code lxc}, ... */
    public String driver() {
        return driverOf(connection.uri());
    }

    /** The driver part of a URI's scheme: {@code qemu+ssh://host/system} gives {@code qemu}. */
    public static String driverOf(String uri) {
        int colon = uri.indexOf(':');
        String scheme = colon < 0 ? uri : uri.substring(0, colon);
        int plus = scheme.indexOf('+');
        return plus < 0 ? scheme : scheme.substring(0, plus);
    }
}
