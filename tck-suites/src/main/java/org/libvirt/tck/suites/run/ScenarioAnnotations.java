package org.libvirt.tck.suites.run;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;

import org.testng.IAnnotationTransformer;
import org.testng.annotations.ITestAnnotation;

/**
 * Gives every scenario the {@link FlakyRetry} analyzer, in one place: TestNG keeps only one annotation transformer per
 * run.
 *
 * <p>The {@code scenario_timeout} is not set here as TestNG's {@code timeOut}, which would start a thread for every
 * scenario: {@link org.libvirt.tck.suites.scenario.ScenarioTimeout} applies it.
 */
final class ScenarioAnnotations implements IAnnotationTransformer {

    @Override
    @SuppressWarnings("rawtypes")
    public void transform(ITestAnnotation annotation, Class testClass, Constructor testConstructor,
            Method testMethod) {
        annotation.setRetryAnalyzer(FlakyRetry.class);
    }
}
