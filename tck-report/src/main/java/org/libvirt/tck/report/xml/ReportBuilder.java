package org.libvirt.tck.report.xml;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.libvirt.tck.report.model.Attachment;
import org.libvirt.tck.report.model.KnownIssue;
import org.libvirt.tck.report.model.Report;
import org.libvirt.tck.report.model.RunInfo;
import org.libvirt.tck.report.model.ScenarioResult;
import org.libvirt.tck.report.model.Status;
import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Builds the {@link Report} from parse events that the XSD validator has already let through, so it can
 * rely on the structure and only has to convert values.
 */
final class ReportBuilder extends DefaultHandler {

    private final StringBuilder text = new StringBuilder();
    private Locator locator;

    private boolean inRun;
    private Instant start;
    private Instant end;
    private boolean complete;
    private final Map<String, String> runFields = new HashMap<>();
    private RunInfo run;

    private final List<ScenarioResult> scenarios = new ArrayList<>();
    private final Consumer<RunInfo> runSink;
    private final Consumer<ScenarioResult> scenarioSink;
    private String id;
    private Status status;
    private Duration duration;
    private List<String> groups;
    private String message;
    private String details;
    private KnownIssue known;
    private List<Attachment> attachments;
    private String attachmentName;

    private Report report;

    /** Collects the whole report, for {@link #report()}. */
    ReportBuilder() {
        this.runSink = r -> { };
        this.scenarioSink = scenarios::add;
    }

    /** Hands over the run and each scenario as they are read, keeping none of them; {@link #run()} stays. */
    ReportBuilder(Consumer<RunInfo> runSink, Consumer<ScenarioResult> scenarioSink) {
        this.runSink = runSink;
        this.scenarioSink = scenarioSink;
    }

    /** The run, once its element has ended. */
    RunInfo run() {
        return run;
    }

    /** The report, once the document has ended. */
    Report report() {
        if (report == null) {
            throw new IllegalStateException("the document has not ended");
        }
        return report;
    }

    @Override
    public void setDocumentLocator(Locator locator) {
        this.locator = locator;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        text.setLength(0);
        switch (localName) {
            case "run" -> {
                inRun = true;
                start = instant(atts, "start");
                end = instant(atts, "end");
                String value = atts.getValue("complete").strip();
                complete = value.equals("true") || value.equals("1");
            }
            case "scenario" -> {
                id = atts.getValue("id");
                status = Status.fromXmlName(atts.getValue("status"));
                duration = Duration.ofMillis(Long.parseLong(atts.getValue("duration-ms").strip()));
                groups = new ArrayList<>();
                message = null;
                details = null;
                known = null;
                attachments = new ArrayList<>();
            }
            case "attachment" -> attachmentName = atts.getValue("name");
            case "known" -> known = new KnownIssue(atts.getValue("reason"), atts.getValue("bug"),
                    atts.getValue("entry"));
            default -> {
                // Other elements carry text, taken at their end.
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        text.append(ch, start, length);
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        try {
            switch (localName) {
                case "group" -> groups.add(text.toString());
                case "message" -> message = text.toString();
                case "details" -> details = text.toString();
                case "attachment" -> attachments.add(new Attachment(attachmentName, text.toString()));
                case "scenario" -> scenarioSink.accept(new ScenarioResult(id, groups, status, duration, message,
                        details, known, attachments));
                case "run" -> {
                    inRun = false;
                    run = new RunInfo(runFields.get("uri"), runFields.get("driver"),
                            runFields.get("library-version"), runFields.get("daemon-version"),
                            runFields.get("hypervisor-type"), runFields.get("hypervisor-version"),
                            runFields.get("host-arch"), runFields.get("os-name"), runFields.get("os-version"),
                            runFields.get("host-name"), runFields.get("kit-version"), start, end, complete,
                            runFields.get("guest-domain-type"), runFields.get("guest-finding"));
                    runSink.accept(run);
                }
                case ReportXmlSchema.ROOT -> report = new Report(run, scenarios);
                default -> {
                    if (inRun) {
                        runFields.put(localName, text.toString());
                    }
                }
            }
        } catch (IllegalArgumentException | NullPointerException e) {
            // The XSD lets through nothing the model refuses; this guards against the two drifting apart.
            throw new Refusal(line(), "cannot take <" + localName + ">: " + e.getMessage()
                    + "; write the report again with the TCK", e);
        }
    }

    private Instant instant(Attributes atts, String name) throws Refusal {
        String value = atts.getValue(name);
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            // The XSD allows a few dateTimes, such as 24:00:00, that are not a plain instant.
            throw new Refusal(line(), "expected attribute " + name + " of <run> to be an ISO-8601 instant in UTC "
                    + "such as 2024-05-01T10:00:00Z but found " + SchemaMessages.shown(value)
                    + "; write the report again with the TCK, or fix the value", e);
        }
    }

    private int line() {
        return locator == null ? -1 : locator.getLineNumber();
    }
}
