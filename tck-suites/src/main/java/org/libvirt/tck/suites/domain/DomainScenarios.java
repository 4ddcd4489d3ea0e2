package org.libvirt.tck.suites.domain;

import java.util.List;

/** The domain family's scenario classes, in the order they run; a new scenario class of the family is added here. */
public final class DomainScenarios {

    public static final List<Class<?>> CLASSES = List.of(
            TransientLifecycle.class,
            PersistentLifecycle.class,
            TransientToPersistent.class,
            UniqueIdentifiers.class,
            DomainAutostart.class,
            DomainRedefine.class,
            InvalidOperationsWhenInactive.class,
            DomainSuspendResume.class,
            DomainSaveRestore.class,
            DomainResources.class,
            DomainMetadata.class,
            DomainEvents.class,
            DomainXmlFidelity.class,
            ReusedNames.class,
            DomainSnapshots.class,
            DomainDisks.class,
            DomainInterfaces.class,
            DomainCdrom.class,
            DomainBlockDevices.class,
            DomainNumaTuning.class,
            DomainHostDevices.class,
            ConcurrentLifecycles.class);

    private DomainScenarios() {
    }
}
