package org.libvirt.tck.report.junit;

import static org.libvirt.tck.report.Fixtures.CLOCK;
import static org.libvirt.tck.report.Fixtures.qemuRun;
import static org.libvirt.tck.report.Fixtures.result;
import static org.testng.Assert.assertEquals;
import static org.testng.Assert.assertNull;
import static org.testng.Assert.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.dom4j.Document;
import org.dom4j.DocumentException;
import org.dom4j.DocumentHelper;
import org.dom4j.Element;
import org.dom4j.Node;
import org.libvirt.tck.report.Fixtures;
import org.libvirt.tck.report.model.Attachment;
import org.libvirt.tck.report.model.Report;
import org.libvirt.tck.report.model.RunInfo;
import org.libvirt.tck.report.model.ScenarioResult;
import org.libvirt.tck.report.model.Status;
import org.testng.annotations.Test;

public class JUnitXmlWriterTest {

    private static String write(Report report, Clock clock) throws IOException {
        StringWriter out = new StringWriter();
        new JUnitXmlWriter(clock).write(report, out);
        return out.toString();
    }

    private static Document parse(Report report) throws IOException, DocumentException {
        return DocumentHelper.parseText(write(report, CLOCK));
    }

    private static Element testcase(Document doc, String id) {
        Node node = doc.selectSingleNode("/testsuite/testcase[@name='" + id + "']");
        assertTrue(node instanceof Element, "no testcase " + id + " in\n" + doc.asXML());
        return (Element) node;
    }

    @Test
    public void suiteCountsFailuresErrorsAndBothKindsOfSkip() throws Exception {
        Element suite = parse(Fixtures.oneOfEach()).getRootElement();
        assertEquals(suite.getName(), "testsuite");
        assertEquals(suite.attributeValue("tests"), "5");
        assertEquals(suite.attributeValue("failures"), "1");
        assertEquals(suite.attributeValue("errors"), "1");
        assertEquals(suite.attributeValue("skipped"), "2", "SKIP and UNSUPPORTED are both skipped in JUnit");
    }

    @Test
    public void suiteIsNamedAfterTheUriAndCarriesHostTimeAndStart() throws Exception {
        Element suite = parse(Fixtures.oneOfEach()).getRootElement();
        assertEquals(suite.attributeValue("name"), "libvirt-tck (qemu:///system)");
        assertEquals(suite.attributeValue("hostname"), "build1");
        assertEquals(suite.attributeValue("time"), "300.000", "the run's wall time, start to end");
        assertEquals(suite.attributeValue("timestamp"), "2024-05-01T10:00:00");
    }

    @Test
    public void passWritesABareTestcase() throws Exception {
        Element pass = testcase(parse(Fixtures.oneOfEach()), "domain.persistent-lifecycle");
        assertEquals(pass.attributeValue("classname"), "domain");
        assertEquals(pass.attributeValue("time"), "1.234");
        assertTrue(pass.elements().isEmpty(), pass.asXML());
    }

    @Test
    public void failWritesAFailureWithTheMessageAndTheDetailsAsBody() throws Exception {
        Element failure = testcase(parse(Fixtures.oneOfEach()), "domain.save-restore").element("failure");
        assertEquals(failure.attributeValue("message"),
                "expected the domain to be running after restore but it is shut off");
        assertEquals(failure.getText(),
                "java.lang.AssertionError: expected running\n\tat SaveRestore.run(SaveRestore.java:42)");
    }

    @Test
    public void errorWritesAnError() throws Exception {
        Element tc = testcase(parse(Fixtures.oneOfEach()), "storage.pool-build");
        assertEquals(tc.attributeValue("classname"), "storage");
        assertNull(tc.element("failure"));
        assertEquals(tc.element("error").attributeValue("message"), "virStoragePoolBuild failed: Permission denied");
        assertEquals(tc.element("error").getText(), "libvirt error code 38");
    }

    @Test
    public void skipWritesSkippedWithItsReason() throws Exception {
        Element skipped = testcase(parse(Fixtures.oneOfEach()), "network.nat-start").element("skipped");
        assertEquals(skipped.attributeValue("message"), "known broken: libvirt bug 1234");
    }

    @Test
    public void unsupportedWritesSkippedWithAPrefixedMessage() throws Exception {
        Element skipped = testcase(parse(Fixtures.oneOfEach()), "domain.vcpu-hotplug").element("skipped");
        assertEquals(skipped.attributeValue("message"),
                "unsupported: virDomainSetVcpusFlags is not supported by this driver");
    }

    @Test
    public void unsupportedWithoutMessageSaysUnsupported() throws Exception {
        Report report = new Report(qemuRun(), List.of(result("domain.a", Status.UNSUPPORTED, 0, null, null),
                result("domain.b", Status.SKIP, 0, null, null)));
        Document doc = parse(report);
        assertEquals(testcase(doc, "domain.a").element("skipped").attributeValue("message"), "unsupported");
        assertNull(testcase(doc, "domain.b").element("skipped").attributeValue("message"));
    }

    @Test
    public void detailsOfScenariosThatDidNotFailGoToSystemOut() throws Exception {
        Report report = new Report(qemuRun(), List.of(result("domain.a", Status.SKIP, 0, "why", "log tail")));
        assertEquals(testcase(parse(report), "domain.a").elementText("system-out"), "log tail");
    }

    @Test
    public void classnameOfAnIdWithoutDotIsTheWholeId() throws Exception {
        Report report = new Report(qemuRun(), List.of(
                new ScenarioResult("smoke", List.of(), Status.PASS, Duration.ofMillis(7), null, null)));
        assertEquals(testcase(parse(report), "smoke").attributeValue("classname"), "smoke");
    }

    @Test
    public void propertiesCarryDriverVersionsAndPlatform() throws Exception {
        Document doc = parse(Fixtures.oneOfEach());
        String[][] expected = {
            {"libvirt.uri", "qemu:///system"}, {"libvirt.driver", "QEMU"}, {"libvirt.library.version", "9.0.0"},
            {"libvirt.daemon.version", "9.0.0"}, {"hypervisor.type", "QEMU"}, {"hypervisor.version", "8.2.2"},
            {"host.arch", "x86_64"}, {"os.name", "Linux"}, {"os.version", "6.8.0"}, {"host.name", "build1"},
            {"tck.version", "0.1.0"}, {"tck.run.start", "2024-05-01T10:00:00Z"},
            {"tck.run.end", "2024-05-01T10:05:00Z"}, {"tck.run.complete", "true"},
            {"tck.report.generated", "2024-05-01T10:05:01Z"},
        };
        List<Node> properties = doc.selectNodes("/testsuite/properties/property");
        assertEquals(properties.size(), expected.length);
        for (int i = 0; i < expected.length; i++) {
            Element p = (Element) properties.get(i);
            assertEquals(p.attributeValue("name"), expected[i][0]);
            assertEquals(p.attributeValue("value"), expected[i][1]);
        }
    }

    @Test
    public void unknownValuesAreLeftOutOfTheProperties() throws Exception {
        Document doc = parse(new Report(Fixtures.runningTestDriver(), List.of()));
        assertEquals(doc.selectNodes("/testsuite/properties/property/@name").stream().map(Node::getText).toList(),
                List.of("libvirt.uri", "tck.run.start", "tck.run.complete", "tck.report.generated"));
        assertNull(doc.getRootElement().attributeValue("hostname"));
    }

    @Test
    public void aRunStillGoingIsTimedUpToTheClock() throws Exception {
        Clock now = Clock.fixed(Instant.parse("2024-05-01T10:00:42.5Z"), ZoneOffset.UTC);
        String xml = write(new Report(Fixtures.runningTestDriver(), List.of()), now);
        assertEquals(DocumentHelper.parseText(xml).getRootElement().attributeValue("time"), "42.500");
    }

    @Test
    public void timesUseAPointWhateverTheDefaultLocale() throws Exception {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.GERMANY);
        try {
            assertEquals(testcase(parse(Fixtures.oneOfEach()), "domain.save-restore").attributeValue("time"),
                    "2.500");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    public void timestampIsTheRunStartInUtcToTheSecond() throws Exception {
        RunInfo run = new RunInfo("qemu:///system", null, null, null, null, null, null, null, null, null, null,
                Instant.parse("2024-12-31T23:59:59.999Z"), null, false);
        assertEquals(parse(new Report(run, List.of())).getRootElement().attributeValue("timestamp"),
                "2024-12-31T23:59:59");
    }

    @Test
    public void charactersXmlCannotHoldAreWrittenAsVisibleEscapes() throws Exception {
        Report report = new Report(qemuRun(), List.of(result("domain.console", Status.FAIL, 1,
                "virDomainOpenConsole: \u001b[31mfailed\u001b[0m", "serial\u0000log \uFFFF")));
        String xml = write(report, CLOCK);
        Element failure = testcase(DocumentHelper.parseText(xml), "domain.console").element("failure");
        assertEquals(failure.attributeValue("message"), "virDomainOpenConsole: \\u001B[31mfailed\\u001B[0m");
        assertEquals(failure.getText(), "serial\\u0000log \\uFFFF");
    }

    @Test
    public void attachmentsOfAFailureGoToSystemOutEachAfterAHeaderLine() throws Exception {
        ScenarioResult failed = new ScenarioResult("guest.boot", List.of("guest"), Status.FAIL, Duration.ZERO,
                "no agent", "trace", null, List.of(new Attachment("tck-boot.xml", "<domain/>"),
                        new Attachment("tck-boot.console.log", "login:\u0000")));
        Element testcase = testcase(parse(new Report(qemuRun(), List.of(failed))), "guest.boot");
        assertEquals(testcase.element("failure").getText(), "trace");
        assertEquals(testcase.elementText("system-out"), "===== attachment tck-boot.xml =====\n<domain/>\n"
                + "===== attachment tck-boot.console.log =====\nlogin:\\u0000");
    }

    @Test
    public void attachmentsFollowTheDetailsInTheOneSystemOut() throws Exception {
        ScenarioResult skipped = new ScenarioResult("guest.boot", List.of("guest"), Status.SKIP, Duration.ZERO,
                "why", "details", null, List.of(new Attachment("a", "text")));
        Element testcase = testcase(parse(new Report(qemuRun(), List.of(skipped))), "guest.boot");
        assertEquals(testcase.elements("system-out").size(), 1);
        assertEquals(testcase.elementText("system-out"), "details\n===== attachment a =====\ntext");
    }
}
