package org.libvirt.tck.report.html;

import java.io.IOException;
import java.io.Writer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.libvirt.tck.report.diff.Change;
import org.libvirt.tck.report.diff.ChangeKind;
import org.libvirt.tck.report.diff.DiffTextWriter;
import org.libvirt.tck.report.diff.ReportDiff;

/**
 * Writes a {@link ReportDiff} as a self-contained HTML page: both runs, then a table per kind of change.
 *
 * <pre>{@code
 * new HtmlDiffWriter(Clock.systemUTC()).write(ReportDiff.compare(oldPath, newPath), out);
 * }</pre>
 */
public final class HtmlDiffWriter {

    private final Clock clock;

    /** @param clock gives the "generated" instant at the foot of the page */
    public HtmlDiffWriter(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Writes {@code diff}; flushes, does not close. */
    public void write(ReportDiff diff, Writer out) throws IOException {
        Map<String, Object> model = new HashMap<>();
        model.put("old", Templates.run(diff.oldRun(), diff.oldName()));
        model.put("new", Templates.run(diff.newRun(), diff.newName()));
        model.put("totals", DiffTextWriter.totals(diff));
        List<Map<String, Object>> sections = new ArrayList<>();
        for (ChangeKind kind : ChangeKind.values()) {
            List<Change> changes = diff.changes(kind);
            if (changes.isEmpty()) {
                continue;
            }
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Change c : changes) {
                Map<String, Object> row = new HashMap<>();
                row.put("id", c.id());
                Templates.put(row, "before", c.before() == null ? null : c.before().xmlName());
                Templates.put(row, "after", c.after() == null ? null : c.after().xmlName());
                Templates.put(row, "message", c.message());
                row.put("known", Templates.known(c.known()));
                rows.add(row);
            }
            sections.add(Map.of("kind", kind.xmlName(), "heading", kind.heading(), "changes", rows));
        }
        model.put("sections", sections);
        model.put("generated", clock.instant().toString());
        Templates.render("diff.ftl", model, out);
    }
}
