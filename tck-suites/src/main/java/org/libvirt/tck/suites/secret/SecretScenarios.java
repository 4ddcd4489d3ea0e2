package org.libvirt.tck.suites.secret;

import java.util.List;

/** The secret family's scenario classes, in the order they run; a new scenario class of the family is added here. */
public final class SecretScenarios {

    public static final List<Class<?>> CLASSES = List.of(
            SecretLifecycle.class,
            SecretValues.class);

    private SecretScenarios() {
    }
}
