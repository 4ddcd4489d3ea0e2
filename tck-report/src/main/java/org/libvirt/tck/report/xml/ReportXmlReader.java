package org.libvirt.tck.report.xml;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.validation.ValidatorHandler;
import org.libvirt.tck.report.model.Report;
import org.libvirt.tck.report.model.RunInfo;
import org.libvirt.tck.report.model.ScenarioResult;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXNotRecognizedException;
import org.xml.sax.SAXNotSupportedException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/**
 * Reads report.xml back into a {@link Report}, refusing anything that is not a valid TCK report.
 *
 * <pre>{@code
 * Report baseline = ReportXmlReader.read(Path.of("baseline/report.xml"));
 * Report same = ReportXmlReader.read(new StringReader(xml));   // named "report.xml" in messages
 * }</pre>
 *
 * <p>The document is validated against {@code tck-report-1.xsd} while it is parsed, and the first problem
 * ends the read with a {@link ReportFormatException} of one line, for example
 * {@code report.xml: line 3: expected element <run> but found <foo> inside <tck-report>; ...}.
 * An empty file, a file that is not XML, a truncated one and another kind of XML document (such as a JUnit
 * file) each get their own message. The parser refuses DTDs, so no entity can reach outside the file.
 */
public final class ReportXmlReader {

    /** The name used in messages when reading from a {@link Reader}. */
    public static final String DEFAULT_SOURCE = "report.xml";

    private static final String ADVICE_REWRITE = "run the TCK again to write a new report";

    private ReportXmlReader() {
    }

    /** Reads a report, naming it {@value #DEFAULT_SOURCE} in messages; an I/O error is unchecked. */
    public static Report read(Reader in) throws ReportFormatException {
        return read(in, DEFAULT_SOURCE);
    }

    /**
     * Reads a report, naming it {@code source} in messages.
     *
     * @throws UncheckedIOException when {@code in} itself fails
     */
    public static Report read(Reader in, String source) throws ReportFormatException {
        try {
            return parse(in, source);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source + ": " + e.getMessage(), e);
        }
    }

    /** Reads a UTF-8 report file, naming it by its path in messages. */
    public static Report read(Path file) throws ReportFormatException, IOException {
        if (!Files.exists(file)) {
            throw new NoSuchFileException(file.toString(), null,
                    "expected a report written by the TCK but there is no such file; check the path");
        }
        // Undecodable bytes become U+FFFD instead of an exception, so a binary file gets "not an XML file".
        try (Reader in = new BufferedReader(
                new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8))) {
            return parse(in, file.toString());
        }
    }

    /**
     * Reads a UTF-8 report file scenario by scenario, keeping none of them, for reports too big to hold.
     * The whole file is still validated; a problem found after some scenarios were handed over still throws.
     *
     * <pre>{@code
     * RunInfo run = ReportXmlReader.stream(path, scenario -> counts.merge(scenario.status(), 1, Integer::sum));
     * }</pre>
     *
     * @param each gets every scenario, in document order
     * @return the run
     */
    public static RunInfo stream(Path file, Consumer<ScenarioResult> each) throws ReportFormatException, IOException {
        if (!Files.exists(file)) {
            throw new NoSuchFileException(file.toString(), null,
                    "expected a report written by the TCK but there is no such file; check the path");
        }
        ReportBuilder builder = new ReportBuilder(run -> { }, each);
        try (Reader in = new BufferedReader(
                new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8), 1 << 16)) {
            parse(in, file.toString(), builder);
        }
        return builder.run();
    }

    private static Report parse(Reader in, String source) throws ReportFormatException, IOException {
        ReportBuilder builder = new ReportBuilder();
        parse(in, source, builder);
        return builder.report();
    }

    private static void parse(Reader in, String source, ReportBuilder builder)
            throws ReportFormatException, IOException {
        TrackingReader input = new TrackingReader(in);
        ValidatorHandler validator = ReportXmlSchema.schema().newValidatorHandler();
        ReportGate gate = new ReportGate(validator);
        validator.setErrorHandler(gate.validationErrors());
        validator.setContentHandler(gate.afterValidation(builder));
        englishMessages(validator);

        XMLReader parser = secureParser();
        parser.setContentHandler(gate);
        parser.setErrorHandler(THROWING);
        try {
            parser.parse(new InputSource(input));
        } catch (Refusal r) {
            throw r.toException(source);
        } catch (SAXParseException e) {
            throw notWellFormed(e, input, gate, source);
        } catch (SAXException e) {
            if (e.getException() instanceof Refusal r) {
                throw r.toException(source);
            }
            throw new ReportFormatException(source, -1, "cannot parse: " + e.getMessage()
                    + "; " + ADVICE_REWRITE, e);
        }
    }

    /** Says why the parser gave up, telling the common cases apart, which the parser words alike. */
    private static ReportFormatException notWellFormed(SAXParseException e, TrackingReader input, ReportGate gate,
            String source) {
        int line = e.getLineNumber();
        String rootTag = "<" + ReportXmlSchema.ROOT + " xmlns=\"" + ReportXmlSchema.NAMESPACE + "\">";
        if (input.atEnd() && !input.sawContent()) {
            return new ReportFormatException(source, -1, "the file is empty: expected a TCK report, "
                    + "an XML document with root element " + rootTag + "; the run that should have written it "
                    + "may have stopped early, " + ADVICE_REWRITE, e);
        }
        if (!gate.rootStarted()) {
            String head = input.head();
            if (head.contains("<!DOCTYPE")) {
                return new ReportFormatException(source, line, "found a DOCTYPE declaration, which a TCK report "
                        + "never has and this reader refuses (no DTDs or external entities); "
                        + "pass the report.xml that the TCK wrote", e);
            }
            if (!head.startsWith("<")) {
                String firstLine = head.lines().findFirst().orElse("");
                return new ReportFormatException(source, line, "not an XML file: expected a TCK report "
                        + "starting with <?xml or " + rootTag + " but found "
                        + SchemaMessages.shown(firstLine.length() > 40 ? firstLine.substring(0, 40) + "..." : firstLine)
                        + "; pass the report.xml that the TCK wrote", e);
            }
        }
        if (input.atEnd() && !gate.rootEnded() && line >= input.lastLine()) {
            return new ReportFormatException(source, line, "the file ends " + gate.openElements()
                    + ": it is truncated, as an interrupted run or a full disk leaves it; "
                    + ADVICE_REWRITE, e);
        }
        return new ReportFormatException(source, line, "not well-formed XML: " + withoutFinalStop(e.getMessage())
                + "; fix the file or " + ADVICE_REWRITE, e);
    }

    private static String withoutFinalStop(String message) {
        return message == null ? "" : message.replaceFirst("\\.$", "");
    }

    private static XMLReader secureParser() {
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setValidating(false);
            factory.setXIncludeAware(false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            XMLReader parser = factory.newSAXParser().getXMLReader();
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            englishMessages(parser);
            return parser;
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("expected the JDK's XML parser to support secure processing, "
                    + "but it refused: " + e.getMessage() + "; run on a standard JDK 17 or later", e);
        }
    }

    /**
     * Asks Xerces for its base messages, in English, which {@link SchemaMessages} understands. It must be
     * {@link Locale#ROOT}: for {@code Locale.ENGLISH}, which has no bundle of its own, the resource bundle
     * lookup falls back to the default locale's, and a German desktop would get German again.
     */
    private static void englishMessages(Object xerces) {
        try {
            if (xerces instanceof XMLReader r) {
                r.setProperty(LOCALE, Locale.ROOT);
            } else if (xerces instanceof ValidatorHandler v) {
                v.setProperty(LOCALE, Locale.ROOT);
            }
        } catch (SAXNotRecognizedException | SAXNotSupportedException e) {
            // Another parser: its messages still reach the user, without the rewording.
        }
    }

    private static final String LOCALE = "http://apache.org/xml/properties/locale";

    private static final ErrorHandler THROWING = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
            // Warnings do not make a report unreadable.
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    };
}
