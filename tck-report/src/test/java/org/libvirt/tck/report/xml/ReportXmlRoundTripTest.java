package org.libvirt.tck.report.xml;

import static org.libvirt.tck.report.Fixtures.CLOCK;
import static org.libvirt.tck.report.Fixtures.qemuRun;
import static org.testng.Assert.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.libvirt.tck.report.Fixtures;
import org.libvirt.tck.report.io.AtomicFiles;
import org.libvirt.tck.report.model.Report;
import org.libvirt.tck.report.model.RunInfo;
import org.libvirt.tck.report.model.ScenarioResult;
import org.libvirt.tck.report.model.Status;
import org.testng.annotations.Test;

public class ReportXmlRoundTripTest {

    private static Report roundTrip(Report report) throws Exception {
        String xml = ReportXmlWriterTest.write(report);
        Xsd.assertValid(xml);
        return ReportXmlReader.read(new StringReader(xml));
    }

    @Test
    public void reportReadBackEqualsTheOneWritten() throws Exception {
        Report report = Fixtures.oneOfEach();
        assertEquals(roundTrip(report), report);
    }

    @Test
    public void theGuestsDomainTypeAndHowItWasChosenReadBackEqualAndSurviveFinishing() throws Exception {
        Report report = new Report(Fixtures.kvmFallbackRun().finished(Fixtures.END, true), List.of());
        Report back = roundTrip(report);
        assertEquals(back, report);
        assertEquals(back.run().guestDomainType(), "qemu");
        assertEquals(back.run().guestFinding(), Fixtures.KVM_FALLBACK);
    }

    @Test
    public void aRunWithoutGuestFieldsReadsBackWithNone() throws Exception {
        Report back = roundTrip(new Report(qemuRun(), List.of()));
        assertEquals(back.run().guestDomainType(), null);
        assertEquals(back.run().guestFinding(), null);
    }

    @Test
    public void anUnfinishedRunWithUnknownFieldsReadsBackEqual() throws Exception {
        Report report = new Report(Fixtures.runningTestDriver(), List.of());
        assertEquals(roundTrip(report), report);
    }

    @Test
    public void textKeepsItsWhiteSpaceMarkupAndNonAsciiCharacters() throws Exception {
        String details = "  leading\r\nCRLF\rCR\n\ttab ]]> <![CDATA[ &amp; \"q\" 'a' é 漢字 \uD83D\uDE00 \u0085  \n";
        Report report = new Report(qemuRun(), List.of(
                new ScenarioResult("domain.ws <&> \"id\"\t", List.of("domain", " spaced ", ""), Status.FAIL,
                        Duration.ofMillis(Long.MAX_VALUE / 2), " one\nline ", details)));
        assertEquals(roundTrip(report), report);
    }

    @Test
    public void emptyStringsStayEmptyAndNullsStayNull() throws Exception {
        RunInfo run = new RunInfo("qemu:///session", "", null, "", null, "", null, "", null, "", null,
                Instant.parse("2024-05-01T10:00:00.123456789Z"), Instant.parse("2024-05-01T10:00:01Z"), false);
        Report report = new Report(run, List.of(
                new ScenarioResult("domain.a", List.of(), Status.SKIP, Duration.ZERO, "", null),
                new ScenarioResult("domain.b", List.of(), Status.ERROR, Duration.ZERO, null, "")));
        assertEquals(roundTrip(report), report);
    }

    @Test
    public void aReportWrittenWithAtomicFilesReadsBackFromItsPath() throws Exception {
        Path dir = Files.createTempDirectory("tck-report");
        Path file = dir.resolve("report.xml");
        Report report = Fixtures.oneOfEach();
        AtomicFiles.write(file, out -> new ReportXmlWriter(CLOCK).write(report, out));
        assertEquals(ReportXmlReader.read(file), report);
        Files.delete(file);
        Files.delete(dir);
    }

    @Test
    public void charactersXmlCannotHoldReadBackAsTheirVisibleEscapes() throws Exception {
        Report report = new Report(qemuRun(), List.of(
                new ScenarioResult("domain.a", List.of(), Status.ERROR, Duration.ZERO, "esc \u001b[0m", "nul \u0000")));
        ScenarioResult back = roundTrip(report).scenarios().get(0);
        assertEquals(back.message(), "esc \\u001B[0m");
        assertEquals(back.details(), "nul \\u0000");
    }
}
