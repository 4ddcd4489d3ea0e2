package org.libvirt.tck.core.guest;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a check script said in the Test Anything Protocol: its plan, its test lines, a bail out, and what was
 * wrong with the output itself. {@link TapParser} builds it.
 *
 * <pre>{@code
 * TapReport tap = TapParser.parse(output).orElseThrow();
 * if (!tap.passed()) {
 *     throw new AssertionError(String.join("; ", tap.failures()));
 * }
 * }</pre>
 *
 * @param plan          the number of tests the plan {@code 1..N} announced, empty without a plan
 * @param skipAllReason the reason of a plan {@code 1..0 # SKIP reason} (empty string without reason), or
 *                      {@code null} when the script did not skip as a whole
 * @param tests         the test lines, in the order written
 * @param bailOut       the reason of {@code Bail out!} (empty string without reason), or {@code null}
 * @param problems      what breaks the protocol: no plan, two plans, a plan between tests, numbers out of
 *                      sequence or beyond the plan
 */
public record TapReport(OptionalInt plan, String skipAllReason, List<TapTest> tests, String bailOut,
        List<String> problems) {

    public TapReport {
        Objects.requireNonNull(plan, "plan");
        tests = List.copyOf(tests);
        problems = List.copyOf(problems);
    }

    /** Whether the plan was {@code 1..0}: nothing to run here, with or without a SKIP directive. */
    public boolean skippedAll() {
        return plan.isPresent() && plan.getAsInt() == 0 && tests.isEmpty() && bailOut == null;
    }

    /** The numbers from 1 to the plan that no test line reported, in order; empty without a plan. */
    public List<Integer> missing() {
        if (plan.isEmpty()) {
            return List.of();
        }
        Set<Integer> seen = new TreeSet<>();
        tests.forEach(t -> seen.add(t.number()));
        List<Integer> missing = new ArrayList<>();
        for (int n = 1; n <= plan.getAsInt(); n++) {
            if (!seen.contains(n)) {
                missing.add(n);
            }
        }
        return missing;
    }

    /** Whether the script held: no failed test, none missing, no bail out, no protocol problem. */
    public boolean passed() {
        return failures().isEmpty();
    }

    /**
     * Why the script did not hold, one sentence each, in this order: the bail out, the protocol problems,
     * the missing tests, each failed test line; empty when it passed.
     */
    public List<String> failures() {
        List<String> failures = new ArrayList<>();
        if (bailOut != null) {
            failures.add("bailed out" + (bailOut.isEmpty() ? "" : ": " + bailOut));
        }
        failures.addAll(problems);
        List<Integer> missing = missing();
        if (!missing.isEmpty()) {
            failures.add("planned " + plan.getAsInt() + " tests but " + missing.size() + " did not report: "
                    + missing);
        }
        for (TapTest t : tests) {
            if (t.outcome() == TapTest.Outcome.FAIL) {
                failures.add(t.line());
            }
        }
        return failures;
    }
}
