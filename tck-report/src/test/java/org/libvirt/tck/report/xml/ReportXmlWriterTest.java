package org.libvirt.tck.report.xml;

import static org.libvirt.tck.report.Fixtures.CLOCK;
import static org.libvirt.tck.report.Fixtures.qemuRun;
import static org.libvirt.tck.report.Fixtures.result;
import static org.testng.Assert.assertEquals;
import static org.testng.Assert.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.libvirt.tck.report.Fixtures;
import org.libvirt.tck.report.model.Report;
import org.libvirt.tck.report.model.ScenarioResult;
import org.libvirt.tck.report.model.Status;
import org.testng.annotations.Test;

public class ReportXmlWriterTest {

    static String write(Report report) throws IOException {
        StringWriter out = new StringWriter();
        new ReportXmlWriter(CLOCK).write(report, out);
        return out.toString();
    }

    @Test
    public void writesTheDocumentedLayout() throws IOException {
        Report report = new Report(qemuRun(), List.of(
                result("domain.persistent-lifecycle", Status.PASS, 1234, null, null),
                result("domain.save-restore", Status.FAIL, 2500, "expected <running> & \"up\"", "line1\n\tat X")));
        assertEquals(write(report), """
                <?xml version="1.0" encoding="UTF-8"?>
                <tck-report xmlns="urn:libvirt-tck:report:1" format-version="1" generated="2024-05-01T10:05:01Z">
                  <run start="2024-05-01T10:00:00Z" end="2024-05-01T10:05:00Z" complete="true">
                    <uri>qemu:///system</uri>
                    <driver>QEMU</driver>
                    <library-version>9.0.0</library-version>
                    <daemon-version>9.0.0</daemon-version>
                    <hypervisor-type>QEMU</hypervisor-type>
                    <hypervisor-version>8.2.2</hypervisor-version>
                    <host-arch>x86_64</host-arch>
                    <os-name>Linux</os-name>
                    <os-version>6.8.0</os-version>
                    <host-name>build1</host-name>
                    <kit-version>0.1.0</kit-version>
                  </run>
                  <scenarios>
                    <scenario id="domain.persistent-lifecycle" status="pass" duration-ms="1234">
                      <group>domain</group>
                    </scenario>
                    <scenario id="domain.save-restore" status="fail" duration-ms="2500">
                      <group>domain</group>
                      <message>expected &lt;running&gt; &amp; "up"</message>
                      <details>line1
                \tat X</details>
                    </scenario>
                  </scenarios>
                </tck-report>
                """);
    }

    @Test
    public void unknownRunFieldsAndAnUnfinishedRunWriteNothingForThem() throws IOException {
        Report report = new Report(Fixtures.runningTestDriver(), List.of(
                new ScenarioResult("smoke", List.of(), Status.PASS, Duration.ZERO, null, null)));
        assertEquals(write(report), """
                <?xml version="1.0" encoding="UTF-8"?>
                <tck-report xmlns="urn:libvirt-tck:report:1" format-version="1" generated="2024-05-01T10:05:01Z">
                  <run start="2024-05-01T10:00:00Z" complete="false">
                    <uri>test:///default</uri>
                  </run>
                  <scenarios>
                    <scenario id="smoke" status="pass" duration-ms="0"/>
                  </scenarios>
                </tck-report>
                """);
    }

    @Test
    public void aReportWithoutScenariosHasAnEmptyScenariosElement() throws IOException {
        String xml = write(new Report(qemuRun(), List.of()));
        assertTrue(xml.contains("  <scenarios/>\n"), xml);
        Xsd.assertValid(xml);
    }

    @Test
    public void generatedIsTheClocksInstant() throws IOException {
        Clock later = Clock.fixed(Instant.parse("2030-01-02T03:04:05.678Z"), ZoneOffset.UTC);
        StringWriter out = new StringWriter();
        new ReportXmlWriter(later).write(new Report(qemuRun(), List.of()), out);
        assertTrue(out.toString().contains(" generated=\"2030-01-02T03:04:05.678Z\">"), out.toString());
    }

    @Test
    public void writtenReportsAreValidAgainstTheXsd() throws IOException {
        Xsd.assertValid(write(Fixtures.oneOfEach()));
        Xsd.assertValid(write(new Report(Fixtures.runningTestDriver(), List.of())));
    }

    @Test
    public void charactersXmlCannotHoldAreWrittenAsVisibleEscapes() throws IOException {
        String console = "boot\u0000ed \u001b[1mOK\u001b[0m \uFFFE lone \uD800 pair \uD83D\uDE00";
        Report report = new Report(qemuRun(), List.of(
                result("domain.console\u0007", Status.ERROR, 5, "virDomainOpenConsole: \u0001", console)));
        String xml = write(report);
        Xsd.assertValid(xml);
        assertTrue(xml.contains("<details>boot\\u0000ed \\u001B[1mOK\\u001B[0m \\uFFFE lone \\uD800 pair "
                + "\uD83D\uDE00</details>"), xml);
        assertTrue(xml.contains("id=\"domain.console\\u0007\""), xml);
        assertTrue(xml.contains("<message>virDomainOpenConsole: \\u0001</message>"), xml);
    }

    @Test
    public void attributeValuesKeepTheirWhiteSpaceAndQuotes() throws IOException {
        Report report = new Report(qemuRun(), List.of(
                result("domain.odd \"id\"\t<x>\r\n", Status.PASS, 1, null, null)));
        String xml = write(report);
        assertTrue(xml.contains("id=\"domain.odd &quot;id&quot;&#9;&lt;x&gt;&#13;&#10;\""), xml);
        Xsd.assertValid(xml);
    }
}
