package org.libvirt.tck.suites.network;

import java.util.List;

/** The network family's scenario classes, in the order they run; a new scenario class of the family is added here. */
public final class NetworkScenarios {

    public static final List<Class<?>> CLASSES = List.of();

    private NetworkScenarios() {
    }
}
