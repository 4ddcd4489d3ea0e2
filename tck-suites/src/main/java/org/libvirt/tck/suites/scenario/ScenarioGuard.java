package org.libvirt.tck.suites.scenario;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.libvirt.tck.core.connect.LibvirtError;
import org.libvirt.tck.core.host.TckObject;
import org.libvirt.tck.core.host.TckObjects;
import org.libvirt.tck.report.model.Attachment;
import org.libvirt.tck.report.model.ScenarioResult;
import org.testng.IInvokedMethod;
import org.testng.IInvokedMethodListener;
import org.testng.ITestResult;
import org.testng.SkipException;

/**
 * Runs around every scenario: gives it a sandbox, removes what it created, fails it for leaks, and reports
 * "the driver does not implement this" as {@code unsupported}. It hands what the scenario published of its parts
 * ({@link #partsOf}) and, for a scenario that failed, what it captured of its guests ({@link #attachmentsOf}) to the
 * listener that collects results.
 *
 * <p>These rules live here, in one listener, so that scenarios contain only the behaviour they check.
 */
public final class ScenarioGuard implements IInvokedMethodListener {

    private static final AtomicInteger SANDBOXES = new AtomicInteger();
    private static final Duration RECONNECT_WAIT = Duration.ofSeconds(60);
    private static volatile String stopReason;
    private static final String PARTS = "libvirt.tck.parts";
    private static final String ATTACHMENTS = "libvirt.tck.attachments";
    private static final String RUNNING = "libvirt.tck.running";
    private static final String DROPPED = "libvirt.tck.dropped";

    private final TckRuntime runtime;
    private final boolean concurrent;
    private final ScenarioTimeout watch;
    private final KitTimes times;

    /**
     * A guard for scenarios that run one at a time ({@code concurrent} false): any {@code tck*} object left after a
     * scenario is its leak; or for concurrent scenarios, each of which is checked only for its own names. It tells
     * {@code watch} when each scenario starts and ends, and adds its own time to {@code times}.
     */
    public ScenarioGuard(TckRuntime runtime, boolean concurrent, ScenarioTimeout watch, KitTimes times) {
        this.runtime = runtime;
        this.concurrent = concurrent;
        this.watch = watch;
        this.times = times;
    }

    /** Starts no further scenario from now on: each is skipped with {@code reason} (a signal stops the run). */
    public static void stopAll(String reason) {
        stopReason = reason;
    }

    /** Whether {@link #stopAll(String)} was called. */
    public static boolean stopped() {
        return stopReason != null;
    }

    @Override
    public void beforeInvocation(IInvokedMethod method, ITestResult result) {
        if (!method.isTestMethod()) {
            return;
        }
        timed(() -> enter(result));
    }

    private void enter(ITestResult result) {
        Sandbox sandbox = concurrent
                ? new Sandbox(runtime, TckObjects.PREFIX + SANDBOXES.incrementAndGet() + "-")
                : new Sandbox(runtime);
        Scenario.enter(sandbox);
        if (stopReason != null) {
            throw new SkipException(stopReason);
        }
        ScenarioTimeout.Running running = watch.start(result, sandbox);
        if (running == null) {
            result.setAttribute(DROPPED, true);
            throw new SkipException("left to the next run: a hung scenario took this one's run with it");
        }
        result.setAttribute(RUNNING, running);
    }

    @Override
    public void afterInvocation(IInvokedMethod method, ITestResult result) {
        if (!method.isTestMethod()) {
            return;
        }
        timed(() -> leave(result));
    }

    /** Runs {@code work} of the guard's, adding its time to the run's {@link KitTimes}. */
    private void timed(Runnable work) {
        long start = System.nanoTime();
        try {
            work.run();
        } finally {
            times.addGuard(start);
        }
    }

    private void leave(ITestResult result) {
        Sandbox sandbox = Scenario.leave();
        ScenarioTimeout.Running running = (ScenarioTimeout.Running) result.getAttribute(RUNNING);
        if (running != null) {
            watch.end(running);
        }
        if (isDropped(result)) {
            // Refused, or back after it was abandoned: settled without it, and a later scenario may use its names.
            return;
        }
        finish(sandbox, result);
    }

    /**
     * Whether a result TestNG reports is not the scenario's to record: refused by a run that was abandoned (the next
     * run runs the scenario), or back after it was abandoned itself (settled then, by {@link #abandoned}).
     */
    public static boolean isDropped(ITestResult result) {
        ScenarioTimeout.Running running = (ScenarioTimeout.Running) result.getAttribute(RUNNING);
        return result.getAttribute(DROPPED) != null || running != null && ScenarioTimeout.wasAbandoned(running);
    }

    /**
     * Settles a scenario that its {@link ScenarioTimeout} abandoned, already failed as timed out, as any other: its
     * guests' evidence, its cleanup, its leak check. Called on the watching thread, while the scenario's own thread may
     * still be stuck.
     */
    public void abandoned(ITestResult result, Sandbox sandbox) {
        finish(sandbox, result);
    }

    private void finish(Sandbox sandbox, ITestResult result) {
        keepTimeout(result);
        if (!runtime.connection().ensureAlive(RECONNECT_WAIT)) {
            result.setStatus(ITestResult.FAILURE);
            result.setThrowable(new IllegalStateException("the connection to " + runtime.connection().uri()
                    + " was lost during the scenario (was the daemon restarted?); the kit reconnected",
                    result.getThrowable()));
        }
        failIfAPartFailed(sandbox, result);
        if (result.getStatus() == ITestResult.FAILURE && !isNoSupport(result.getThrowable())) {
            // Before the cleanup: it destroys the guests whose XML and logs explain the failure. Evidence is a
            // bonus: whatever goes wrong collecting it must not keep the cleanup below from running.
            try {
                result.setAttribute(ATTACHMENTS, FailureArtifacts.capture(sandbox,
                        Instant.ofEpochMilli(result.getStartMillis()).minusSeconds(1)));
            } catch (RuntimeException | LinkageError e) {
                result.setAttribute(ATTACHMENTS, List.of(new Attachment("evidence-not-collected",
                        "collecting the failed scenario's guest XML and logs failed: " + e)));
            }
        }
        List<String> problems = new ArrayList<>();
        try {
            // One listing serves both: what the scenario named is removed, and any other object of the kit's (of
            // this scenario's prefix, when scenarios run concurrently) is its leak.
            long listing = System.nanoTime();
            List<TckObject> onHost = TckObjects.find(runtime.libvirt());
            times.addListing(listing);
            long removal = System.nanoTime();
            problems.addAll(sandbox.cleanUp(onHost));
            List<TckObject> leaked = onHost.stream()
                    .filter(o -> !sandbox.owns(o))
                    .filter(o -> !concurrent || o.owningName().startsWith(sandbox.prefix()))
                    .toList();
            if (!leaked.isEmpty()) {
                problems.add("left behind objects it did not name through its sandbox: " + leaked);
                TckObjects.remove(runtime.libvirt(), leaked);
            }
            times.addRemoval(removal);
        } catch (LibvirtError e) {
            problems.add("cleanup failed: " + e.getMessage());
        }
        if (!problems.isEmpty() && result.getStatus() == ITestResult.SUCCESS) {
            result.setStatus(ITestResult.FAILURE);
            result.setThrowable(new AssertionError("scenario passed, but " + String.join("; ", problems)));
        }
        keepTimeout(result);
        markUnsupported(result);
    }

    /**
     * A scenario that timed out stays timed out: its abandoned thread may return from a hung call at any time,
     * during the cleanup too, and set the result to whatever it then did.
     */
    private static void keepTimeout(ITestResult result) {
        ScenarioTimeout.TimedOut timedOut = ScenarioTimeout.timedOut(result);
        if (timedOut != null) {
            result.setStatus(ITestResult.FAILURE);
            result.setThrowable(timedOut);
        }
    }

    /** What the scenario of {@code result} published of its parts, in order; empty for most scenarios. */
    @SuppressWarnings("unchecked")
    public static List<SubResult> partsOf(ITestResult result) {
        Object parts = result.getAttribute(PARTS);
        return parts == null ? List.of() : (List<SubResult>) parts;
    }

    /** What was captured of the guests of a scenario that failed or broke; empty for any other. */
    @SuppressWarnings("unchecked")
    public static List<Attachment> attachmentsOf(ITestResult result) {
        Object attachments = result.getAttribute(ATTACHMENTS);
        return attachments == null ? List.of() : (List<Attachment>) attachments;
    }

    /** Keeps the scenario's parts with its result, and fails a scenario that passed although a part failed. */
    private static void failIfAPartFailed(Sandbox sandbox, ITestResult result) {
        List<SubResult> parts = sandbox.published();
        if (parts.isEmpty()) {
            return;
        }
        result.setAttribute(PARTS, parts);
        List<String> failed = parts.stream().filter(p -> p.status().isUnexpected()).map(SubResult::part).toList();
        if (!failed.isEmpty() && result.getStatus() == ITestResult.SUCCESS) {
            result.setStatus(ITestResult.FAILURE);
            result.setThrowable(new AssertionError(ScenarioResult.partsFailedMessage(failed, parts.size())));
        }
    }

    private static boolean isNoSupport(Throwable thrown) {
        LibvirtError error = LibvirtError.find(thrown);
        return error != null && error.isNoSupport();
    }

    private static void markUnsupported(ITestResult result) {
        if (result.getStatus() != ITestResult.FAILURE) {
            return;
        }
        LibvirtError error = LibvirtError.find(result.getThrowable());
        if (error != null && error.isNoSupport()) {
            result.setStatus(ITestResult.SKIP);
            result.setThrowable(new Unsupported(error.libvirtMessage()));
        }
    }
}
