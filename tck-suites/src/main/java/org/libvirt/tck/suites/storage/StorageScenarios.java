package org.libvirt.tck.suites.storage;

import java.util.List;

/** The storage family's scenario classes, in the order they run; a new scenario class of the family is added here. */
public final class StorageScenarios {

    public static final List<Class<?>> CLASSES = List.of();

    private StorageScenarios() {
    }
}
