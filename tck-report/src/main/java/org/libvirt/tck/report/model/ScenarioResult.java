package org.libvirt.tck.report.model;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of one scenario.
 *
 * <p>The duration is kept to the millisecond, the precision of every report format, so that a report
 * read back from report.xml equals the one written.
 *
 * <pre>{@code
 * new ScenarioResult("domain.persistent-lifecycle", List.of("domain"), Status.PASS,
 *         Duration.ofMillis(1234), null, null);
 * new ScenarioResult("network.nat-start", List.of("network"), Status.UNSUPPORTED,
 *         Duration.ZERO, "virNetworkCreate is not supported by the test driver", null);
 * }</pre>
 *
 * @param id       the scenario's stable id, {@code <family>.<name>}, e.g. {@code domain.persistent-lifecycle}
 * @param groups   the groups the scenario belongs to, in the order given; may be empty
 * @param status   how it ended
 * @param duration how long it ran, truncated to milliseconds; never negative
 * @param message  one line saying why it did not pass, or {@code null}
 * @param details  a longer text such as a stack trace or a log tail, or {@code null}
 * @param known    the known-broken entry applied to it, for {@link Status#KNOWN_FAIL} and
 *                 {@link Status#UNEXPECTED_PASS}, or {@code null}
 */
public record ScenarioResult(
        String id,
        List<String> groups,
        Status status,
        Duration duration,
        String message,
        String details,
        KnownIssue known) {

    /** A result that no known-broken entry was applied to. */
    public ScenarioResult(String id, List<String> groups, Status status, Duration duration, String message,
            String details) {
        this(id, groups, status, duration, message, details, null);
    }

    // The messages are built only on failure: a run constructs one result per scenario.
    public ScenarioResult {
        Objects.requireNonNull(id, "ScenarioResult.id: expected a scenario id such as "
                + "domain.persistent-lifecycle but found null");
        if (id.isBlank()) {
            throw new IllegalArgumentException("ScenarioResult.id: expected a scenario id such as "
                    + "domain.persistent-lifecycle but found a blank string");
        }
        Objects.requireNonNull(groups, () -> "ScenarioResult.groups of " + id
                + ": expected a list of groups (List.of() for none) but found null");
        for (int i = 0; i < groups.size(); i++) {
            if (groups.get(i) == null) {
                throw new NullPointerException("ScenarioResult.groups of " + id
                        + ": expected group names but found null at " + i);
            }
        }
        groups = List.copyOf(groups);
        Objects.requireNonNull(status, () -> "ScenarioResult.status of " + id
                + ": expected a Status but found null");
        Objects.requireNonNull(duration, () -> "ScenarioResult.duration of " + id
                + ": expected a duration (Duration.ZERO if it did not run) but found null");
        if (duration.isNegative()) {
            throw new IllegalArgumentException("ScenarioResult.duration of " + id
                    + ": expected zero or more but found " + duration
                    + "; measure it with the same clock at start and end");
        }
        duration = duration.truncatedTo(ChronoUnit.MILLIS);
    }

    /** This result with another status and the entry that caused it, as applying known-broken entries does. */
    public ScenarioResult withStatus(Status newStatus, KnownIssue knownIssue) {
        return new ScenarioResult(id, groups, newStatus, duration, message, details, knownIssue);
    }

    /** The family the id starts with, {@code domain} for {@code domain.persistent-lifecycle}. */
    public String family() {
        int dot = id.indexOf('.');
        return dot > 0 ? id.substring(0, dot) : id;
    }
}
