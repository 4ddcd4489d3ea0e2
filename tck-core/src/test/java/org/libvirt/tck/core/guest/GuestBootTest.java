package org.libvirt.tck.core.guest;

import static org.testng.Assert.assertEquals;
import static org.testng.Assert.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.libvirt.tck.core.config.ConfigLoader;
import org.libvirt.tck.core.guest.CheckResult.Status;
import org.testng.SkipException;
import org.testng.annotations.AfterClass;
import org.testng.annotations.BeforeClass;
import org.testng.annotations.Test;

/**
 * Boots the prepared guest image with plain QEMU (TCG, no libvirt) and talks to its agent.
 *
 * <p>Skipped when {@code bin/libvirt-tck-prepare} has not been run for the configured {@code scratch_dir}
 * ({@code LIBVIRT_TCK_SCRATCH_DIR} overrides it) or QEMU is not installed. About 5 s with a PVH kernel.
 */
public class GuestBootTest {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

    private Path work;
    private PlainQemu qemu;
    private GuestSession session;
    private GuestImage image;
    private String bootId;

    @BeforeClass
    public void bootTheGuest() throws Exception {
        Path scratch = ConfigLoader.load(Optional.empty(), System.getenv(), Map.of()).scratchDir();
        image = GuestImage.prepared(scratch).orElseThrow(() -> new SkipException(
                "no prepared guest image under " + scratch.resolve(GuestImage.CACHE_FOLDER) + ": "
                        + GuestImage.PREPARE_HINT + " (a few seconds) to run this test"));
        if (!PlainQemu.available()) {
            throw new SkipException(PlainQemu.QEMU + " is not installed: apt-get install qemu-system-x86");
        }
        work = Files.createTempDirectory("tck-guest-boot");
        Path checks = Files.createDirectory(work.resolve("checks"));
        Files.writeString(checks.resolve("10-passes.sh"), "echo all good\nexit 0\n");
        Files.writeString(checks.resolve("20-skips.sh"), "echo no disk here\nexit 77\n");
        Files.writeString(checks.resolve("30-fails.sh"), "echo broken >&2\nexit 4\n");

        qemu = PlainQemu.boot(image.kernel(), image, Optional.of(checks), work);
        session = GuestSession.connect(qemu.socket(), qemu.consoleLog(), Duration.ofSeconds(10));
        bootId = session.waitReady(READY_TIMEOUT);
    }

    @AfterClass(alwaysRun = true)
    public void stopTheGuest() throws IOException {
        try {
            if (session != null) {
                session.close();
            }
        } finally {
            if (qemu != null) {
                qemu.close();
            }
            if (work != null) {
                try (Stream<Path> files = Files.walk(work)) {
                    files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
    }

    @Test
    public void theAgentAnnouncesTheGuestKernelsBootId() {
        assertEquals(session.exec("cat /proc/sys/kernel/random/boot_id").output().strip(), bootId);
    }

    @Test
    public void execReturnsTheOutputOfEachCommand() {
        ExecResult result = session.exec("echo hello; uname -r");
        assertEquals(result, new ExecResult(0, "hello\n" + image.kernelVersion() + "\n"));
    }

    @Test
    public void aFailingCommandReportsItsExitCodeAndStandardError() {
        ExecResult result = session.exec("echo oops >&2; exit 3");
        assertEquals(result, new ExecResult(3, "oops\n"));
    }

    @Test
    public void checksOfTheNinePShareEndAsPassSkipOrFail() {
        List<CheckResult> results = session.runChecks();
        assertEquals(results, List.of(new CheckResult("10-passes.sh", 0, "all good\n"),
                new CheckResult("20-skips.sh", 77, "no disk here\n"),
                new CheckResult("30-fails.sh", 4, "broken\n")));
        assertEquals(results.stream().map(CheckResult::status).toList(), List.of(Status.PASS, Status.SKIP, Status.FAIL));
    }

    @Test
    public void theShareIsReadOnlyInTheGuest() {
        ExecResult result = session.exec("touch /checks/new-file");
        assertTrue(result.exitCode() != 0, "writing to the read-only share succeeded: " + result);
    }
}
