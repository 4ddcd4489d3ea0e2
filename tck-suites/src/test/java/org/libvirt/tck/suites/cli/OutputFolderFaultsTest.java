package org.libvirt.tck.suites.cli;

import static org.testng.Assert.assertEquals;
import static org.testng.Assert.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.testng.SkipException;
import org.testng.annotations.AfterMethod;
import org.testng.annotations.BeforeMethod;
import org.testng.annotations.Test;

/** Real read-only and real full file systems as the output folder (tmpfs mounts; needs root). */
public class OutputFolderFaultsTest {

    private Path mountPoint;

    private static int sh(String command) throws Exception {
        Process p = new ProcessBuilder("sh", "-c", command).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), command);
        return p.exitValue();
    }

    @BeforeMethod
    public void makeMountPoint() throws Exception {
        if (!"root".equals(System.getProperty("user.name"))) {
            throw new SkipException("mounting a tmpfs needs root");
        }
        mountPoint = Files.createTempDirectory("tck-mnt");
    }

    @AfterMethod(alwaysRun = true)
    public void unmount() throws Exception {
        if (mountPoint != null) {
            sh("umount '" + mountPoint + "' 2>/dev/null; rmdir '" + mountPoint + "'");
        }
    }

    @Test
    public void aReadOnlyOutputFolderIsExitTwoBeforeAnythingRuns() throws Exception {
        assertEquals(sh("mount -t tmpfs -o ro,size=1m tmpfs '" + mountPoint + "'"), 0);
        CommandRun run = CommandRun.of("--output", mountPoint.toString(), "domain.lookup-missing");
        assertEquals(run.exit(), 2, run.err());
        assertEquals(run.errLines()[0], "libvirt-tck: output folder " + mountPoint + " is not writable");
        assertEquals(run.out(), "", "nothing ran");
    }

    @Test
    public void aFullDiskIsOneClearLineAndLeavesNoPartialReport() throws Exception {
        assertEquals(sh("mount -t tmpfs -o size=4k tmpfs '" + mountPoint + "' && "
                + "dd if=/dev/zero of='" + mountPoint + "/filler' bs=1k count=64 2>/dev/null; true"), 0);
        CommandRun run = CommandRun.of("--output", mountPoint.toString(), "domain.lookup-missing");
        assertEquals(run.exit(), 2, run.out() + run.err());
        assertTrue(run.errLines()[0].startsWith("libvirt-tck: cannot write the reports into " + mountPoint + ": "),
                run.err());
        assertEquals(run.errLines().length, 1, run.err());
        for (File f : mountPoint.toFile().listFiles()) {
            assertEquals(f.getName(), "filler", "no report file, partial or temporary, is left");
        }
    }
}
