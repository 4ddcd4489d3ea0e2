package org.libvirt.tck.report.internal;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A small streaming XML writer with two-space indentation, shared by the report.xml and JUnit writers.
 *
 * <pre>{@code
 * XmlOutput xml = new XmlOutput(out);
 * xml.declaration();
 * xml.start("scenario").attribute("id", "domain.lifecycle");
 * xml.textElement("message", result.message());   // skipped when null
 * xml.end();
 * xml.finish();
 * }</pre>
 *
 * <p>Text keeps its exact content when parsed back: {@code \r} is written as a character reference
 * (a parser would turn a raw one into {@code \n}), and so are tab and newline in attribute values
 * (a parser would turn raw ones into spaces). What XML 1.0 cannot hold goes through {@link Escapes#forXml}.
 * Nothing unset is written: {@code null} attribute values and text elements are left out.
 */
public final class XmlOutput {

    private final Writer out;
    private final Deque<Open> open = new ArrayDeque<>();

    /** An element whose end tag is not written yet. */
    private static final class Open {
        final String name;
        boolean tagClosed;
        boolean hasChildren;
        boolean hasText;

        Open(String name) {
            this.name = name;
        }
    }

    public XmlOutput(Writer out) {
        this.out = out;
    }

    /** Writes the XML declaration; the {@link Writer} must encode UTF-8, as it says. */
    public void declaration() throws IOException {
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    }

    /** Starts an element on a new, indented line; add attributes next. */
    public XmlOutput start(String name) throws IOException {
        Open parent = open.peek();
        if (parent != null) {
            closeTag(parent);
            parent.hasChildren = true;
            newLine(open.size());
        }
        out.write('<');
        out.write(name);
        open.push(new Open(name));
        return this;
    }

    /** Adds an attribute to the element just started; a {@code null} value writes nothing. */
    public XmlOutput attribute(String name, String value) throws IOException {
        Open current = open.peek();
        if (current == null || current.tagClosed) {
            throw new IllegalStateException("attribute " + name + " must follow start(), before any content");
        }
        if (value != null) {
            out.write(' ');
            out.write(name);
            out.write("=\"");
            writeEscaped(Escapes.forXml(value), true);
            out.write('"');
        }
        return this;
    }

    /** Writes text inside the current element, exactly; a {@code null} text writes nothing. */
    public XmlOutput text(String text) throws IOException {
        Open current = open.peek();
        if (current == null) {
            throw new IllegalStateException("text must be inside an element");
        }
        if (text != null) {
            closeTag(current);
            current.hasText = true;
            writeEscaped(Escapes.forXml(text), false);
        }
        return this;
    }

    /** Writes {@code <name>text</name>} on its own line, or nothing when {@code text} is {@code null}. */
    public XmlOutput textElement(String name, String text) throws IOException {
        if (text != null) {
            start(name).text(text).end();
        }
        return this;
    }

    /** Ends the innermost open element. */
    public XmlOutput end() throws IOException {
        Open current = open.pop();
        if (!current.tagClosed) {
            out.write("/>");
            return this;
        }
        if (current.hasChildren && !current.hasText) {
            newLine(open.size());
        }
        out.write("</");
        out.write(current.name);
        out.write('>');
        return this;
    }

    /** Checks every element was ended, ends the document with a newline and flushes. */
    public void finish() throws IOException {
        if (!open.isEmpty()) {
            throw new IllegalStateException("element <" + open.peek().name + "> was never ended");
        }
        out.write('\n');
        out.flush();
    }

    private void closeTag(Open element) throws IOException {
        if (!element.tagClosed) {
            out.write('>');
            element.tagClosed = true;
        }
    }

    private void newLine(int depth) throws IOException {
        out.write('\n');
        for (int i = 0; i < depth; i++) {
            out.write("  ");
        }
    }

    private void writeEscaped(String s, boolean inAttribute) throws IOException {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.write("&amp;");
                case '<' -> out.write("&lt;");
                case '>' -> out.write("&gt;");
                case '\r' -> out.write("&#13;");
                case '"' -> out.write(inAttribute ? "&quot;" : "\"");
                case '\n' -> out.write(inAttribute ? "&#10;" : "\n");
                case '\t' -> out.write(inAttribute ? "&#9;" : "\t");
                default -> out.write(c);
            }
        }
    }
}
