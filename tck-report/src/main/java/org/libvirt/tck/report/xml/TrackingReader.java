package org.libvirt.tck.report.xml;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Remembers what the parser read, so that a parse error can be told apart: an empty file, a file that is
 * not XML at all, or one that ends early, which the parser reports in the same words as other errors.
 */
final class TrackingReader extends FilterReader {

    private static final int HEAD_SIZE = 512;

    private final StringBuilder head = new StringBuilder();
    private int newlines;
    private boolean atEnd;
    private boolean sawContent;

    TrackingReader(Reader in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c < 0) {
            atEnd = true;
        } else {
            see((char) c);
        }
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n < 0) {
            atEnd = true;
        }
        int i = 0;
        // Until the head is kept and content seen, look at every character; after that only newlines count.
        while (i < n && (head.length() < HEAD_SIZE || !sawContent)) {
            see(buffer[offset + i++]);
        }
        int lines = 0;
        for (int end = offset + n, j = offset + i; j < end; j++) {
            if (buffer[j] == '\n') {
                lines++;
            }
        }
        newlines += lines;
        return n;
    }

    private void see(char c) {
        if (c == '\n') {
            newlines++;
        }
        if (!sawContent && !Character.isWhitespace(c) && c != '\uFEFF') {
            sawContent = true;
        }
        if (head.length() < HEAD_SIZE) {
            head.append(c);
        }
    }

    /** Whether the whole input has been read. */
    boolean atEnd() {
        return atEnd;
    }

    /** Whether anything but white space was read. */
    boolean sawContent() {
        return sawContent;
    }

    /** The number of the last line read, 1-based. */
    int lastLine() {
        return newlines + 1;
    }

    /** The start of the input, without leading white space or byte order mark. */
    String head() {
        return head.toString().replaceFirst("^[\\s\\uFEFF]+", "");
    }
}
