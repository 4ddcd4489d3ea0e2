package org.libvirt.tck.suites.run;

import java.util.function.Predicate;

import org.libvirt.tck.suites.scenario.ScenarioId;
import org.testng.IRetryAnalyzer;
import org.testng.ISuite;
import org.testng.ISuiteListener;
import org.testng.ITestResult;

/**
 * Runs a failed scenario again, up to {@link #MAX_ATTEMPTS} times in all, when the known-broken database calls it
 * flaky for this run's driver and platform; every attempt is kept in the scenario's result.
 */
public final class FlakyRetry implements IRetryAnalyzer {

    /** How many times in all a flaky scenario runs before its failure stands. */
    public static final int MAX_ATTEMPTS = 3;

    private static final String FLAKY_ATTRIBUTE = "tck.flaky";

    private int attempts = 1;

    @Override
    public boolean retry(ITestResult result) {
        @SuppressWarnings("unchecked")
        Predicate<String> flaky = (Predicate<String>) result.getTestContext().getSuite().getAttribute(FLAKY_ATTRIBUTE);
        ScenarioId id = result.getMethod().getConstructorOrMethod().getMethod().getAnnotation(ScenarioId.class);
        if (flaky == null || id == null || !flaky.test(id.value()) || attempts >= MAX_ATTEMPTS) {
            return false;
        }
        attempts++;
        return true;
    }

    /** Hands a run's suite the ids its known-broken database calls flaky. */
    static final class Installer implements ISuiteListener {

        private final Predicate<String> flaky;

        Installer(Predicate<String> flaky) {
            this.flaky = flaky;
        }

        @Override
        public void onStart(ISuite suite) {
            suite.setAttribute(FLAKY_ATTRIBUTE, flaky);
        }
    }
}
