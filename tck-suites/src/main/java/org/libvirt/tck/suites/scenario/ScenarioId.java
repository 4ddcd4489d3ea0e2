package org.libvirt.tck.suites.scenario;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The stable id of a scenario, as reports, diffs and the known-broken database name it.
 *
 * <p>Ids are {@code family.behaviour} in lower case with dashes ({@code domain.transient-lifecycle}); once released
 * an id never changes meaning, so results stay comparable across kit versions.
 *
 * <pre>{@code
 * @ScenarioId("domain.transient-lifecycle")
 * @Test(groups = {"domain", "lifecycle"})
 * public void transientDomainRunsUntilDestroyedAndThenIsGone() { ... }
 * }</pre>
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ScenarioId {

    String value();
}
