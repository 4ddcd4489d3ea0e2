package org.libvirt.tck.suites.guest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.libvirt.tck.core.guest.CheckResult;
import org.libvirt.tck.core.guest.TapReport;
import org.libvirt.tck.core.guest.TapTest;
import org.libvirt.tck.report.model.Status;
import org.libvirt.tck.suites.scenario.SubResult;

/**
 * The report's rows for one guest check script: one for the script ({@code 20-memory}), and for a script whose
 * output is TAP one more per test ({@code 20-memory/2-memtotal-is-above-150000-kib}, see {@link TapTest#slug()})
 * and per planned test that never reported ({@code 20-memory/3}).
 *
 * <pre>{@code
 * agent.runChecks().forEach(check -> CheckParts.of(check).forEach(sandbox()::publish));
 * }</pre>
 *
 * <p>A TAP test maps to PASS ({@code ok}), FAIL ({@code not ok}), SKIP ({@code # SKIP}) or, for an expected
 * failure ({@code not ok # TODO}), SKIP with the message {@code todo: reason}.
 */
final class CheckParts {

    private CheckParts() {
    }

    /** The rows for {@code check}: the script's first, then its TAP tests in order, then the missing ones. */
    static List<SubResult> of(CheckResult check) {
        String script = check.baseName();
        Optional<TapReport> tap = check.tap();
        List<SubResult> parts = new ArrayList<>();
        parts.add(new SubResult(script, statusOf(check.status()), messageOf(check, tap), blankToNull(check.output())));
        if (tap.isEmpty()) {
            return parts;
        }
        Set<String> used = new HashSet<>();
        List<TapTest> tests = tap.get().tests();
        for (int i = 0; i < tests.size(); i++) {
            TapTest t = tests.get(i);
            String part = script + "/" + t.slug();
            if (!used.add(part)) {
                // A number used twice (a problem the script's row names): keep the ids apart.
                part = part + "-line" + (i + 1);
            }
            parts.add(new SubResult(part, testStatus(t), testMessage(t), blankToNull(t.diagnostics())));
        }
        String bailOut = tap.get().bailOut();
        for (int n : tap.get().missing()) {
            parts.add(new SubResult(script + "/" + n, Status.FAIL, bailOut != null
                    ? "not run: the script bailed out" + (bailOut.isEmpty() ? "" : ": " + bailOut)
                    : "planned (1.." + tap.get().plan().getAsInt() + ") but never reported", null));
        }
        return parts;
    }

    private static Status statusOf(CheckResult.Status status) {
        return switch (status) {
            case PASS -> Status.PASS;
            case SKIP -> Status.SKIP;
            case FAIL -> Status.FAIL;
        };
    }

    private static String messageOf(CheckResult check, Optional<TapReport> tap) {
        switch (check.status()) {
            case PASS:
                return null;
            case SKIP:
                if (check.exitCode() != CheckResult.SKIP_EXIT_CODE && tap.isPresent()) {
                    String reason = tap.get().skipAllReason();
                    return "skipped: planned no tests (1..0)" + (reason == null || reason.isEmpty() ? "" : ": "
                            + reason);
                }
                return "skipped: exited with " + CheckResult.SKIP_EXIT_CODE + firstLine(check.output(), ": ");
            default:
                if (tap.isPresent()) {
                    List<String> why = new ArrayList<>(tap.get().failures());
                    if (check.exitCode() != 0) {
                        why.add("exited with " + check.exitCode());
                    }
                    return String.join("; ", why);
                }
                return "exited with " + check.exitCode() + firstLine(check.output(), ": ");
        }
    }

    private static Status testStatus(TapTest t) {
        return switch (t.outcome()) {
            case PASS -> Status.PASS;
            case FAIL -> Status.FAIL;
            case SKIP, TODO -> Status.SKIP;
        };
    }

    private static String testMessage(TapTest t) {
        String reason = t.reason().isEmpty() ? "" : ": " + t.reason();
        return switch (t.outcome()) {
            case PASS -> t.directive() == TapTest.Directive.TODO ? "passed although marked TODO" + reason : null;
            case FAIL -> t.line();
            case SKIP -> "skipped" + reason;
            case TODO -> "todo" + reason;
        };
    }

    /** {@code prefix} and the first line of {@code output} that is not blank, or nothing. */
    private static String firstLine(String output, String prefix) {
        return output.lines().filter(l -> !l.isBlank()).findFirst().map(l -> prefix + l.strip()).orElse("");
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
