package org.libvirt.tck.report.diff;

import static org.libvirt.tck.report.Fixtures.result;
import static org.testng.Assert.assertEquals;
import static org.testng.Assert.assertFalse;
import static org.testng.Assert.assertNull;
import static org.testng.Assert.assertTrue;
import static org.testng.Assert.expectThrows;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.libvirt.tck.report.Fixtures;
import org.libvirt.tck.report.io.AtomicFiles;
import org.libvirt.tck.report.model.KnownIssue;
import org.libvirt.tck.report.model.Report;
import org.libvirt.tck.report.model.RunInfo;
import org.libvirt.tck.report.model.Status;
import org.libvirt.tck.report.xml.ReportFormatException;
import org.libvirt.tck.report.xml.ReportXmlWriter;
import org.testng.annotations.Test;

public class ReportDiffTest {

    static Report oldReport() {
        return new Report(Fixtures.qemuRun(), List.of(
                result("a.regress", Status.PASS, 1, null, null),
                result("a.skip-regress", Status.SKIP, 1, "no nic", null),
                result("a.fixed", Status.FAIL, 1, "boom", null),
                result("a.still", Status.ERROR, 1, "err", null),
                result("a.removed", Status.PASS, 1, null, null),
                result("a.changed", Status.PASS, 1, null, null),
                result("a.same", Status.PASS, 1, null, null)));
    }

    static Report newReport() {
        return new Report(Fixtures.qemuRun(), List.of(
                result("a.same", Status.PASS, 1, null, null),
                result("a.regress", Status.PASS, 1, null, null).withStatus(Status.FAIL, null),
                result("a.skip-regress", Status.ERROR, 1, "died", null),
                result("a.fixed", Status.PASS, 1, null, null),
                result("a.still", Status.FAIL, 1, "still\nsecond line", null)
                        .withStatus(Status.KNOWN_FAIL, new KnownIssue("known", "https://b/1", "k.yml:1")),
                result("a.changed", Status.SKIP, 1, "no nic", null),
                result("a.new", Status.FAIL, 1, "new and failing", null)));
    }

    @Test
    public void everyKindOfChangeIsFoundInOrder() {
        ReportDiff diff = ReportDiff.compare(oldReport(), newReport());
        assertEquals(diff.changes().stream().map(c -> c.kind() + " " + c.id()).toList(), List.of(
                "REGRESSION a.regress", "REGRESSION a.skip-regress", "FIX a.fixed", "NEW a.new", "REMOVED a.removed",
                "STILL_FAILING a.still", "CHANGED a.changed"));
        assertEquals(diff.unchanged(), 1);
        assertTrue(diff.hasRegressions());
        Change still = diff.changes(ChangeKind.STILL_FAILING).get(0);
        assertEquals(still.before(), Status.ERROR);
        assertEquals(still.after(), Status.KNOWN_FAIL);
        assertEquals(still.known().bug(), "https://b/1");
        assertNull(diff.changes(ChangeKind.REMOVED).get(0).after());
        assertNull(diff.changes(ChangeKind.NEW).get(0).before());
    }

    @Test
    public void kindsFollowTheStatusesBeforeAndAfter() {
        assertEquals(ChangeKind.of(Status.UNSUPPORTED, Status.FAIL), ChangeKind.REGRESSION);
        assertEquals(ChangeKind.of(Status.UNEXPECTED_PASS, Status.ERROR), ChangeKind.REGRESSION);
        assertEquals(ChangeKind.of(Status.KNOWN_FAIL, Status.PASS), ChangeKind.FIX);
        assertEquals(ChangeKind.of(Status.FAIL, Status.UNEXPECTED_PASS), ChangeKind.FIX);
        assertEquals(ChangeKind.of(Status.FAIL, Status.FAIL), ChangeKind.STILL_FAILING);
        assertEquals(ChangeKind.of(Status.PASS, Status.KNOWN_FAIL), ChangeKind.CHANGED,
                "a failure already known is not a regression");
        assertEquals(ChangeKind.of(Status.FAIL, Status.SKIP), ChangeKind.CHANGED);
        assertNull(ChangeKind.of(Status.SKIP, Status.SKIP));
        assertEquals(ChangeKind.of(null, Status.PASS), ChangeKind.NEW);
        assertEquals(ChangeKind.of(Status.PASS, null), ChangeKind.REMOVED);
    }

    @Test
    public void noRegressionWhenOnlyFixesAndRemovals() {
        Report before = new Report(Fixtures.qemuRun(), List.of(result("a.x", Status.FAIL, 1, null, null),
                result("a.y", Status.PASS, 1, null, null)));
        Report after = new Report(Fixtures.qemuRun(), List.of(result("a.x", Status.PASS, 1, null, null)));
        assertFalse(ReportDiff.compare(before, after).hasRegressions());
    }

    @Test
    public void runsOfAnotherDriverOrPlatformAreAMismatch() {
        Report test = new Report(Fixtures.runningTestDriver(), List.of());
        Optional<String> why = ReportDiff.compare(oldReport(), test).mismatch();
        assertEquals(why.orElseThrow(), "old ran QEMU on Linux 6.8.0 x86_64 but new ran test on unknown OS unknown arch");
        RunInfo q = Fixtures.qemuRun();
        RunInfo arm = new RunInfo(q.uri(), q.driver(), q.libraryVersion(), q.daemonVersion(), q.hypervisorType(),
                q.hypervisorVersion(), "aarch64", q.osName(), q.osVersion(), q.hostName(), q.kitVersion(), q.start(),
                q.end(), true);
        assertTrue(ReportDiff.compare(oldReport(), new Report(arm, List.of())).mismatch().isPresent());
        RunInfo newerQemu = new RunInfo(q.uri(), "qemu", "9.5.0", "9.5.0", q.hypervisorType(), "9.0.0",
                q.hostArch(), q.osName(), "6.9.0", "other", q.kitVersion(), q.start(), q.end(), true);
        assertTrue(ReportDiff.compare(oldReport(), new Report(newerQemu, List.of())).mismatch().isEmpty(),
                "versions, OS version and host may differ: that is what a diff is for");
    }

    @Test
    public void comparingFilesGivesWhatComparingReportsGives() throws IOException, ReportFormatException {
        Path dir = Files.createTempDirectory("diff");
        Path oldFile = write(dir.resolve("old.xml"), oldReport());
        Path newFile = write(dir.resolve("new.xml"), newReport());
        ReportDiff fromFiles = ReportDiff.compare(oldFile, newFile);
        ReportDiff inMemory = ReportDiff.compare(oldReport(), newReport());
        assertEquals(fromFiles.changes(), inMemory.changes());
        assertEquals(fromFiles.unchanged(), inMemory.unchanged());
        assertEquals(fromFiles.oldName(), oldFile.toString());
        assertEquals(fromFiles.newRun(), newReport().run());
    }

    @Test
    public void anUnreadableReportIsRefusedOldOneFirst() throws IOException {
        Path dir = Files.createTempDirectory("diff");
        Path good = write(dir.resolve("good.xml"), oldReport());
        Path bad = Files.writeString(dir.resolve("bad.xml"), "<testsuite/>");
        ReportFormatException e = expectThrows(ReportFormatException.class, () -> ReportDiff.compare(good, bad));
        assertTrue(e.getMessage().startsWith(bad + ": line 1: expected a TCK report"), e.getMessage());
        expectThrows(java.nio.file.NoSuchFileException.class, () -> ReportDiff.compare(dir.resolve("none.xml"), bad));
    }

    @Test
    public void theTextDiffHasBothRunsEachSectionAndTotals() throws IOException {
        StringWriter out = new StringWriter();
        new DiffTextWriter().write(ReportDiff.compare(oldReport(), newReport()), out);
        assertEquals(out.toString(), """
                libvirt TCK diff
                             old                            new
                Report:      old                            new
                URI:         qemu:///system                 qemu:///system
                Driver:      QEMU                           QEMU
                Library:     9.0.0                          9.0.0
                Daemon:      9.0.0                          9.0.0
                Hypervisor:  QEMU 8.2.2                     QEMU 8.2.2
                Platform:    Linux 6.8.0 x86_64             Linux 6.8.0 x86_64
                Host:        build1                         build1
                Kit:         0.1.0                          0.1.0
                Started:     2024-05-01T10:00:00Z           2024-05-01T10:00:00Z

                Regressions (2):
                  a.regress       pass -> fail
                  a.skip-regress  skip -> error
                      died

                Fixes (1):
                  a.fixed         fail -> pass

                New (1):
                  a.new           fail
                      new and failing

                Removed (1):
                  a.removed       was pass

                Still failing (1):
                  a.still         error -> known-fail
                      still
                      known: known (https://b/1)

                Changed (1):
                  a.changed       pass -> skip

                2 regressions, 1 fixes, 1 new, 1 removed, 1 still failing, 1 changed, 1 unchanged
                """);
    }

    @Test
    public void theXmlDiffListsRunsTotalsAndChanges() throws IOException {
        StringWriter out = new StringWriter();
        new DiffXmlWriter(Fixtures.CLOCK).write(ReportDiff.compare(oldReport(), newReport()), out);
        String xml = out.toString();
        assertTrue(xml.contains("<tck-diff xmlns=\"urn:libvirt-tck:diff:1\" format-version=\"1\" "
                + "generated=\"2024-05-01T10:05:01Z\">"), xml);
        assertTrue(xml.contains("<totals regression=\"2\" fix=\"1\" new=\"1\" removed=\"1\" still-failing=\"1\" "
                + "changed=\"1\" unchanged=\"1\"/>"), xml);
        assertTrue(xml.contains("<change kind=\"regression\" id=\"a.skip-regress\" old=\"skip\" new=\"error\">\n"
                + "    <message>died</message>\n  </change>"), xml);
        assertTrue(xml.contains("<change kind=\"removed\" id=\"a.removed\" old=\"pass\"/>"), xml);
        assertTrue(xml.contains("<known reason=\"known\" bug=\"https://b/1\" entry=\"k.yml:1\"/>"), xml);
    }

    private static Path write(Path file, Report report) throws IOException {
        AtomicFiles.write(file, out -> new ReportXmlWriter(Fixtures.CLOCK).write(report, out));
        return file;
    }

    @Test
    public void aSubResultThatStartsFailingIsARegressionOfItsOwn() {
        Report before = new Report(Fixtures.qemuRun(), List.of(result("guest.checks", Status.PASS, 1, null, null),
                result("guest.checks/20-memory", Status.PASS, 1, null, null)));
        Report after = new Report(Fixtures.qemuRun(), List.of(result("guest.checks", Status.FAIL, 1, "m", null),
                result("guest.checks/20-memory", Status.FAIL, 1, "MemTotal too low", null),
                result("guest.checks/20-memory/3-at-most", Status.PASS, 1, null, null)));
        ReportDiff diff = ReportDiff.compare(before, after);
        assertEquals(diff.changes(ChangeKind.REGRESSION).stream().map(Change::id).toList(),
                List.of("guest.checks", "guest.checks/20-memory"));
        assertEquals(diff.changes(ChangeKind.NEW).stream().map(Change::id).toList(),
                List.of("guest.checks/20-memory/3-at-most"));
    }
}
