package org.libvirt.tck.report.diff;

import java.util.Locale;
import org.libvirt.tck.report.model.Status;

/**
 * How a scenario's result differs between two runs, in the order a diff lists them. Unchanged scenarios
 * have no kind: a diff only counts them.
 *
 * <pre>{@code
 * ChangeKind k = ChangeKind.of(Status.PASS, Status.FAIL);   // REGRESSION
 * }</pre>
 */
public enum ChangeKind {
    /** It held, was skipped or is unsupported, and now fails or errs: what blocks a release. */
    REGRESSION("Regressions"),
    /** It failed (known or not), and now passes. */
    FIX("Fixes"),
    /** Only the new run has it. */
    NEW("New"),
    /** Only the old run has it. */
    REMOVED("Removed"),
    /** It fails in both runs, known or not. */
    STILL_FAILING("Still failing"),
    /** Any other change of status, e.g. pass to skip, fail to known-fail. */
    CHANGED("Changed");

    private final String heading;

    ChangeKind(String heading) {
        this.heading = heading;
    }

    /** The heading of its section in the text and HTML diffs, e.g. {@code Still failing}. */
    public String heading() {
        return heading;
    }

    /** The name used in the XML diff: the constant in lower case with dashes, e.g. {@code still-failing}. */
    public String xmlName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * The kind of change from {@code before} to {@code after}, either {@code null} for a scenario only one
     * run has; {@code null} when both are equal and not failing (unchanged).
     */
    public static ChangeKind of(Status before, Status after) {
        if (before == null) {
            return after == null ? null : NEW;
        }
        if (after == null) {
            return REMOVED;
        }
        if (after.isUnexpected() && !before.isFailing()) {
            return REGRESSION;
        }
        if (before.isFailing() && after.isPassing()) {
            return FIX;
        }
        if (before.isFailing() && after.isFailing()) {
            return STILL_FAILING;
        }
        return before == after ? null : CHANGED;
    }
}
