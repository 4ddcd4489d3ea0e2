package org.libvirt.tck.report.known;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.libvirt.tck.report.model.KnownIssue;
import org.libvirt.tck.report.model.Report;
import org.libvirt.tck.report.model.RunInfo;
import org.libvirt.tck.report.model.ScenarioResult;
import org.libvirt.tck.report.model.Status;

/**
 * The known-broken database: scenarios known to fail on some driver, platform and versions, read from
 * the YAML files of {@code conf/known-broken/}, and applied to a report.
 *
 * <pre>{@code
 * KnownBroken db = KnownBroken.load(Path.of("conf/known-broken"));   // a folder of *.yml, or one file
 * Report applied = db.apply(report);
 * int exit = applied.hasUnexpected() ? 1 : 0;                       // known failures do not count
 * }</pre>
 *
 * <p>Applying it: for each scenario, the first entry (files in name order, entries in file order) whose
 * scenario glob, driver, platform and version ranges match decides. A {@code fail} or {@code error} becomes
 * {@link Status#KNOWN_FAIL}; a {@code pass} under an entry with {@code status: fail} becomes
 * {@link Status#UNEXPECTED_PASS}, and under {@code status: flaky} stays a pass; other statuses stay. The
 * entry's reason, bug and {@code file:line} go into {@link ScenarioResult#known()}. Results that already
 * carry a known-broken status are left as they are, so applying twice changes nothing more.
 *
 * <p>Parts ({@code guest.checks/20-memory}, see {@link ScenarioResult#parentId()}) and their scenarios cover each
 * other where that is what a person means: a failing part without an entry of its own is known under an entry of
 * its scenario; and a scenario that failed only because parts failed, all of them known, is known too (as is a check
 * script's row whose failed tests are all known), so that an entry for the one failing check keeps the release gate
 * open.
 */
public final class KnownBroken {

    private static final KnownBroken EMPTY = new KnownBroken(List.of());

    private final List<KnownBrokenEntry> entries;

    private KnownBroken(List<KnownBrokenEntry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** The environment variable that names the known-broken database when no path is given. */
    public static final String ENV = "LIBVIRT_TCK_KNOWN_BROKEN";

    /** The system property the bin/ scripts set to the kit's folder, whose conf/known-broken is the default. */
    public static final String HOME_PROPERTY = "libvirt.tck.home";

    /**
     * Where the database is: {@code given}, else {@value #ENV}, else the kit's {@code conf/known-broken}.
     *
     * <pre>{@code
     * KnownBroken db = KnownBroken.locateAndLoad(null, System.getenv());
     * }</pre>
     */
    public static Path locate(Path given, Map<String, String> environment) {
        if (given != null) {
            return given;
        }
        String fromEnv = environment.get(ENV);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv);
        }
        String home = System.getProperty(HOME_PROPERTY);
        return home == null ? Path.of("conf", "known-broken") : Path.of(home, "conf", "known-broken");
    }

    /** Loads the database {@link #locate} finds; a default location that does not exist is an empty database. */
    public static KnownBroken locateAndLoad(Path given, Map<String, String> environment) throws KnownBrokenException {
        Path path = locate(given, environment);
        if (given == null && !Files.exists(path)) {
            return empty();
        }
        return load(path);
    }

    /** A database without entries: applying it changes nothing. */
    public static KnownBroken empty() {
        return EMPTY;
    }

    /** A database of these entries, in this order. */
    public static KnownBroken of(List<KnownBrokenEntry> entries) {
        return new KnownBroken(entries);
    }

    /**
     * Reads a folder of {@code *.yml} and {@code *.yaml} files (not its sub-folders), in name order, or one
     * file. Files are named in messages as {@code dirOrFile} resolved to them, e.g.
     * {@code conf/known-broken/qemu.yml:12: ...}.
     *
     * @throws KnownBrokenException when the path does not exist or cannot be read, or any entry is bad
     */
    public static KnownBroken load(Path dirOrFile) throws KnownBrokenException {
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(dirOrFile)) {
            try (Stream<Path> list = Files.list(dirOrFile)) {
                list.filter(p -> isYaml(p) && Files.isRegularFile(p)).sorted().forEach(files::add);
            } catch (IOException e) {
                throw new KnownBrokenException(dirOrFile.toString(), -1, "cannot list the folder: " + e.getMessage()
                        + "; check its permissions", e);
            }
        } else if (Files.isRegularFile(dirOrFile)) {
            files.add(dirOrFile);
        } else {
            throw new KnownBrokenException(dirOrFile.toString(), -1, "expected a known-broken folder of *.yml "
                    + "files, or one such file, but there is no such file or folder; check the path "
                    + "(the kit's own is conf/known-broken)");
        }
        List<KnownBrokenEntry> entries = new ArrayList<>();
        for (Path file : files) {
            entries.addAll(read(file));
        }
        return new KnownBroken(entries);
    }

    /** Reads the entries of one UTF-8 file, named by its path in messages. */
    static List<KnownBrokenEntry> read(Path file) throws KnownBrokenException {
        try (Reader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)))) {
            return EntryParser.parse(in, file.toString());
        } catch (IOException e) {
            throw new KnownBrokenException(file.toString(), -1, "cannot read: " + e.getMessage()
                    + "; check the file's permissions", e);
        }
    }

    /**
     * Reads one file's worth of YAML, naming it {@code source} in messages.
     *
     * <pre>{@code
     * KnownBroken db = KnownBroken.parse(new StringReader(yaml), "qemu.yml");
     * }</pre>
     */
    public static KnownBroken parse(Reader in, String source) throws KnownBrokenException {
        return new KnownBroken(EntryParser.parse(in, source));
    }

    /** The entries, files in name order, entries in file order. */
    public List<KnownBrokenEntry> entries() {
        return entries;
    }

    /** The entries about this run's driver, platform and versions. */
    public List<KnownBrokenEntry> entriesFor(RunInfo run) {
        return entries.stream().filter(e -> e.appliesTo(run)).toList();
    }

    /** {@code report} with the entries applied, as the class comment says; the run is unchanged. */
    public Report apply(Report report) {
        Matcher matcher = new Matcher(entriesFor(report.run()));
        if (matcher.isEmpty()) {
            return report;
        }
        List<ScenarioResult> applied = new ArrayList<>(report.scenarios().size());
        for (ScenarioResult s : report.scenarios()) {
            KnownBrokenEntry own = matcher.find(s.id());
            applied.add(own != null ? apply(s, own) : failingPartOfKnownScenario(s, matcher));
        }
        return new Report(report.run(), coverFailuresOfKnownParts(applied));
    }

    /**
     * A part without an entry of its own that fails under an entry of its scenario (or of a part it belongs to) is
     * known too; one that passes stays a pass: a scenario known to fail mostly still passes most of its parts.
     */
    private static ScenarioResult failingPartOfKnownScenario(ScenarioResult s, Matcher matcher) {
        if (!s.status().isUnexpected()) {
            return s;
        }
        for (String at = s.parentId(); at != null; at = ScenarioResult.parentOf(at)) {
            KnownBrokenEntry entry = matcher.find(at);
            if (entry != null) {
                return s.withStatus(Status.KNOWN_FAIL, entry.issue());
            }
        }
        return s;
    }

    /**
     * A row that failed because of its parts, all of whose failed parts are known, is known too, with the issue of
     * the first: a scenario row only when it failed by its parts alone ({@link ScenarioResult#failedByItsPartsOnly}),
     * a part's row (a check script's) when a part of it failed. Deepest rows first, so that a script settled by its
     * tests settles its scenario.
     */
    private static List<ScenarioResult> coverFailuresOfKnownParts(List<ScenarioResult> rows) {
        List<ScenarioResult> out = new ArrayList<>(rows);
        Map<String, List<Integer>> children = new HashMap<>();
        for (int i = 0; i < out.size(); i++) {
            String parent = out.get(i).parentId();
            if (parent != null) {
                children.computeIfAbsent(parent, k -> new ArrayList<>()).add(i);
            }
        }
        if (children.isEmpty()) {
            return out;
        }
        List<Integer> deepestFirst = IntStream.range(0, out.size()).boxed()
                .sorted(Comparator.comparingInt((Integer i) -> depth(out.get(i).id())).reversed()).toList();
        for (int i : deepestFirst) {
            ScenarioResult row = out.get(i);
            List<Integer> parts = children.get(row.id());
            if (parts == null || !row.status().isUnexpected()
                    || row.parentId() == null && !row.failedByItsPartsOnly()) {
                continue;
            }
            List<ScenarioResult> failed = parts.stream().map(out::get).filter(p -> p.status().isFailing()).toList();
            if (!failed.isEmpty() && failed.stream().allMatch(p -> p.status() == Status.KNOWN_FAIL)) {
                KnownIssue first = failed.get(0).known() != null ? failed.get(0).known()
                        : new KnownIssue(null, null, null);
                out.set(i, row.withStatus(Status.KNOWN_FAIL, new KnownIssue("its failing parts are known: "
                        + failed.get(0).id() + (first.reason() == null ? "" : ": " + first.reason()), first.bug(),
                        first.entry())));
            }
        }
        return out;
    }

    private static int depth(String id) {
        return (int) id.chars().filter(c -> c == '/').count();
    }

    private static ScenarioResult apply(ScenarioResult s, KnownBrokenEntry entry) {
        if (entry == null) {
            return s;
        }
        return switch (s.status()) {
            case FAIL, ERROR -> s.withStatus(Status.KNOWN_FAIL, entry.issue());
            case PASS -> entry.kind() == KnownBrokenEntry.Kind.FAIL
                    ? s.withStatus(Status.UNEXPECTED_PASS, entry.issue())
                    : s;
            default -> s;
        };
    }

    private static boolean isYaml(Path p) {
        String name = p.getFileName().toString();
        return !name.startsWith(".") && (name.endsWith(".yml") || name.endsWith(".yaml"));
    }

    /** Finds the first entry for a scenario id: literal ids through a map, globs in order. */
    private static final class Matcher {
        private final Map<String, Integer> firstLiteral = new HashMap<>();
        private final List<Integer> globIndexes = new ArrayList<>();
        private final List<Glob> globs = new ArrayList<>();
        private final List<KnownBrokenEntry> entries;

        Matcher(List<KnownBrokenEntry> entries) {
            this.entries = entries;
            for (int i = 0; i < entries.size(); i++) {
                Glob g = Glob.of(entries.get(i).scenario());
                if (g.isLiteral()) {
                    firstLiteral.putIfAbsent(entries.get(i).scenario(), i);
                } else {
                    globIndexes.add(i);
                    globs.add(g);
                }
            }
        }

        boolean isEmpty() {
            return entries.isEmpty();
        }

        KnownBrokenEntry find(String id) {
            int best = firstLiteral.getOrDefault(id, Integer.MAX_VALUE);
            for (int j = 0; j < globs.size() && globIndexes.get(j) < best; j++) {
                if (globs.get(j).matches(id)) {
                    best = globIndexes.get(j);
                    break;
                }
            }
            return best == Integer.MAX_VALUE ? null : entries.get(best);
        }
    }
}
