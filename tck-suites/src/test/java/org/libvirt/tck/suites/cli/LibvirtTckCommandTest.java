package org.libvirt.tck.suites.cli;

import static org.testng.Assert.assertEquals;
import static org.testng.Assert.assertFalse;
import static org.testng.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.libvirt.tck.core.connect.TckConnection;
import org.libvirt.tck.core.host.TckObjects;
import org.testng.annotations.Test;

/** The command line's answers to good and bad input, run in-process on the test driver. */
public class LibvirtTckCommandTest {

    private static void assertOneErrorLine(CommandRun run, int exit, String expected) {
        assertEquals(run.exit(), exit, run.err());
        assertTrue(run.errLines().length >= 1 && run.errLines().length <= 2, "one line (plus usage): " + run.err());
        assertEquals(run.errLines()[0], expected);
        assertFalse(run.err().contains("\tat "), "no stack trace: " + run.err());
    }

    @Test
    public void listShowsEveryScenarioWithItsGroupsAndCountsPerFamily() {
        CommandRun run = CommandRun.of("--list");
        assertEquals(run.exit(), 0, run.err());
        assertTrue(run.out().matches("(?s).*\\ndomain\\.transient-lifecycle +domain,lifecycle\\n.*"), run.out());
        assertTrue(run.out().matches("(?s).*\\n\\d+ scenarios: host \\d+, domain \\d+(, [a-z]+ \\d+)*\\n"), run.out());
    }

    @Test
    public void listWithAPatternShowsOnlyMatchingScenarios() {
        CommandRun run = CommandRun.of("--list", "domain.persistent-*");
        assertEquals(run.exit(), 0, run.err());
        assertTrue(run.out().startsWith("domain.persistent-lifecycle "), run.out());
        assertFalse(run.out().contains("transient-lifecycle"));
    }

    @Test
    public void listWithGroupsShowsOnlyThoseGroups() {
        CommandRun run = CommandRun.of("--list", "--groups", "identity");
        assertEquals(run.exit(), 0, run.err());
        assertFalse(run.out().contains("lifecycle "), run.out());
        assertTrue(run.out().contains("domain.create-duplicate-uuid"), run.out());
    }

    @Test
    public void anUnknownOptionIsOneLineAndExitTwo() {
        assertOneErrorLine(CommandRun.of("--bogus"), 2, "libvirt-tck: Unknown option: '--bogus'");
    }

    @Test
    public void anUnknownPatternIsExitTwo() {
        assertOneErrorLine(CommandRun.of("nosuch.scenario"), 2,
                "libvirt-tck: no scenario matches 'nosuch.scenario'; see --list for the ids");
    }

    @Test
    public void anUnknownUriIsExitTwoNamingIt() throws Exception {
        Path out = Files.createTempDirectory("tck-out");
        assertOneErrorLine(CommandRun.of("--uri", "bogus:///nowhere", "--output", out.toString()), 2,
                "libvirt-tck: cannot connect to bogus:///nowhere: no connection driver available for bogus:///nowhere");
    }

    @Test
    public void anUnreachableDaemonIsExitTwoNamingIt() throws Exception {
        Path out = Files.createTempDirectory("tck-out");
        CommandRun run = CommandRun.of("--uri", "qemu+tcp://127.0.0.1:1/system", "--output", out.toString());
        assertEquals(run.exit(), 2, run.err());
        assertTrue(run.errLines()[0].startsWith("libvirt-tck: cannot connect to qemu+tcp://127.0.0.1:1/system: "),
                run.err());
        assertEquals(run.errLines().length, 1, run.err());
    }

    @Test
    public void aMalformedConfigIsExitTwoWithItsLine() throws Exception {
        Path config = Files.createTempFile("tck", ".yml");
        Files.writeString(config, "uri: test:///default\nguest: [unclosed\n");
        CommandRun run = CommandRun.of("--config", config.toString(), "--list");
        assertEquals(run.exit(), 2);
        assertTrue(run.errLines()[0].startsWith("libvirt-tck: " + config + ": line "), run.err());
        assertEquals(run.errLines().length, 1, run.err());
    }

    @Test
    public void aConfigWithAnUnknownKeyIsExitTwo() throws Exception {
        Path config = Files.createTempFile("tck", ".yml");
        Files.writeString(config, "urii: test:///default\n");
        CommandRun run = CommandRun.of("--config", config.toString(), "--list");
        assertEquals(run.exit(), 2);
        assertTrue(run.errLines()[0].startsWith("libvirt-tck: " + config + ": unknown key 'urii'"), run.err());
    }

    @Test
    public void aMissingConfigIsExitTwo() {
        assertOneErrorLine(CommandRun.of("--config", "/nonexistent.yml", "--list"), 2,
                "libvirt-tck: /nonexistent.yml: no such configuration file");
    }

    @Test
    public void anEnvironmentValueOfTheWrongTypeIsExitTwo() {
        CommandRun run = CommandRun.withEnvironment(Map.of("LIBVIRT_TCK_SCENARIO_TIMEOUT", "never"), "--list");
        assertOneErrorLine(run, 2, "libvirt-tck: environment variable LIBVIRT_TCK_SCENARIO_TIMEOUT: "
                + "scenario_timeout: expected an integer, found 'never'");
    }

    @Test
    public void aMisspeltVariableIsWarnedOfWithTheSettingItMeantAndTheRunGoesOn() {
        CommandRun run = CommandRun.withEnvironment(Map.of("LIBVIRT_TCK_SCRATCHDIR", "/tmp", "LIBVIRT_TCK_COLOUR",
                "yes"), "--list");

        assertEquals(run.exit(), 0, run.err());
        assertEquals(run.err(), "libvirt-tck: warning: environment variable LIBVIRT_TCK_COLOUR names no setting and "
                + "is ignored\nlibvirt-tck: warning: environment variable LIBVIRT_TCK_SCRATCHDIR names no setting and "
                + "is ignored (did you mean LIBVIRT_TCK_SCRATCH_DIR?)\n");
        assertTrue(run.out().contains("domain.persistent-lifecycle"), run.out());
    }

    @Test
    public void theKitsOwnVariablesThatAreNotSettingsGetNoWarning() throws Exception {
        Path emptyDatabase = Files.createTempDirectory("tck-known-broken");
        CommandRun run = CommandRun.withEnvironment(Map.of("LIBVIRT_TCK_SCRATCH_DIR", "/tmp",
                "LIBVIRT_TCK_LIVE_URIS", "test:///default", "LIBVIRT_TCK_REMOTE_URI", "qemu+tcp://127.0.0.1/system",
                "LIBVIRT_TCK_KNOWN_BROKEN", emptyDatabase.toString()), "--list");
        Files.delete(emptyDatabase);

        assertEquals(run.exit(), 0, run.err());
        assertEquals(run.err(), "");
    }

    @Test
    public void anOutputPathThatIsAFileIsExitTwo() throws Exception {
        Path file = Files.createTempFile("tck-out", ".txt");
        assertOneErrorLine(CommandRun.of("--output", file.toString(), "domain.lookup-missing"), 2,
                "libvirt-tck: output path " + file + " is a file, not a folder");
    }

    @Test
    public void versionComesFromTheBuild() {
        CommandRun run = CommandRun.of("--version");
        assertEquals(run.exit(), 0);
        assertEquals(run.out().trim(), "libvirt-tck " + KitVersion.get());
    }

    @Test
    public void leftoverTckObjectsMakeTheKitRefuseWithExitThree() throws Exception {
        // test:///default keeps its state while any connection in the process is open: this one holds it.
        try (TckConnection conn = TckConnection.open("test:///default")) {
            conn.libvirt().domainDefineXML("<domain type='test'><name>tck-leftover</name><memory>65536</memory>"
                    + "<os><type>hvm</type></os></domain>");
            try {
                Path out = Files.createTempDirectory("tck-out");
                CommandRun run = CommandRun.of("--output", out.toString(), "domain.lookup-missing");
                assertOneErrorLine(run, 3, "libvirt-tck: refusing to run on test:///default: it already has tck "
                        + "objects (domain tck-leftover); remove them or run with --force to let the kit remove them");
                assertEquals(conn.libvirt().domainLookupByName("tck-leftover").isPersistent(), 1, "left alone");
                assertFalse(Files.exists(out.resolve("report.xml")));
            } finally {
                TckObjects.removeAll(conn.libvirt());
            }
        }
    }

    @Test
    public void forceRemovesLeftoverTckObjectsAndRuns() throws Exception {
        try (TckConnection conn = TckConnection.open("test:///default")) {
            conn.libvirt().domainDefineXML("<domain type='test'><name>tck-leftover</name><memory>65536</memory>"
                    + "<os><type>hvm</type></os></domain>");
            Path out = Files.createTempDirectory("tck-out");
            CommandRun run = CommandRun.of("--force", "--output", out.toString(), "domain.lookup-missing");
            assertEquals(run.exit(), 0, run.err() + run.out());
            assertTrue(run.out().contains("removed earlier tck objects: domain tck-leftover"), run.out());
            assertEquals(TckObjects.find(conn.libvirt()).size(), 0);
            assertTrue(Files.exists(out.resolve("report.xml")));
        }
    }

    @Test
    public void forceRemovesTheScratchFoldersOfRunsThatAreGoneAndNothingElse() throws Exception {
        Path scratch = Files.createTempDirectory("tck-scratch");
        Process ended = new ProcessBuilder("true").start();
        ended.waitFor();
        Path gone = Files.createDirectories(scratch.resolve("run-" + ended.pid()));
        Files.writeString(gone.resolve("tck-disk.img"), "an image a killed run left");
        Path running = Files.createDirectories(scratch.resolve("run-1")); // pid 1 always runs
        Path other = Files.createDirectories(scratch.resolve("not-a-run-folder"));
        Map<String, String> env = Map.of("LIBVIRT_TCK_SCRATCH_DIR", scratch.toString());

        CommandRun plain = CommandRun.withEnvironment(env, "--output",
                Files.createTempDirectory("tck-out").toString(), "domain.lookup-missing");
        assertEquals(plain.exit(), 0, plain.err() + plain.out());
        assertTrue(Files.exists(gone), "without --force the folder stays");

        CommandRun forced = CommandRun.withEnvironment(env, "--force", "--output",
                Files.createTempDirectory("tck-out").toString(), "domain.lookup-missing");
        assertEquals(forced.exit(), 0, forced.err() + forced.out());
        assertTrue(forced.out().contains("removed scratch folders of earlier runs that did not end cleanly: " + gone),
                forced.out());
        assertFalse(Files.exists(gone), "the gone run's folder and its image are removed");
        assertTrue(Files.isDirectory(running), "a folder whose process runs stays");
        assertTrue(Files.isDirectory(other), "what is not a run folder stays");
    }
}
