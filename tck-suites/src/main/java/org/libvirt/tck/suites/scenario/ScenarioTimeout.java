package org.libvirt.tck.suites.scenario;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.testng.IHookCallBack;
import org.testng.IHookable;
import org.testng.ITestResult;

/**
 * Ends a scenario that runs longer than the configured {@code scenario_timeout} as an error, so that one hung libvirt
 * call or guest cannot hang the run.
 *
 * <p>Each scenario runs on a thread of a shared pool while the runner's thread waits for it: TestNG's own
 * {@code timeOut} would start a new thread for every scenario, which costs more than a whole scenario on the test
 * driver. A scenario that times out is interrupted and its thread left to it; the pool starts another thread for the
 * next one.
 */
public final class ScenarioTimeout implements IHookable {

    // After the interrupt, how long a scenario may take to give up before the run moves on without it.
    private static final Duration GIVE_UP_WAIT = Duration.ofSeconds(1);
    private static final AtomicInteger THREADS = new AtomicInteger();
    private static final ExecutorService POOL = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "tck-scenario-" + THREADS.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });

    private final Duration timeout;

    public ScenarioTimeout(Duration timeout) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the scenario timeout must be positive, found " + timeout);
        }
        this.timeout = timeout;
    }

    private static final String TIMED_OUT = "libvirt.tck.timed-out";

    /**
     * The time-out of a scenario that did not end in time, or {@code null}: it decides the scenario's outcome whatever
     * its abandoned thread sets on the result afterwards.
     */
    public static TimedOut timedOut(ITestResult result) {
        return (TimedOut) result.getAttribute(TIMED_OUT);
    }

    /** The error a scenario ends with when its time is up. */
    public static final class TimedOut extends RuntimeException {
        TimedOut(String message) {
            super(message);
        }
    }

    @Override
    public void run(IHookCallBack callBack, ITestResult result) {
        // The guard opened the sandbox on the runner's thread; the scenario needs it on the thread that runs it.
        Sandbox sandbox = Scenario.current();
        CountDownLatch ended = new CountDownLatch(1);
        Future<?> scenario = POOL.submit(() -> {
            Scenario.enter(sandbox);
            try {
                callBack.runTestMethod(result);
            } finally {
                Scenario.leave();
                ended.countDown();
            }
        });
        try {
            scenario.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            // Recorded before anything else: a scenario stuck in a libvirt call may come back later, and what its
            // thread then writes into the result must not turn the timeout into its own outcome.
            TimedOut timedOut = new TimedOut(result.getMethod().getQualifiedName()
                    + "() did not end within the scenario_timeout of " + timeout.toSeconds() + " s");
            result.setAttribute(TIMED_OUT, timedOut);
            scenario.cancel(true);
            awaitGivingUp(ended);
            throw timedOut;
        } catch (ExecutionException e) {
            // The callback catches what the scenario throws and hands it to TestNG; anything here is the kit's own.
            throw new IllegalStateException("the scenario could not be run", e.getCause());
        } catch (InterruptedException e) {
            scenario.cancel(true);
            Thread.currentThread().interrupt();
            throw new TimedOut("interrupted while waiting for " + result.getMethod().getQualifiedName() + "()");
        }
    }

    /**
     * Waits a moment for an interrupted scenario to end, so that what it throws on the way out reaches TestNG before
     * the time-out does and cannot replace it.
     */
    private static void awaitGivingUp(CountDownLatch ended) {
        try {
            ended.await(GIVE_UP_WAIT.toMillis(), TimeUnit.MILLISECONDS); // false when still hung: the run goes on
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
