package org.libvirt.tck.suites.run;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

import org.libvirt.tck.report.model.Attachment;
import org.libvirt.tck.report.model.ScenarioResult;
import org.libvirt.tck.report.model.Status;
import org.libvirt.tck.suites.scenario.KitTimes;
import org.libvirt.tck.suites.scenario.ScenarioGuard;
import org.libvirt.tck.suites.scenario.ScenarioId;
import org.libvirt.tck.suites.scenario.SubResult;
import org.libvirt.tck.suites.scenario.ScenarioTimeout;
import org.libvirt.tck.suites.scenario.Unsupported;
import org.testng.ITestListener;
import org.testng.ITestResult;
import org.testng.annotations.Test;
import org.testng.internal.thread.ThreadTimeoutException;

/**
 * Collects each finished scenario as a {@link ScenarioResult} and prints one progress line for it; the parts it
 * published follow it as results {@code <scenario id>/<part>}, and a scenario that failed or broke carries what was
 * captured of its guests.
 *
 * <p>It only collects: statuses are settled before it sees them (by {@code ScenarioGuard}), and writing reports is
 * the writers' job.
 */
final class ResultCollector implements ITestListener {

    private final PrintWriter progress;
    private final int total;
    private final List<ScenarioResult> results = new ArrayList<>();
    private int finished;
    private Duration inScenarios = Duration.ZERO;
    private final Map<String, List<String>> earlierAttempts = new HashMap<>();
    private final KitTimes times;

    ResultCollector(PrintWriter progress, int total, KitTimes times) {
        this.progress = progress;
        this.total = total;
        this.times = times;
    }

    @Override
    public void onTestSuccess(ITestResult result) {
        recordUnlessDropped(result);
    }

    @Override
    public void onTestFailure(ITestResult result) {
        recordUnlessDropped(result);
    }

    @Override
    public void onTestSkipped(ITestResult result) {
        recordUnlessDropped(result);
    }

    @Override
    public void onTestFailedWithTimeout(ITestResult result) {
        recordUnlessDropped(result);
    }

    /** The time the scenarios recorded so far took themselves, to the nanosecond. */
    synchronized Duration inScenarios() {
        return inScenarios;
    }

    synchronized List<ScenarioResult> results() {
        return List.copyOf(results);
    }

    private void recordUnlessDropped(ITestResult result) {
        long start = System.nanoTime();
        if (!ScenarioGuard.isDropped(result)) {
            record(result);
        }
        times.addRecording(start);
    }

    /** Records a finished scenario: from TestNG's listener calls above, and from the runner for an abandoned one. */
    synchronized void record(ITestResult result) {
        Method method = result.getMethod().getConstructorOrMethod().getMethod();
        ScenarioId id = method.getAnnotation(ScenarioId.class);
        Test test = method.getAnnotation(Test.class);
        ScenarioTimeout.TimedOut timedOut = ScenarioTimeout.timedOut(result);
        Throwable thrown = timedOut != null ? timedOut : result.getThrowable();
        Status status = statusOf(timedOut != null ? ITestResult.FAILURE : result.getStatus(), thrown);
        String scenarioId = id == null ? result.getName() : id.value();
        if (result.wasRetried()) {
            // A flaky scenario's failed attempt: kept, and reported with the attempt that counts.
            List<String> attempts = earlierAttempts.computeIfAbsent(scenarioId, k -> new ArrayList<>());
            attempts.add("attempt " + (attempts.size() + 1) + ": " + statusOf(ITestResult.FAILURE, thrown)
                    .xmlName() + ": " + (thrown == null ? "" : firstLine(String.valueOf(thrown.getMessage()))));
            progress.printf(Locale.ROOT, "          %s failed (known flaky): running it again%n", scenarioId);
            progress.flush();
            return;
        }
        Duration elapsed = ScenarioTimeout.elapsed(result);
        Duration duration = elapsed != null ? elapsed
                : Duration.ofMillis(Math.max(0, result.getEndMillis() - result.getStartMillis()));
        String message = thrown == null ? null : isTimeout(thrown)
                ? "timed out: " + thrown.getMessage() : String.valueOf(thrown.getMessage());
        String details = thrown == null || status == Status.SKIP || status == Status.UNSUPPORTED
                ? null : stackTrace(thrown);
        List<String> attempts = earlierAttempts.remove(scenarioId);
        if (attempts != null) {
            String history = "earlier attempts (known flaky):\n" + String.join("\n", attempts);
            details = details == null ? history : history + "\n\n" + details;
        }
        List<String> groups = test == null ? List.of() : List.of(test.groups());
        List<Attachment> attachments = status.isUnexpected() ? ScenarioGuard.attachmentsOf(result) : List.of();
        ScenarioResult scenario = new ScenarioResult(scenarioId, groups, status, duration, message, details, null,
                attachments);
        results.add(scenario);
        finished++;
        inScenarios = inScenarios.plus(duration);
        progress.println(progressLine(finished, total, scenario.id(), status, duration));
        if (message != null && status != Status.PASS) {
            progress.println("          " + firstLine(message));
        }
        for (SubResult part : ScenarioGuard.partsOf(result)) {
            // Right after their scenario, so that a report reads scenario first, then its parts.
            results.add(new ScenarioResult(scenarioId + "/" + part.part(), groups, part.status(), part.duration(),
                    part.message(), part.details()));
            progress.println(partLine(scenarioId + "/" + part.part(), part.status()));
        }
        progress.flush();
    }

    /**
     * {@code [  7/244] domain.transient-lifecycle                    PASS          0.01 s}: built by hand, because
     * {@code printf} with a {@code %f} costs more than the kit's whole cleanup after a scenario on the test driver.
     */
    static String progressLine(int finished, int total, String id, Status status, Duration duration) {
        StringBuilder line = new StringBuilder(80).append('[');
        padLeft(line, Integer.toString(finished), 3).append('/').append(total).append("] ");
        padRight(line, id, 45).append(' ');
        padRight(line, status.name(), 11).append(' ');
        long hundredths = (Math.max(0, duration.toMillis()) + 5) / 10;
        String fraction = Long.toString(100 + hundredths % 100).substring(1);
        return padLeft(line, hundredths / 100 + "." + fraction, 6).append(" s").toString();
    }

    /** {@code           guest.checks/20-memory                     PASS}: a part's line, under its scenario's. */
    static String partLine(String id, Status status) {
        return padRight(new StringBuilder("          "), id, 45).append(' ').append(status.name()).toString();
    }

    private static StringBuilder padLeft(StringBuilder line, String text, int width) {
        line.append(" ".repeat(Math.max(0, width - text.length())));
        return line.append(text);
    }

    private static StringBuilder padRight(StringBuilder line, String text, int width) {
        line.append(text);
        return line.append(" ".repeat(Math.max(0, width - text.length())));
    }

    private static boolean isTimeout(Throwable thrown) {
        return thrown instanceof ScenarioTimeout.TimedOut || thrown instanceof ThreadTimeoutException;
    }

    static Status statusOf(int testNgStatus, Throwable thrown) {
        return switch (testNgStatus) {
            case ITestResult.SUCCESS -> Status.PASS;
            case ITestResult.SKIP -> thrown instanceof Unsupported ? Status.UNSUPPORTED : Status.SKIP;
            default -> thrown instanceof AssertionError ? Status.FAIL : Status.ERROR;
        };
    }

    private static String firstLine(String text) {
        int nl = text.indexOf('\n');
        return nl < 0 ? text : text.substring(0, nl);
    }

    private static String stackTrace(Throwable t) {
        StringWriter out = new StringWriter();
        t.printStackTrace(new PrintWriter(out));
        return out.toString();
    }
}
