package org.libvirt.tck.report.io;

import java.io.BufferedWriter;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Writes a file so that readers see either the old content or the whole new one, never half a report.
 *
 * <pre>{@code
 * AtomicFiles.write(dir.resolve("report.xml"), out -> new ReportXmlWriter(clock).write(report, out));
 * }</pre>
 *
 * <p>The body writes UTF-8 text to a temporary file beside the target ({@code .report.xml.<random>.tmp}),
 * which is flushed to disk and then renamed over the target with {@link StandardCopyOption#ATOMIC_MOVE}.
 * If the body or any step throws, the temporary file is deleted and the target is left as it was.
 */
public final class AtomicFiles {

    private AtomicFiles() {
    }

    /**
     * Replaces {@code target} with what {@code body} writes, atomically.
     *
     * @param target the file to create or replace; its folder must exist
     * @param body   writes the content; it need not flush or close the writer
     * @throws IOException whatever the body or the file system threw; the target is then untouched
     */
    public static void write(Path target, IOConsumer<Writer> body) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Path temp = createTemp(absolute, folder);
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                Writer out = new BufferedWriter(
                        new OutputStreamWriter(Channels.newOutputStream(channel), StandardCharsets.UTF_8));
                body.accept(new UnclosableWriter(out));
                out.flush();
                // The rename must not be able to publish a file whose data is still only in memory.
                channel.force(true);
            }
            move(temp, absolute);
        } catch (IOException | RuntimeException | Error e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
    }

    private static Path createTemp(Path target, Path folder) throws IOException {
        if (folder == null || !Files.isDirectory(folder)) {
            throw new NoSuchFileException(target.toString(), null,
                    "cannot write " + target + ": expected folder " + folder
                            + " to exist but it does not; create it first or choose another output folder");
        }
        while (true) {
            // CREATE_NEW with default attributes, unlike Files.createTempFile, keeps the umask's permissions,
            // so the published report is as readable as any other file the user writes.
            Path temp = folder.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
            try {
                Files.newByteChannel(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                return temp;
            } catch (FileAlreadyExistsException clash) {
                // Another writer drew the same name; draw again.
            }
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("cannot replace " + target + " atomically: expected a file system that "
                    + "renames within a folder atomically but "
                    + (e.getReason() == null ? "this one does not" : e.getReason())
                    + "; write the report to a local folder instead", e);
        }
    }

    /** Lets a body close its writer, as many writers do, without closing the file before it is forced. */
    private static final class UnclosableWriter extends FilterWriter {

        UnclosableWriter(Writer out) {
            super(out);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
