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
 * one hung libvirt call or guest cannot hang the run. TestNG 7.12 also interrupts the scenario's thread then
 * ({@code shutdownNow} of its executor; under {@code --jobs N} a watchdog interrupts the worker, which TestNG waits
 * for), so every wait of the kit's own (the guest agent's, the scenarios' sleeps) ends at once and the thread stops.
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
