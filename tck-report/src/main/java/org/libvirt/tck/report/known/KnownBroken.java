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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
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
            applied.add(apply(s, matcher.find(s.id())));
        }
        return new Report(report.run(), applied);
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
