package org.libvirt.tck.suites.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.libvirt.Connect;
import org.libvirt.LibvirtException;
import org.libvirt.tck.core.capabilities.Capabilities;
import org.libvirt.tck.core.capabilities.CapabilitiesParser;
import org.libvirt.tck.core.config.ConfigLoader;
import org.libvirt.tck.core.connect.LibvirtError;
import org.libvirt.tck.core.connect.TckConnection;
import org.libvirt.tck.core.guest.GuestImage;
import org.libvirt.tck.core.guest.PlainQemu;
import org.libvirt.tck.domainbuilder.GuestDefaults;
import org.libvirt.tck.suites.run.ScenarioCatalog;
import org.libvirt.tck.suites.run.ScenarioInfo;
import org.libvirt.tck.suites.run.SuiteRunner;
import org.libvirt.tck.suites.scenario.KitTimes;
import org.libvirt.tck.suites.scenario.Sandbox;
import org.libvirt.tck.suites.scenario.TckRuntime;
import org.testng.xml.XmlSuite;

/**
 * {@code bin/libvirt-tck-benchmark}: the kit's speed, each figure next to its baseline measured in the same run.
 *
 * <pre>
 * bin/libvirt-tck-benchmark [--quick] [URI...]     # default: test:///default qemu:///system
 * </pre>
 *
 * <p>Prints: {@code --list} start-up and a default run's wall time (JVM start included); per URI, the time one
 * persistent-lifecycle round takes through the kit (sandbox, cleanup, leak check, TestNG) against the same work
 * (the same builder, the same libvirt calls) done directly with libvirt-java, the overhead in percent and whether it
 * meets the 10% target; for a test URI, what plain TestNG alone adds to a scenario (the floor under any kit on
 * TestNG) and the whole default run in this JVM, the time in the scenarios themselves against the kit's around them;
 * for a qemu URI with a prepared guest image, the guest's boot to its agent through libvirt against QEMU run directly; and
 * for a qemu URI, the whole run serial against {@code --jobs 2} (left out with {@code --quick}: it takes minutes, and
 * like any run it refuses to start while {@code tck*} objects are on the host).
 *
 * <p>The host may be busy with other work, so the two sides of each comparison are measured in alternating chunks
 * and compared by their medians.
 */
public final class KitBenchmark {

    private static final int BOOT_ROUNDS = 5;

    private KitBenchmark() {
    }

    private static final String USAGE = "Usage: libvirt-tck-benchmark [--quick] [URI...] "
            + "(default URIs: test:///default qemu:///system)";

    public static void main(String[] args) throws Exception {
        List<String> arguments = new ArrayList<>(Arrays.asList(args));
        boolean quick = arguments.remove("--quick");
        for (String argument : arguments) {
            if (argument.equals("--help") || argument.equals("-h")) {
                System.out.println(USAGE);
                return;
            }
            if (argument.startsWith("-")) {
                System.err.println("libvirt-tck-benchmark: unknown option " + argument);
                System.err.println(USAGE);
                System.exit(2);
            }
        }
        List<String> uris = arguments.isEmpty() ? List.of("test:///default", "qemu:///system") : arguments;
        Path kit = Path.of(System.getProperty("libvirt.tck.home", ".")).resolve("bin/libvirt-tck");
        Path scratch = Files.createTempDirectory("tck-bench");
        // The reports of the runs it times, and the in-process scenarios' run folder, go when it ends, killed or not.
        Path runFolder = Sandbox.runFolder(ConfigLoader.load(Optional.empty(), Map.of(), Map.of()).scratchDir());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            removeTree(scratch);
            removeTree(runFolder);
        }, "tck-bench-cleanup"));

        double list = medianSeconds(5, kit.toString(), "--list");
        double defaultRun = medianSeconds(5, kit.toString(), "--output", scratch.resolve("default").toString());
        System.out.printf(Locale.ROOT, "--list start-up:                 %6.2f s (median of 5, JVM start included)%n",
                list);
        System.out.printf(Locale.ROOT, "default run on test:///default:  %6.2f s (median of 5, JVM start included)%n",
                defaultRun);

        List<String> reachable = new ArrayList<>();
        for (String uri : uris) {
            TckConnection connection;
            try {
                connection = TckConnection.open(uri);
            } catch (LibvirtError e) {
                System.out.printf("%s: not measured: cannot connect: %s%n", uri, e.libvirtMessage());
                continue;
            }
            reachable.add(uri);
            try (TckConnection conn = connection) {
                TckRuntime runtime = runtime(uri, conn);
                if (uri.startsWith("test:")) {
                    overhead(runtime, 9, 200, true);
                    suiteOverhead(runtime, 5);
                } else {
                    overhead(runtime, 3, 3, false);
                }
                if (uri.startsWith("qemu")) {
                    boot(runtime);
                }
            }
        }
        for (String uri : reachable) {
            if (uri.startsWith("qemu") && !quick) {
                double serial = medianSeconds(1, kit.toString(), "--uri", uri, "--output",
                        scratch.resolve("serial").toString());
                double jobs2 = medianSeconds(1, kit.toString(), "--uri", uri, "--jobs", "2", "--output",
                        scratch.resolve("jobs2").toString());
                System.out.printf(Locale.ROOT, "whole run on %s: serial %.1f s, --jobs 2 %.1f s (ratio %.2f)%n", uri,
                        serial, jobs2, jobs2 / serial);
            }
        }
    }

    private static TckRuntime runtime(String uri, TckConnection conn) throws Exception {
        Capabilities caps = CapabilitiesParser.parse(conn.libvirt().getCapabilities());
        return new TckRuntime(ConfigLoader.load(Optional.empty(), Map.of(), Map.of("uri", uri)), conn, caps,
                GuestDefaults.from(caps, null));
    }

    /**
     * The time a scenario takes through the kit against the same work done directly. A kit run also has a fixed
     * cost (TestNG's set-up), measured as a run of no scenario and taken off: what is left is per scenario. With
     * {@code floor}, each chunk also times plain TestNG running an empty test as many times ({@link PlainTestNg}):
     * what TestNG alone adds to a scenario, which no kit on it can go under.
     */
    private static void overhead(TckRuntime runtime, int chunks, int rounds, boolean floor) throws Exception {
        String uri = runtime.connection().uri();
        ScenarioInfo scenario = new ScenarioInfo("bench.lifecycle-round", List.of("bench"),
                BenchmarkScenario.class.getMethod("oneLifecycleRound", int.class));
        directMillis(runtime, rounds); // warming up both
        kitRun(runtime, scenario, rounds);
        List<Double> direct = new ArrayList<>();
        List<Double> kit = new ArrayList<>();
        List<Double> added = new ArrayList<>();
        List<Double> fixed = new ArrayList<>();
        List<Breakdown> parts = new ArrayList<>();
        List<Double> plain = new ArrayList<>();
        if (floor) {
            PlainTestNg.runMillis(rounds); // warming up
        }
        for (int i = 0; i < chunks; i++) {
            if (floor) {
                plain.add((PlainTestNg.runMillis(rounds) - PlainTestNg.runMillis(0)) / rounds);
            }
            double d = directMillis(runtime, rounds) / rounds;
            double empty = kitRun(runtime, scenario, 0).wallMillis();
            KitRun run = kitRun(runtime, scenario, rounds);
            double k = (run.wallMillis() - empty) / rounds;
            direct.add(d);
            kit.add(k);
            added.add(k - d);
            fixed.add(empty);
            parts.add(Breakdown.of(run.runner(), k * rounds, rounds));
        }
        // Each chunk's difference is taken against the direct chunk just before it, on the same load.
        double d = median(direct);
        double a = median(added);
        System.out.printf(Locale.ROOT, "%s: one lifecycle round %.3f ms direct, %.3f ms through the kit: "
                + "the kit adds %.3f ms (%.1f%%) a scenario (medians of %d alternating chunks of %d rounds, the "
                + "addition paired chunk by chunk; a kit run's fixed cost of %.1f ms not included)%n", uri, d,
                median(kit), a, 100 * a / d, chunks, rounds, median(fixed));
        System.out.printf(Locale.ROOT, "%s: where a round's time went through the kit, in ms: the scenario itself "
                + "%.3f (%+.3f against direct)%s%n", uri, Breakdown.median(parts, Breakdown::scenario),
                Breakdown.median(parts, Breakdown::scenario) - d, Breakdown.describe(parts));
        // Over a few rounds of seconds the paired addition is mostly noise (it can be below zero), so the verdict
        // takes the larger of it and the kit's own parts as timed, which the noise does not touch.
        double counted = Math.max(a, Breakdown.median(parts, Breakdown::kitParts));
        String verdict = String.format(Locale.ROOT, "%s (%.2f%%: the larger of the paired addition and the kit's "
                + "parts, %.3f ms)", 100 * counted / d < 10 ? "met" : "missed", 100 * counted / d, counted);
        if (floor) {
            double p = median(plain);
            System.out.printf(Locale.ROOT, "%s: TestNG alone (a plain TestNG run of an empty test, no kit) adds %.3f "
                    + "ms a scenario, %.1f%% of the direct round: the least any kit on TestNG adds here (median of %d "
                    + "chunks)%n", uri, p, 100 * p / d, chunks);
            verdict += 100 * p / d < 10 ? "" : "; TestNG alone is over it";
        }
        System.out.printf(Locale.ROOT, "%s: the 10%% target for what the kit adds to a scenario: %s%n", uri, verdict);
    }

    /**
     * The whole default run, in this JVM: the scenarios' own time (from their start to their end, as the report keeps
     * it) against the time the runner takes for them, less the fixed cost of a run; what is left is what the kit does
     * around the scenarios (TestNG, sandbox, cleanup, leak check, results).
     */
    private static void suiteOverhead(TckRuntime runtime, int runs) {
        List<ScenarioInfo> all = ScenarioCatalog.all().scenarios();
        ScenarioInfo one = all.get(0); // a run of one scenario, less that scenario, is a run's fixed cost
        PrintWriter quiet = new PrintWriter(Writer.nullWriter());
        String uri = runtime.connection().uri();
        XmlSuite allSuite = SuiteRunner.suite(uri, all);
        XmlSuite oneSuite = SuiteRunner.suite(uri, List.of(one));
        for (int i = 0; i < runs; i++) {
            new SuiteRunner(runtime, quiet).run(all); // warming up: the first runs take several times longer
            PlainTestNg.setUpMillis(allSuite);
        }
        List<Double> own = new ArrayList<>();
        List<Double> around = new ArrayList<>();
        List<Double> setUp = new ArrayList<>();
        List<Breakdown> parts = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            // Plain TestNG's set-up of the run's classes, less that of a run of one scenario, as the fixed cost is.
            setUp.add(PlainTestNg.setUpMillis(allSuite) - PlainTestNg.setUpMillis(oneSuite));
            SuiteRunner runner = new SuiteRunner(runtime, quiet);
            long start = System.nanoTime();
            runner.run(all);
            double wall = (System.nanoTime() - start) / 1e6;
            double ownMillis = runner.timeInScenarios().toNanos() / 1e6;
            SuiteRunner single = new SuiteRunner(runtime, quiet);
            start = System.nanoTime();
            single.run(List.of(one));
            double fixed = (System.nanoTime() - start) / 1e6 - single.timeInScenarios().toNanos() / 1e6;
            own.add(ownMillis);
            around.add(wall - fixed - ownMillis);
            parts.add(Breakdown.of(runner, wall - fixed, all.size()));
        }
        double o = median(own);
        double a = median(around);
        System.out.printf(Locale.ROOT, "%s: the default run's %d scenarios in this JVM: %.0f ms in the scenarios "
                + "themselves, %.0f ms in the kit around them: the kit adds %.1f%% (%.3f ms a scenario; medians of %d "
                + "runs, a run's fixed cost not included)%n", uri, all.size(), o, a,
                100 * a / o, a / all.size(), runs);
        System.out.printf(Locale.ROOT, "%s: where the kit's time went in the default run, in ms a scenario%s%n",
                uri, Breakdown.describe(parts));
        long classes = all.stream().map(s -> s.method().getDeclaringClass()).distinct().count();
        double s = median(setUp);
        System.out.printf(Locale.ROOT, "%s: plain TestNG's set-up of the run's %d scenario classes, with nothing run "
                + "and no kit: %.1f ms, %.3f ms a scenario, %.1f%% of the scenarios' own time (median of %d, a run's "
                + "fixed cost not included)%n", uri, classes, s, s / all.size(), 100 * s / o, runs);
    }

    /** A kit run of one scenario class, timed: its wall time, and its runner for the times it kept. */
    private record KitRun(double wallMillis, SuiteRunner runner) {
    }

    /**
     * One kit run's time, per scenario, in milliseconds: the scenarios themselves, the guard's listing, its removals
     * and the rest of it, recording results, and the rest, which is TestNG's (its invocations, its listeners' calls).
     */
    private record Breakdown(double scenario, double listing, double removal, double guardRest, double recording,
            double testng) {

        /** The parts of {@code runner}'s last run, which took {@code millis} for its {@code scenarios}. */
        static Breakdown of(SuiteRunner runner, double millis, int scenarios) {
            KitTimes t = runner.kitTimes();
            double own = runner.timeInScenarios().toNanos() / 1e6;
            double listing = t.listing().toNanos() / 1e6;
            double removal = t.removal().toNanos() / 1e6;
            double guard = t.guard().toNanos() / 1e6;
            double recording = t.recording().toNanos() / 1e6;
            return new Breakdown(own / scenarios, listing / scenarios, removal / scenarios,
                    (guard - listing - removal) / scenarios, recording / scenarios,
                    (millis - own - guard - recording) / scenarios);
        }

        /** The kit's parts together: the guard, recording, and what TestNG took when that is above the noise. */
        double kitParts() {
            return listing + removal + guardRest + recording + Math.max(0, testng);
        }

        static double median(List<Breakdown> all, java.util.function.ToDoubleFunction<Breakdown> part) {
            return KitBenchmark.median(all.stream().map(part::applyAsDouble).toList());
        }

        /** The kit's parts, medians over {@code all}. */
        static String describe(List<Breakdown> all) {
            double testng = median(all, Breakdown::testng);
            // What is left after the measured parts is a difference of wall times: over a few long rounds, the
            // noise in them can be larger than TestNG's share and take it below zero.
            return String.format(Locale.ROOT, "; the guard's listing of the host's tck objects %.3f, its removal of "
                    + "what the scenario left %.3f, the rest of the guard %.3f; recording the result %.3f; TestNG and "
                    + "the rest %.3f%s (medians)", median(all, Breakdown::listing), median(all, Breakdown::removal),
                    median(all, Breakdown::guardRest), median(all, Breakdown::recording), testng,
                    testng < 0 ? " (below zero: within the noise of the round's wall time)" : "");
        }
    }

    private static double directMillis(TckRuntime runtime, int rounds) throws LibvirtException {
        Connect conn = runtime.libvirt();
        long start = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            LifecycleRound.run(conn, "tck-bench", runtime.guestDefaults());
        }
        return (System.nanoTime() - start) / 1e6;
    }

    private static KitRun kitRun(TckRuntime runtime, ScenarioInfo scenario, int rounds) {
        BenchmarkScenario.rounds = rounds;
        PrintWriter quiet = new PrintWriter(Writer.nullWriter());
        SuiteRunner runner = new SuiteRunner(runtime, quiet);
        long start = System.nanoTime();
        runner.run(List.of(scenario));
        return new KitRun((System.nanoTime() - start) / 1e6, runner);
    }

    /** The guest's boot to its agent through libvirt against QEMU run directly, when the host can boot it. */
    private static void boot(TckRuntime runtime) throws Exception {
        String uri = runtime.connection().uri();
        Optional<GuestImage> image = GuestImage.prepared(runtime.config().scratchDir());
        if (image.isEmpty() || !PlainQemu.available()) {
            System.out.printf("%s: guest boot not measured: %s%n", uri, image.isEmpty()
                    ? "no prepared guest image in " + runtime.config().scratchDir() + " (" + GuestImage.PREPARE_HINT
                    + ")" : PlainQemu.QEMU + " is not on the PATH");
            return;
        }
        Path scratch = Sandbox.runFolder(runtime.config().scratchDir());
        BootComparison.Figures f = new BootComparison(runtime.libvirt(), runtime.guestDefaults(), image.get(),
                scratch).run(BOOT_ROUNDS);
        System.out.printf(Locale.ROOT, "%s: guest boot to agent READY %d ms through libvirt (virDomainCreateXML "
                + "%d ms of it), %d ms with %s run directly: ratio %.2f of the medians, %.2f the median of each "
                + "round's (%d alternating rounds, domain type %s, %s; libvirt %s, direct %s)%n", uri,
                f.libvirtMedianMillis(), f.createMedianMillis(), f.directMedianMillis(), PlainQemu.QEMU, f.ratio(),
                f.pairedRatio(), BOOT_ROUNDS, runtime.guestDefaults().domainType(), runtime.guestDefaults().machine(),
                f.libvirt(), f.direct());
    }

    /** Removes {@code root} and everything under it, as far as it can: what is left stays, without a word. */
    private static void removeTree(Path root) {
        try {
            Sandbox.removeTree(root);
        } catch (IOException | UncheckedIOException e) {
            // A file went away meanwhile, or cannot be removed: the benchmark's figures are printed already.
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2);
    }

    private static double medianSeconds(int times, String... command) throws Exception {
        List<Double> seconds = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            long start = System.nanoTime();
            Process p = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            int exit = p.waitFor();
            if (exit != 0) {
                throw new IllegalStateException(String.join(" ", command) + " exited with " + exit);
            }
            seconds.add((System.nanoTime() - start) / 1e9);
        }
        seconds.sort(null);
        return seconds.get(seconds.size() / 2);
    }
}
