package org.libvirt.tck.suites.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.stream.Stream;

/** Where a run's reports go: the folder given, or a fresh one under {@code ./tck-results/}. */
final class OutputFolder {

    static final Path DEFAULT_PARENT = Path.of("tck-results");

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneOffset.UTC);

    private OutputFolder() {
    }

    /**
     * Makes sure the folder exists and can be written, before anything runs.
     *
     * @throws IllegalArgumentException with a one-line reason when it cannot be used
     */
    static Path prepare(Path given, String driver, Instant now) {
        Path folder = given != null ? given : fresh(DEFAULT_PARENT.resolve(STAMP.format(now) + "-" + driver));
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new IllegalArgumentException("output path " + folder + " is a file, not a folder");
        }
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot create output folder " + folder + ": " + e.getMessage());
        }
        if (!Files.isWritable(folder)) {
            throw new IllegalArgumentException("output folder " + folder + " is not writable");
        }
        return folder;
    }

    /**
     * Removes the folder again when {@link #prepare} created it and nothing was written into it, as when the target
     * cannot be reached: a run that never started leaves no trace. A folder that existed before is kept.
     */
    static void discardIfUnused(Path folder, boolean existedBefore) {
        if (existedBefore) {
            return;
        }
        try (Stream<Path> entries = Files.list(folder)) {
            if (entries.findAny().isEmpty()) {
                Files.delete(folder);
            }
        } catch (IOException e) {
            // Best effort: an empty folder left behind harms nothing.
        }
    }

    private static Path fresh(Path candidate) {
        Path folder = candidate;
        for (int n = 2; Files.exists(folder); n++) {
            folder = candidate.resolveSibling(candidate.getFileName() + "-" + n);
        }
        return folder;
    }
}
