package org.libvirt.tck.report.io;

import static org.testng.Assert.assertEquals;
import static org.testng.Assert.assertFalse;
import static org.testng.Assert.expectThrows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.testng.annotations.AfterMethod;
import org.testng.annotations.BeforeMethod;
import org.testng.annotations.Test;

public class AtomicFilesTest {

    private Path dir;
    private Path target;

    @BeforeMethod
    public void createFolder() throws IOException {
        dir = Files.createTempDirectory("atomic-files");
        target = dir.resolve("report.xml");
    }

    @AfterMethod(alwaysRun = true)
    public void deleteFolder() throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private List<String> filesInFolder() throws IOException {
        try (Stream<Path> paths = Files.list(dir)) {
            return paths.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    public void writesUtf8TextToTheTarget() throws IOException {
        AtomicFiles.write(target, out -> out.write("héllo 漢字 \uD83D\uDE00"));
        assertEquals(Files.readString(target, StandardCharsets.UTF_8), "héllo 漢字 \uD83D\uDE00");
        assertEquals(filesInFolder(), List.of("report.xml"));
    }

    @Test
    public void replacesAnExistingTarget() throws IOException {
        Files.writeString(target, "old report");
        AtomicFiles.write(target, out -> out.write("new"));
        assertEquals(Files.readString(target), "new");
        assertEquals(filesInFolder(), List.of("report.xml"));
    }

    @Test
    public void targetIsUntouchedWhenTheBodyThrows() throws IOException {
        Files.writeString(target, "old report");
        IOException e = expectThrows(IOException.class, () -> AtomicFiles.write(target, out -> {
            out.write("half a rep");
            out.flush();
            throw new IOException("writer broke");
        }));
        assertEquals(e.getMessage(), "writer broke");
        assertEquals(Files.readString(target), "old report");
    }

    @Test
    public void noTempFileIsLeftWhenTheBodyThrows() throws IOException {
        expectThrows(IOException.class, () -> AtomicFiles.write(target, out -> {
            out.write("partial");
            throw new IOException("writer broke");
        }));
        assertEquals(filesInFolder(), List.of(), "neither target nor temp file");
        assertFalse(Files.exists(target));
    }

    @Test
    public void aRuntimeExceptionFromTheBodyAlsoLeavesNothingBehind() throws IOException {
        Files.writeString(target, "old report");
        expectThrows(UncheckedIOException.class, () -> AtomicFiles.write(target, out -> {
            out.write("partial");
            throw new UncheckedIOException(new IOException("model broke"));
        }));
        assertEquals(filesInFolder(), List.of("report.xml"));
        assertEquals(Files.readString(target), "old report");
    }

    @Test
    public void theBodyMayCloseItsWriter() throws IOException {
        AtomicFiles.write(target, out -> {
            out.write("closed early");
            out.close();
        });
        assertEquals(Files.readString(target), "closed early");
    }

    @Test
    public void aMissingFolderIsRefusedSayingWhatToDo() {
        Path nowhere = dir.resolve("missing").resolve("report.xml");
        IOException e = expectThrows(IOException.class, () -> AtomicFiles.write(nowhere, out -> out.write("x")));
        assertEquals(e.getMessage(), nowhere + ": cannot write " + nowhere + ": expected folder " + nowhere.getParent()
                + " to exist but it does not; create it first or choose another output folder");
    }
}
