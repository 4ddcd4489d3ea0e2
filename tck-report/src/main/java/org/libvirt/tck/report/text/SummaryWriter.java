package org.libvirt.tck.report.text;

import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.libvirt.tck.report.internal.Escapes;
import org.libvirt.tck.report.model.Attachment;
import org.libvirt.tck.report.model.Report;
import org.libvirt.tck.report.model.RunInfo;
import org.libvirt.tck.report.model.ScenarioResult;
import org.libvirt.tck.report.model.Status;

/**
 * Writes the plain-text summary a person reads at the end of a run, in the style of libvirt-tck's
 * autotest output.
 *
 * <pre>{@code
 * new SummaryWriter().write(report, new PrintWriter(System.out));
 * }</pre>
 *
 * <p>For example:
 * <pre>
 * libvirt TCK summary
 * URI:         qemu:///system
 * Driver:      QEMU
 * Library:     9.0.0
 * Daemon:      9.0.0
 * Hypervisor:  QEMU 8.2.2
 * Platform:    Linux 6.8.0 x86_64, host build1
 * Kit:         0.1.0
 * Started:     2024-05-01T10:00:00Z
 * Ended:       2024-05-01T10:05:00Z
 * Complete:    yes
 *
 * domain.persistent-lifecycle -- PASS
 * domain.save-restore         -- FAIL
 *     expected the domain to be running after restore but it is shut off
 *
 * 1 passed, 1 failed, 0 errors, 0 skipped, 0 unsupported
 * </pre>
 * Unknown values show as {@code unknown}. Every scenario that did not pass has its message, each line
 * indented by four spaces; a KNOWN_FAIL or UNEXPECTED_PASS adds a line {@code known: reason (bug) [file:line]}
 * or {@code expected to fail: ...}, and one with attachments a line {@code attached in report.xml: NAME, ...}.
 * A sub-result ({@code guest.checks/20-memory}) is a row like any other, counted apart in the totals. Lines end
 * with {@code \n}; control
 * characters are spelled <code>&#92;uXXXX</code> so that a message cannot play tricks on the terminal.
 */
public final class SummaryWriter {

    private static final String UNKNOWN = "unknown";

    /** The guests' domain type and how it was chosen: {@code qemu (kvm offered by ..., but ...)}. */
    public static String guests(RunInfo run) {
        String type = run.guestDomainType() == null ? UNKNOWN : run.guestDomainType();
        return run.guestFinding() == null ? type : type + " (" + run.guestFinding() + ")";
    }

    /** Writes the summary of {@code report} to {@code out}; flushes, does not close. */
    public void write(Report report, Writer out) throws IOException {
        RunInfo run = report.run();
        out.write("libvirt TCK summary\n");
        field(out, "URI", run.uri());
        field(out, "Driver", known(run.driver()));
        field(out, "Library", known(run.libraryVersion()));
        field(out, "Daemon", known(run.daemonVersion()));
        field(out, "Hypervisor", known(run.hypervisorType(), run.hypervisorVersion()));
        field(out, "Platform", known(run.osName(), run.osVersion(), run.hostArch())
                + (run.hostName() == null ? "" : ", host " + run.hostName()));
        field(out, "Kit", known(run.kitVersion()));
        if (run.guestDomainType() != null || run.guestFinding() != null) {
            field(out, "Guests", guests(run));
        }
        field(out, "Started", run.start().toString());
        field(out, "Ended", run.end() == null ? "not yet, the run is still going" : run.end().toString());
        field(out, "Complete", run.complete() ? "yes" : "NO, the run stopped before every scenario had a result");
        out.write('\n');

        int width = report.scenarios().stream().mapToInt(s -> Escapes.forTerminal(s.id()).length()).max().orElse(0);
        for (ScenarioResult s : report.scenarios()) {
            String id = Escapes.forTerminal(s.id());
            out.write(id + " ".repeat(width - id.length()) + " -- " + s.status().name() + "\n");
            if (s.status() != Status.PASS && s.message() != null) {
                indented(out, s.message());
            }
            if (s.known() != null) {
                indented(out, (s.status() == Status.UNEXPECTED_PASS ? "expected to fail: " : "known: ")
                        + s.known().describe()
                        + (s.known().entry() == null ? "" : " [" + s.known().entry() + "]"));
            }
            if (!s.attachments().isEmpty()) {
                indented(out, "attached in report.xml: " + s.attachments().stream().map(Attachment::name)
                        .collect(Collectors.joining(", ")));
            }
        }
        if (report.scenarios().isEmpty()) {
            out.write("(no scenario has a result)\n");
        }
        out.write('\n');
        out.write(totals(report) + "\n");
        out.flush();
    }

    /**
     * {@code N passed, N failed, N errors, N skipped, N unsupported}, followed by
     * {@code , N known failures, N unexpected passes} when known-broken entries were applied: of the scenarios; where
     * scenarios have parts (sub-results), the parts' counts follow as {@code ; and N parts: ...}, so that the first
     * numbers are always scenarios.
     */
    public static String totals(Report report) {
        List<ScenarioResult> scenarios = report.scenarios().stream().filter(r -> r.parentId() == null).toList();
        List<ScenarioResult> parts = report.scenarios().stream().filter(r -> r.parentId() != null).toList();
        String totals = totals(new Report(report.run(), scenarios).counts());
        return parts.isEmpty() ? totals
                : totals + "; and " + parts.size() + " parts: " + totals(new Report(report.run(), parts).counts());
    }

    private static String totals(Map<Status, Long> c) {
        String totals = c.get(Status.PASS) + " passed, " + c.get(Status.FAIL) + " failed, " + c.get(Status.ERROR)
                + " errors, " + c.get(Status.SKIP) + " skipped, " + c.get(Status.UNSUPPORTED) + " unsupported";
        if (c.get(Status.KNOWN_FAIL) + c.get(Status.UNEXPECTED_PASS) > 0) {
            totals += ", " + c.get(Status.KNOWN_FAIL) + " known failures, " + c.get(Status.UNEXPECTED_PASS)
                    + " unexpected passes";
        }
        return totals;
    }

    private static void indented(Writer out, String text) throws IOException {
        for (String line : text.split("\r?\n|\r", -1)) {
            out.write("    " + Escapes.forTerminal(line) + "\n");
        }
    }

    private static void field(Writer out, String label, String value) throws IOException {
        String name = label + ":";
        out.write(name + " ".repeat(13 - name.length()) + Escapes.forTerminal(value) + "\n");
    }

    /** The known parts joined by spaces, or {@value #UNKNOWN} when none is known. */
    private static String known(String... parts) {
        String joined = Arrays.stream(parts).filter(Objects::nonNull).collect(Collectors.joining(" "));
        return joined.isEmpty() ? UNKNOWN : joined;
    }
}
