package org.libvirt.tck.report.xml;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.ErrorHandler;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * Stands between the parser and the XSD validator: refuses a document that is not a TCK report before
 * the validator sees it, and turns the validator's first complaint into one clear line.
 *
 * <p>The root is checked here, not left to the schema, because "cannot find the declaration of element
 * testsuite" does not tell a person they passed the JUnit file. It also keeps the open elements, which
 * the reader uses to say where a truncated file ends.
 */
final class ReportGate extends XMLFilterImpl {

    private final Deque<String> open = new ArrayDeque<>();
    private final List<SAXParseException> errors = new ArrayList<>();
    private Locator locator;
    private boolean rootStarted;
    private boolean rootEnded;
    private String scenarioId;
    private String eventElement;
    private String eventParent;
    private Attributes eventAttributes;

    /** @param validator receives every event that gets past the gate */
    ReportGate(ContentHandler validator) {
        setContentHandler(validator);
    }

    boolean rootStarted() {
        return rootStarted;
    }

    boolean rootEnded() {
        return rootEnded;
    }

    /** Where the document broke off: {@code inside <details> of scenario 'domain.x'}. */
    String openElements() {
        if (open.isEmpty()) {
            return "before the root element <" + ReportXmlSchema.ROOT + ">";
        }
        String where = "inside " + open.peek();
        return scenarioId != null && open.contains("<scenario>")
                ? where + " of scenario " + SchemaMessages.shown(scenarioId)
                : where;
    }

    @Override
    public void setDocumentLocator(Locator locator) {
        this.locator = locator;
        super.setDocumentLocator(locator);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        String element = display(uri, localName);
        if (!rootStarted) {
            checkRoot(uri, localName, element, atts);
            rootStarted = true;
        }
        if (localName.equals("scenario")) {
            scenarioId = atts.getValue("id");
        }
        event(element, open.peek(), atts);
        open.push(element);
        super.startElement(uri, localName, qName, atts);
        refuseOnErrors();
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        String element = open.pop();
        event(element, open.peek(), null);
        super.endElement(uri, localName, qName);
        refuseOnErrors();
        if (open.isEmpty()) {
            rootEnded = true;
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        event(open.peek(), null, null);
        super.characters(ch, start, length);
        refuseOnErrors();
    }

    /**
     * The handler to put after the validator: it refuses before passing on an event the validator
     * complained about, so the model builder only ever sees valid content.
     */
    ContentHandler afterValidation(ContentHandler builder) {
        XMLFilterImpl check = new XMLFilterImpl() {
            @Override
            public void startElement(String uri, String localName, String qName, Attributes atts)
                    throws SAXException {
                refuseOnErrors();
                super.startElement(uri, localName, qName, atts);
            }

            @Override
            public void endElement(String uri, String localName, String qName) throws SAXException {
                refuseOnErrors();
                super.endElement(uri, localName, qName);
            }

            @Override
            public void characters(char[] ch, int start, int length) throws SAXException {
                refuseOnErrors();
                super.characters(ch, start, length);
            }
        };
        check.setContentHandler(builder);
        return check;
    }

    /** Remembers what the event being passed on is about, for the message if the validator objects. */
    private void event(String element, String parent, Attributes atts) {
        eventElement = element;
        eventParent = parent;
        eventAttributes = atts;
    }

    private void checkRoot(String uri, String localName, String element, Attributes atts) throws Refusal {
        String expected = "expected a TCK report, root element <" + ReportXmlSchema.ROOT + " xmlns=\""
                + ReportXmlSchema.NAMESPACE + "\">, but found ";
        if (localName.equals(ReportXmlSchema.ROOT) && uri.equals(ReportXmlSchema.NAMESPACE)) {
            String version = atts.getValue("format-version");
            if (version != null && !version.equals(ReportXmlSchema.FORMAT_VERSION)) {
                throw new Refusal(line(), "expected format-version " + ReportXmlSchema.FORMAT_VERSION
                        + " but found format-version " + SchemaMessages.shown(version)
                        + ": the report was written by another version of the TCK; read it with that version",
                        null);
            }
            return;
        }
        if (uri.isEmpty() && (localName.equals("testsuite") || localName.equals("testsuites"))) {
            throw new Refusal(line(), expected + "<" + localName + ">, which is a JUnit XML file; "
                    + "pass the report.xml that the TCK writes beside it", null);
        }
        throw new Refusal(line(), expected + element + "; pass the report.xml that the TCK wrote", null);
    }

    private void refuseOnErrors() throws Refusal {
        if (!errors.isEmpty()) {
            SAXParseException first = errors.get(0);
            String problem = SchemaMessages.describe(errors, eventElement, eventParent, eventAttributes);
            throw new Refusal(first.getLineNumber(), problem
                    + "; write the report again with the TCK, or fix it as tck-report-1.xsd describes", first);
        }
    }

    private int line() {
        return locator == null ? -1 : locator.getLineNumber();
    }

    /** {@code <run>} in the report's namespace, else with the namespace spelled out. */
    private static String display(String uri, String localName) {
        if (uri.equals(ReportXmlSchema.NAMESPACE)) {
            return "<" + localName + ">";
        }
        return "<" + localName + (uri.isEmpty() ? "> (no namespace)" : "> (namespace " + uri + ")");
    }

    /** The validator's error handler: collects, so that the event that caused the errors refuses the document. */
    ErrorHandler validationErrors() {
        return new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                // Nothing the schema could warn about makes a report unreadable.
            }

            @Override
            public void error(SAXParseException e) {
                errors.add(e);
            }

            @Override
            public void fatalError(SAXParseException e) {
                errors.add(e);
            }
        };
    }
}
