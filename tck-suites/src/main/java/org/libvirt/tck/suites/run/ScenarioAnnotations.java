package org.libvirt.tck.suites.run;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.util.function.Predicate;

import org.libvirt.tck.suites.scenario.ScenarioId;
import org.testng.IAnnotationTransformer;
import org.testng.annotations.ITestAnnotation;

/**
 * Gives the scenarios the known-broken database calls flaky the {@link FlakyRetry} analyzer, in one place: TestNG
 * keeps only one annotation transformer per run. The others get none: TestNG looks up a method's analyzer on every
 * invocation.
 *
 * <p>The {@code scenario_timeout} is not set here as TestNG's {@code timeOut}, which would start a thread for every
 * scenario: {@link org.libvirt.tck.suites.scenario.ScenarioTimeout} applies it.
 */
final class ScenarioAnnotations implements IAnnotationTransformer {

    private final Predicate<String> flaky;

    ScenarioAnnotations(Predicate<String> flaky) {
        this.flaky = flaky;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public void transform(ITestAnnotation annotation, Class testClass, Constructor testConstructor,
            Method testMethod) {
        ScenarioId id = testMethod == null ? null : testMethod.getAnnotation(ScenarioId.class);
        if (id != null && flaky.test(id.value())) {
            annotation.setRetryAnalyzer(FlakyRetry.class);
        }
    }
}
