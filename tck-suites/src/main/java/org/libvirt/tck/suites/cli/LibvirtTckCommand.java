package org.libvirt.tck.suites.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.libvirt.tck.core.config.ConfigException;
import org.libvirt.tck.core.config.ConfigLoader;
import org.libvirt.tck.core.config.TckConfig;
import org.libvirt.tck.report.known.KnownBroken;
import org.libvirt.tck.report.known.KnownBrokenException;
import org.libvirt.tck.suites.run.ScenarioCatalog;
import org.libvirt.tck.suites.run.ScenarioInfo;
import org.libvirt.tck.suites.scenario.Sandbox;
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
            description = "libvirt URI of the driver under test (default: test:///default, or the config's uri);"
                    + " give it several times to run on several targets at once")
    List<String> uris = new ArrayList<>();

    @Option(names = "--hosts", paramLabel = "FILE",
            description = "a file of targets, one 'URI [OS_ID OS_VERSION]' a line, run at once")
    Path hostsFile;

    @Option(names = "--config", paramLabel = "FILE", description = "YAML settings over conf/default.yml")
    Path config;

    @Option(names = "--output", paramLabel = "DIR",
            description = "folder for report.xml, junit.xml, summary.txt (default: a new one in ./tck-results/)")
    Path output;

    @Option(names = "--force", description = "remove tck* objects left on the host by an earlier run, and the scratch "
            + "folders of earlier runs that did not end cleanly, then run")
    boolean force;

    @Option(names = "--list", description = "list the scenarios (id and groups) that would run, and exit")
    boolean list;

    @Option(names = "--groups", paramLabel = "G", split = ",",
            description = "run only scenarios in any of these groups (comma separated)")
    List<String> groups = new ArrayList<>();

    @Option(names = "--known-broken", paramLabel = "PATH",
            description = "known-broken database (folder or file; default: $LIBVIRT_TCK_KNOWN_BROKEN, else the kit's"
                    + " conf/known-broken): matching failures are known-fail, not unexpected")
    Path knownBrokenPath;

    @Option(names = "--jobs", paramLabel = "N",
            description = "run up to N scenarios at once (default 1); exclusive scenarios still run alone")
    int jobs = 1;

    @Parameters(paramLabel = "PATTERN", arity = "0..*",
            description = "scenario ids or globs (domain.*, *lifecycle) or a family (domain); default all")
    List<String> patterns = new ArrayList<>();

    private PrintWriter out;
    private PrintWriter err;
    /**
     * The {@code LIBVIRT_TCK_*} variables read that are not settings: the known-broken database's, and the two the
     * kit's own tests read ({@code bin/libvirt-tck-selftest} sets them), which are no mistake in a run's environment.
     */
    static final Set<String> OTHER_VARIABLES = Set.of(KnownBroken.ENV, "LIBVIRT_TCK_LIVE_URIS",
            "LIBVIRT_TCK_REMOTE_URI");

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
        List<Target> targets = new ArrayList<>();
        try {
            Map<String, String> options = new LinkedHashMap<>();
            if (!uris.isEmpty()) {
                options.put("uri", uris.get(0));
            }
            settings = ConfigLoader.load(Optional.ofNullable(config), environment, options);
            chosen = ScenarioCatalog.all().select(patterns, groups);
            uris.forEach(u -> targets.add(Target.of(u)));
            if (hostsFile != null) {
                try (Reader in = Files.newBufferedReader(hostsFile)) {
                    targets.addAll(Target.readHostsFile(in, hostsFile.toString()));
                } catch (IOException e) {
                    return usageError("cannot read hosts file " + hostsFile + ": " + describe(e));
                }
            }
            if (targets.isEmpty()) {
                targets.add(Target.of(settings.uri()));
            }
        } catch (ConfigException | IllegalArgumentException e) {
            return usageError(e.getMessage());
        }
        warnOfUnknownVariables();
        if (jobs < 1) {
            return usageError("--jobs must be at least 1, found " + jobs);
        }
        KnownBroken knownBroken;
        try {
            knownBroken = KnownBroken.locateAndLoad(knownBrokenPath, environment);
        } catch (KnownBrokenException e) {
            return usageError(e.getMessage());
        }
        if (list) {
            printList(chosen);
            return ExitCode.OK.code();
        }
        if (chosen.isEmpty()) {
            return usageError("no scenario is in the groups " + groups + "; see --list for the groups");
        }

        if (force) {
            removeEndedRunFolders(settings.scratchDir());
        }

        Instant start = clock.instant();
        Path folder;
        boolean folderExisted = output != null && Files.exists(output);
        try {
            String name = targets.size() == 1 ? TckRuntime.driverOf(targets.get(0).uri()) : "multi";
            folder = OutputFolder.prepare(output, name, start);
        } catch (IllegalArgumentException e) {
            return usageError(e.getMessage());
        }
        if (targets.size() == 1) {
            TargetRun run = new TargetRun(targets.get(0), settings, knownBroken, folder, out, err, clock, force,
                    jobs, false);
            ExitCode failed = run.prepare();
            if (failed != null) {
                OutputFolder.discardIfUnused(folder, folderExisted);
                return failed.code();
            }
            return run.execute(chosen).code();
        }
        return new MultiTargetRun(targets, settings, knownBroken, folder, out, err, clock, force, jobs).run(chosen).code();
    }

    /**
     * With {@code --force}: removes the scratch folders of earlier kit processes that did not end cleanly (a
     * {@code kill -9} leaves its folder, with any images in it). What cannot be removed is said and stays; the run
     * goes on, as those files do not touch it.
     */
    private void removeEndedRunFolders(Path scratchDir) {
        List<Path> ended;
        try {
            ended = Sandbox.endedRunFolders(scratchDir);
        } catch (IOException e) {
            err.println("libvirt-tck: --force could not look for earlier scratch folders in " + scratchDir + ": "
                    + describe(e));
            return;
        }
        List<Path> removed = new ArrayList<>();
        for (Path folder : ended) {
            try {
                Sandbox.removeRunFolder(folder);
                removed.add(folder);
            } catch (IOException e) {
                err.println("libvirt-tck: --force could not remove the earlier scratch folder " + folder + ": "
                        + describe(e));
            }
        }
        if (!removed.isEmpty()) {
            out.println("removed scratch folders of earlier runs that did not end cleanly: " + removed.stream()
                    .map(Path::toString).collect(Collectors.joining(", ")));
        }
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

    private static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage();
    }

    /** A misspelt {@code LIBVIRT_TCK_*} variable gets a warning: the run goes on, without the setting it meant. */
    private void warnOfUnknownVariables() {
        for (ConfigLoader.UnknownVariable unknown : ConfigLoader.unknownVariables(environment, OTHER_VARIABLES)) {
            err.println("libvirt-tck: warning: environment variable " + unknown.name() + " names no setting and is "
                    + "ignored" + unknown.likelyMeant().map(m -> " (did you mean " + m + "?)").orElse(""));
        }
        err.flush();
    }

    private int usageError(String message) {
        err.println("libvirt-tck: " + message);
        err.flush();
        return ExitCode.USAGE.code();
    }
}
