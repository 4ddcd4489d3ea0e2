package org.libvirt.tck.report.diff;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.libvirt.tck.report.internal.Escapes;
import org.libvirt.tck.report.model.RunInfo;
import org.libvirt.tck.report.model.Status;

/**
 * Writes a {@link ReportDiff} as text for a person: both runs side by side, then one section per kind
 * of change, then the totals.
 *
 * <pre>{@code
 * new DiffTextWriter().write(ReportDiff.compare(oldPath, newPath), out);
 * }</pre>
 *
 * <p>For example:
 * <pre>
 * libvirt TCK diff
 *              old                            new
 * Report:      old/report.xml                 new/report.xml
 * Driver:      QEMU                           QEMU
 * ...
 *
 * Regressions (1):
 *   domain.save-restore  pass -&gt; fail
 *       expected the domain to be running after restore but it is shut off
 *
 * 1 regressions, 0 fixes, 0 new, 0 removed, 0 still failing, 0 changed, 12 unchanged
 * </pre>
 * Sections without changes are left out. Control characters are spelled <code>&#92;uXXXX</code>.
 */
public final class DiffTextWriter {

    private static final int COLUMN = 31;

    /** Writes {@code diff} to {@code out}; flushes, does not close. */
    public void write(ReportDiff diff, Writer out) throws IOException {
        RunInfo a = diff.oldRun();
        RunInfo b = diff.newRun();
        out.write("libvirt TCK diff\n");
        row(out, "", "old", "new");
        row(out, "Report", diff.oldName(), diff.newName());
        row(out, "URI", a.uri(), b.uri());
        row(out, "Driver", a.driver(), b.driver());
        row(out, "Library", a.libraryVersion(), b.libraryVersion());
        row(out, "Daemon", a.daemonVersion(), b.daemonVersion());
        row(out, "Hypervisor", join(a.hypervisorType(), a.hypervisorVersion()),
                join(b.hypervisorType(), b.hypervisorVersion()));
        row(out, "Platform", join(a.osName(), a.osVersion(), a.hostArch()), join(b.osName(), b.osVersion(), b.hostArch()));
        row(out, "Host", a.hostName(), b.hostName());
        row(out, "Kit", a.kitVersion(), b.kitVersion());
        row(out, "Started", a.start().toString(), b.start().toString());

        int width = diff.changes().stream().mapToInt(c -> Escapes.forTerminal(c.id()).length()).max().orElse(0);
        for (ChangeKind kind : ChangeKind.values()) {
            List<Change> changes = diff.changes(kind);
            if (changes.isEmpty()) {
                continue;
            }
            out.write("\n" + kind.heading() + " (" + changes.size() + "):\n");
            for (Change c : changes) {
                String id = Escapes.forTerminal(c.id());
                out.write("  " + id + " ".repeat(width - id.length()) + "  " + transition(c) + "\n");
                if (c.message() != null) {
                    out.write("      " + Escapes.forTerminal(c.message().lines().findFirst().orElse("")) + "\n");
                }
                if (c.known() != null) {
                    out.write("      known: " + Escapes.forTerminal(c.known().describe()) + "\n");
                }
            }
        }
        out.write("\n" + totals(diff) + "\n");
        out.flush();
    }

    /** {@code 1 regressions, 0 fixes, 0 new, 0 removed, 0 still failing, 0 changed, 12 unchanged}. */
    public static String totals(ReportDiff diff) {
        Map<ChangeKind, Integer> c = diff.counts();
        return c.get(ChangeKind.REGRESSION) + " regressions, " + c.get(ChangeKind.FIX) + " fixes, "
                + c.get(ChangeKind.NEW) + " new, " + c.get(ChangeKind.REMOVED) + " removed, "
                + c.get(ChangeKind.STILL_FAILING) + " still failing, " + c.get(ChangeKind.CHANGED) + " changed, "
                + diff.unchanged() + " unchanged";
    }

    /** {@code pass -> fail}, or the one status a new or removed scenario has. */
    static String transition(Change c) {
        return switch (c.kind()) {
            case NEW -> c.after().xmlName();
            case REMOVED -> "was " + c.before().xmlName();
            default -> name(c.before()) + " -> " + name(c.after());
        };
    }

    private static String name(Status s) {
        return s.xmlName();
    }

    private static void row(Writer out, String label, String left, String right) throws IOException {
        String name = label.isEmpty() ? "" : label + ":";
        String l = Escapes.forTerminal(Objects.requireNonNullElse(left, "unknown"));
        String r = Escapes.forTerminal(Objects.requireNonNullElse(right, "unknown"));
        out.write(name + " ".repeat(13 - name.length()) + l + " ".repeat(Math.max(1, COLUMN - l.length())) + r + "\n");
    }

    private static String join(String... parts) {
        StringBuilder s = new StringBuilder();
        for (String p : parts) {
            if (p != null) {
                s.append(s.length() == 0 ? "" : " ").append(p);
            }
        }
        return s.length() == 0 ? null : s.toString();
    }
}
