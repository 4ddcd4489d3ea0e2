package org.libvirt.tck.suites.network;

import java.util.List;

/** The network family's scenario classes, in the order they run; a new scenario class of the family is added here. */
public final class NetworkScenarios {

    public static final List<Class<?>> CLASSES = List.of(
            NetworkTransientLifecycle.class,
            NetworkPersistentLifecycle.class,
            NetworkTransientToPersistent.class,
            NetworkUniqueIdentifiers.class,
            NetworkAutostart.class,
            NetworkInvalidOperations.class,
            NetworkModes.class,
            NetworkDhcp.class,
            NetworkXmlRoundTrip.class,
            NetworkUpdates.class);

    private NetworkScenarios() {
    }
}
