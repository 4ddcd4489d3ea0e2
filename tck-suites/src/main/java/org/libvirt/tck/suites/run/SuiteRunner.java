package org.libvirt.tck.suites.run;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.libvirt.tck.report.model.ScenarioResult;
import org.libvirt.tck.suites.scenario.ScenarioGuard;
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
 * List<ScenarioResult> results = new SuiteRunner(runtime, progress).run(catalog.select(patterns, groups));
 * }</pre>
 */
public final class SuiteRunner {

    private final TckRuntime runtime;
    private final PrintWriter progress;

    public SuiteRunner(TckRuntime runtime, PrintWriter progress) {
        this.runtime = runtime;
        this.progress = progress;
    }

    /** Runs {@code scenarios} in catalogue order; each ends in exactly one result. */
    public List<ScenarioResult> run(List<ScenarioInfo> scenarios) {
        XmlSuite suite = new XmlSuite();
        suite.setName("libvirt-tck");
        suite.setPreserveOrder(true);
        XmlTest test = new XmlTest(suite);
        test.setName(runtime.connection().uri());
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

        ResultCollector collector = new ResultCollector(progress, scenarios.size());
        TestNG testng = new TestNG(false);
        testng.setXmlSuites(List.of(suite));
        testng.setUseDefaultListeners(false);
        testng.setVerbose(0);
        testng.addListener(new ScenarioGuard(runtime));
        testng.addListener(collector);
        testng.run();
        return collector.results();
    }
}
