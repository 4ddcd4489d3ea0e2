package org.libvirt.tck.suites.scenario;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.time.Duration;

import org.testng.IAnnotationTransformer;
import org.testng.annotations.ITestAnnotation;

/**
 * Gives every scenario the configured {@code scenario_timeout}: TestNG runs it on its own thread and ends it as an
 * error when the time is up, so that one hung libvirt call or guest cannot hang the run.
 */
public final class ScenarioTimeout implements IAnnotationTransformer {

    private final Duration timeout;

    public ScenarioTimeout(Duration timeout) {
        this.timeout = timeout;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public void transform(ITestAnnotation annotation, Class testClass, Constructor testConstructor,
            Method testMethod) {
        if (annotation.getTimeOut() == 0) {
            annotation.setTimeOut(timeout.toMillis());
        }
    }
}
