package org.libvirt.tck.core.guest;

import static org.testng.Assert.assertEquals;
import static org.testng.Assert.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.testng.SkipException;
import org.testng.annotations.AfterClass;
import org.testng.annotations.BeforeClass;
import org.testng.annotations.Test;

/**
 * Runs {@code bin/libvirt-tck-prepare} into a temporary scratch folder (about 4 s per build). Skipped when the host
 * lacks a kernel with modules, static busybox or cpio: the test never installs packages.
 */
public class PrepareCacheTest {

    private static final Path PREPARE = Path.of("..", "bin", "libvirt-tck-prepare").toAbsolutePath().normalize();

    private Path scratch;

    private record Run(int exitCode, String stdout, String stderr) {
    }

    @BeforeClass
    public void requireTheInputs() throws IOException {
        List<Path> kernels;
        try (Stream<Path> boot = Files.list(Path.of("/boot"))) {
            kernels = boot.filter(p -> p.getFileName().toString().startsWith("vmlinuz-")).toList();
        } catch (IOException e) {
            kernels = List.of();
        }
        boolean modules = kernels.stream().anyMatch(k -> Files.isRegularFile(Path.of("/lib/modules",
                k.getFileName().toString().substring("vmlinuz-".length()), "modules.dep")));
        if (!modules || !Files.isExecutable(Path.of("/bin/busybox")) || !onPath("cpio") || !onPath("python3")
                || !Files.isExecutable(PREPARE)) {
            throw new SkipException("needs /boot/vmlinuz-* with its /lib/modules, /bin/busybox (busybox-static), "
                    + "cpio and python3; bin/libvirt-tck-prepare installs them, this test does not");
        }
        scratch = Files.createTempDirectory("tck-prepare");
    }

    @AfterClass(alwaysRun = true)
    public void remove() throws IOException {
        if (scratch != null) {
            try (Stream<Path> files = Files.walk(scratch)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static boolean onPath(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }

    private Run prepare(String... args) throws IOException, InterruptedException {
        Path out = scratch.resolve("out.txt");
        Path err = scratch.resolve("err.txt");
        List<String> command = new ArrayList<>(List.of(PREPARE.toString(), "--scratch-dir",
                scratch.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("bin/libvirt-tck-prepare did not finish within 120 s");
        }
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    public void aBuiltImageIsVerifiedReusedAndRebuiltWhenCorrupt() throws Exception {
        Run first = prepare();
        assertEquals(first.exitCode(), 0, first.stderr());
        GuestImage image = GuestImage.prepared(scratch).orElseThrow();
        assertTrue(first.stdout().contains("TCK_GUEST_INITRD=" + scratch.resolve("guest").resolve(image.key())
                .resolve("initramfs.cpio.gz")), first.stdout());
        assertTrue(Files.size(image.initramfs()) > 0);

        Run second = prepare();
        assertEquals(second.exitCode(), 0, second.stderr());
        assertTrue(second.stderr().contains("using cached image"), second.stderr());
        assertEquals(second.stdout(), first.stdout());

        Files.writeString(image.initramfs(), "partial");
        Run third = prepare();
        assertEquals(third.exitCode(), 0, third.stderr());
        assertTrue(third.stderr().contains("is incomplete or corrupt: rebuilding"), third.stderr());
        GuestImage.load(image.dir());
    }

    @Test
    public void anUnknownOptionIsOneLinePlusUsage() throws Exception {
        Run run = prepare("--bogus");
        assertEquals(run.exitCode(), 2);
        assertTrue(run.stderr().startsWith("libvirt-tck-prepare: unknown argument: --bogus\nUsage: "), run.stderr());
    }
}
