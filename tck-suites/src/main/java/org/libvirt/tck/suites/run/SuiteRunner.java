package org.libvirt.tck.suites.run;

import java.io.PrintWriter;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.libvirt.tck.report.model.ScenarioResult;
import org.libvirt.tck.suites.scenario.Exclusive;
import org.libvirt.tck.suites.scenario.KitTimes;
import org.libvirt.tck.suites.scenario.ScenarioGuard;
import org.libvirt.tck.suites.scenario.ScenarioTimeout;
import org.libvirt.tck.suites.scenario.TckRuntime;
import org.testng.TestNG;
import org.testng.xml.XmlClass;
import org.testng.xml.XmlInclude;
import org.testng.xml.XmlSuite;
import org.testng.xml.XmlTest;

/**
 * Runs chosen scenarios through TestNG against one driver and returns their results.
 *
 * <pre>{@code
 * List<ScenarioResult> results = new SuiteRunner(runtime, progress, 4).run(catalog.select(patterns, groups));
 * }</pre>
 *
 * <p>With more than one job, scenarios run concurrently, each with its own name prefix; scenarios marked
 * {@link Exclusive} then run one at a time after them.
 */
public final class SuiteRunner {

    private final TckRuntime runtime;
    private final PrintWriter progress;
    private final int jobs;
    private final boolean sharedHost;
    private final Predicate<String> flaky;
    private volatile ResultCollector collector;
    private volatile KitTimes times = new KitTimes();

    public SuiteRunner(TckRuntime runtime, PrintWriter progress) {
        this(runtime, progress, 1, false, id -> false);
    }

    /**
     * A runner of up to {@code jobs} scenarios at once; {@code sharedHost} when other runs use the same daemon at the
     * same time (several URIs of one host), so that even one-at-a-time scenarios get their own name prefix.
     */
    public SuiteRunner(TckRuntime runtime, PrintWriter progress, int jobs, boolean sharedHost) {
        this(runtime, progress, jobs, sharedHost, id -> false);
    }

    /** As above; a failed scenario whose id {@code flaky} accepts is run again (see {@link FlakyRetry}). */
    public SuiteRunner(TckRuntime runtime, PrintWriter progress, int jobs, boolean sharedHost,
            Predicate<String> flaky) {
        if (jobs < 1) {
            throw new IllegalArgumentException("jobs must be at least 1, found " + jobs);
        }
        this.runtime = runtime;
        this.progress = progress;
        this.jobs = jobs;
        this.sharedHost = sharedHost;
        this.flaky = flaky;
    }

    /** Runs {@code scenarios}; each ends in exactly one result, in the order they finished. */
    public List<ScenarioResult> run(List<ScenarioInfo> scenarios) {
        times = new KitTimes();
        collector = new ResultCollector(progress, scenarios.size(), times);
        if (jobs == 1) {
            runTestNg(scenarios, false);
        } else {
            runTestNg(scenarios.stream().filter(s -> !isExclusive(s)).toList(), true);
            runTestNg(scenarios.stream().filter(SuiteRunner::isExclusive).toList(), false);
        }
        return collector.results();
    }

    /** The results so far, while {@link #run(List)} is under way (for a report of an interrupted run). */
    public List<ScenarioResult> resultsSoFar() {
        ResultCollector current = collector;
        return current == null ? List.of() : current.results();
    }

    /**
     * The time the scenarios of the last {@link #run(List)} took themselves, from their start to their end, to the
     * nanosecond (reports keep milliseconds): the rest of a run's time is the kit's.
     */
    public Duration timeInScenarios() {
        ResultCollector current = collector;
        return current == null ? Duration.ZERO : current.inScenarios();
    }

    /** Where the last {@link #run(List)}'s time went around its scenarios: the guard's and the results'. */
    public KitTimes kitTimes() {
        return times;
    }

    static boolean isExclusive(ScenarioInfo s) {
        return s.method().isAnnotationPresent(Exclusive.class)
                || s.method().getDeclaringClass().isAnnotationPresent(Exclusive.class);
    }

    /**
     * Runs {@code scenarios} in one TestNG run, watched by a {@link ScenarioTimeout}; when it abandons the run for a
     * scenario hung where an interrupt does not reach, the scenarios the run never started run in a new one.
     */
    private void runTestNg(List<ScenarioInfo> scenarios, boolean parallel) {
        List<ScenarioInfo> pending = scenarios;
        while (!pending.isEmpty()) {
            ScenarioTimeout watch = new ScenarioTimeout(runtime.config().scenarioTimeout());
            ScenarioGuard guard = new ScenarioGuard(runtime, parallel || sharedHost, watch, times);
            TestNG testng = testNg(pending, parallel, guard);
            boolean abandoned = watch.supervise(testng::run, (result, sandbox) -> {
                guard.abandoned(result, sandbox);
                collector.record(result);
            });
            if (!abandoned) {
                return;
            }
            Set<Method> started = watch.started();
            pending = pending.stream().filter(s -> !started.contains(s.method())).toList();
        }
    }

    private TestNG testNg(List<ScenarioInfo> scenarios, boolean parallel, ScenarioGuard guard) {
        XmlSuite suite = suite(runtime.connection().uri(), scenarios);
        if (parallel) {
            suite.setParallel(XmlSuite.ParallelMode.METHODS);
            suite.setThreadCount(jobs);
        }
        TestNG testng = new KitTestNG();
        testng.setXmlSuites(List.of(suite));
        testng.setUseDefaultListeners(false);
        testng.setVerbose(0);
        testng.addListener(new ScenarioAnnotations(flaky));
        testng.addListener(new FlakyRetry.Installer(flaky));
        testng.addListener(guard);
        testng.addListener(collector);
        return testng;
    }

    /**
     * The TestNG suite a serial run of {@code scenarios} is, in their order, its one test named {@code testName}:
     * each scenario class with the scenario methods chosen from it.
     */
    public static XmlSuite suite(String testName, List<ScenarioInfo> scenarios) {
        XmlSuite suite = new XmlSuite();
        suite.setName("libvirt-tck");
        suite.setPreserveOrder(true);
        XmlTest test = new XmlTest(suite);
        test.setName(testName);
        test.setPreserveOrder(true);

        Map<Class<?>, List<XmlInclude>> byClass = new LinkedHashMap<>();
        for (ScenarioInfo s : scenarios) {
            byClass.computeIfAbsent(s.method().getDeclaringClass(), c -> new ArrayList<>())
                    .add(new XmlInclude(s.method().getName()));
        }
        List<XmlClass> classes = new ArrayList<>();
        byClass.forEach((type, methods) -> {
            XmlClass xmlClass = new XmlClass(type);
            xmlClass.setIncludedMethods(methods);
            classes.add(xmlClass);
        });
        test.setXmlClasses(classes);
        return suite;
    }
}
