package org.libvirt.tck.report.diff;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;
import org.libvirt.tck.report.model.KnownIssue;
import org.libvirt.tck.report.model.Report;
import org.libvirt.tck.report.model.RunInfo;
import org.libvirt.tck.report.model.ScenarioResult;
import org.libvirt.tck.report.model.Status;
import org.libvirt.tck.report.xml.ReportFormatException;
import org.libvirt.tck.report.xml.ReportXmlReader;

/**
 * What changed between two runs, scenario by scenario: regressions, fixes, new, removed, still failing,
 * other changes; unchanged scenarios are only counted.
 *
 * <pre>{@code
 * ReportDiff diff = ReportDiff.compare(Path.of("old/report.xml"), Path.of("new/report.xml"));
 * diff.mismatch().ifPresent(why -> err.println(why));   // other driver or platform
 * int exit = diff.hasRegressions() ? 1 : 0;
 * }</pre>
 *
 * <p>Comparing files streams them, both at once: each is kept as one id and a status byte per scenario
 * (and the new one's failure messages), so memory grows with the number of scenarios, never with their
 * details.
 */
public final class ReportDiff {

    private final String oldName;
    private final String newName;
    private final RunInfo oldRun;
    private final RunInfo newRun;
    private final List<Change> changes;
    private final int unchanged;

    private ReportDiff(String oldName, String newName, RunInfo oldRun, RunInfo newRun, List<Change> changes,
            int unchanged) {
        this.oldName = oldName;
        this.newName = newName;
        this.oldRun = oldRun;
        this.newRun = newRun;
        this.changes = sorted(changes);
        this.unchanged = unchanged;
    }

    /**
     * Compares two report.xml files, streaming them, both at once; when both are unreadable, the old
     * one's problem is the one thrown.
     */
    public static ReportDiff compare(Path oldFile, Path newFile) throws ReportFormatException, IOException {
        OldSide old = new OldSide();
        FutureTask<RunInfo> oldTask = new FutureTask<>(() -> ReportXmlReader.stream(oldFile, old));
        Thread reader = new Thread(oldTask, "tck-diff-old-report");
        reader.setDaemon(true);
        reader.start();
        Compact now = new Compact();
        RunInfo newRun = null;
        Exception newProblem = null;
        try {
            newRun = ReportXmlReader.stream(newFile, now);
        } catch (ReportFormatException | IOException | RuntimeException e) {
            newProblem = e;
        }
        RunInfo oldRun = await(oldTask);
        if (newProblem instanceof ReportFormatException e) {
            throw e;
        } else if (newProblem instanceof IOException e) {
            throw e;
        } else if (newProblem instanceof RuntimeException e) {
            throw e;
        }
        NewSide side = new NewSide(old);
        now.replay(side);
        return new ReportDiff(oldFile.toString(), newFile.toString(), oldRun, newRun, side.finish(), side.unchanged);
    }

    private static RunInfo await(FutureTask<RunInfo> task) throws ReportFormatException, IOException {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while reading the old report");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof ReportFormatException r) {
                throw r;
            } else if (cause instanceof IOException io) {
                throw io;
            } else if (cause instanceof RuntimeException re) {
                throw re;
            } else if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** Compares two reports in memory, naming them {@code old} and {@code new}. */
    public static ReportDiff compare(Report oldReport, Report newReport) {
        OldSide old = new OldSide();
        oldReport.scenarios().forEach(old);
        NewSide now = new NewSide(old);
        newReport.scenarios().forEach(now);
        return new ReportDiff("old", "new", oldReport.run(), newReport.run(), now.finish(), now.unchanged);
    }

    /** What the old report was called: its path, or {@code old}. */
    public String oldName() {
        return oldName;
    }

    /** What the new report was called: its path, or {@code new}. */
    public String newName() {
        return newName;
    }

    public RunInfo oldRun() {
        return oldRun;
    }

    public RunInfo newRun() {
        return newRun;
    }

    /** Every change, by kind in {@link ChangeKind} order, then in the order of the new (or old) report. */
    public List<Change> changes() {
        return changes;
    }

    /** The changes of one kind. */
    public List<Change> changes(ChangeKind kind) {
        return changes.stream().filter(c -> c.kind() == kind).toList();
    }

    /** How many changes of each kind, every kind present. */
    public Map<ChangeKind, Integer> counts() {
        Map<ChangeKind, Integer> counts = new EnumMap<>(ChangeKind.class);
        for (ChangeKind k : ChangeKind.values()) {
            counts.put(k, 0);
        }
        changes.forEach(c -> counts.merge(c.kind(), 1, Integer::sum));
        return counts;
    }

    /** How many scenarios have the same status in both runs and do not fail. */
    public int unchanged() {
        return unchanged;
    }

    /** Whether any scenario regressed, the cue for exit code 1. */
    public boolean hasRegressions() {
        return changes.stream().anyMatch(c -> c.kind() == ChangeKind.REGRESSION);
    }

    /**
     * Why the two runs should not be compared, when their driver, OS or architecture differ:
     * {@code old.xml ran QEMU on debian x86_64 but new.xml ran Test on debian x86_64}.
     */
    public Optional<String> mismatch() {
        if (same(driver(oldRun), driver(newRun)) && same(oldRun.osName(), newRun.osName())
                && same(oldRun.hostArch(), newRun.hostArch())) {
            return Optional.empty();
        }
        return Optional.of(oldName + " ran " + platform(oldRun) + " but " + newName + " ran " + platform(newRun));
    }

    /** {@code QEMU on debian 12 x86_64}, with {@code unknown} for what the run does not know. */
    public static String platform(RunInfo run) {
        return Objects.requireNonNullElse(driver(run), "unknown driver") + " on "
                + Objects.requireNonNullElse(run.osName(), "unknown OS")
                + (run.osVersion() == null ? "" : " " + run.osVersion()) + " "
                + Objects.requireNonNullElse(run.hostArch(), "unknown arch");
    }

    private static String driver(RunInfo run) {
        if (run.driver() != null) {
            return run.driver();
        }
        int colon = run.uri().indexOf(':');
        return colon > 0 ? run.uri().substring(0, colon).replaceFirst("\\+.*", "") : null;
    }

    private static boolean same(String a, String b) {
        return a == null ? b == null : b != null && a.toLowerCase(Locale.ROOT).equals(b.toLowerCase(Locale.ROOT));
    }

    private static List<Change> sorted(List<Change> changes) {
        List<Change> copy = new ArrayList<>(changes);
        copy.sort((a, b) -> a.kind().compareTo(b.kind()));   // stable: keeps report order within a kind
        return List.copyOf(copy);
    }

    /** The old report, kept compactly: id to position, and a status per position. */
    private static final class OldSide implements Consumer<ScenarioResult> {
        private static final Status[] STATUSES = Status.values();
        final Map<String, Integer> index = new HashMap<>();
        final List<String> ids = new ArrayList<>();
        byte[] statuses = new byte[1024];

        @Override
        public void accept(ScenarioResult s) {
            if (index.putIfAbsent(s.id(), ids.size()) != null) {
                return;   // a repeated id: the first result counts, as in the new report
            }
            if (ids.size() == statuses.length) {
                statuses = java.util.Arrays.copyOf(statuses, statuses.length * 2);
            }
            statuses[ids.size()] = (byte) s.status().ordinal();
            ids.add(s.id());
        }

        Status status(int i) {
            return STATUSES[statuses[i]];
        }
    }

    /** The new report, kept compactly while the old one is still being read: ids, statuses, failure messages. */
    private static final class Compact implements Consumer<ScenarioResult> {
        private static final Status[] STATUSES = Status.values();
        private final List<String> ids = new ArrayList<>();
        private byte[] statuses = new byte[1024];
        private final Map<Integer, String> messages = new HashMap<>();
        private final Map<Integer, KnownIssue> known = new HashMap<>();

        @Override
        public void accept(ScenarioResult s) {
            int i = ids.size();
            if (i == statuses.length) {
                statuses = java.util.Arrays.copyOf(statuses, statuses.length * 2);
            }
            statuses[i] = (byte) s.status().ordinal();
            ids.add(s.id());
            if (s.status().isFailing() && s.message() != null) {
                messages.put(i, s.message());
            }
            if (s.known() != null) {
                known.put(i, s.known());
            }
        }

        void replay(NewSide side) {
            for (int i = 0; i < ids.size(); i++) {
                side.accept(new ScenarioResult(ids.get(i), List.of(), STATUSES[statuses[i]], java.time.Duration.ZERO,
                        messages.get(i), null, known.get(i)));
            }
        }
    }

    /** Classifies each new scenario as it comes; what the old one had and the new lacks is removed. */
    private static final class NewSide implements Consumer<ScenarioResult> {
        private final OldSide old;
        private final boolean[] seen;
        private final java.util.Set<String> newIds = new java.util.HashSet<>();
        private final List<Change> changes = new ArrayList<>();
        int unchanged;

        NewSide(OldSide old) {
            this.old = old;
            this.seen = new boolean[old.ids.size()];
        }

        @Override
        public void accept(ScenarioResult s) {
            Integer i = old.index.get(s.id());
            Status before = null;
            if (i != null) {
                if (seen[i]) {
                    return;
                }
                seen[i] = true;
                before = old.status(i);
            } else if (!newIds.add(s.id())) {
                return;
            }
            ChangeKind kind = ChangeKind.of(before, s.status());
            if (kind == null) {
                unchanged++;
            } else {
                String message = s.status().isFailing() ? s.message() : null;
                changes.add(new Change(kind, s.id(), before, s.status(), message, s.known()));
            }
        }

        List<Change> finish() {
            for (int i = 0; i < seen.length; i++) {
                if (!seen[i]) {
                    changes.add(new Change(ChangeKind.REMOVED, old.ids.get(i), old.status(i), null, null, null));
                }
            }
            return changes;
        }
    }
}
