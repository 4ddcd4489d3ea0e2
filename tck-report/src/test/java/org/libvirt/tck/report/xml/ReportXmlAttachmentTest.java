package org.libvirt.tck.report.xml;

import static org.libvirt.tck.report.Fixtures.qemuRun;
import static org.testng.Assert.assertEquals;
import static org.testng.Assert.assertTrue;
import static org.testng.Assert.expectThrows;

import java.io.StringReader;
import java.time.Duration;
import java.util.List;
import org.libvirt.tck.report.model.Attachment;
import org.libvirt.tck.report.model.KnownIssue;
import org.libvirt.tck.report.model.Report;
import org.libvirt.tck.report.model.ScenarioResult;
import org.libvirt.tck.report.model.Status;
import org.testng.annotations.Test;

/** Attachments of a failed scenario in report.xml: written, validated, read back. */
public class ReportXmlAttachmentTest {

    private static ScenarioResult failed(List<Attachment> attachments) {
        return new ScenarioResult("guest.boot", List.of("guest"), Status.FAIL, Duration.ofMillis(5), "no agent",
                null, null, attachments);
    }

    private static Report roundTrip(Report report) throws Exception {
        String xml = ReportXmlWriterTest.write(report);
        Xsd.assertValid(xml);
        return ReportXmlReader.read(new StringReader(xml));
    }

    @Test
    public void attachmentsAreWrittenAfterTheKnownEntryNamedAndEscaped() throws Exception {
        ScenarioResult r = new ScenarioResult("guest.boot", List.of(), Status.KNOWN_FAIL, Duration.ZERO, null, null,
                new KnownIssue("slow", null, null),
                List.of(new Attachment("tck-boot.xml", "<domain type='qemu'>\n  <name>tck-boot</name>\n</domain>"),
                        new Attachment("tck-boot.console.log", "")));
        String xml = ReportXmlWriterTest.write(new Report(qemuRun(), List.of(r)));
        assertTrue(xml.contains("""
                      <known reason="slow"/>
                      <attachment name="tck-boot.xml">&lt;domain type='qemu'&gt;
                  &lt;name&gt;tck-boot&lt;/name&gt;
                &lt;/domain&gt;</attachment>
                      <attachment name="tck-boot.console.log"></attachment>
                    </scenario>"""), xml);
        Xsd.assertValid(xml);
    }

    @Test
    public void attachmentsReadBackEqualInOrderWithWhiteSpaceMarkupAndCdataEnds() throws Exception {
        Report report = new Report(qemuRun(), List.of(failed(List.of(
                new Attachment("tck-x.qemu.log", "  line ]]> <![CDATA[ & \"q\"\r\n\ttab é 漢字\n"),
                new Attachment(" name with <&> ", "second"),
                new Attachment("empty", "")))));
        assertEquals(roundTrip(report), report);
    }

    @Test
    public void controlCharactersOfAConsoleLogReadBackAsVisibleEscapes() throws Exception {
        Report report = new Report(qemuRun(), List.of(failed(List.of(
                new Attachment("tck-x.console.log", "\u001b[0mSeaBIOS\u0000\u0007 done")))));
        Attachment back = roundTrip(report).scenarios().get(0).attachments().get(0);
        assertEquals(back.text(), "\\u001B[0mSeaBIOS\\u0000\\u0007 done");
    }

    @Test
    public void aReportWithoutAttachmentsReadsBackWithAnEmptyList() throws Exception {
        Report report = new Report(qemuRun(), List.of(failed(List.of())));
        String xml = ReportXmlWriterTest.write(report);
        assertTrue(!xml.contains("<attachment"), xml);
        assertEquals(ReportXmlReader.read(new StringReader(xml)).scenarios().get(0).attachments(), List.of());
    }

    @Test
    public void anAttachmentWithABlankNameIsRefused() {
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <tck-report xmlns="urn:libvirt-tck:report:1" format-version="1" generated="2024-05-01T10:05:01Z">
                  <run start="2024-05-01T10:00:00Z" complete="true"><uri>qemu:///system</uri></run>
                  <scenarios>
                    <scenario id="domain.b" status="fail" duration-ms="3">
                      <attachment name=" ">text</attachment>
                    </scenario>
                  </scenarios>
                </tck-report>
                """;
        ReportFormatException e = expectThrows(ReportFormatException.class,
                () -> ReportXmlReader.read(new StringReader(xml)));
        assertTrue(e.getMessage().startsWith("report.xml: line 6: "), e.getMessage());
        assertTrue(e.getMessage().contains("an attachment name that is not blank"), e.getMessage());
    }

    @Test
    public void anAttachmentBeforeTheMessageIsRefusedAsOutOfOrder() {
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <tck-report xmlns="urn:libvirt-tck:report:1" format-version="1" generated="2024-05-01T10:05:01Z">
                  <run start="2024-05-01T10:00:00Z" complete="true"><uri>qemu:///system</uri></run>
                  <scenarios>
                    <scenario id="domain.b" status="fail" duration-ms="3">
                      <attachment name="a">text</attachment>
                      <message>boom</message>
                    </scenario>
                  </scenarios>
                </tck-report>
                """;
        ReportFormatException e = expectThrows(ReportFormatException.class,
                () -> ReportXmlReader.read(new StringReader(xml)));
        assertTrue(e.getMessage().startsWith("report.xml: line 7: "), e.getMessage());
    }
}
