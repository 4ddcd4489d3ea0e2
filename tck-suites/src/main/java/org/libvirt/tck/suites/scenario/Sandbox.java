package org.libvirt.tck.suites.scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.libvirt.tck.core.host.TckObject;
import org.libvirt.tck.core.host.TckObject.Kind;
import org.libvirt.tck.core.host.TckObjects;

/**
 * The objects one scenario may create: it hands out their names and removes them all when the scenario ends.
 *
 * <pre>{@code
 * String name = sandbox.domain("transient");    // "tck-transient", removed after the scenario whatever happens
 * conn.domainCreateXML(domain(name).build().toXml(), 0);
 * }</pre>
 *
 * <p>Anything with the {@link TckObjects#PREFIX} that is still on the host after this cleanup was not named here;
 * {@link ScenarioGuard} fails the scenario for that leak.
 */
public final class Sandbox {

    private static final Pattern SUFFIX = Pattern.compile("[a-z0-9][a-z0-9._-]*");
    private static final Pattern RUN_FOLDER = Pattern.compile("run-[0-9]{1,18}");

    private final TckRuntime runtime;
    private final String prefix;
    private final Set<TckObject> names = new LinkedHashSet<>();
    private final List<Path> paths = new ArrayList<>();
    private final List<SubResult> parts = new ArrayList<>();

    /**
     * A sandbox whose names are {@code tck-<suffix>}: for a scenario that runs alone, so that any other {@code tck*}
     * object found afterwards is its leak.
     */
    Sandbox(TckRuntime runtime) {
        this(runtime, TckObjects.PREFIX + "-");
    }

    /**
     * A sandbox whose names all start with {@code prefix} ({@code tck7-}): for scenarios that run concurrently,
     * each of which checks only its own prefix for leaks.
     */
    Sandbox(TckRuntime runtime, String prefix) {
        if (!TckObjects.isOurs(prefix)) {
            throw new IllegalArgumentException("a sandbox prefix must start with " + TckObjects.PREFIX + ", found '"
                    + prefix + "'");
        }
        this.runtime = runtime;
        this.prefix = prefix;
    }

    /** The prefix of every name this sandbox hands out. */
    public String prefix() {
        return prefix;
    }

    public TckRuntime runtime() {
        return runtime;
    }

    /** A domain name for this scenario. */
    public String domain(String suffix) {
        return register(Kind.DOMAIN, suffix, null);
    }

    /** A network name for this scenario. */
    public String network(String suffix) {
        return register(Kind.NETWORK, suffix, null);
    }

    /** A storage pool name for this scenario. */
    public String pool(String suffix) {
        return register(Kind.STORAGE_POOL, suffix, null);
    }

    /** A volume name in {@code pool} for this scenario. */
    public String volume(String pool, String suffix) {
        return register(Kind.STORAGE_VOLUME, suffix, pool);
    }

    /** An nwfilter name for this scenario. */
    public String nwfilter(String suffix) {
        return register(Kind.NWFILTER, suffix, null);
    }

    /**
     * A path in this process's folder under the configured {@code scratch_dir} for this scenario's files (a pool's folder, an image): for a
     * name from this sandbox, or for a suffix, which gets the sandbox's prefix. Not created here; removed with
     * everything under it when the scenario ends.
     */
    public Path scratchPath(String nameOrSuffix) {
        if (nameOrSuffix == null || nameOrSuffix.contains("/") || nameOrSuffix.isBlank()) {
            throw new IllegalArgumentException("a scratch name must be a file name without '/', found '"
                    + nameOrSuffix + "'");
        }
        String name = nameOrSuffix.startsWith(prefix) ? nameOrSuffix : prefix + nameOrSuffix;
        Path folder = runFolder(runtime.config().scratchDir());
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the scratch folder " + folder, e);
        }
        Path path = folder.resolve(name);
        paths.add(path);
        return path;
    }

    /**
     * This process's own folder under {@code scratch_dir}: two kit processes on one machine (a test-driver run and a
     * QEMU run, say) use the same object names and must not remove each other's files.
     */
    public static Path runFolder(Path scratchDir) {
        return scratchDir.resolve("run-" + ProcessHandle.current().pid());
    }

    /**
     * The run folders under {@code scratchDir} of kit processes that are gone without removing theirs (killed with
     * {@code kill -9}, say), in name order: {@code run-<pid>} folders whose process no longer runs. A folder whose pid
     * now belongs to another process is not among them. {@code scratch_dir} is this machine's: the folder of a kit
     * process on another machine, sharing it, would count as gone.
     */
    public static List<Path> endedRunFolders(Path scratchDir) throws IOException {
        if (!Files.isDirectory(scratchDir)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(scratchDir)) {
            return entries.filter(p -> RUN_FOLDER.matcher(p.getFileName().toString()).matches())
                    .filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
                    .filter(p -> ProcessHandle.of(Long.parseLong(p.getFileName().toString().substring(4))).isEmpty())
                    .sorted()
                    .toList();
        }
    }

    /** Removes {@code folder} and everything in it (a run folder of {@link #endedRunFolders}). */
    public static void removeRunFolder(Path folder) throws IOException {
        if (!RUN_FOLDER.matcher(folder.getFileName().toString()).matches()) {
            throw new IllegalArgumentException("not a run folder: " + folder);
        }
        removeTree(folder);
    }

    /**
     * Reports the outcome of one part of this scenario, which the report keeps as a row {@code <scenario id>/<part>}
     * after the scenario's own; a part that fails fails the scenario.
     *
     * <pre>{@code
     * sandbox().publish(new SubResult("20-memory", Status.PASS, null, output));
     * }</pre>
     */
    public synchronized void publish(SubResult part) {
        parts.add(Objects.requireNonNull(part, "part"));
    }

    /** What {@link #publish(SubResult)} was given, in order. */
    synchronized List<SubResult> published() {
        return List.copyOf(parts);
    }

    /** The names of the domains handed out, in order. */
    List<String> domainNames() {
        return names.stream().filter(o -> o.kind() == Kind.DOMAIN).map(TckObject::name).toList();
    }

    /** The scratch paths handed out, in order; some may never have been created. */
    List<Path> scratchPaths() {
        return List.copyOf(paths);
    }

    private String register(Kind kind, String suffix, String parent) {
        if (suffix == null || !SUFFIX.matcher(suffix).matches()) {
            throw new IllegalArgumentException("object name suffix must be lower-case letters, digits, '.', '_' "
                    + "or '-', found '" + suffix + "'");
        }
        String name = prefix + suffix;
        names.add(new TckObject(kind, name, parent));
        return name;
    }

    /**
     * Removes every object of this sandbox's that {@code onHost} lists, and the scenario's scratch files; returns what
     * could not be removed.
     *
     * <p>{@code onHost} is the kit's objects on the host after the scenario, one atomic listing of each kind
     * ({@link TckObjects#find}), which lists every object that exists for the whole listing whatever concurrent
     * scenarios do meanwhile. Many scenarios remove their objects themselves, and looking a gone one up by name would
     * cost a libvirt error each.
     */
    List<String> cleanUp(List<TckObject> onHost) {
        List<TckObject> present = onHost.stream().filter(this::owns).toList();
        List<String> failures = new ArrayList<>(TckObjects.remove(runtime.libvirt(), present));
        for (Path path : paths) {
            try {
                removeTree(path);
            } catch (IOException e) {
                failures.add("scratch path " + path + ": " + e.getMessage());
            }
        }
        return failures;
    }

    /**
     * Whether {@code object} is this scenario's: named here, or a volume of a pool named here (it goes with its pool)
     * or an nwfilter binding of a filter named here (it goes with its filter).
     */
    boolean owns(TckObject object) {
        if (names.contains(object)) {
            return true;
        }
        return switch (object.kind()) {
            case STORAGE_VOLUME -> names.contains(TckObject.of(Kind.STORAGE_POOL, object.parent()));
            case NWFILTER_BINDING -> names.contains(TckObject.of(Kind.NWFILTER, object.parent()));
            default -> false;
        };
    }

    /**
     * Removes {@code path} and everything under it, not following symbolic links; a path that does not exist is fine.
     * For scratch paths, run folders and the benchmark's own temporary files.
     */
    public static void removeTree(Path path) throws IOException {
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> tree = Files.walk(path)) {
            for (Path p : tree.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
