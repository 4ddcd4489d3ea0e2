package org.libvirt.tck.suites.scenario;

import java.time.Duration;
import java.util.concurrent.atomic.LongAdder;

/**
 * Where a run's time went around its scenarios, to the nanosecond: the guard's listing of the host's {@code tck}
 * objects after each scenario, its removal of what the scenario left, the rest of the guard (sandbox, watch,
 * connection check, statuses), and recording each result. What a run took beyond these and the scenarios'
 * own time is TestNG's.
 *
 * <pre>{@code
 * KitTimes times = runner.kitTimes();     // after SuiteRunner.run
 * times.listing().toNanos() / scenarios;  // the leak check's listing, per scenario
 * }</pre>
 *
 * <p>The benchmark prints them; a few {@code System.nanoTime()} calls a scenario are all they cost. Safe to add to
 * from concurrent scenarios.
 */
public final class KitTimes {

    private final LongAdder guard = new LongAdder();
    private final LongAdder listing = new LongAdder();
    private final LongAdder removal = new LongAdder();
    private final LongAdder recording = new LongAdder();

    /** All of the guard's time before and after the scenarios, its listing and removals included. */
    public Duration guard() {
        return Duration.ofNanos(guard.sum());
    }

    /** The guard's listings of the kit's objects on the host, one after each scenario. */
    public Duration listing() {
        return Duration.ofNanos(listing.sum());
    }

    /** The guard's removal of what each scenario left (objects and scratch files). */
    public Duration removal() {
        return Duration.ofNanos(removal.sum());
    }

    /** Recording each result and printing its progress line. */
    public Duration recording() {
        return Duration.ofNanos(recording.sum());
    }

    /** Adds the time since {@code startNanos} (a {@code System.nanoTime()}) to the guard's. */
    void addGuard(long startNanos) {
        guard.add(System.nanoTime() - startNanos);
    }

    void addListing(long startNanos) {
        listing.add(System.nanoTime() - startNanos);
    }

    void addRemoval(long startNanos) {
        removal.add(System.nanoTime() - startNanos);
    }

    /** Adds the time since {@code startNanos} to the recording of results. */
    public void addRecording(long startNanos) {
        recording.add(System.nanoTime() - startNanos);
    }
}
