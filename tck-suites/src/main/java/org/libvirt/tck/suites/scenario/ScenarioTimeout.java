package org.libvirt.tck.suites.scenario;

import java.lang.reflect.Method;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;

import org.testng.ITestResult;

/**
 * Ends a scenario that runs longer than the configured {@code scenario_timeout} as an error, so that one hung libvirt
 * call or guest cannot hang the run.
 *
 * <pre>{@code
 * ScenarioTimeout watch = new ScenarioTimeout(Duration.ofMinutes(10));
 * boolean abandoned = watch.supervise(testng::run, (result, sandbox) -> ...);  // the guard calls start() and end()
 * }</pre>
 *
 * <p>Scenarios run on TestNG's own threads and this watch only reads the clock around them: handing every scenario
 * to another thread, as TestNG's {@code timeOut} or a pool would, costs two thread wake-ups, more than a whole
 * scenario on the test driver. The thread that calls {@link #supervise} runs TestNG on a thread of its own and looks
 * at the running scenarios a few times a second:
 * <ul>
 * <li>at a scenario's deadline it is marked timed out and its thread interrupted, which ends any wait in Java; the
 * scenario then ends as usual, and the mark decides its outcome whatever it threw on the way out;</li>
 * <li>a scenario still running {@link #GIVE_UP_WAIT} later is stuck where an interrupt does not reach (a libvirt call
 * waiting on a daemon in native code): it is abandoned, and with it the TestNG run it is part of, which starts no
 * further scenario. The caller records the abandoned scenario and runs the scenarios this run never {@link #started}
 * in a new one.</li>
 * </ul>
 */
public final class ScenarioTimeout {

    /** After the interrupt, how long a scenario may take to give up before the run moves on without it. */
    static final Duration GIVE_UP_WAIT = Duration.ofSeconds(1);
    private static final Duration LONGEST_POLL = Duration.ofMillis(250);
    private static final String TIMED_OUT = "libvirt.tck.timed-out";
    private static final String ELAPSED = "libvirt.tck.elapsed";
    private static final AtomicInteger RUNS = new AtomicInteger();

    private final Duration timeout;
    private final Set<Running> running = ConcurrentHashMap.newKeySet();
    private final Set<Method> started = ConcurrentHashMap.newKeySet();
    private volatile boolean abandoned;

    public ScenarioTimeout(Duration timeout) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the scenario timeout must be positive, found " + timeout);
        }
        this.timeout = timeout;
    }

    /**
     * The time-out of a scenario that did not end in time, or {@code null}: it decides the scenario's outcome whatever
     * its thread sets on the result afterwards.
     */
    public static TimedOut timedOut(ITestResult result) {
        return (TimedOut) result.getAttribute(TIMED_OUT);
    }

    /**
     * How long the scenario ran, to the nanosecond (TestNG's own times are in milliseconds, longer than many a
     * scenario on the test driver); {@code null} for one that never started.
     */
    public static Duration elapsed(ITestResult result) {
        return (Duration) result.getAttribute(ELAPSED);
    }

    /** The error a scenario ends with when its time is up. */
    public static final class TimedOut extends RuntimeException {
        TimedOut(String message) {
            super(message);
        }
    }

    /** One scenario between {@link #start} and {@link #end}, on the thread that runs it. */
    static final class Running {
        private final ITestResult result;
        private final Sandbox sandbox;
        private final Thread thread = Thread.currentThread();
        private final long startNanos = System.nanoTime();
        private final long deadline;
        private boolean marked;
        private long giveUpAt;
        private boolean ended;
        private volatile boolean abandoned;

        private Running(ITestResult result, Sandbox sandbox, Duration timeout) {
            this.result = result;
            this.sandbox = sandbox;
            this.deadline = startNanos + timeout.toNanos();
        }

        private void keepElapsed() {
            result.setAttribute(ELAPSED, Duration.ofNanos(System.nanoTime() - startNanos));
        }
    }

    /**
     * A scenario starts on this thread; {@code null} when its TestNG run was abandoned, and the scenario must not run
     * in it (the caller runs it in the next).
     */
    Running start(ITestResult result, Sandbox sandbox) {
        if (abandoned) {
            return null;
        }
        started.add(result.getMethod().getConstructorOrMethod().getMethod());
        Running r = new Running(result, sandbox, timeout);
        running.add(r);
        return r;
    }

    /**
     * The scenario's thread is done with it: {@code true}, or {@code false} when it came back after it was abandoned,
     * and its result was recorded without it. Clears an interrupt meant for the scenario.
     */
    boolean end(Running r) {
        synchronized (r) {
            running.remove(r);
            if (r.abandoned) {
                return false;
            }
            r.ended = true;
            r.keepElapsed();
            Thread.interrupted();
            return true;
        }
    }

    /** Whether the scenario was abandoned: it was recorded by whoever {@link #supervise}d it. */
    static boolean wasAbandoned(Running r) {
        return r.abandoned;
    }

    /** The scenarios this watch saw start: the ones a run after an abandoned one must not run again. */
    public Set<Method> started() {
        return Set.copyOf(started);
    }

    /**
     * Runs {@code testngRun} on a thread of its own and watches its scenarios until it ends; or, when one of them was
     * abandoned, until no other is running any more. Each abandoned scenario, already marked timed out, is handed to
     * {@code abandon} on this thread, with its sandbox.
     *
     * @return whether the run was abandoned: then the scenarios not {@link #started} still need a run
     */
    public boolean supervise(Runnable testngRun, BiConsumer<ITestResult, Sandbox> abandon) {
        AtomicReference<Throwable> crashed = new AtomicReference<>();
        Thread thread = new Thread(testngRun, "tck-run-" + RUNS.incrementAndGet());
        thread.setDaemon(true); // left hanging when abandoned: it must not keep the JVM alive
        thread.setUncaughtExceptionHandler((t, e) -> crashed.set(e));
        thread.start();
        long poll = Math.min(LONGEST_POLL.toMillis(), Math.max(1, timeout.toMillis() / 4));
        while (true) {
            try {
                thread.join(poll);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while scenarios were running", e);
            }
            if (!thread.isAlive()) {
                break;
            }
            long now = System.nanoTime();
            for (Running r : running) {
                if (now - r.deadline >= 0 && timeOut(r, now) && now - r.giveUpAt >= 0 && abandon(r)) {
                    r.result.setEndMillis(System.currentTimeMillis());
                    abandon.accept(r.result, r.sandbox);
                }
            }
            if (abandoned && running.isEmpty()) {
                break;
            }
        }
        Throwable e = crashed.get();
        if (e != null) {
            throw new IllegalStateException("the scenario runner failed: " + e, e);
        }
        return abandoned;
    }

    /** Marks {@code r} timed out and interrupts it the first time; true once it was marked before. */
    private boolean timeOut(Running r, long now) {
        synchronized (r) {
            if (r.ended || r.abandoned) {
                return false;
            }
            if (r.marked) {
                return true;
            }
            // Recorded before the interrupt: whatever the scenario throws on its way out must not become its outcome.
            r.result.setAttribute(TIMED_OUT, new TimedOut(r.result.getMethod().getQualifiedName()
                    + "() did not end within the scenario_timeout of " + timeout.toSeconds() + " s"));
            r.marked = true;
            r.giveUpAt = now + GIVE_UP_WAIT.toNanos();
            r.thread.interrupt();
            return false;
        }
    }

    private boolean abandon(Running r) {
        synchronized (r) {
            if (r.ended) {
                return false;
            }
            r.abandoned = true;
            r.keepElapsed();
            abandoned = true;
            running.remove(r);
            r.result.setStatus(ITestResult.FAILURE);
            r.result.setThrowable(timedOut(r.result));
            return true;
        }
    }
}
