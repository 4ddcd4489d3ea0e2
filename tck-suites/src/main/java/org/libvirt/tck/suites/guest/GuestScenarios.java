package org.libvirt.tck.suites.guest;

import java.util.List;

/** The guest family's scenario classes, in the order they run; a new scenario class of the family is added here. */
public final class GuestScenarios {

    public static final List<Class<?>> CLASSES = List.of(
            GuestBoot.class,
            GuestPauseAndSave.class,
            GuestChecks.class,
            GuestDeviceHotplug.class,
            GuestLiveResources.class,
            GuestNetworking.class);

    private GuestScenarios() {
    }

    /** Whether scenarios of {@code scenarioClass} boot the kit's guest (and so want to know how guests run best). */
    public static boolean bootsAGuest(Class<?> scenarioClass) {
        return GuestScenario.class.isAssignableFrom(scenarioClass);
    }
}
