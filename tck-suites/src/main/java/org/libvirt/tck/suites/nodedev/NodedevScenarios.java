package org.libvirt.tck.suites.nodedev;

import java.util.List;

/** The nodedev family's scenario classes, in the order they run; a new scenario class of the family is added here. */
public final class NodedevScenarios {

    public static final List<Class<?>> CLASSES = List.of(
            NodeDevices.class);

    private NodedevScenarios() {
    }
}
