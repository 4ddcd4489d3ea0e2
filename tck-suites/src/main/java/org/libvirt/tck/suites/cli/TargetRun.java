package org.libvirt.tck.suites.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import org.libvirt.tck.core.capabilities.Capabilities;
import org.libvirt.tck.core.capabilities.CapabilitiesFormatException;
import org.libvirt.tck.core.capabilities.CapabilitiesParser;
import org.libvirt.tck.core.config.TckConfig;
import org.libvirt.tck.core.connect.LibvirtCall;
import org.libvirt.tck.core.connect.LibvirtError;
import org.libvirt.tck.core.connect.TckConnection;
import org.libvirt.tck.core.host.TckObject;
import org.libvirt.tck.core.host.TckObjects;
import org.libvirt.tck.domainbuilder.GuestDefaults;
import org.libvirt.tck.report.io.AtomicFiles;
import org.libvirt.tck.report.junit.JUnitXmlWriter;
import org.libvirt.tck.report.known.KnownBroken;
import org.libvirt.tck.report.known.KnownBrokenEntry;
import org.libvirt.tck.report.model.Report;
import org.libvirt.tck.report.model.RunInfo;
import org.libvirt.tck.report.model.ScenarioResult;
import org.libvirt.tck.report.text.SummaryWriter;
import org.libvirt.tck.report.xml.ReportXmlWriter;
import org.libvirt.tck.suites.guest.GuestScenarios;
import org.libvirt.tck.suites.guest.GuestTypeChoice;
import org.libvirt.tck.suites.guest.KvmProbe;
import org.libvirt.tck.suites.run.RunInfoProbe;
import org.libvirt.tck.suites.run.ScenarioInfo;
import org.libvirt.tck.suites.run.SuiteRunner;
import org.libvirt.tck.suites.scenario.Sandbox;
import org.libvirt.tck.suites.scenario.ScenarioGuard;
import org.libvirt.tck.suites.scenario.TckRuntime;

/**
 * The kit's run on one target: connect, check the host is safe, run the scenarios, write the reports.
 *
 * <p>{@link #prepare()} does everything up to the first scenario, so that with several targets every host is
 * checked before any of them is changed; {@link #execute(List)} then runs.
 */
final class TargetRun {

    private static final AtomicInteger PROBES = new AtomicInteger();

    private final Target target;
    private final TckConfig settings;
    private final KnownBroken knownBroken;
    private final Path folder;
    private final PrintWriter out;
    private final PrintWriter err;
    private final Clock clock;
    private final boolean force;
    private final int jobs;
    private final boolean sharedHost;
    private final Instant start;

    private TckConnection connection;
    private TckRuntime runtime;
    private Report report;

    TargetRun(Target target, TckConfig settings, KnownBroken knownBroken, Path folder, PrintWriter out, PrintWriter err, Clock clock,
            boolean force, int jobs, boolean sharedHost) {
        this.target = target;
        this.settings = settings;
        this.knownBroken = knownBroken;
        this.folder = folder;
        this.out = out;
        this.err = err;
        this.clock = clock;
        this.force = force;
        this.jobs = jobs;
        this.sharedHost = sharedHost;
        this.start = clock.instant();
    }

    Target target() {
        return target;
    }

    Path folder() {
        return folder;
    }

    /** The report written, or null when the run never started. */
    Report report() {
        return report;
    }

    /** Connects and checks the host; returns null when the target is ready, else the exit code to end with. */
    ExitCode prepare() {
        try {
            connection = TckConnection.open(target.uri());
        } catch (LibvirtError e) {
            err.println("libvirt-tck: cannot connect to " + target.uri() + ": " + e.libvirtMessage());
            return ExitCode.USAGE;
        }
        List<TckObject> leftovers = TckObjects.find(connection.libvirt());
        if (!leftovers.isEmpty()) {
            String found = leftovers.stream().map(TckObject::toString).collect(Collectors.joining(", "));
            if (!force) {
                err.println("libvirt-tck: refusing to run on " + target.uri() + ": it already has tck objects ("
                        + found + "); remove them or run with --force to let the kit remove them");
                return close(ExitCode.UNSAFE_HOST);
            }
            List<String> failures = TckObjects.remove(connection.libvirt(), leftovers);
            if (!failures.isEmpty()) {
                err.println("libvirt-tck: --force could not remove: " + String.join("; ", failures));
                return close(ExitCode.UNSAFE_HOST);
            }
            out.println("removed earlier tck objects: " + found);
        }
        try {
            Capabilities caps = CapabilitiesParser.parse(
                    LibvirtCall.call(() -> connection.libvirt().getCapabilities()));
            String preferred = settings.autoDomainType() ? null : settings.domainType();
            runtime = new TckRuntime(settings, connection, caps, GuestDefaults.from(caps, preferred));
        } catch (CapabilitiesFormatException | IllegalArgumentException e) {
            err.println("libvirt-tck: " + target.uri() + ": " + e.getMessage());
            return close(ExitCode.USAGE);
        }
        return null;
    }

    /** Runs the scenarios on a prepared target and writes its reports; returns its exit code. */
    ExitCode execute(List<ScenarioInfo> chosen) {
        try {
            return runAndReport(chosen);
        } finally {
            close(null);
        }
    }

    private ExitCode runAndReport(List<ScenarioInfo> chosen) {
        // What a signal handler reports grows as the run gets under way: the probe of KVM may already be interrupted.
        AtomicReference<RunInfo> run = new AtomicReference<>(
                withLabel(RunInfoProbe.probe(runtime, KitVersion.get(), start)));
        AtomicReference<SuiteRunner> runner = new AtomicReference<>();
        AtomicBoolean finished = new AtomicBoolean();
        Thread onSignal = new Thread(() -> interrupted(runner.get(), run.get(), finished), "tck-interrupt");
        Runtime.getRuntime().addShutdownHook(onSignal);
        List<ScenarioResult> results;
        try {
            GuestTypeChoice choice = chooseGuestType(chosen);
            runtime = runtime.withGuestDefaults(choice.defaults());
            run.set(run.get().withGuests(choice.defaults().domainType(), choice.finding()));
            RunInfo info = run.get();
            out.println("libvirt-tck " + KitVersion.get() + " on " + info.uri() + " (" + info.hypervisorType() + " "
                    + info.hypervisorVersion() + ", libvirt " + info.daemonVersion() + "), guests as "
                    + runtime.guestDefaults().domainType() + "/" + runtime.guestDefaults().arch() + ": "
                    + choice.finding());
            out.flush();

            List<KnownBrokenEntry> flaky = knownBroken.entriesFor(info).stream()
                    .filter(e -> e.kind() == KnownBrokenEntry.Kind.FLAKY).toList();
            runner.set(new SuiteRunner(runtime, out, jobs, sharedHost,
                    id -> flaky.stream().anyMatch(e -> e.matchesScenario(id))));
            results = runner.get().run(chosen);
        } finally {
            finished.set(true);
            Runtime.getRuntime().removeShutdownHook(onSignal);
        }
        if (!sharedHost) {
            List<TckObject> left = TckObjects.find(connection.libvirt());
            if (!left.isEmpty()) {
                err.println("libvirt-tck: warning: removing tck objects left after the run: " + left);
                TckObjects.remove(connection.libvirt(), left);
            }
        }

        Report finishedReport = knownBroken.apply(new Report(run.get().finished(clock.instant(), true), results));
        try {
            writeReports(finishedReport);
        } catch (IOException e) {
            err.println("libvirt-tck: cannot write the reports into " + folder + ": " + e.getMessage());
            return ExitCode.USAGE;
        }
        report = finishedReport;
        out.println();
        try {
            new SummaryWriter().write(finishedReport, out);
        } catch (IOException e) {
            // out is a PrintWriter: it does not throw
        }
        out.println("reports: " + folder.resolve("report.xml") + ", junit.xml, summary.txt");
        out.flush();
        return finishedReport.hasUnexpected() ? ExitCode.UNEXPECTED : ExitCode.OK;
    }

    /**
     * How the guests run: {@code domain_type}, or for {@code auto} a probe guest of type kvm, booted once and only when
     * a chosen scenario boots a guest on a driver that runs guests.
     */
    private GuestTypeChoice chooseGuestType(List<ScenarioInfo> chosen) {
        boolean bootsGuests = chosen.stream()
                .anyMatch(s -> GuestScenarios.bootsAGuest(s.method().getDeclaringClass()));
        boolean realGuests = !"test".equals(runtime.driver());
        // Targets sharing a daemon probe at the same time: each its own name.
        String name = TckObjects.PREFIX + "-" + KvmProbe.SUFFIX + (sharedHost ? "-" + PROBES.incrementAndGet() : "");
        Duration timeout = settings.kvmProbeTimeout();
        return GuestTypeChoice.choose(runtime.capabilities(), settings.domainType(), bootsGuests, realGuests, kvm -> {
            out.println("domain_type auto: kvm is offered; booting " + name + " as kvm to prove it (at most "
                    + timeout.toSeconds() + " s, guest.kvm_probe_timeout)");
            out.flush();
            return KvmProbe.boot(connection.libvirt(), settings.scratchDir(), kvm, name, timeout);
        });
    }

    /** A remote host's OS cannot be read here: the hosts file's label says what it is. */
    private RunInfo withLabel(RunInfo run) {
        if (target.osName() == null) {
            return run;
        }
        return new RunInfo(run.uri(), run.driver(), run.libraryVersion(), run.daemonVersion(), run.hypervisorType(),
                run.hypervisorVersion(), run.hostArch(), target.osName(), target.osVersion(), run.hostName(),
                run.kitVersion(), run.start(), run.end(), run.complete(), run.guestDomainType(), run.guestFinding());
    }

    /**
     * On SIGINT/SIGTERM: start nothing more, write what is known as an incomplete report, remove the kit's objects (a
     * KVM probe guest among them); {@code runner} is null while the probe runs.
     */
    private void interrupted(SuiteRunner runner, RunInfo run, AtomicBoolean finished) {
        if (finished.get()) {
            return;
        }
        ScenarioGuard.stopAll("the run was interrupted");
        List<ScenarioResult> soFar = runner == null ? List.of() : runner.resultsSoFar();
        Report partial = knownBroken.apply(new Report(run.finished(clock.instant(), false), soFar));
        try {
            writeReports(partial);
        } catch (IOException | RuntimeException e) {
            err.println("libvirt-tck: interrupted, and the partial report could not be written: " + e.getMessage());
        }
        List<String> failures = TckObjects.removeAll(connection.libvirt());
        err.println("libvirt-tck: interrupted after " + partial.scenarios().size() + " scenarios on " + target.uri()
                + "; incomplete report in " + folder + (failures.isEmpty() ? "; the kit's objects are removed"
                : "; could not remove: " + String.join("; ", failures)));
        err.flush();
    }

    private void writeReports(Report r) throws IOException {
        AtomicFiles.write(folder.resolve("report.xml"), w -> new ReportXmlWriter(clock).write(r, w));
        AtomicFiles.write(folder.resolve("junit.xml"), w -> new JUnitXmlWriter(clock).write(r, w));
        AtomicFiles.write(folder.resolve("summary.txt"), w -> new SummaryWriter().write(r, w));
    }

    private ExitCode close(ExitCode code) {
        try {
            // Removed when the last target of this process is done with it: only an empty folder can go.
            Files.deleteIfExists(Sandbox.runFolder(settings.scratchDir()));
        } catch (IOException e) {
            // Another target of this process still has files there, or something left one: it stays.
        }
        if (connection != null) {
            try {
                connection.close();
            } catch (LibvirtError e) {
                // Closing a connection whose daemon went away fails; there is nothing left to release.
            }
            connection = null;
        }
        return code;
    }
}
