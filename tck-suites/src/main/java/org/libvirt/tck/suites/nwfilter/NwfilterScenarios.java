package org.libvirt.tck.suites.nwfilter;

import java.util.List;

/** The nwfilter family's scenario classes, in the order they run; a new scenario class of the family is added here. */
public final class NwfilterScenarios {

    public static final List<Class<?>> CLASSES = List.of(
            NwfilterLifecycle.class,
            NwfilterUniqueIdentifiers.class,
            NwfilterXmlRoundTrip.class,
            NwfilterBindingLifecycle.class,
            NwfilterGuestBindings.class);

    private NwfilterScenarios() {
    }
}
