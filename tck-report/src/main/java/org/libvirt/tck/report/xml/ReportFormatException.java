package org.libvirt.tck.report.xml;

/**
 * A report.xml that cannot be read: not XML, cut short, another kind of document, or not as the XSD says.
 *
 * <p>The message is one line: where, what was expected, what was found, and what to do, e.g.
 * {@code report.xml: line 3: expected element <run> but found <foo> inside <tck-report>; ...}.
 *
 * <pre>{@code
 * try {
 *     Report old = ReportXmlReader.read(Path.of("baseline/report.xml"));
 * } catch (ReportFormatException e) {
 *     err.println(e.getMessage());
 * }
 * }</pre>
 */
public final class ReportFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final int line;

    /**
     * @param source  the file name shown first, e.g. {@code report.xml}
     * @param line    the 1-based line of the problem, or -1 when there is none to point at
     * @param problem what was expected, what was found and what to do next
     * @param cause   the parser's exception, or {@code null}
     */
    public ReportFormatException(String source, int line, String problem, Throwable cause) {
        super(source + (line > 0 ? ": line " + line : "") + ": " + problem, cause);
        this.source = source;
        this.line = line;
    }

    /** The name of what was read, as given to the reader. */
    public String source() {
        return source;
    }

    /** The 1-based line of the problem, or -1 when the problem is not at a line (an empty file). */
    public int line() {
        return line;
    }
}
