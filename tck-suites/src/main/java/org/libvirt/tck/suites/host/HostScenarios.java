package org.libvirt.tck.suites.host;

import java.util.List;

/** The host family's scenario classes, in the order they run; a new scenario class of the family is added here. */
public final class HostScenarios {

    public static final List<Class<?>> CLASSES = List.of(
            DriverCapabilities.class,
            NodeResources.class,
            HostCpu.class,
            HostConnection.class);

    private HostScenarios() {
    }
}
