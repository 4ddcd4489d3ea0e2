package org.libvirt.tck.core.guest.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.libvirt.tck.core.guest.GuestImage;
import org.libvirt.tck.core.guest.GuestSession;
import org.libvirt.tck.core.guest.PlainQemu;

/**
 * Prints the time from starting QEMU to the agent's READY, for the PVH vmlinux and for the bzImage of the prepared
 * image (median of N runs, plain QEMU with TCG). Not a test; run it after {@code bin/libvirt-tck-prepare}:
 *
 * <pre>
 * mvn -q -o -pl tck-core test-compile
 * java -cp tck-core/target/classes:tck-core/target/test-classes \
 *     org.libvirt.tck.core.guest.bench.BootBenchmark [--runs 3] [--scratch-dir /var/tmp/libvirt-tck]
 * </pre>
 */
public final class BootBenchmark {

    private BootBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = 3;
        Path scratch = Path.of("/var/tmp/libvirt-tck");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--scratch-dir" -> scratch = Path.of(args[++i]);
                default -> {
                    System.err.println("usage: BootBenchmark [--runs N] [--scratch-dir DIR]");
                    System.exit(2);
                }
            }
        }
        Optional<GuestImage> prepared = GuestImage.prepared(scratch);
        if (prepared.isEmpty()) {
            System.err.println("no prepared guest image under " + scratch + ": " + GuestImage.PREPARE_HINT);
            System.exit(2);
        }
        GuestImage image = prepared.get();
        System.out.println(image);
        if (image.vmlinux().isPresent()) {
            report("PVH vmlinux", image.vmlinux().get(), image, runs);
        } else {
            System.out.println("PVH vmlinux: not available in this image");
        }
        report("bzImage", image.bzImage(), image, runs);
    }

    private static void report(String label, Path kernel, GuestImage image, int runs) throws Exception {
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            millis.add(bootToReady(kernel, image));
        }
        long[] sorted = millis.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("%-12s median %5d ms  (runs: %s)%n", label, sorted[sorted.length / 2],
                Arrays.toString(millis.toArray()));
    }

    private static long bootToReady(Path kernel, GuestImage image) throws Exception {
        Path work = Files.createTempDirectory("tck-boot-bench");
        long start = System.nanoTime();
        try (PlainQemu qemu = PlainQemu.boot(kernel, image, Optional.empty(), work);
                GuestSession session = GuestSession.connect(qemu.socket(), qemu.consoleLog(), Duration.ofSeconds(10))) {
            session.waitReady(Duration.ofSeconds(120));
            return (System.nanoTime() - start) / 1_000_000;
        } finally {
            try (Stream<Path> files = Files.walk(work)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
