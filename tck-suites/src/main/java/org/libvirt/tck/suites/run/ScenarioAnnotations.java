package org.libvirt.tck.suites.run;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.time.Duration;

import org.testng.IAnnotationTransformer;
import org.testng.annotations.ITestAnnotation;

/**
 * Gives every scenario the configured {@code scenario_timeout} and the {@link FlakyRetry} analyzer, in one place:
 * TestNG keeps only one annotation transformer per run.
 *
 * <p>Under a timeout TestNG runs the scenario on its own thread and ends it as an error when the time is up, so that
 * one hung libvirt call or guest cannot hang the run.
 */
final class ScenarioAnnotations implements IAnnotationTransformer {

    private final Duration timeout;

    ScenarioAnnotations(Duration timeout) {
        this.timeout = timeout;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public void transform(ITestAnnotation annotation, Class testClass, Constructor testConstructor,
            Method testMethod) {
        if (annotation.getTimeOut() == 0) {
            annotation.setTimeOut(timeout.toMillis());
        }
        annotation.setRetryAnalyzer(FlakyRetry.class);
    }
}
