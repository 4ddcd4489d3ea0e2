package org.libvirt.tck.report.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.libvirt.tck.report.diff.DiffTextWriter;
import org.libvirt.tck.report.diff.ReportDiff;
import org.libvirt.tck.report.io.AtomicFiles;
import org.libvirt.tck.report.model.Report;
import org.libvirt.tck.report.model.RunInfo;
import org.libvirt.tck.report.model.ScenarioResult;
import org.libvirt.tck.report.model.Status;
import org.libvirt.tck.report.xml.ReportXmlWriter;

/**
 * Times {@code ReportDiff.compare(Path, Path)} on two generated reports of 100,000 scenarios each and prints
 * the time and the peak heap it used; a main class, not a unit test. Run it from the top folder:
 *
 * <pre>
 * mvn -q -B -o -DskipTests package
 * java -Xmx256m -cp "tck-report/target/test-classes:tck-suites/target/lib/*" \
 *     org.libvirt.tck.report.bench.DiffBenchmark [SCENARIOS]
 * </pre>
 * The target is under 2 s and 256 MB; {@code -Xmx256m} makes the heap limit part of the run. Round 1 is
 * what a fresh {@code libvirt-tck-report diff} pays (JIT warm-up included); the last line gives the last,
 * warm, round. The wall time depends on the load of the machine: the CPU time is printed beside it. Add
 * {@code -XX:TieredStopAtLevel=1 -XX:+UseSerialGC}, as bin/libvirt-tck-report does, for the command's figures.
 */
public final class DiffBenchmark {

    private DiffBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path dir = Files.createTempDirectory("tck-diff-bench");
        Path oldFile = dir.resolve("old.xml");
        Path newFile = dir.resolve("new.xml");
        write(oldFile, generate(n, 1));
        write(newFile, generate(n, 2));
        System.out.printf(Locale.ROOT, "reports: %d scenarios each, %.1f MB and %.1f MB%n", n,
                Files.size(oldFile) / 1e6, Files.size(newFile) / 1e6);

        ReportDiff diff = null;
        long nanos = 0;
        long peak = 0;
        int rounds = 4;
        for (int round = 1; round <= rounds; round++) {
            diff = null;
            System.gc();
            long base = heapUsed();
            resetPeaks();
            long cpu0 = processCpu();
            long t0 = System.nanoTime();
            diff = ReportDiff.compare(oldFile, newFile);
            nanos = System.nanoTime() - t0;
            long cpu = processCpu() - cpu0;
            peak = peakHeap() - base;
            System.gc();
            long retained = heapUsed() - base;
            System.out.printf(Locale.ROOT, "round %d: %d ms wall, %d ms CPU (all threads, JIT and GC too), "
                    + "peak heap above baseline %.1f MB (baseline %.1f MB), the diff retains %.1f MB%n",
                    round, nanos / 1_000_000, cpu / 1_000_000, peak / 1e6, base / 1e6, retained / 1e6);
        }
        System.out.println(DiffTextWriter.totals(diff));
        System.out.printf(Locale.ROOT, "result: %d ms, peak heap %.1f MB (target: under 2000 ms and 256 MB)%n",
                nanos / 1_000_000, peak / 1e6);
        if (System.getProperty("keep") != null) { System.out.println(dir); return; }
        Files.delete(oldFile);
        Files.delete(newFile);
        Files.delete(dir);
    }

    /** A report where about 2% of scenarios fail, a few with long messages, and ids differ slightly by seed. */
    private static Report generate(int n, long seed) {
        Random random = new Random(seed);
        RunInfo run = new RunInfo("qemu:///system", "QEMU", "9.0.0", "9.0.0", "QEMU", "8.2.2", "x86_64", "debian",
                "12", "bench", "0.1.0", Instant.parse("2024-05-01T10:00:00Z"),
                Instant.parse("2024-05-01T12:00:00Z"), true);
        List<ScenarioResult> results = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String id = "family" + (i % 50) + ".scenario-number-" + (seed == 2 && i % 1000 == 0 ? "renamed-" : "") + i;
            int roll = random.nextInt(100);
            Status status = roll < 2 ? Status.FAIL : roll < 3 ? Status.ERROR : roll < 8 ? Status.SKIP
                    : roll < 10 ? Status.UNSUPPORTED : Status.PASS;
            String message = status == Status.PASS ? null : "expected the domain to be running but it is shut off";
            String details = status == Status.FAIL ? "java.lang.AssertionError: expected running\n\tat X.run(X.java:42)"
                    .repeat(5) : null;
            results.add(new ScenarioResult(id, List.of("family" + (i % 50), "smoke"), status,
                    Duration.ofMillis(random.nextInt(5000)), message, details));
        }
        return new Report(run, results);
    }

    private static void write(Path file, Report report) throws IOException {
        AtomicFiles.write(file, out -> new ReportXmlWriter(Clock.systemUTC()).write(report, out));
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
    }

    private static void resetPeaks() {
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The sum of each heap pool's peak since the reset; an upper bound of the peak of the whole heap. */
    private static long peakHeap() {
        return heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    private static long processCpu() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    private static long heapUsed() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
