package org.libvirt.tck.suites.bench;

import static org.testng.Assert.assertEquals;

import java.util.List;

import org.testng.annotations.Test;

/** The figures the boot comparison prints: medians, and the median of each round's ratio. */
public class BootComparisonTest {

    private static final BootComparison.Figures FIGURES = new BootComparison.Figures(
            List.of(5000L, 4000L, 9000L), List.of(4000L, 4000L, 3000L), List.of(600L, 500L, 700L));

    @Test
    public void mediansAreTheMiddleRounds() {
        assertEquals(FIGURES.libvirtMedianMillis(), 5000L);
        assertEquals(FIGURES.directMedianMillis(), 4000L);
        assertEquals(FIGURES.createMedianMillis(), 600L);
        assertEquals(FIGURES.ratio(), 1.25, 1e-9);
    }

    @Test
    public void thePairedRatioComparesTheBootsOfEachRound() {
        // rounds: 1.25, 1.0, 3.0: a round slowed by the host for one boot only does not decide it
        assertEquals(FIGURES.pairedRatio(), 1.25, 1e-9);
    }
}
