package org.libvirt.tck.suites.bench;

import static org.testng.Assert.assertEquals;
import static org.testng.Assert.assertTrue;

import org.testng.annotations.Test;

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
}
