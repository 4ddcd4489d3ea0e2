package org.libvirt.tck.suites.storage;

import java.util.List;

/** The storage family's scenario classes, in the order they run; a new scenario class of the family is added here. */
public final class StorageScenarios {

    public static final List<Class<?>> CLASSES = List.of(
            PoolPersistentLifecycle.class,
            PoolTransientLifecycle.class,
            PoolUniqueIdentifiers.class,
            PoolAutostart.class,
            PoolInvalidOperations.class,
            DirPoolVolumes.class,
            VolumeFormats.class,
            VolumeClone.class,
            VolumeResize.class,
            VolumeWipe.class,
            VolumeStreams.class,
            HostResourcePools.class,
            PoolXmlFidelity.class,
            VolumeXmlFidelity.class);

    private StorageScenarios() {
    }
}
