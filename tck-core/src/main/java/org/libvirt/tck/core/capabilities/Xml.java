package org.libvirt.tck.core.capabilities;

import java.io.IOException;
import java.io.Reader;
import java.util.List;
import java.util.Objects;

import org.dom4j.Document;
import org.dom4j.DocumentException;
import org.dom4j.Element;
import org.dom4j.Node;
import org.dom4j.io.SAXReader;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/** XPath reads shared by the capabilities parsers, failing with {@link CapabilitiesFormatException}. */
final class Xml {

    private Xml() {
    }

    /**
     * Reads a whole document and checks its root element.
     *
     * @param document what the text should be, for messages, e.g. {@code "capabilities document"}
     */
    static Element root(Reader xml, String expectedRoot, String document, String origin) {
        Objects.requireNonNull(xml, "xml");
        Document doc;
        try {
            doc = newReader().read(xml);
        } catch (DocumentException e) {
            throw new CapabilitiesFormatException("Expected a " + document + " in well-formed XML but found "
                    + describe(e) + ". Check that the text is the unmodified output of " + origin + ".", e);
        }
        Element root = doc.getRootElement();
        if (!root.getName().equals(expectedRoot)) {
            throw new CapabilitiesFormatException("Expected root element <" + expectedRoot + "> but found <"
                    + root.getQualifiedName() + ">. Check that the text is the output of " + origin + ".");
        }
        return root;
    }

    /** The trimmed text or value of the first node {@code xpath} selects, or {@code null} when none. */
    static String text(Node context, String xpath) {
        Node node = context.selectSingleNode(xpath);
        return node == null ? null : node.getText().trim();
    }

    /** Like {@link #text} but the node must exist and have non-blank text. */
    static String requiredText(Node context, String xpath) {
        String text = text(context, xpath);
        if (text == null || text.isEmpty()) {
            throw new CapabilitiesFormatException("Expected a value at " + where(context, xpath) + " but found "
                    + (text == null ? "no such node" : "an empty one") + ".");
        }
        return text;
    }

    /** The trimmed texts or values of all nodes {@code xpath} selects, in document order. */
    static List<String> texts(Node context, String xpath) {
        return context.selectNodes(xpath).stream().map(n -> n.getText().trim()).toList();
    }

    /** The integer at {@code xpath}, which must exist. */
    static int requiredInt(Node context, String xpath) {
        return toInt(requiredText(context, xpath), context, xpath);
    }

    /** The integer at {@code xpath}, or {@code absent} when there is no such node. */
    static int intOr(Node context, String xpath, int absent) {
        String text = text(context, xpath);
        return text == null ? absent : toInt(text, context, xpath);
    }

    /** Whether the {@code supported} attribute of the element at {@code xpath} is {@code yes}. */
    static boolean supported(Node context, String xpath) {
        return "yes".equals(text(context, xpath + "/@supported"));
    }

    static String where(Node context, String xpath) {
        return context.getUniquePath() + "/" + xpath;
    }

    private static int toInt(String text, Node context, String xpath) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new CapabilitiesFormatException("Expected an integer at " + where(context, xpath)
                    + " but found '" + text + "'.", e);
        }
    }

    private static SAXReader newReader() {
        // createDefault() refuses DTDs and external entities; the handler keeps the JDK parser
        // from printing "[Fatal Error]" lines to stderr before it throws.
        SAXReader reader = SAXReader.createDefault();
        reader.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) throws SAXException {
                throw e;
            }

            @Override
            public void fatalError(SAXParseException e) throws SAXException {
                throw e;
            }
        });
        return reader;
    }

    private static String describe(DocumentException e) {
        Throwable cause = e.getCause();
        if (cause instanceof SAXParseException sax) {
            return "an error at line " + sax.getLineNumber() + ", column " + sax.getColumnNumber() + ": "
                    + withoutFinalPeriod(sax.getMessage());
        }
        if (cause instanceof IOException io) {
            return "an I/O error: " + withoutFinalPeriod(io.getMessage());
        }
        return "an error: " + withoutFinalPeriod(e.getMessage());
    }

    private static String withoutFinalPeriod(String message) {
        return message != null && message.endsWith(".") ? message.substring(0, message.length() - 1) : message;
    }
}
