package org.libvirt.tck.core.guest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the output of a check script as TAP, the Test Anything Protocol (version 12 and 13) that Perl's prove,
 * libvirt-tck and many shell test suites speak.
 *
 * <pre>{@code
 * Optional<TapReport> tap = TapParser.parse("1..2\nok 1 - port found\nnot ok 2 - balloon # TODO not yet\n");
 * tap.get().passed();   // true: a TODO failure is expected
 * }</pre>
 *
 * <p>Output is TAP when it has a plan line ({@code 1..N}) or a {@code TAP version N} line; anything else is
 * plain output, and the script's exit code alone is its result. Lines are read as the specification says:
 * <ul>
 *   <li>{@code ok N - description} and {@code not ok N - description}; the number may be left out (it is then
 *       one more than the test before), the dash too; {@code \#} in a description is a literal {@code #}.</li>
 *   <li>Directives after the description, case-insensitive: {@code # SKIP reason} (also {@code skipped},
 *       {@code skipping}) and {@code # TODO reason}.</li>
 *   <li>The plan {@code 1..N} comes first or last, once; {@code 1..0 # SKIP reason} skips the whole script.</li>
 *   <li>{@code Bail out! reason} ends the run: nothing after it is read.</li>
 *   <li>{@code #} comment lines and indented lines (YAML blocks, subtests) belong to the test before them
 *       as its diagnostics; before the first test they are ignored.</li>
 *   <li>Any other line is ignored, as prove ignores it: shell noise on stderr does not break a script.</li>
 * </ul>
 */
public final class TapParser {

    private static final Pattern VERSION = Pattern.compile("TAP version \\d+\\s*");
    private static final Pattern PLAN = Pattern.compile("1\\.\\.(\\d+)\\s*(?:#\\s*(.*))?");
    private static final Pattern TEST = Pattern.compile("(not )?ok(?:\\s+(\\d+))?(?=\\s|$)\\s*(?:-\\s*)?(.*)");
    private static final Pattern DIRECTIVE = Pattern.compile("(?i)(skip\\S*|todo)(?:\\s+(.*))?");
    private static final Pattern BAIL_OUT = Pattern.compile("Bail out!\\s*(.*)");
    private static final Pattern SKIP_ALL = Pattern.compile("(?i)skip\\S*(?:\\s+(.*))?");

    private TapParser() {
    }

    /** Whether {@code output} is TAP: it has a plan line or a version line. */
    public static boolean isTap(String output) {
        return output.lines().map(TapParser::stripCr)
                .anyMatch(l -> PLAN.matcher(l).matches() || VERSION.matcher(l).matches());
    }

    /** The TAP report of {@code output}, or empty when it is not TAP (see {@link #isTap(String)}). */
    public static Optional<TapReport> parse(String output) {
        if (!isTap(output)) {
            return Optional.empty();
        }
        State state = new State();
        for (String raw : output.split("\n", -1)) {
            if (!state.read(stripCr(raw))) {
                break;
            }
        }
        return Optional.of(state.report());
    }

    private static String stripCr(String line) {
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }

    /** What has been read so far. */
    private static final class State {
        private Integer plan;
        private boolean planAfterTests;
        private boolean reportedTestAfterPlan;
        private String skipAllReason;
        private final List<TapTest> tests = new ArrayList<>();
        private StringBuilder diagnostics;
        private String bailOut;
        private final List<String> problems = new ArrayList<>();

        /** Reads one line; {@code false} after a bail out. */
        boolean read(String line) {
            Matcher m;
            if ((m = TEST.matcher(line)).matches()) {
                closeTest();
                test(m);
            } else if ((m = PLAN.matcher(line)).matches()) {
                closeTest();
                plan(Integer.parseInt(m.group(1)), m.group(2));
            } else if ((m = BAIL_OUT.matcher(line)).matches()) {
                closeTest();
                bailOut = m.group(1).strip();
                return false;
            } else if (diagnostics != null && (line.startsWith("#") || line.startsWith(" ") || line.startsWith("\t"))) {
                if (!diagnostics.isEmpty()) {
                    diagnostics.append('\n');
                }
                diagnostics.append(line);
            }
            // Anything else, a version line included, is ignored.
            return true;
        }

        private void test(Matcher m) {
            boolean ok = m.group(1) == null;
            int expected = tests.isEmpty() ? 1 : tests.get(tests.size() - 1).number() + 1;
            int number = m.group(2) == null ? expected : Integer.parseInt(m.group(2));
            if (planAfterTests && !reportedTestAfterPlan) {
                problems.add("test " + number + " comes after the plan 1.." + plan
                        + ", which must come before the first test or after the last");
                reportedTestAfterPlan = true;
            }
            if (number != expected) {
                problems.add("test " + number + " is out of sequence: expected test " + expected);
            }
            if (plan != null && number > plan) {
                problems.add("test " + number + " is beyond the plan 1.." + plan);
            }
            String rest = m.group(3);
            String description = rest;
            TapTest.Directive directive = TapTest.Directive.NONE;
            String reason = "";
            int hash = unescapedHash(rest);
            if (hash >= 0) {
                description = rest.substring(0, hash);
                Matcher d = DIRECTIVE.matcher(rest.substring(hash + 1).strip());
                if (d.matches()) {
                    directive = d.group(1).toLowerCase(Locale.ROOT).startsWith("skip") ? TapTest.Directive.SKIP
                            : TapTest.Directive.TODO;
                    reason = d.group(2) == null ? "" : d.group(2).strip();
                }
            }
            description = description.replace("\\#", "#").strip();
            tests.add(new TapTest(number, ok, description, directive, reason, ""));
            diagnostics = new StringBuilder();
        }

        private void plan(int count, String comment) {
            if (plan != null) {
                problems.add("a second plan 1.." + count + " after 1.." + plan);
                return;
            }
            plan = count;
            if (!tests.isEmpty()) {
                // A trailing plan: fine, unless more tests follow (checked as they come).
                planAfterTests = true;
                return;
            }
            if (count == 0 && comment != null) {
                Matcher s = SKIP_ALL.matcher(comment.strip());
                if (s.matches()) {
                    skipAllReason = s.group(1) == null ? "" : s.group(1).strip();
                }
            }
        }

        /** Gives the test line read last the diagnostics that followed it. */
        private void closeTest() {
            if (diagnostics != null && !diagnostics.isEmpty()) {
                TapTest t = tests.remove(tests.size() - 1);
                tests.add(new TapTest(t.number(), t.ok(), t.description(), t.directive(), t.reason(),
                        diagnostics.toString()));
            }
            diagnostics = null;
        }

        TapReport report() {
            closeTest();
            if (plan == null && bailOut == null) {
                problems.add(0, "no plan: expected a plan line such as 1.." + Math.max(1, tests.size())
                        + " before the first test or after the last");
            }
            return new TapReport(plan == null ? OptionalInt.empty() : OptionalInt.of(plan), skipAllReason, tests,
                    bailOut, problems);
        }

        private static int unescapedHash(String s) {
            for (int i = 0; i < s.length(); i++) {
                if (s.charAt(i) == '\\' && i + 1 < s.length()) {
                    i++;
                } else if (s.charAt(i) == '#') {
                    return i;
                }
            }
            return -1;
        }
    }
}
