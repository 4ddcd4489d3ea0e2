package org.libvirt.tck.suites.scenario;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A scenario that must run alone even under {@code --jobs N}: it uses something host-wide (a host resource, a
 * daemon-wide setting, all objects of a kind) that concurrent scenarios would disturb.
 *
 * <pre>{@code
 * @Exclusive("counts every network on the host")
 * @ScenarioId("network.list-counts")
 * @Test(groups = {"network", "lifecycle"})
 * public void listsCountEveryNetwork() { ... }
 * }</pre>
 *
 * <p>On a class, every scenario of the class is exclusive.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Exclusive {

    /** Why the scenario cannot share the host with others. */
    String value();
}
