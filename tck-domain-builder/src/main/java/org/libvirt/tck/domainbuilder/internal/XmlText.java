package org.libvirt.tck.domainbuilder.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

import org.dom4j.Document;
import org.dom4j.Element;
import org.dom4j.io.OutputFormat;
import org.dom4j.io.XMLWriter;

/** Turns the writers' dom4j documents into text, and small helpers for building them. */
public final class XmlText {

    private XmlText() {
    }

    /**
     * The document indented by two spaces, without an XML declaration, ending in a newline.
     * Text is kept as given: a description's spaces and line breaks survive.
     */
    public static String pretty(Document document) {
        OutputFormat format = OutputFormat.createPrettyPrint();
        format.setSuppressDeclaration(true);
        format.setNewLineAfterDeclaration(false);
        format.setTrimText(false);
        format.setIndentSize(2);
        StringWriter out = new StringWriter();
        try {
            XMLWriter writer = new XMLWriter(out, format);
            writer.write(document);
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("a StringWriter does not fail", e);
        }
        return out.toString().strip() + "\n";
    }

    /** Adds {@code <name>text</name>} to {@code parent} and returns the new element. */
    public static Element addText(Element parent, String name, String text) {
        return parent.addElement(name).addText(text);
    }

    /** Adds {@code <name unit='unit'>value</name>} to {@code parent} and returns the new element. */
    public static Element addScaled(Element parent, String name, String unit, long value) {
        return parent.addElement(name).addAttribute("unit", unit).addText(Long.toString(value));
    }
}
