package org.libvirt.tck.suites.run;

import static org.testng.Assert.assertEquals;

import java.time.Duration;
import java.util.Locale;

import org.libvirt.tck.report.model.Status;
import org.testng.annotations.Test;

/** The progress lines, built by hand, read exactly as the {@code printf} format they replace. */
public class ResultCollectorTest {

    @Test
    public void scenarioLineReadsAsItsPrintfFormat() {
        String[] ids = {"domain.transient-lifecycle", "x", "a.very-long-scenario-id-that-is-wider-than-its-column-of-45"};
        int[][] counts = {{1, 9}, {7, 244}, {244, 244}, {1234, 5000}};
        for (long millis = 0; millis <= 20_000; millis++) {
            String id = ids[(int) (millis % ids.length)];
            int[] count = counts[(int) (millis % counts.length)];
            Status status = Status.values()[(int) (millis % Status.values().length)];
            assertEquals(ResultCollector.progressLine(count[0], count[1], id, status, Duration.ofMillis(millis)),
                    String.format(Locale.ROOT, "[%3d/%d] %-45s %-11s %6.2f s", count[0], count[1], id,
                            status.name(), millis / 1000.0));
        }
        for (long millis : new long[] {99_994, 99_995, 999_999, 1_000_000, 12_345_678}) {
            assertEquals(ResultCollector.progressLine(3, 4, "a.b", Status.PASS, Duration.ofMillis(millis)),
                    String.format(Locale.ROOT, "[%3d/%d] %-45s %-11s %6.2f s", 3, 4, "a.b", "PASS", millis / 1000.0));
        }
    }

    @Test
    public void partLineReadsAsItsPrintfFormat() {
        assertEquals(ResultCollector.partLine("guest.checks/20-memory", Status.KNOWN_FAIL),
                String.format(Locale.ROOT, "          %-45s %s", "guest.checks/20-memory", "KNOWN_FAIL"));
    }
}
