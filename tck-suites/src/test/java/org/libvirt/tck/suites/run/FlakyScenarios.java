package org.libvirt.tck.suites.run;

import java.util.concurrent.atomic.AtomicInteger;

import org.libvirt.tck.suites.scenario.Scenario;
import org.libvirt.tck.suites.scenario.ScenarioId;
import org.testng.annotations.Test;

/** Scenarios that fail on purpose, for {@link FlakyRetryTest}. */
public class FlakyScenarios extends Scenario {

    static final AtomicInteger SECOND_TIME_LUCKY = new AtomicInteger();

    @ScenarioId("selftest.passes-on-third-attempt")
    @Test(groups = "selftest")
    public void failsTwiceThenPasses() {
        if (SECOND_TIME_LUCKY.incrementAndGet() < 3) {
            throw new AssertionError("attempt " + SECOND_TIME_LUCKY.get() + " fails");
        }
    }

    @ScenarioId("selftest.always-fails-flaky")
    @Test(groups = "selftest")
    public void alwaysFailsThoughCalledFlaky() {
        throw new AssertionError("never works");
    }

    @ScenarioId("selftest.always-fails")
    @Test(groups = "selftest")
    public void alwaysFails() {
        throw new AssertionError("never works either");
    }
}
