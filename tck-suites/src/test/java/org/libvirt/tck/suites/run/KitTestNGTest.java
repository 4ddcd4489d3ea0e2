package org.libvirt.tck.suites.run;

import static org.testng.Assert.assertEquals;
import static org.testng.Assert.assertNull;
import static org.testng.Assert.assertSame;

import java.lang.reflect.Method;
import java.util.List;

import org.testng.IAnnotationTransformer;
import org.testng.ITestResult;
import org.testng.TestListenerAdapter;
import org.testng.annotations.IAnnotation;
import org.testng.annotations.IDataProviderAnnotation;
import org.testng.annotations.IFactoryAnnotation;
import org.testng.annotations.IParametersAnnotation;
import org.testng.annotations.ITestAnnotation;
import org.testng.annotations.Test;
import org.testng.internal.annotations.JDK15AnnotationFinder;
import org.testng.xml.XmlClass;
import org.testng.xml.XmlSuite;
import org.testng.xml.XmlTest;

/** TestNG with remembered annotation lookups still runs tests as their annotations say. */
public class KitTestNGTest {

    @Test
    public void annotationsStillDecideHowTestsRun() {
        XmlSuite suite = new XmlSuite();
        suite.setName("kit-testng");
        XmlTest test = new XmlTest(suite);
        test.setName("annotated");
        test.setXmlClasses(List.of(new XmlClass(AnnotatedMethods.class)));
        test.addExcludedGroup("left-out");
        KitTestNG testng = new KitTestNG();
        testng.setXmlSuites(List.of(suite));
        testng.setUseDefaultListeners(false);
        testng.setVerbose(0);
        TestListenerAdapter results = new TestListenerAdapter();
        testng.addListener(results);

        testng.run();

        assertEquals(names(results.getPassedTests()), List.of("runsThreeTimes", "runsThreeTimes", "runsThreeTimes",
                "throwsWhatItExpects"));
        assertEquals(names(results.getFailedTests()), List.of("failsToThrowWhatItExpects"));
    }

    @Test
    public void aRememberedLookupIsTheObjectTestNgGave() throws Exception {
        KitTestNG.RememberingFinder finder = new KitTestNG.RememberingFinder(
                new JDK15AnnotationFinder(new IAnnotationTransformer() { }));
        Method annotated = AnnotatedMethods.class.getMethod("runsThreeTimes");
        ITestAnnotation first = finder.findAnnotation(annotated, ITestAnnotation.class);

        assertSame(finder.findAnnotation(annotated, ITestAnnotation.class), first);
        assertEquals(first.getInvocationCount(), 3);
        assertSame(finder.findAnnotation(AnnotatedMethods.class, annotated, ITestAnnotation.class), first,
                "TestNG gives the same object whatever class it is asked for");
        Method plain = Object.class.getMethod("toString");
        assertNull(finder.findAnnotation(plain, ITestAnnotation.class));
        assertNull(finder.findAnnotation(AnnotatedMethods.class, plain, ITestAnnotation.class));
        assertNull(finder.findAnnotation(annotated, IDataProviderAnnotation.class), "it has a @Test only");
    }

    @Test
    public void theAnswersAreTestNgsOwn() throws Exception {
        JDK15AnnotationFinder testng = new JDK15AnnotationFinder(new IAnnotationTransformer() { });
        KitTestNG.RememberingFinder finder = new KitTestNG.RememberingFinder(testng);
        for (Method m : AnnotatedMethods.class.getMethods()) {
            for (Class<? extends IAnnotation> type : List.of(ITestAnnotation.class, IDataProviderAnnotation.class,
                    IFactoryAnnotation.class, IParametersAnnotation.class)) {
                assertSame(finder.findAnnotation(m, type), testng.findAnnotation(m, type), m + " " + type);
            }
        }
    }

    private static List<String> names(List<ITestResult> results) {
        return results.stream().map(ITestResult::getName).sorted().toList();
    }
}
