package org.libvirt.tck.report.xml;

import org.xml.sax.SAXException;

/** Carries a problem found during the parse out through the parser, which only lets SAXExceptions pass. */
final class Refusal extends SAXException {

    private static final long serialVersionUID = 1L;

    private final int line;
    private final String problem;

    Refusal(int line, String problem, Exception cause) {
        super(problem, cause);
        this.line = line;
        this.problem = problem;
    }

    ReportFormatException toException(String source) {
        return new ReportFormatException(source, line, problem, getException());
    }
}
