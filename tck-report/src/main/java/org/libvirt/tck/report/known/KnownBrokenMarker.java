package org.libvirt.tck.report.known;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.libvirt.tck.report.io.AtomicFiles;
import org.libvirt.tck.report.model.Report;
import org.libvirt.tck.report.model.RunInfo;
import org.libvirt.tck.report.model.ScenarioResult;

/**
 * Records a report's unexpected failures as known-broken entries for the report's driver and platform,
 * by appending YAML text to a file, so that the comments and entries already there stay as they were.
 *
 * <pre>{@code
 * KnownBrokenMarker.Marked m = new KnownBrokenMarker(Clock.systemUTC())
 *         .mark(Path.of("conf/known-broken"), report, "save fails on 8.2", URI.create("https://..."));
 * out.println("added " + m.scenarios().size() + " entries to " + m.file());
 * }</pre>
 *
 * <p>Into a folder, the entries go to {@code <driver>-<os>-<os_version>-<arch>.yml}, e.g.
 * {@code qemu-debian-12-x86_64.yml} (unknown parts left out), created when missing; a file path is appended
 * to as it is. The merged text is read back before it is written, and written atomically: a file whose
 * entries are not a block list at column 0 (which appending cannot extend) is refused and left alone.
 */
public final class KnownBrokenMarker {

    /** What {@link #mark} did: the file written (or that would have been) and the scenario ids added. */
    public record Marked(Path file, List<String> scenarios, String text) {
    }

    private final Clock clock;

    /** @param clock dates the comment above the appended entries */
    public KnownBrokenMarker(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Appends an entry for each FAIL or ERROR of {@code report} that the database at {@code dirOrFile} does not
     * already know; adds nothing (and writes nothing) when there is none.
     *
     * @param dirOrFile the database folder, created when missing, or one file
     * @param bug       the bug's http(s) URL
     */
    public Marked mark(Path dirOrFile, Report report, String reason, URI bug, String reportName)
            throws KnownBrokenException, IOException {
        boolean folder = !Files.isRegularFile(dirOrFile) && !isYamlName(dirOrFile);
        KnownBroken db = Files.exists(dirOrFile) ? KnownBroken.load(dirOrFile) : KnownBroken.empty();
        Report applied = db.apply(report);
        List<String> ids = new ArrayList<>();
        for (ScenarioResult s : applied.scenarios()) {
            if (s.status().isUnexpected() && !ids.contains(s.id())) {
                ids.add(s.id());
            }
        }
        Path file = folder ? dirOrFile.resolve(fileName(report.run())) : dirOrFile;
        String added = entries(ids, report.run(), reason, bug, reportName);
        if (ids.isEmpty()) {
            return new Marked(file, ids, "");
        }
        String old = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        String merged = old + (old.isEmpty() || old.endsWith("\n") ? "" : "\n") + (old.isEmpty() ? "" : "\n") + added;
        List<KnownBrokenEntry> before = EntryParser.parse(new StringReader(old), file.toString());
        List<KnownBrokenEntry> after;
        try {
            after = EntryParser.parse(new StringReader(merged), file.toString());
        } catch (KnownBrokenException e) {
            after = List.of();
        }
        if (after.size() != before.size() + ids.size()) {
            throw new KnownBrokenException(file.toString(), -1, "cannot append entries: expected the file's "
                    + "entries to be a block list at column 0 ('- scenario: ...'), which new entries can extend, "
                    + "but it is written otherwise; add the entries by hand, or give another file with "
                    + "--known-broken");
        }
        if (folder) {
            Files.createDirectories(dirOrFile);
        }
        AtomicFiles.write(file, out -> out.write(merged));
        return new Marked(file, List.copyOf(ids), added);
    }

    /** {@code qemu-debian-12-x86_64.yml} for the run's driver, OS, OS version and arch. */
    public static String fileName(RunInfo run) {
        String driver = driverOf(run);
        StringBuilder name = new StringBuilder(safe(driver));
        for (String part : new String[] {run.osName(), run.osVersion(), run.hostArch()}) {
            if (part != null && !part.isBlank()) {
                name.append('-').append(safe(part));
            }
        }
        return name + ".yml";
    }

    private String entries(List<String> ids, RunInfo run, String reason, URI bug, String reportName) {
        StringBuilder yaml = new StringBuilder();
        yaml.append("# Added by libvirt-tck-report mark on ").append(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC))
                .append(" from ").append(oneLine(reportName)).append(" (run of ").append(run.start()).append(", libvirt ")
                .append(Objects.requireNonNullElse(run.daemonVersion(), "unknown")).append(", ")
                .append(Objects.requireNonNullElse(run.hypervisorType(), "hypervisor")).append(' ')
                .append(Objects.requireNonNullElse(run.hypervisorVersion(), "unknown")).append(")\n");
        for (String id : ids) {
            yaml.append("- scenario: ").append(quoted(id)).append('\n');
            yaml.append("  driver: ").append(quoted(driverOf(run))).append('\n');
            if (run.osName() != null || run.osVersion() != null || run.hostArch() != null) {
                yaml.append("  platform:\n");
                line(yaml, "os", run.osName());
                line(yaml, "os_version", run.osVersion());
                line(yaml, "arch", run.hostArch());
            }
            yaml.append("  status: fail\n");
            yaml.append("  reason: ").append(quoted(reason)).append('\n');
            yaml.append("  bug: ").append(quoted(bug.toString())).append('\n');
        }
        return yaml.toString();
    }

    private static void line(StringBuilder yaml, String key, String value) {
        if (value != null) {
            yaml.append("    ").append(key).append(": ").append(quoted(value)).append('\n');
        }
    }

    private static String driverOf(RunInfo run) {
        String fromUri = KnownBrokenEntry.uriDriver(run.uri());
        String driver = fromUri != null ? fromUri : run.driver();
        return driver == null ? "*" : driver.toLowerCase(Locale.ROOT);
    }

    /** A YAML double-quoted scalar: always text, whatever it looks like (12, yes, >=9). */
    static String quoted(String value) {
        StringBuilder q = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> q.append("\\\"");
                case '\\' -> q.append("\\\\");
                case '\n' -> q.append("\\n");
                case '\t' -> q.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7F) {
                        q.append(String.format(Locale.ROOT, "\\x%02X", (int) c));
                    } else {
                        q.append(c);
                    }
                }
            }
        }
        return q.append('"').toString();
    }

    private static String oneLine(String s) {
        return s.replaceAll("[\\r\\n]+", " ");
    }

    private static String safe(String part) {
        return part.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._]+", "_");
    }

    private static boolean isYamlName(Path p) {
        String name = p.getFileName() == null ? "" : p.getFileName().toString();
        return name.endsWith(".yml") || name.endsWith(".yaml");
    }
}
