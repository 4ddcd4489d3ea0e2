package org.libvirt.tck.suites.iface;

import java.util.List;

/**
 * The interface family's scenario classes (host interfaces; the package is named as virsh's {@code iface-*}
 * commands, since {@code interface} is a Java keyword), in the order they run; a new class of the family is added
 * here.
 */
public final class InterfaceScenarios {

    public static final List<Class<?>> CLASSES = List.of(
            HostInterfaces.class);

    private InterfaceScenarios() {
    }
}
