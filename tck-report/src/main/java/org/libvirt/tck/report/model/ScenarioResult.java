package org.libvirt.tck.report.model;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The outcome of one scenario.
 *
 * <p>The duration is kept to the millisecond, the precision of every report format, so that a report
 * read back from report.xml equals the one written.
 *
 * <p>A <em>sub-result</em> is the outcome of one part of a scenario, such as one guest check script, kept as a
 * row of its own: its id is the scenario's id, a {@code /} and the part's name
 * ({@code guest.checks/20-memory}, {@code guest.checks/20-memory/2-memtotal-is-above-150000-kib}). It is an
 * ordinary result to every writer, to diff and to known-broken entries; {@link #parentId()} names its scenario.
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
 * @param attachments what the kit captured when it failed (domain XML, console and QEMU logs), in order;
 *                 empty for most results
 */
public record ScenarioResult(
        String id,
        List<String> groups,
        Status status,
        Duration duration,
        String message,
        String details,
        KnownIssue known,
        List<Attachment> attachments) {

    /** A result that no known-broken entry was applied to, without attachments. */
    public ScenarioResult(String id, List<String> groups, Status status, Duration duration, String message,
            String details) {
        this(id, groups, status, duration, message, details, null, List.of());
    }

    /** A result without attachments. */
    public ScenarioResult(String id, List<String> groups, Status status, Duration duration, String message,
            String details, KnownIssue known) {
        this(id, groups, status, duration, message, details, known, List.of());
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
        Objects.requireNonNull(attachments, "ScenarioResult.attachments of " + id
                + ": expected a list of attachments (List.of() for none) but found null");
        for (int i = 0; i < attachments.size(); i++) {
            if (attachments.get(i) == null) {
                throw new NullPointerException("ScenarioResult.attachments of " + id
                        + ": expected attachments but found null at " + i);
            }
        }
        attachments = List.copyOf(attachments);
    }

    /** This result with another status and the entry that caused it, as applying known-broken entries does. */
    public ScenarioResult withStatus(Status newStatus, KnownIssue knownIssue) {
        return new ScenarioResult(id, groups, newStatus, duration, message, details, knownIssue, attachments);
    }

    /** This result with {@code newAttachments} instead of its own. */
    public ScenarioResult withAttachments(List<Attachment> newAttachments) {
        return new ScenarioResult(id, groups, status, duration, message, details, known, newAttachments);
    }

    /**
     * The id of the scenario (or part) this is a sub-result of, the id up to its last {@code /}, or {@code null}
     * for a scenario's own result: {@code guest.checks} for {@code guest.checks/20-memory}.
     */
    public String parentId() {
        return parentOf(id);
    }

    /** The id {@code id} is a sub-result of, up to its last {@code /}, or {@code null} for a scenario's own id. */
    public static String parentOf(String id) {
        int slash = id.lastIndexOf('/');
        return slash > 0 ? id.substring(0, slash) : null;
    }

    private static final Pattern FAILED_BY_PARTS = Pattern.compile("scenario passed, but \\d+ of its \\d+ parts "
            + "failed: ");

    /**
     * The message of a scenario that held in all it checked itself but not in some of its parts: the kit writes it,
     * and the known-broken database knows such a scenario by it ({@link #failedByItsPartsOnly()}).
     */
    public static String partsFailedMessage(List<String> failedParts, int parts) {
        return "scenario passed, but " + failedParts.size() + " of its " + parts + " parts failed: "
                + String.join(", ", failedParts);
    }

    /** Whether this failed only because some of its parts did ({@link #partsFailedMessage}). */
    public boolean failedByItsPartsOnly() {
        return status == Status.FAIL && message != null && FAILED_BY_PARTS.matcher(message).lookingAt();
    }

    /** The family the id starts with, {@code domain} for {@code domain.persistent-lifecycle}. */
    public String family() {
        int dot = id.indexOf('.');
        return dot > 0 ? id.substring(0, dot) : id;
    }
}
