package org.libvirt.tck.suites.bench;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.testng.IMethodInterceptor;
import org.testng.TestNG;
import org.testng.annotations.DataProvider;
import org.testng.annotations.Test;
import org.testng.xml.XmlSuite;

/**
 * TestNG's own cost of running a scenario, with nothing of the kit around it: an empty test method run once per
 * data-provider row, as the benchmark's lifecycle round runs through the kit, by a plain {@code TestNG} without
 * listeners. No kit on TestNG can add less than this to a scenario.
 *
 * <pre>
 * double perRow = (PlainTestNg.runMillis(200) - PlainTestNg.runMillis(0)) / 200;
 * </pre>
 */
final class PlainTestNg {

    private PlainTestNg() {
    }

    /** The wall time of one plain TestNG run of the empty test with {@code rows} rows, in milliseconds. */
    static double runMillis(int rows) {
        EmptyRows.rows = rows;
        TestNG testng = new TestNG(false);
        testng.setUseDefaultListeners(false);
        testng.setVerbose(0);
        testng.setTestClasses(new Class<?>[] {EmptyRows.class});
        long start = System.nanoTime();
        testng.run();
        return (System.nanoTime() - start) / 1e6;
    }

    /**
     * The wall time of a plain TestNG run of {@code suite} that runs none of its methods, in milliseconds: TestNG's
     * set-up of the suite's classes (finding their test and configuration methods, making their instances, ordering
     * the methods), which a kit run on TestNG has before its first scenario.
     */
    static double setUpMillis(XmlSuite suite) {
        TestNG testng = new TestNG(false);
        testng.setUseDefaultListeners(false);
        testng.setVerbose(0);
        testng.setXmlSuites(List.of(suite));
        testng.addListener((IMethodInterceptor) (methods, context) -> List.of());
        long start = System.nanoTime();
        testng.run();
        return (System.nanoTime() - start) / 1e6;
    }

    /** The empty test; public, as TestNG needs it to be. */
    public static class EmptyRows {

        static volatile int rows;

        /** How many times TestNG called the test, so that a test can check that the figure times what it says. */
        static final AtomicInteger CALLS = new AtomicInteger();

        @DataProvider
        public static Object[][] rows() {
            Object[][] all = new Object[rows][];
            for (int i = 0; i < rows; i++) {
                all[i] = new Object[] {i};
            }
            return all;
        }

        @Test(dataProvider = "rows")
        public void nothing(int row) {
            CALLS.incrementAndGet(); // TestNG's invocation is what is timed; this costs nanoseconds
        }
    }
}
