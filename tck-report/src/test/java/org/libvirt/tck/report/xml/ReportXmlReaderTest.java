package org.libvirt.tck.report.xml;

import static org.testng.Assert.assertEquals;
import static org.testng.Assert.assertThrows;
import static org.testng.Assert.expectThrows;
import static org.testng.Assert.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import org.libvirt.tck.report.model.Report;
import org.libvirt.tck.report.model.Status;
import org.testng.annotations.Test;

public class ReportXmlReaderTest {

    /** A valid report; the tests below break one thing in it at a known line. */
    private static final String VALID = """
            <?xml version="1.0" encoding="UTF-8"?>
            <tck-report xmlns="urn:libvirt-tck:report:1" format-version="1" generated="2024-05-01T10:05:01Z">
              <run start="2024-05-01T10:00:00Z" end="2024-05-01T10:05:00Z" complete="true">
                <uri>qemu:///system</uri>
              </run>
              <scenarios>
                <scenario id="domain.a" status="pass" duration-ms="12">
                  <group>domain</group>
                </scenario>
                <scenario id="domain.b" status="fail" duration-ms="3">
                  <message>boom</message>
                </scenario>
              </scenarios>
            </tck-report>
            """;

    private static final String SCHEMA_ADVICE =
            "; write the report again with the TCK, or fix it as tck-report-1.xsd describes";

    private static String refusal(String xml) {
        ReportFormatException e = expectThrows(ReportFormatException.class,
                () -> ReportXmlReader.read(new StringReader(xml)));
        assertEquals(e.getMessage().lines().count(), 1L, "one line: " + e.getMessage());
        return e.getMessage();
    }

    private static String replace(String target, String replacement) {
        assertTrue(VALID.contains(target), target);
        return VALID.replace(target, replacement);
    }

    @Test
    public void theValidSampleReads() throws ReportFormatException {
        Report report = ReportXmlReader.read(new StringReader(VALID));
        assertEquals(report.run().uri(), "qemu:///system");
        assertEquals(report.scenarios().size(), 2);
        assertEquals(report.scenarios().get(1).status(), Status.FAIL);
        assertEquals(report.scenarios().get(1).message(), "boom");
    }

    @Test
    public void truncatedReportIsRefusedWithLineNumber() {
        String cut = VALID.substring(0, VALID.indexOf("boom") + 2);
        assertEquals(refusal(cut), "report.xml: line 11: the file ends inside <message> of scenario 'domain.b': "
                + "it is truncated, as an interrupted run or a full disk leaves it; "
                + "run the TCK again to write a new report");
    }

    @Test
    public void reportCutAtTheEndOfALineSaysWhichElementIsOpen() {
        String cut = VALID.substring(0, VALID.indexOf("    <scenario id=\"domain.b\""));
        assertEquals(refusal(cut), "report.xml: line 10: the file ends inside <scenarios>: "
                + "it is truncated, as an interrupted run or a full disk leaves it; "
                + "run the TCK again to write a new report");
    }

    @Test
    public void emptyFileIsRefusedAsEmpty() {
        String expected = "report.xml: the file is empty: expected a TCK report, an XML document with root element "
                + "<tck-report xmlns=\"urn:libvirt-tck:report:1\">; the run that should have written it may have "
                + "stopped early, run the TCK again to write a new report";
        assertEquals(refusal(""), expected);
        assertEquals(refusal(" \n\n"), expected);
    }

    @Test
    public void nonXmlFileIsRefusedAsNotXml() {
        assertEquals(refusal("PASS: domain.a\nFAIL: domain.b\n"), "report.xml: line 1: not an XML file: expected "
                + "a TCK report starting with <?xml or <tck-report xmlns=\"urn:libvirt-tck:report:1\"> but found "
                + "'PASS: domain.a'; pass the report.xml that the TCK wrote");
    }

    @Test
    public void binaryFileIsRefusedAsNotXmlWithItsBytesSpelledOut() throws IOException {
        Path file = Files.createTempFile("report", ".xml.gz");
        Files.write(file, new byte[] {0x1f, (byte) 0x8b, 0x08, 0x00, 0x1b, 'x'});
        try {
            ReportFormatException e = expectThrows(ReportFormatException.class, () -> ReportXmlReader.read(file));
            assertEquals(e.getMessage(), file + ": line 1: not an XML file: expected a TCK report starting with "
                    + "<?xml or <tck-report xmlns=\"urn:libvirt-tck:report:1\"> but found "
                    + "'\\u001F\uFFFD\\u0008\\u0000\\u001Bx'; pass the report.xml that the TCK wrote");
        } finally {
            Files.delete(file);
        }
    }

    @Test
    public void junitXmlFileIsRefusedAsAJUnitFile() {
        String junit = """
                <?xml version="1.0" encoding="UTF-8"?>
                <testsuite name="libvirt-tck (qemu:///system)" tests="1">
                  <testcase classname="domain" name="domain.a" time="0.012"/>
                </testsuite>
                """;
        assertEquals(refusal(junit), "report.xml: line 2: expected a TCK report, root element "
                + "<tck-report xmlns=\"urn:libvirt-tck:report:1\">, but found <testsuite>, which is a JUnit XML "
                + "file; pass the report.xml that the TCK writes beside it");
    }

    @Test
    public void foreignRootElementIsRefusedNamingIt() {
        assertEquals(refusal("<domain type=\"kvm\"><name>vm1</name></domain>"), "report.xml: line 1: expected a TCK "
                + "report, root element <tck-report xmlns=\"urn:libvirt-tck:report:1\">, but found <domain> "
                + "(no namespace); pass the report.xml that the TCK wrote");
    }

    @Test
    public void reportInAnotherNamespaceIsRefusedNamingTheNamespace() {
        String xml = replace("urn:libvirt-tck:report:1", "urn:libvirt-tck:report:2");
        assertEquals(refusal(xml), "report.xml: line 2: expected a TCK report, root element "
                + "<tck-report xmlns=\"urn:libvirt-tck:report:1\">, but found <tck-report> "
                + "(namespace urn:libvirt-tck:report:2); pass the report.xml that the TCK wrote");
    }

    @Test
    public void otherFormatVersionIsRefusedSayingWhichVersionReadsIt() {
        String xml = replace("format-version=\"1\"", "format-version=\"2\"");
        assertEquals(refusal(xml), "report.xml: line 2: expected format-version 1 but found format-version '2': "
                + "the report was written by another version of the TCK; read it with that version");
    }

    @Test
    public void unknownStatusIsRefusedListingTheAllowedValues() {
        String xml = replace("status=\"fail\"", "status=\"passed\"");
        assertEquals(refusal(xml), "report.xml: line 10: expected attribute status of <scenario> to be one of "
                + "pass, fail, error, skip, unsupported, known-fail, unexpected-pass but found 'passed'" + SCHEMA_ADVICE);
    }

    @Test
    public void messagesAreInEnglishWhateverTheDefaultLocale() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.GERMANY);
        try {
            String xml = replace("status=\"fail\"", "status=\"passed\"");
            assertEquals(refusal(xml), "report.xml: line 10: expected attribute status of <scenario> to be one of "
                    + "pass, fail, error, skip, unsupported, known-fail, unexpected-pass but found 'passed'" + SCHEMA_ADVICE);
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    public void missingRequiredAttributeIsRefusedNamingIt() {
        String xml = replace("<scenario id=\"domain.a\" status=\"pass\"", "<scenario id=\"domain.a\"");
        assertEquals(refusal(xml),
                "report.xml: line 7: expected attribute status on <scenario> but it is missing" + SCHEMA_ADVICE);
    }

    @Test
    public void missingUriIsRefusedSayingWhatWasExpected() {
        String xml = replace("    <uri>qemu:///system</uri>\n", "");
        assertEquals(refusal(xml), "report.xml: line 4: expected element <uri> inside <run> but found its end tag"
                + SCHEMA_ADVICE);
    }

    @Test
    public void unexpectedElementIsRefusedWithWhatWasExpectedAndFound() {
        String xml = replace(
                "  <run start=\"2024-05-01T10:00:00Z\" end=\"2024-05-01T10:05:00Z\" complete=\"true\">\n"
                        + "    <uri>qemu:///system</uri>\n  </run>", "  <foo/>");
        assertEquals(refusal(xml),
                "report.xml: line 3: expected element <run> but found <foo> inside <tck-report>" + SCHEMA_ADVICE);
    }

    @Test
    public void elementOutOfOrderIsRefusedListingWhatMayComeNext() {
        String xml = replace("      <message>boom</message>\n",
                "      <message>boom</message>\n      <group>late</group>\n");
        assertEquals(refusal(xml), "report.xml: line 12: expected one of <details>, <known>, <attachment> but found "
                + "<group> inside <scenario>" + SCHEMA_ADVICE);
    }

    @Test
    public void elementWhereNoneMayBeIsRefused() {
        String xml = replace("<uri>qemu:///system</uri>", "<uri>qemu:///system</uri><kit-version>1</kit-version>"
                + "<guest-finding>forced</guest-finding><extra/>");
        assertEquals(refusal(xml), "report.xml: line 4: expected no more elements inside <run> but found <extra>"
                + SCHEMA_ADVICE);
    }

    @Test
    public void missingScenariosElementIsRefused() {
        String xml = VALID.substring(0, VALID.indexOf("  <scenarios>")) + "</tck-report>\n";
        assertEquals(refusal(xml), "report.xml: line 6: expected element <scenarios> inside <tck-report> but found "
                + "its end tag" + SCHEMA_ADVICE);
    }

    @Test
    public void unknownAttributeIsRefusedNamingIt() {
        String xml = replace("duration-ms=\"12\"", "duration-ms=\"12\" retries=\"2\"");
        assertEquals(refusal(xml), "report.xml: line 7: found attribute retries on <scenario>, which that element "
                + "does not have" + SCHEMA_ADVICE);
    }

    @Test
    public void textBetweenElementsIsRefused() {
        String xml = replace("      <message>boom</message>", "      boom");
        assertEquals(refusal(xml), "report.xml: line 12: expected only elements inside <scenario> but found text"
                + SCHEMA_ADVICE);
    }

    @Test
    public void negativeDurationIsRefused() {
        String xml = replace("duration-ms=\"3\"", "duration-ms=\"-3\"");
        assertEquals(refusal(xml), "report.xml: line 10: expected attribute duration-ms of <scenario> to be a whole "
                + "number of milliseconds, 0 or more but found '-3'" + SCHEMA_ADVICE);
    }

    @Test
    public void instantWithoutZoneIsRefused() {
        String xml = replace("start=\"2024-05-01T10:00:00Z\"", "start=\"2024-05-01T10:00:00\"");
        assertEquals(refusal(xml), "report.xml: line 3: expected attribute start of <run> to be an ISO-8601 instant "
                + "in UTC such as 2024-05-01T10:00:00Z but found '2024-05-01T10:00:00'" + SCHEMA_ADVICE);
    }

    @Test
    public void instantTheXsdAllowsButJavaDoesNotIsRefusedWithLineNumber() {
        String xml = replace("end=\"2024-05-01T10:05:00Z\"", "end=\"2024-05-01T10:05:00.1234567891Z\"");
        assertEquals(refusal(xml), "report.xml: line 3: expected attribute end of <run> to be an ISO-8601 instant "
                + "in UTC such as 2024-05-01T10:00:00Z but found '2024-05-01T10:05:00.1234567891Z'; "
                + "write the report again with the TCK, or fix the value");
    }

    @Test
    public void doctypeIsRefusedSoNoExternalEntityIsRead() {
        String xml = VALID.replace("<tck-report xmlns", "<!DOCTYPE tck-report [<!ENTITY x SYSTEM "
                        + "\"file:///etc/passwd\">]>\n<tck-report xmlns")
                .replace("<uri>qemu:///system</uri>", "<uri>&x;</uri>");
        assertEquals(refusal(xml), "report.xml: line 2: found a DOCTYPE declaration, which a TCK report never has "
                + "and this reader refuses (no DTDs or external entities); pass the report.xml that the TCK wrote");
    }

    @Test
    public void malformedXmlIsRefusedWithTheParsersWords() {
        String xml = replace("<group>domain</group>", "<group>domain</grop>");
        assertEquals(refusal(xml), "report.xml: line 8: not well-formed XML: The element type \"group\" must be "
                + "terminated by the matching end-tag \"</group>\"; fix the file or run the TCK again to write a "
                + "new report");
    }

    @Test
    public void pathOverloadNamesTheFileInMessages() throws IOException {
        Path file = Files.createTempFile("report", ".xml");
        Files.writeString(file, replace("status=\"fail\"", "status=\"broken\""), StandardCharsets.UTF_8);
        try {
            ReportFormatException e = expectThrows(ReportFormatException.class, () -> ReportXmlReader.read(file));
            assertTrue(e.getMessage().startsWith(file + ": line 10: expected attribute status"), e.getMessage());
            assertEquals(e.source(), file.toString());
            assertEquals(e.line(), 10);
        } finally {
            Files.delete(file);
        }
    }

    @Test
    public void missingFileSaysThereIsNoSuchFile() {
        Path file = Path.of("no-such-folder", "report.xml");
        NoSuchFileException e = expectThrows(NoSuchFileException.class, () -> ReportXmlReader.read(file));
        assertEquals(e.getMessage(), file + ": expected a report written by the TCK but there is no such file; "
                + "check the path");
    }

    @Test
    public void aFailingReaderIsAnUncheckedIoError() {
        Reader broken = new Reader() {
            @Override
            public int read(char[] buffer, int offset, int length) throws IOException {
                throw new IOException("disk on fire");
            }

            @Override
            public void close() {
            }
        };
        UncheckedIOException e = expectThrows(UncheckedIOException.class, () -> ReportXmlReader.read(broken));
        assertEquals(e.getMessage(), "cannot read report.xml: disk on fire");
    }
}
