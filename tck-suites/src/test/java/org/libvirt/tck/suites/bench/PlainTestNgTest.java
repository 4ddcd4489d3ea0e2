package org.libvirt.tck.suites.bench;

import static org.testng.Assert.assertEquals;
import static org.testng.Assert.assertTrue;

import java.util.List;

import org.libvirt.tck.suites.run.ScenarioInfo;
import org.libvirt.tck.suites.run.SuiteRunner;
import org.testng.TestNG;
import org.testng.annotations.Test;
import org.testng.xml.XmlSuite;

public class PlainTestNgTest {

    @Test
    public void aPlainRunCallsTheEmptyTestOncePerRowAndNoneForNoRow() {
        int before = PlainTestNg.EmptyRows.CALLS.get();

        double withRows = PlainTestNg.runMillis(7);
        int afterRows = PlainTestNg.EmptyRows.CALLS.get();
        double withoutRows = PlainTestNg.runMillis(0);

        assertEquals(afterRows - before, 7, "calls of the empty test in a run of 7 rows");
        assertEquals(PlainTestNg.EmptyRows.CALLS.get(), afterRows, "calls in a run of no row");
        assertTrue(withRows > 0 && withoutRows > 0, "both runs are timed: " + withRows + ", " + withoutRows);
    }

    @Test
    public void aSetUpRunOfASuiteCallsNoneOfItsTestsThatAPlainRunOfItCalls() throws Exception {
        ScenarioInfo empty = new ScenarioInfo("bench.empty", List.of(),
                PlainTestNg.EmptyRows.class.getMethod("nothing", int.class));
        XmlSuite suite = SuiteRunner.suite("test:///default", List.of(empty));
        PlainTestNg.EmptyRows.rows = 3;
        int before = PlainTestNg.EmptyRows.CALLS.get();

        double setUp = PlainTestNg.setUpMillis(suite);
        int afterSetUp = PlainTestNg.EmptyRows.CALLS.get();
        TestNG plain = new TestNG(false);
        plain.setUseDefaultListeners(false);
        plain.setVerbose(0);
        plain.setXmlSuites(List.of(SuiteRunner.suite("test:///default", List.of(empty))));
        plain.run();

        assertEquals(afterSetUp, before, "calls in the set-up run");
        assertEquals(PlainTestNg.EmptyRows.CALLS.get() - afterSetUp, 3, "calls in a plain run of the same suite");
        assertTrue(setUp > 0, "the set-up run is timed: " + setUp);
    }
}
