package org.libvirt.tck.suites.scenario;

import java.time.Duration;
import java.util.Objects;

import org.libvirt.tck.report.model.Status;

/**
 * The outcome of one part of a scenario, such as one guest check script, which the report keeps as a row of its
 * own with the id {@code <scenario id>/<part>}.
 *
 * <pre>{@code
 * sandbox().publish(new SubResult("20-memory", Status.PASS, null, output));           // guest.checks/20-memory
 * sandbox().publish(new SubResult("20-memory/2-memtotal", Status.FAIL, "not ok 2", null));
 * }</pre>
 *
 * <p>A part that fails or breaks fails its scenario ({@link ScenarioGuard} sees to it).
 *
 * @param part     the part's name: words of letters, digits, {@code .}, {@code _} and {@code -}, joined by
 *                 {@code /} for a part of a part
 * @param status   how it ended
 * @param duration how long it took, {@link Duration#ZERO} when not measured
 * @param message  one line saying why it did not pass, or {@code null}
 * @param details  a longer text, such as the script's output, or {@code null}
 */
public record SubResult(String part, Status status, Duration duration, String message, String details) {

    public SubResult {
        if (part == null || !part.matches("[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*")) {
            throw new IllegalArgumentException("a part name must be words of letters, digits, '.', '_' or '-' "
                    + "joined by '/', found '" + part + "'");
        }
        Objects.requireNonNull(status, "status of part " + part);
        Objects.requireNonNull(duration, "duration of part " + part);
    }

    /** A part whose time was not measured. */
    public SubResult(String part, Status status, String message, String details) {
        this(part, status, Duration.ZERO, message, details);
    }
}
