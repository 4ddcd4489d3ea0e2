package org.libvirt.tck.suites.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.libvirt.tck.core.config.TckConfig;
import org.libvirt.tck.report.html.HtmlReportWriter;
import org.libvirt.tck.report.io.AtomicFiles;
import org.libvirt.tck.report.known.KnownBroken;
import org.libvirt.tck.suites.run.ScenarioInfo;
import org.libvirt.tck.suites.scenario.TckRuntime;

/**
 * The kit on several targets at once: each in its own folder {@code NN-driver/} with its own reports, all
 * checked for safety before any runs; one unreachable target is reported and the others still run.
 */
final class MultiTargetRun {

    private final List<Target> targets;
    private final TckConfig settings;
    private final KnownBroken knownBroken;
    private final Path folder;
    private final PrintWriter out;
    private final PrintWriter err;
    private final Clock clock;
    private final boolean force;
    private final int jobs;

    MultiTargetRun(List<Target> targets, TckConfig settings, KnownBroken knownBroken, Path folder, PrintWriter out, PrintWriter err,
            Clock clock, boolean force, int jobs) {
        this.targets = targets;
        this.settings = settings;
        this.knownBroken = knownBroken;
        this.folder = folder;
        this.out = out;
        this.err = err;
        this.clock = clock;
        this.force = force;
        this.jobs = jobs;
    }

    /** Runs every target; the exit code is the worst of the targets' codes. */
    ExitCode run(List<ScenarioInfo> chosen) {
        Map<TargetRun, ExitCode> outcomes = new LinkedHashMap<>();
        List<TargetRun> ready = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            Target target = targets.get(i);
            String label = String.format(Locale.ROOT, "%02d-%s", i + 1, TckRuntime.driverOf(target.uri()));
            Path targetFolder = folder.resolve(label);
            try {
                Files.createDirectories(targetFolder);
            } catch (IOException e) {
                err.println("libvirt-tck: cannot create output folder " + targetFolder + ": " + e.getMessage());
                return ExitCode.USAGE;
            }
            // Every target shares the machine's libvirt daemons with the others: each scenario gets its own prefix.
            TargetRun run = new TargetRun(target, settings, knownBroken, targetFolder, LinePrefixWriter.around(out, "[" + label
                    + "] "), LinePrefixWriter.around(err, "[" + label + "] "), clock, force, jobs, true);
            ExitCode failed = run.prepare();
            outcomes.put(run, failed);
            if (failed == null) {
                ready.add(run);
            }
        }

        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, ready.size()));
        Map<TargetRun, Future<ExitCode>> running = new LinkedHashMap<>();
        for (TargetRun run : ready) {
            running.put(run, pool.submit(() -> run.execute(chosen)));
        }
        pool.shutdown();
        for (Map.Entry<TargetRun, Future<ExitCode>> r : running.entrySet()) {
            try {
                outcomes.put(r.getKey(), r.getValue().get());
            } catch (ExecutionException e) {
                err.println("libvirt-tck: internal error on " + r.getKey().target().uri() + ": " + e.getCause());
                outcomes.put(r.getKey(), ExitCode.INTERNAL);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                outcomes.put(r.getKey(), ExitCode.INTERNAL);
            }
        }

        writeMatrix(outcomes.keySet());
        out.println();
        out.println("targets:");
        ExitCode worst = ExitCode.OK;
        for (Map.Entry<TargetRun, ExitCode> o : outcomes.entrySet()) {
            ExitCode code = o.getValue();
            out.println("  " + o.getKey().target().uri() + " -- " + describe(code) + " (" + o.getKey().folder() + ")");
            if (code.code() > worst.code()) {
                worst = code;
            }
        }
        out.flush();
        return worst;
    }

    /** {@code matrix.html}: the targets' reports side by side, scenarios by rows. */
    private void writeMatrix(java.util.Collection<TargetRun> runs) {
        List<HtmlReportWriter.Named> reports = new ArrayList<>();
        for (TargetRun run : runs) {
            if (run.report() != null) {
                reports.add(new HtmlReportWriter.Named(run.folder().getFileName() + " " + run.target().uri(),
                        run.report()));
            }
        }
        if (reports.isEmpty()) {
            return;
        }
        Path matrix = folder.resolve("matrix.html");
        try {
            AtomicFiles.write(matrix, w -> new HtmlReportWriter(clock).writeMatrix(reports, w));
            out.println("matrix of all targets: " + matrix);
        } catch (IOException e) {
            err.println("libvirt-tck: cannot write " + matrix + ": " + e.getMessage());
        }
    }

    private static String describe(ExitCode code) {
        return switch (code) {
            case OK -> "nothing unexpected";
            case UNEXPECTED -> "unexpected failures";
            case USAGE -> "did not run (unreachable or unusable)";
            case UNSAFE_HOST -> "did not run (tck objects already there)";
            case INTERNAL -> "internal error";
        };
    }
}
