package org.libvirt.tck.suites.run;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.util.function.Predicate;

import org.libvirt.tck.suites.scenario.ScenarioId;
import org.testng.IAnnotationTransformer;
import org.testng.IRetryAnalyzer;
import org.testng.ISuite;
import org.testng.ISuiteListener;
import org.testng.ITestResult;
import org.testng.annotations.ITestAnnotation;

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

    /** Gives every scenario this analyzer and its suite the flaky ids; an instance per TestNG run. */
    static final class Installer implements IAnnotationTransformer, ISuiteListener {

        private final Predicate<String> flaky;

        Installer(Predicate<String> flaky) {
            this.flaky = flaky;
        }

        @Override
        @SuppressWarnings("rawtypes")
        public void transform(ITestAnnotation annotation, Class testClass, Constructor testConstructor,
                Method testMethod) {
            annotation.setRetryAnalyzer(FlakyRetry.class);
        }

        @Override
        public void onStart(ISuite suite) {
            suite.setAttribute(FLAKY_ATTRIBUTE, flaky);
        }
    }
}
