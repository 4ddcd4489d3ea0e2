package org.libvirt.tck.suites.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import org.libvirt.tck.core.capabilities.Capabilities;
import org.libvirt.tck.core.capabilities.CapabilitiesFormatException;
import org.libvirt.tck.core.capabilities.CapabilitiesParser;
import org.libvirt.tck.core.config.ConfigException;
import org.libvirt.tck.core.config.ConfigLoader;
import org.libvirt.tck.core.config.TckConfig;
import org.libvirt.tck.core.connect.LibvirtCall;
import org.libvirt.tck.core.connect.LibvirtError;
import org.libvirt.tck.core.connect.TckConnection;
import org.libvirt.tck.core.host.TckObject;
import org.libvirt.tck.core.host.TckObjects;
import org.libvirt.tck.domainbuilder.GuestDefaults;
import org.libvirt.tck.report.io.AtomicFiles;
import org.libvirt.tck.report.junit.JUnitXmlWriter;
import org.libvirt.tck.report.model.Report;
import org.libvirt.tck.report.model.RunInfo;
import org.libvirt.tck.report.model.ScenarioResult;
import org.libvirt.tck.report.text.SummaryWriter;
import org.libvirt.tck.report.xml.ReportXmlWriter;
import org.libvirt.tck.suites.run.RunInfoProbe;
import org.libvirt.tck.suites.run.ScenarioCatalog;
import org.libvirt.tck.suites.run.ScenarioInfo;
import org.libvirt.tck.suites.run.SuiteRunner;
import org.libvirt.tck.suites.scenario.ScenarioGuard;
import org.libvirt.tck.suites.scenario.TckRuntime;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code bin/libvirt-tck}: runs the scenarios against one libvirt driver and writes its reports.
 *
 * <pre>{@code
 * int exit = LibvirtTckCommand.run(out, err, "--uri", "qemu:///system", "domain.*");
 * }</pre>
 */
@Command(name = "libvirt-tck", mixinStandardHelpOptions = true, versionProvider = KitVersion.class,
        sortOptions = false,
        description = "Checks that a libvirt driver behaves as the libvirt API promises.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:nothing unexpected: every scenario passed, was skipped or is unsupported by the driver",
            "1:at least one scenario failed or ended in error",
            "2:bad command line, configuration, URI or output folder (nothing ran), or the reports could not be written",
            "3:the host already has tck* objects (use --force to remove them); nothing ran",
            "4:internal error of the kit"})
public final class LibvirtTckCommand implements Callable<Integer> {

    @Option(names = "--uri", paramLabel = "URI",
            description = "libvirt URI of the driver under test (default: test:///default, or the config's uri)")
    String uri;

    @Option(names = "--config", paramLabel = "FILE", description = "YAML settings over conf/default.yml")
    Path config;

    @Option(names = "--output", paramLabel = "DIR",
            description = "folder for report.xml, junit.xml, summary.txt (default: a new one in ./tck-results/)")
    Path output;

    @Option(names = "--force", description = "remove tck* objects left on the host by an earlier run, then run")
    boolean force;

    @Option(names = "--list", description = "list the scenarios (id and groups) that would run, and exit")
    boolean list;

    @Option(names = "--groups", paramLabel = "G", split = ",",
            description = "run only scenarios in any of these groups (comma separated)")
    List<String> groups = new ArrayList<>();

    @Option(names = "--jobs", paramLabel = "N",
            description = "run up to N scenarios at once (default 1); exclusive scenarios still run alone")
    int jobs = 1;

    @Parameters(paramLabel = "PATTERN", arity = "0..*",
            description = "scenario ids or globs (domain.*, *lifecycle) or a family (domain); default all")
    List<String> patterns = new ArrayList<>();

    private PrintWriter out;
    private PrintWriter err;
    private Map<String, String> environment = System.getenv();
    private Clock clock = Clock.systemUTC();

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(out, err, args));
    }

    /** Runs the command line {@code args}; returns the exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return run(out, err, System.getenv(), args);
    }

    /** As {@link #run(PrintWriter, PrintWriter, String...)}, with the environment given (for tests). */
    public static int run(PrintWriter out, PrintWriter err, Map<String, String> environment, String... args) {
        LibvirtTckCommand command = new LibvirtTckCommand();
        command.out = out;
        command.err = err;
        command.environment = environment;
        CommandLine cli = new CommandLine(command);
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((e, a) -> {
            err.println("libvirt-tck: " + e.getMessage());
            err.println("Try 'libvirt-tck --help' for the options.");
            err.flush();
            return ExitCode.USAGE.code();
        });
        cli.setExecutionExceptionHandler((e, c, p) -> {
            err.println("libvirt-tck: internal error: " + e);
            err.flush();
            return ExitCode.INTERNAL.code();
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    @Override
    public Integer call() {
        TckConfig settings;
        List<ScenarioInfo> chosen;
        try {
            Map<String, String> options = new LinkedHashMap<>();
            if (uri != null) {
                options.put("uri", uri);
            }
            settings = ConfigLoader.load(Optional.ofNullable(config), environment, options);
            chosen = ScenarioCatalog.all().select(patterns, groups);
        } catch (ConfigException | IllegalArgumentException e) {
            return usageError(e.getMessage());
        }
        if (jobs < 1) {
            return usageError("--jobs must be at least 1, found " + jobs);
        }
        if (list) {
            printList(chosen);
            return ExitCode.OK.code();
        }
        if (chosen.isEmpty()) {
            return usageError("no scenario is in the groups " + groups + "; see --list for the groups");
        }

        Instant start = clock.instant();
        Path folder;
        try {
            folder = OutputFolder.prepare(output, TckRuntime.driverOf(settings.uri()), start);
        } catch (IllegalArgumentException e) {
            return usageError(e.getMessage());
        }

        TckConnection connection;
        try {
            connection = TckConnection.open(settings.uri());
        } catch (LibvirtError e) {
            return usageError("cannot connect to " + settings.uri() + ": " + e.libvirtMessage());
        }
        try (connection) {
            return runOn(settings, connection, chosen, folder, start);
        }
    }

    private int runOn(TckConfig settings, TckConnection connection, List<ScenarioInfo> chosen, Path folder,
            Instant start) {
        List<TckObject> leftovers = TckObjects.find(connection.libvirt());
        if (!leftovers.isEmpty()) {
            String found = leftovers.stream().map(TckObject::toString).collect(Collectors.joining(", "));
            if (!force) {
                err.println("libvirt-tck: refusing to run on " + settings.uri() + ": it already has tck objects ("
                        + found + "); remove them or run with --force to let the kit remove them");
                return ExitCode.UNSAFE_HOST.code();
            }
            List<String> failures = TckObjects.remove(connection.libvirt(), leftovers);
            if (!failures.isEmpty()) {
                err.println("libvirt-tck: --force could not remove: " + String.join("; ", failures));
                return ExitCode.UNSAFE_HOST.code();
            }
            out.println("removed earlier tck objects: " + found);
        }

        TckRuntime runtime;
        try {
            Capabilities caps = CapabilitiesParser.parse(LibvirtCall.call(() -> connection.libvirt().getCapabilities()));
            String preferred = settings.autoDomainType() ? null : settings.domainType();
            runtime = new TckRuntime(settings, connection, caps, GuestDefaults.from(caps, preferred));
        } catch (CapabilitiesFormatException | IllegalArgumentException e) {
            return usageError(settings.uri() + ": " + e.getMessage());
        }

        RunInfo run = RunInfoProbe.probe(runtime, KitVersion.get(), start);
        out.println("libvirt-tck " + KitVersion.get() + " on " + run.uri() + " (" + run.hypervisorType() + " "
                + run.hypervisorVersion() + ", libvirt " + run.daemonVersion() + "), guests as "
                + runtime.guestDefaults().domainType() + "/" + runtime.guestDefaults().arch());
        out.flush();

        SuiteRunner runner = new SuiteRunner(runtime, out, jobs, false);
        AtomicBoolean finished = new AtomicBoolean();
        Thread onSignal = new Thread(() -> interrupted(runner, run, connection, folder, finished), "tck-interrupt");
        Runtime.getRuntime().addShutdownHook(onSignal);
        List<ScenarioResult> results;
        try {
            results = runner.run(chosen);
        } finally {
            finished.set(true);
            Runtime.getRuntime().removeShutdownHook(onSignal);
        }
        List<TckObject> left = TckObjects.find(connection.libvirt());
        if (!left.isEmpty()) {
            err.println("libvirt-tck: warning: removing tck objects left after the run: " + left);
            TckObjects.remove(connection.libvirt(), left);
        }

        Report report = new Report(run.finished(clock.instant(), true), results);
        try {
            writeReports(report, folder);
        } catch (IOException e) {
            err.println("libvirt-tck: cannot write the reports into " + folder + ": " + e.getMessage());
            return ExitCode.USAGE.code();
        }
        out.println();
        try {
            new SummaryWriter().write(report, out);
        } catch (IOException e) {
            // out is a PrintWriter: it does not throw
        }
        out.println("reports: " + folder.resolve("report.xml") + ", junit.xml, summary.txt");
        return report.hasUnexpected() ? ExitCode.UNEXPECTED.code() : ExitCode.OK.code();
    }

    /** On SIGINT/SIGTERM: start nothing more, write what is known as an incomplete report, remove the kit's objects. */
    private void interrupted(SuiteRunner runner, RunInfo run, TckConnection connection, Path folder,
            AtomicBoolean finished) {
        if (finished.get()) {
            return;
        }
        ScenarioGuard.stopAll("the run was interrupted");
        Report partial = new Report(run.finished(clock.instant(), false), runner.resultsSoFar());
        try {
            writeReports(partial, folder);
        } catch (IOException | RuntimeException e) {
            err.println("libvirt-tck: interrupted, and the partial report could not be written: " + e.getMessage());
        }
        List<String> failures = TckObjects.removeAll(connection.libvirt());
        err.println("libvirt-tck: interrupted after " + partial.scenarios().size() + " scenarios; incomplete report in "
                + folder + (failures.isEmpty() ? "; the kit's objects are removed"
                : "; could not remove: " + String.join("; ", failures)));
        err.flush();
    }

    private void writeReports(Report report, Path folder) throws IOException {
        AtomicFiles.write(folder.resolve("report.xml"), w -> new ReportXmlWriter(clock).write(report, w));
        AtomicFiles.write(folder.resolve("junit.xml"), w -> new JUnitXmlWriter(clock).write(report, w));
        AtomicFiles.write(folder.resolve("summary.txt"), w -> new SummaryWriter().write(report, w));
    }

    private void printList(List<ScenarioInfo> chosen) {
        int width = chosen.stream().mapToInt(s -> s.id().length()).max().orElse(10);
        for (ScenarioInfo s : chosen) {
            out.printf("%-" + width + "s  %s%n", s.id(), String.join(",", s.groups()));
        }
        Map<String, Long> families = chosen.stream()
                .collect(Collectors.groupingBy(ScenarioInfo::family, LinkedHashMap::new, Collectors.counting()));
        out.println();
        out.println(chosen.size() + " scenarios: " + families.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")));
    }

    private int usageError(String message) {
        err.println("libvirt-tck: " + message);
        err.flush();
        return ExitCode.USAGE.code();
    }
}
