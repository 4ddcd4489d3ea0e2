package org.libvirt.tck.suites.cli;

import static org.testng.Assert.assertEquals;
import static org.testng.Assert.assertFalse;
import static org.testng.Assert.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.testng.annotations.AfterClass;
import org.testng.annotations.BeforeClass;
import org.testng.annotations.DataProvider;
import org.testng.annotations.Test;

/**
 * Every entry point of the kit fed bad input, each as its own process the way a user runs it: the answer is one
 * clear line on stderr (a usage hint may follow), the documented exit code 2, no stack trace anywhere, and no file
 * created or changed.
 *
 * <p>The cases are a table, so that a new kind of bad input is one more row. Files a case needs are written into a
 * fresh folder first; after the run that folder must hold exactly what it held before, byte for byte.
 */
public class BadInputCatalogueTest {

    private static final int USAGE = 2;
    private static final String KIT = "org.libvirt.tck.suites.cli.LibvirtTckCommand";
    private static final String REPORT_TOOL = "org.libvirt.tck.report.cli.ReportCommand";
    private static final String BENCHMARK = "org.libvirt.tck.suites.bench.KitBenchmark";

    private Path fixtures;
    private Path goodReport;

    /** One bad input: which entry point, its arguments and environment, and the words the error line must hold. */
    record Case(String name, String tool, List<String> args, Map<String, String> env, String expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    @BeforeClass
    public void writeAGoodReport() throws Exception {
        fixtures = Files.createTempDirectory("tck-bad-input-");
        Path run = fixtures.resolve("good-run");
        Process kit = java(KIT, List.of("--output", run.toString(), "host.*"), Map.of(), fixtures);
        assertEquals(kit.waitFor(), 0, "a run on test:///default to take a good report from");
        goodReport = run.resolve("report.xml");
    }

    @AfterClass(alwaysRun = true)
    public void removeFixtures() throws IOException {
        if (fixtures != null) {
            try (Stream<Path> paths = Files.walk(fixtures)) {
                paths.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
            }
        }
    }

    @DataProvider(name = "badInput", parallel = true)
    public Object[][] badInput() {
        List<Case> cases = List.of(
                kit("unknown URI scheme", "cannot connect to foo:///bar", "--uri", "foo:///bar", "--output", "out"),
                kit("unreachable URI", "cannot connect to qemu+tcp://127.0.0.1:1/system",
                        "--uri", "qemu+tcp://127.0.0.1:1/system", "--output", "out"),
                kit("empty URI", "uri: must not be empty", "--uri", "", "--output", "out"),
                kit("missing config file", "no such configuration file", "--config", "missing.yml"),
                kit("malformed config", "not valid YAML", "--config", "malformed.yml"),
                kit("unknown config key", "unknown key 'colour'", "--config", "unknown-key.yml"),
                kit("config value of the wrong type", "scenario_timeout: expected an integer",
                        "--config", "wrong-type.yml"),
                new Case("environment value of the wrong type", KIT, List.of("--output", "out"),
                        Map.of("LIBVIRT_TCK_SCENARIO_TIMEOUT", "soon"), "LIBVIRT_TCK_SCENARIO_TIMEOUT"),
                kit("unknown scenario pattern", "no scenario matches 'nosuch.*'", "--output", "out", "nosuch.*"),
                kit("unknown group", "no scenario is in the groups", "--groups", "nosuch", "--output", "out"),
                kit("unknown option", "Unknown option: '--colour'", "--colour"),
                kit("zero jobs", "--jobs must be at least 1", "--jobs", "0", "--output", "out"),
                kit("output path that is a file", "is a file, not a folder", "--output", "a-file"),
                kit("output folder below a file", "cannot create output folder", "--output", "a-file/out"),
                kit("missing hosts file", "cannot read hosts file missing.hosts: no such file",
                        "--hosts", "missing.hosts", "--output", "out"),
                kit("malformed hosts file", "expected 'URI [OS_ID OS_VERSION]'",
                        "--hosts", "malformed.hosts", "--output", "out"),
                kit("malformed known-broken database", "expected a list of entries",
                        "--known-broken", "not-a-list.yml", "--output", "out"),
                kit("known-broken entry with an unknown key", "unknown key 'bogus'",
                        "--known-broken", "unknown-entry-key.yml", "--output", "out"),
                report("truncated report", "it is truncated", "filter", "truncated.xml"),
                report("foreign XML as a report", "expected a TCK report", "filter", "foreign.xml"),
                report("empty report file", "empty.xml", "filter", "empty.xml"),
                report("binary garbage as a report", "garbage.xml", "filter", "garbage.xml"),
                report("missing report", "missing.xml", "diff", "missing.xml", "good.xml"),
                report("truncated report in a diff", "it is truncated", "diff", "good.xml", "truncated.xml"),
                report("filter onto an existing file from a truncated report", "it is truncated",
                        "filter", "truncated.xml", "-o", "existing.xml"),
                report("html of a truncated report", "it is truncated", "html", "truncated.xml", "-o", "page.html"),
                report("html into a missing folder", "expected folder", "html", "good.xml", "-o", "nodir/page.html"),
                report("filter with a malformed database", "not valid YAML",
                        "filter", "good.xml", "--known-broken", "malformed.yml"),
                report("mark into a malformed database", "not valid YAML",
                        "mark", "good.xml", "--reason", "r", "--bug", "https://bugs.example/1",
                        "--known-broken", "malformed.yml"),
                report("unknown subcommand", "Unmatched argument", "summarise", "good.xml"),
                report("unknown option", "Unknown option: '--colour'", "diff", "--colour", "good.xml", "good.xml"),
                new Case("libvirt-tck-benchmark: unknown option", BENCHMARK, List.of("--colour"), Map.of(),
                        "unknown option --colour"),
                prepare("missing kernel", "kernel missing-vmlinuz: not a readable file", "--kernel", "missing-vmlinuz"),
                prepare("unknown option", "unknown argument: --colour", "--colour"));
        return cases.stream().map(c -> new Object[] {c}).toArray(Object[][]::new);
    }

    @Test(dataProvider = "badInput")
    public void badInputGetsOneClearLineExitCodeTwoAndLeavesNoFile(Case c) throws Exception {
        // GIVEN a folder holding the files the case reads, good and bad
        Path dir = Files.createTempDirectory(fixtures, "case-");
        writeInputs(dir);
        Map<String, String> before = snapshot(dir);

        // WHEN the entry point runs on it
        Process process = c.tool().equals("prepare")
                ? bash(c.args(), c.env(), dir)
                : java(c.tool(), c.args(), c.env(), dir);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), c + ": the process ended within 120 s");
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

        // THEN it says what is wrong in one line, exits 2, prints no stack trace and leaves the files as they were
        assertEquals(process.exitValue(), USAGE, c + ": exit code; stderr: " + err);
        String[] lines = err.split("\n");
        assertTrue(lines[0].contains(c.expected()), c + ": expected the error line to say '" + c.expected()
                + "', but stderr is: " + err);
        assertTrue(lines.length == 1 || lines[1].startsWith("Try '") || lines[1].startsWith("Usage:"),
                c + ": expected one error line (a usage hint may follow), but stderr is: " + err);
        for (String text : List.of(out, err)) {
            assertFalse(text.contains("Exception") || text.contains("\tat "), c + ": a stack trace: " + text);
        }
        assertEquals(snapshot(dir), before, c + ": the files in the folder after the run");
    }

    private static Case kit(String name, String expected, String... args) {
        return new Case("libvirt-tck: " + name, KIT, List.of(args), Map.of(), expected);
    }

    private static Case report(String name, String expected, String... args) {
        return new Case("libvirt-tck-report: " + name, REPORT_TOOL, List.of(args), Map.of(), expected);
    }

    private static Case prepare(String name, String expected, String... args) {
        List<String> all = new ArrayList<>(List.of("--scratch-dir", "scratch"));
        all.addAll(List.of(args));
        return new Case("libvirt-tck-prepare: " + name, "prepare", all, Map.of(), expected);
    }

    private void writeInputs(Path dir) throws IOException {
        String good = Files.readString(goodReport);
        Files.writeString(dir.resolve("good.xml"), good);
        Files.writeString(dir.resolve("truncated.xml"), good.substring(0, good.length() / 2));
        Files.writeString(dir.resolve("foreign.xml"), "<?xml version=\"1.0\"?><testsuite name=\"x\"/>\n");
        Files.writeString(dir.resolve("empty.xml"), "");
        Files.write(dir.resolve("garbage.xml"), new byte[] {0, 1, 2, (byte) 0xff, (byte) 0xfe, 10, 0});
        Files.writeString(dir.resolve("existing.xml"), "an earlier file that must survive\n");
        Files.writeString(dir.resolve("a-file"), "not a folder\n");
        Files.writeString(dir.resolve("malformed.yml"), "- scenario: [\n");
        Files.writeString(dir.resolve("unknown-key.yml"), "colour: blue\n");
        Files.writeString(dir.resolve("wrong-type.yml"), "scenario_timeout: soon\n");
        Files.writeString(dir.resolve("not-a-list.yml"), "just some words\n");
        Files.writeString(dir.resolve("unknown-entry-key.yml"), "- scenario: domain.x\n  bogus: 1\n");
        Files.writeString(dir.resolve("malformed.hosts"), "test:///default\none two three four\n");
    }

    /** Every file below {@code dir} with its content, so that a run that changed or added anything shows. */
    private static Map<String, String> snapshot(Path dir) throws IOException {
        Map<String, String> files = new HashMap<>();
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.filter(p -> !p.equals(dir)).toList()) {
                String content = Files.isRegularFile(p) ? new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1)
                        : "<folder>";
                files.put(dir.relativize(p).toString(), content);
            }
        }
        return files;
    }

    private static Process java(String mainClass, List<String> args, Map<String, String> env, Path dir)
            throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(args);
        return start(command, env, dir);
    }

    private static Process bash(List<String> args, Map<String, String> env, Path dir) throws IOException {
        List<String> command = new ArrayList<>(List.of("bash", kitHome().resolve("bin/libvirt-tck-prepare").toString()));
        command.addAll(args);
        return start(command, env, dir);
    }

    private static Process start(List<String> command, Map<String, String> env, Path dir) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        builder.environment().keySet().removeIf(k -> k.startsWith("LIBVIRT_TCK_"));
        builder.environment().putAll(env);
        Process process = builder.start();
        process.getOutputStream().close();
        return process;
    }

    private static Path kitHome() {
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            if (Files.isRegularFile(d.resolve("bin/libvirt-tck-prepare"))) {
                return d;
            }
        }
        throw new IllegalStateException("bin/libvirt-tck-prepare not found above " + Path.of("").toAbsolutePath());
    }
}
