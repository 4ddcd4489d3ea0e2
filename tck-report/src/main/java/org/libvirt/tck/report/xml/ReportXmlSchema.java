package org.libvirt.tck.report.xml;

import java.net.URL;
import javax.xml.XMLConstants;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.xml.sax.SAXException;

/**
 * The names that identify report.xml, and its XSD, {@code tck-report-1.xsd}, for validating it.
 *
 * <pre>{@code
 * Validator v = ReportXmlSchema.schema().newValidator();
 * v.validate(new StreamSource(new StringReader(xml)));
 * }</pre>
 */
public final class ReportXmlSchema {

    /** The namespace of every element in report.xml. */
    public static final String NAMESPACE = "urn:libvirt-tck:report:1";

    /** The value of {@code format-version} that this code writes and reads. */
    public static final String FORMAT_VERSION = "1";

    /** The root element's local name. */
    public static final String ROOT = "tck-report";

    /** The class-path resource holding the XSD. */
    public static final String RESOURCE = "/org/libvirt/tck/report/xml/tck-report-1.xsd";

    private static volatile Schema schema;

    private ReportXmlSchema() {
    }

    /** The compiled XSD; thread-safe, compiled once. */
    public static Schema schema() {
        Schema s = schema;
        if (s == null) {
            s = compile();
            schema = s;
        }
        return s;
    }

    private static Schema compile() {
        URL xsd = ReportXmlSchema.class.getResource(RESOURCE);
        if (xsd == null) {
            throw new IllegalStateException("expected the schema " + RESOURCE
                    + " on the class path but it is missing; rebuild tck-report");
        }
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            // The XSD is self-contained; forbid it, and anything it names, from fetching more.
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return factory.newSchema(xsd);
        } catch (SAXException e) {
            throw new IllegalStateException("the schema " + RESOURCE + " does not compile: "
                    + e.getMessage() + "; fix the XSD", e);
        }
    }
}
