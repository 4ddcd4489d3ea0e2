package org.libvirt.tck.suites.bench;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.libvirt.tck.core.capabilities.Capabilities;
import org.libvirt.tck.core.capabilities.CapabilitiesParser;
import org.libvirt.tck.core.config.ConfigLoader;
import org.libvirt.tck.core.connect.TckConnection;
import org.libvirt.tck.domainbuilder.GuestDefaults;
import org.libvirt.tck.domainbuilder.domain.DomainBuilder;
import org.libvirt.tck.suites.run.ScenarioInfo;
import org.libvirt.tck.suites.run.SuiteRunner;
import org.libvirt.tck.suites.scenario.TckRuntime;

/**
 * {@code bin/libvirt-tck-benchmark}: the kit's speed, each figure next to its baseline measured in the same run.
 *
 * <pre>
 * bin/libvirt-tck-benchmark [URI...]     # default: test:///default qemu:///system
 * </pre>
 *
 * <p>Prints: {@code --list} start-up and a default run's wall time (JVM start included); per URI, the time one
 * persistent-lifecycle round takes through the kit (sandbox, cleanup, leak check, TestNG) against the same libvirt
 * calls made directly with libvirt-java, and the overhead in percent; and for a qemu URI, the whole run serial
 * against {@code --jobs 2}.
 */
public final class KitBenchmark {

    private KitBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<String> uris = args.length > 0 ? Arrays.asList(args) : List.of("test:///default", "qemu:///system");
        Path kit = Path.of(System.getProperty("libvirt.tck.home", ".")).resolve("bin/libvirt-tck");
        Path scratch = Files.createTempDirectory("tck-bench");

        double list = medianSeconds(5, kit.toString(), "--list");
        double defaultRun = medianSeconds(5, kit.toString(), "--output", scratch.resolve("default").toString());
        System.out.printf(Locale.ROOT, "--list start-up:                 %6.2f s (median of 5, JVM start included)%n",
                list);
        System.out.printf(Locale.ROOT, "default run on test:///default:  %6.2f s (median of 5, JVM start included)%n",
                defaultRun);

        for (String uri : uris) {
            int rounds = uri.startsWith("test:") ? 2000 : 10;
            overhead(uri, rounds);
        }
        for (String uri : uris) {
            if (uri.startsWith("qemu")) {
                double serial = medianSeconds(1, kit.toString(), "--uri", uri, "--force", "--output",
                        scratch.resolve("serial").toString());
                double jobs2 = medianSeconds(1, kit.toString(), "--uri", uri, "--force", "--jobs", "2", "--output",
                        scratch.resolve("jobs2").toString());
                System.out.printf(Locale.ROOT, "whole run on %s: serial %.1f s, --jobs 2 %.1f s (ratio %.2f)%n", uri,
                        serial, jobs2, jobs2 / serial);
            }
        }
    }

    private static void overhead(String uri, int rounds) throws Exception {
        try (TckConnection conn = TckConnection.open(uri)) {
            Capabilities caps = CapabilitiesParser.parse(conn.libvirt().getCapabilities());
            GuestDefaults guest = GuestDefaults.from(caps, null);
            TckRuntime runtime = new TckRuntime(ConfigLoader.load(Optional.empty(), Map.of(), Map.of("uri", uri)),
                    conn, caps, guest);
            String xml = DomainBuilder.named("tck-bench").withDefaults(guest).build().toXml();

            LifecycleRound.run(conn.libvirt(), xml);
            long directStart = System.nanoTime();
            for (int i = 0; i < rounds; i++) {
                LifecycleRound.run(conn.libvirt(), xml);
            }
            double direct = (System.nanoTime() - directStart) / 1e6 / rounds;

            BenchmarkScenario.rounds = rounds;
            ScenarioInfo scenario = new ScenarioInfo("bench.lifecycle-round", List.of("bench"),
                    BenchmarkScenario.class.getMethod("oneLifecycleRound", int.class));
            PrintWriter quiet = new PrintWriter(Writer.nullWriter());
            new SuiteRunner(runtime, quiet).run(List.of(scenario));
            long kitStart = System.nanoTime();
            new SuiteRunner(runtime, quiet).run(List.of(scenario));
            double throughKit = (System.nanoTime() - kitStart) / 1e6 / rounds;

            System.out.printf(Locale.ROOT, "%s: one lifecycle round %.3f ms direct, %.3f ms through the kit: "
                    + "the kit adds %.3f ms (%.1f%%) over %d rounds%n", uri, direct, throughKit, throughKit - direct,
                    100 * (throughKit - direct) / direct, rounds);
        }
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
