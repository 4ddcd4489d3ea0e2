package org.libvirt.tck.report.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One run of the kit and the result of each scenario, in the order they finished.
 *
 * <p>This is what every writer takes and what {@code ReportXmlReader} gives back.
 *
 * <pre>{@code
 * Report report = new Report(run, results);
 * Map<Status, Long> counts = report.counts();   // every status present, zero where none
 * int exitCode = report.hasUnexpected() ? 1 : 0;
 * }</pre>
 *
 * @param run       what was tested, where and when
 * @param scenarios one result per scenario; copied, so later changes to the list do not show
 */
public record Report(RunInfo run, List<ScenarioResult> scenarios) {

    public Report {
        Objects.requireNonNull(run, "Report.run: expected the RunInfo of this run but found null");
        Objects.requireNonNull(scenarios,
                "Report.scenarios: expected a list of results (List.of() for none) but found null");
        scenarios = List.copyOf(scenarios);
    }

    /** How many scenarios ended with each status, in {@link Status} order, with a 0 for unused ones. */
    public Map<Status, Long> counts() {
        Map<Status, Long> counts = new EnumMap<>(Status.class);
        for (Status s : Status.values()) {
            counts.put(s, 0L);
        }
        for (ScenarioResult r : scenarios) {
            counts.merge(r.status(), 1L, Long::sum);
        }
        return Collections.unmodifiableMap(counts);
    }

    /** How many scenarios ended with {@code status}. */
    public long count(Status status) {
        return scenarios.stream().filter(r -> r.status() == status).count();
    }

    /**
     * Whether any scenario failed or broke, the runner's cue for a non-zero exit code. Known failures
     * ({@link Status#KNOWN_FAIL}) and unexpected passes ({@link Status#UNEXPECTED_PASS}) are not.
     */
    public boolean hasUnexpected() {
        return scenarios.stream().anyMatch(r -> r.status().isUnexpected());
    }
}
