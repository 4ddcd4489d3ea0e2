package org.libvirt.tck.report.known;

import static org.libvirt.tck.report.Fixtures.result;
import static org.testng.Assert.assertEquals;
import static org.testng.Assert.assertFalse;
import static org.testng.Assert.assertTrue;
import static org.testng.Assert.expectThrows;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.libvirt.tck.report.Fixtures;
import org.libvirt.tck.report.model.Report;
import org.libvirt.tck.report.model.RunInfo;
import org.libvirt.tck.report.model.Status;
import org.testng.annotations.Test;

public class KnownBrokenMarkerTest {

    private static final URI BUG = URI.create("https://bugs.example/7");

    private static final String EXISTING = """
            # Hand-written notes that must survive.
            - scenario: domain.old   # an old one
              driver: qemu
              status: flaky
              reason: "keeps its quotes"
            """;

    private static RunInfo run() {
        return new RunInfo("qemu:///system", "QEMU", "9.0.0", "9.0.0", "QEMU", "8.2.2", "x86_64", "debian", "12",
                "build1", "0.1.0", Fixtures.START, Fixtures.END, true);
    }

    private static Report report() {
        return new Report(run(), List.of(
                result("domain.old", Status.FAIL, 1, null, null),
                result("domain.save", Status.FAIL, 1, "boom", null),
                result("storage.build", Status.ERROR, 1, "denied", null),
                result("domain.fine", Status.PASS, 1, null, null)));
    }

    private static KnownBrokenMarker marker() {
        return new KnownBrokenMarker(Fixtures.CLOCK);
    }

    @Test
    public void markingAppendsToTheFileKeepingCommentsAndEntries() throws IOException, KnownBrokenException {
        Path file = Files.createTempDirectory("mark").resolve("qemu.yml");
        Files.writeString(file, EXISTING);
        KnownBrokenMarker.Marked m = marker().mark(file, report(), "save \"fails\"", BUG, "run/report.xml");
        assertEquals(m.scenarios(), List.of("domain.save", "storage.build"), "domain.old is already known");
        String text = Files.readString(file);
        assertTrue(text.startsWith(EXISTING), text);
        assertEquals(text.substring(EXISTING.length()), """

                # Added by libvirt-tck-report mark on 2024-05-01 from run/report.xml (run of 2024-05-01T10:00:00Z, libvirt 9.0.0, QEMU 8.2.2)
                - scenario: "domain.save"
                  driver: "qemu"
                  platform:
                    os: "debian"
                    os_version: "12"
                    arch: "x86_64"
                  status: fail
                  reason: "save \\"fails\\""
                  bug: "https://bugs.example/7"
                - scenario: "storage.build"
                  driver: "qemu"
                  platform:
                    os: "debian"
                    os_version: "12"
                    arch: "x86_64"
                  status: fail
                  reason: "save \\"fails\\""
                  bug: "https://bugs.example/7"
                """);
        KnownBroken db = KnownBroken.load(file);
        assertEquals(db.entries().size(), 3);
        assertEquals(db.entries().get(1).reason(), "save \"fails\"");
        assertFalse(db.apply(report()).hasUnexpected(), "marked failures are known now");
    }

    @Test
    public void intoAFolderTheEntriesGoToAFilePerDriverAndPlatform() throws IOException, KnownBrokenException {
        Path dir = Files.createTempDirectory("mark").resolve("known-broken");
        KnownBrokenMarker.Marked m = marker().mark(dir, report(), "why", BUG, "report.xml");
        assertEquals(m.file(), dir.resolve("qemu-debian-12-x86_64.yml"));
        assertEquals(KnownBroken.load(dir).entries().size(), 3);
        KnownBrokenMarker.Marked again = marker().mark(dir, report(), "why", BUG, "report.xml");
        assertTrue(again.scenarios().isEmpty(), "nothing new to mark");
        assertEquals(KnownBroken.load(dir).entries().size(), 3);
    }

    @Test
    public void theFileNameLeavesOutUnknownParts() {
        RunInfo bare = new RunInfo("test:///default", "Test", null, null, null, null, "aarch64", null, null, null,
                null, Fixtures.START, null, false);
        assertEquals(KnownBrokenMarker.fileName(bare), "test-aarch64.yml");
    }

    @Test
    public void aFileWhoseEntriesCannotBeExtendedIsRefusedAndLeftAlone() throws IOException {
        Path file = Files.createTempDirectory("mark").resolve("flow.yml");
        String flow = "[{scenario: a.b, driver: qemu, status: fail, reason: r}]\n";
        Files.writeString(file, flow);
        KnownBrokenException e = expectThrows(KnownBrokenException.class,
                () -> marker().mark(file, report(), "why", BUG, "report.xml"));
        assertEquals(e.getMessage(), file + ": cannot append entries: expected the file's entries to be a block "
                + "list at column 0 ('- scenario: ...'), which new entries can extend, but it is written otherwise; "
                + "add the entries by hand, or give another file with --known-broken");
        assertEquals(Files.readString(file), flow);
    }
}
