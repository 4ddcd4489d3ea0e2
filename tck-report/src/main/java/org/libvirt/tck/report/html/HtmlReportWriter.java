package org.libvirt.tck.report.html;

import java.io.IOException;
import java.io.Writer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.libvirt.tck.report.internal.Escapes;
import org.libvirt.tck.report.model.Attachment;
import org.libvirt.tck.report.model.Report;
import org.libvirt.tck.report.model.ScenarioResult;
import org.libvirt.tck.report.text.SummaryWriter;

/**
 * Writes reports as self-contained HTML pages (inline CSS, no external resources, no script): one report
 * as a page of its scenarios, several as a matrix with scenarios by rows and runs by columns.
 *
 * <pre>{@code
 * HtmlReportWriter html = new HtmlReportWriter(Clock.systemUTC());
 * html.write(report, out);                                        // one run
 * html.writeMatrix(List.of(new Named("a.xml", a), new Named("b.xml", b)), out);   // runs side by side
 * }</pre>
 *
 * <p>Statuses are coloured by their report.xml name ({@code class="status known-fail"}); a known-fail or
 * unexpected-pass whose entry has an http(s) bug URL links to it. A sub-result's id is indented under its
 * scenario's; each attachment of a result (domain XML, console log) is a collapsed {@code <details>} block
 * under its message. All text is HTML-escaped.
 */
public final class HtmlReportWriter {

    /** A report and the name its column shows, usually its file. */
    public record Named(String name, Report report) {
    }

    private final Clock clock;

    /** @param clock gives the "generated" instant at the foot of the page */
    public HtmlReportWriter(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Writes one report as a page; flushes, does not close. */
    public void write(Report report, Writer out) throws IOException {
        Map<String, Object> model = new HashMap<>();
        model.put("run", Templates.run(report.run(), null));
        model.put("totals", SummaryWriter.totals(report));
        List<Map<String, Object>> scenarios = new ArrayList<>();
        for (ScenarioResult s : report.scenarios()) {
            Map<String, Object> m = new HashMap<>();
            m.put("id", s.id());
            m.put("status", s.status().xmlName());
            m.put("duration", String.format(Locale.ROOT, "%d.%03d s", s.duration().toSeconds(), s.duration().toMillisPart()));
            Templates.put(m, "message", s.message());
            m.put("known", Templates.known(s.known()));
            m.put("sub", s.parentId() != null);
            List<Map<String, String>> attachments = new ArrayList<>();
            for (Attachment a : s.attachments()) {
                // HTML cannot show C0 controls either; the same visible escapes as report.xml.
                attachments.add(Map.of("name", Escapes.forXml(a.name()), "text", Escapes.forXml(a.text())));
            }
            m.put("attachments", attachments);
            scenarios.add(m);
        }
        model.put("scenarios", scenarios);
        model.put("generated", clock.instant().toString());
        Templates.render("report.ftl", model, out);
    }

    /**
     * Writes several reports as a matrix; rows are every scenario id in the order it first appears, a run
     * without that scenario shows a dash. Flushes, does not close.
     */
    public void writeMatrix(List<Named> reports, Writer out) throws IOException {
        Map<String, Map<String, Object>[]> rows = new LinkedHashMap<>();
        List<Map<String, Object>> runs = new ArrayList<>();
        for (int col = 0; col < reports.size(); col++) {
            Named named = reports.get(col);
            runs.add(Templates.run(named.report(), named.name()));
            for (ScenarioResult s : named.report().scenarios()) {
                @SuppressWarnings("unchecked")
                Map<String, Object>[] cells = rows.computeIfAbsent(s.id(), id -> new Map[reports.size()]);
                if (cells[col] == null) {
                    Map<String, Object> cell = new HashMap<>();
                    cell.put("status", s.status().xmlName());
                    Templates.put(cell, "message", s.message());
                    cell.put("known", Templates.known(s.known()));
                    cells[col] = cell;
                }
            }
        }
        List<Map<String, Object>> rowModels = new ArrayList<>();
        for (Map.Entry<String, Map<String, Object>[]> row : rows.entrySet()) {
            List<Map<String, Object>> cells = new ArrayList<>();
            for (Map<String, Object> cell : row.getValue()) {
                cells.add(cell == null ? Map.of() : cell);
            }
            rowModels.add(Map.of("id", row.getKey(), "cells", cells));
        }
        Map<String, Object> model = new HashMap<>();
        model.put("runs", runs);
        model.put("rows", rowModels);
        model.put("generated", clock.instant().toString());
        Templates.render("matrix.ftl", model, out);
    }
}
