package org.libvirt.tck.report.internal;

import java.util.Locale;

/**
 * Makes text safe for XML 1.0 and for terminals by spelling out characters they cannot show.
 *
 * <p>libvirt error messages and console logs carry NULs, ANSI escapes and other control characters that an
 * XML 1.0 document cannot hold at all, not even as character references. They are written as the visible
 * six characters <code>&#92;u001B</code> instead, so the report stays well-formed and the reader still sees that
 * something was there. This is deliberately one-way: a reader gets the six characters back.
 */
public final class Escapes {

    private Escapes() {
    }

    /** {@code text} with every character outside XML 1.0's {@code Char} production spelled <code>&#92;uXXXX</code>. */
    public static String forXml(String text) {
        return escape(text, false);
    }

    /**
     * {@code text} with every control character but tab and newline spelled <code>&#92;uXXXX</code>, so that
     * a summary printed to a terminal cannot move the cursor or change colours.
     */
    public static String forTerminal(String text) {
        return escape(text, true);
    }

    private static String escape(String text, boolean terminal) {
        int first = firstToEscape(text, terminal);
        if (first < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (mustEscape(c, terminal)) {
                out.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static int firstToEscape(String text, boolean terminal) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (mustEscape(c, terminal)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether {@code c}, not part of a surrogate pair, must be spelled out. */
    private static boolean mustEscape(char c, boolean terminal) {
        if (c == '\t' || c == '\n') {
            return false;
        }
        if (c == '\r') {
            return terminal;
        }
        if (c < 0x20 || Character.isSurrogate(c) || c == 0xFFFE || c == 0xFFFF) {
            return true;
        }
        return terminal && (c >= 0x7F && c <= 0x9F);
    }
}
