package org.libvirt.tck.suites.run;

import static org.testng.Assert.assertEquals;
import static org.testng.Assert.assertNull;
import static org.testng.Assert.assertSame;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.testng.IAnnotationTransformer;
import org.testng.ITestNGMethod;
import org.testng.ITestResult;
import org.testng.TestListenerAdapter;
import org.testng.annotations.IAnnotation;
import org.testng.annotations.IDataProviderAnnotation;
import org.testng.annotations.IFactoryAnnotation;
import org.testng.annotations.IParametersAnnotation;
import org.testng.annotations.ITestAnnotation;
import org.testng.annotations.Test;
import org.testng.internal.ConstructorOrMethod;
import org.testng.internal.annotations.IAnnotationFinder;
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

    @Test
    public void aTestMethodsAnnotationIsItsMethodsAndTestNgPrintsItOnce() throws Exception {
        Map<String, Integer> calls = new HashMap<>();
        IAnnotationFinder testng = counting(new JDK15AnnotationFinder(new IAnnotationTransformer() { }), calls);
        KitTestNG.RememberingFinder finder = new KitTestNG.RememberingFinder(testng);
        Method annotated = AnnotatedMethods.class.getMethod("runsThreeTimes");
        ITestNGMethod tm = testMethod(annotated, AnnotatedMethods.class);

        ITestAnnotation own = finder.findAnnotation(annotated, ITestAnnotation.class);

        assertSame(finder.findAnnotation(tm, ITestAnnotation.class), own);
        assertSame(testng.findAnnotation(tm, ITestAnnotation.class), own, "TestNG's own answer for the test method");
        assertEquals(calls, Map.of("findAnnotation(Method)", 1, "findAnnotation(ITestNGMethod)", 1),
                "the remembering finder asked TestNG for the method only; the test asked for the test method");
    }

    @Test
    public void aTestMethodAnnotatedThroughItsClassGetsTestNgsAnswerForTheClass() throws Exception {
        IAnnotationFinder testng = new JDK15AnnotationFinder(new IAnnotationTransformer() { });
        KitTestNG.RememberingFinder finder = new KitTestNG.RememberingFinder(testng);
        Method m = ClassLevelAnnotated.class.getMethod("testedThroughItsClass");
        ITestNGMethod tm = testMethod(m, ClassLevelAnnotated.class);

        ITestAnnotation fromClass = finder.findAnnotation(tm, ITestAnnotation.class);

        assertNull(finder.findAnnotation(m, ITestAnnotation.class), "the method has no @Test of its own");
        assertSame(fromClass, testng.findAnnotation(tm, ITestAnnotation.class));
        assertEquals(List.of(fromClass.getGroups()), List.of("from-the-class"));
        assertSame(finder.findAnnotation(tm, ITestAnnotation.class), fromClass);
    }

    /** A test method of {@code testClass} as TestNG's finder sees one: its method, its class, no instance yet. */
    private static ITestNGMethod testMethod(Method m, Class<?> testClass) {
        return (ITestNGMethod) Proxy.newProxyInstance(KitTestNGTest.class.getClassLoader(),
                new Class<?>[] {ITestNGMethod.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getConstructorOrMethod" -> new ConstructorOrMethod(m);
                    case "getRealClass" -> testClass;
                    case "getInstance" -> null;
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    /** {@code finder}, counting its calls by name and first parameter type into {@code calls}. */
    private static IAnnotationFinder counting(IAnnotationFinder finder, Map<String, Integer> calls) {
        return (IAnnotationFinder) Proxy.newProxyInstance(KitTestNGTest.class.getClassLoader(),
                new Class<?>[] {IAnnotationFinder.class}, (proxy, method, args) -> {
                    calls.merge(method.getName() + "(" + method.getParameterTypes()[0].getSimpleName() + ")", 1,
                            Integer::sum);
                    try {
                        return method.invoke(finder, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private static List<String> names(List<ITestResult> results) {
        return results.stream().map(ITestResult::getName).sorted().toList();
    }
}
