package org.libvirt.tck.suites.cli;

import static org.testng.Assert.assertEquals;
import static org.testng.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.libvirt.tck.report.model.Report;
import org.libvirt.tck.report.xml.ReportXmlReader;
import org.testng.SkipException;
import org.testng.annotations.Test;

/** Several targets in one run: each its own report, one combined exit code, an unreachable one reported. */
public class MultiTargetTest {

    @Test
    public void twoTargetsEachGetAReportAndAnUnreachableOneIsReportedWhileTheOthersRun() throws Exception {
        Path out = Files.createTempDirectory("tck-multi");
        CommandRun run = CommandRun.of("--uri", "test:///default", "--uri", "qemu+tcp://127.0.0.1:1/system",
                "--output", out.toString(), "domain");
        assertEquals(run.exit(), 2, "the worst target's code: did not run\n" + run.out() + run.err());
        Report test = ReportXmlReader.read(out.resolve("01-test").resolve("report.xml"));
        assertTrue(test.run().complete() && !test.hasUnexpected());
        assertTrue(run.err().contains("[02-qemu] libvirt-tck: cannot connect to qemu+tcp://127.0.0.1:1/system: "),
                run.err());
        assertTrue(run.out().contains("  qemu+tcp://127.0.0.1:1/system -- did not run (unreachable or unusable)"),
                run.out());
        assertTrue(Files.readString(out.resolve("matrix.html")).contains("test:///default"),
                "the matrix shows the target that ran");
    }

    @Test
    public void aHostsFileGivesTargetsAndPlatformLabels() throws Exception {
        Path hosts = Files.createTempFile("tck-hosts", ".txt");
        Files.writeString(hosts, "# targets\ntest:///default   plan9 4\n\n");
        Path out = Files.createTempDirectory("tck-multi");
        CommandRun run = CommandRun.of("--hosts", hosts.toString(), "--uri", "test:///default",
                "--output", out.toString(), "host.node-info");
        assertEquals(run.exit(), 0, run.out() + run.err());
        Report labelled = ReportXmlReader.read(out.resolve("02-test").resolve("report.xml"));
        assertEquals(labelled.run().osName(), "plan9");
        assertEquals(labelled.run().osVersion(), "4");
    }

    @Test
    public void aMalformedHostsFileIsExitTwoNamingTheLine() throws Exception {
        Path hosts = Files.createTempFile("tck-hosts", ".txt");
        Files.writeString(hosts, "test:///default\nnot a uri line\n");
        CommandRun run = CommandRun.of("--hosts", hosts.toString(), "--list");
        assertEquals(run.exit(), 2);
        assertEquals(run.errLines()[0], "libvirt-tck: " + hosts + ":2: expected 'URI [OS_ID OS_VERSION]', found "
                + "'not a uri line'");
    }

    @Test
    public void theLocalTestDriverAndTheLoopbackRemoteQemuRunTogether() throws Exception {
        String remote = System.getenv("LIBVIRT_TCK_REMOTE_URI");
        if (remote == null) {
            throw new SkipException("needs LIBVIRT_TCK_REMOTE_URI (bin/libvirt-tck-selftest sets it)");
        }
        Path out = Files.createTempDirectory("tck-multi");
        CommandRun run = CommandRun.of("--uri", "test:///default", "--uri", remote, "--force",
                "--output", out.toString());
        assertEquals(run.exit(), 0, run.out() + run.err());
        Report local = ReportXmlReader.read(out.resolve("01-test").resolve("report.xml"));
        Report viaTcp = ReportXmlReader.read(out.resolve("02-qemu").resolve("report.xml"));
        assertEquals(local.run().driver(), "test");
        assertEquals(viaTcp.run().driver(), "qemu");
        assertEquals(viaTcp.run().uri(), remote);
        // The same scenarios ran on both; the remote one also reports the parts of the guest checks it ran.
        assertEquals(scenarioIds(viaTcp), scenarioIds(local));
        assertTrue(!viaTcp.hasUnexpected() && !local.hasUnexpected());
        String matrix = Files.readString(out.resolve("matrix.html"));
        assertTrue(matrix.contains(remote) && matrix.contains("test:///default"), "the matrix has both runs");
        assertTrue(matrix.contains("domain.persistent-lifecycle"), "the matrix has the scenarios");
    }

    private static java.util.List<String> scenarioIds(Report report) {
        return report.scenarios().stream().filter(r -> r.parentId() == null).map(r -> r.id()).toList();
    }
}
