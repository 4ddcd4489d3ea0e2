package org.libvirt.tck.domainbuilder.internal;

import java.util.regex.Pattern;

/**
 * Argument checks shared by the builders; each failure is an {@link IllegalArgumentException} naming the
 * argument, what was expected and what was given.
 */
public final class Checks {

    /** Longest object name the builders accept; libvirt has no fixed limit, but host file names derive from it. */
    public static final int MAX_NAME_LENGTH = 200;

    private Checks() {
    }

    /** Returns {@code value}, or fails when it is {@code null}. */
    public static <T> T notNull(String what, T value) {
        if (value == null) {
            throw new IllegalArgumentException(what + " must not be null");
        }
        return value;
    }

    /** Returns {@code value}, or fails when it is null, empty or holds a line break (RNG {@code [^\n]+}). */
    public static String singleLine(String what, String value) {
        notNull(what, value);
        if (value.isEmpty()) {
            throw new IllegalArgumentException(what + " must not be empty");
        }
        if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
            throw new IllegalArgumentException(what + " must be a single line, got " + quote(value));
        }
        return value;
    }

    /**
     * Returns {@code value}, or fails unless it is a libvirt object name: a single non-empty line without
     * {@code '/'} of at most {@link #MAX_NAME_LENGTH} characters.
     */
    public static String objectName(String what, String value) {
        singleLine(what, value);
        if (value.indexOf('/') >= 0) {
            throw new IllegalArgumentException(what + " must not contain '/', got " + quote(value));
        }
        if (value.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException(what + " must be at most " + MAX_NAME_LENGTH
                    + " characters, got " + value.length());
        }
        return value;
    }

    /** Returns {@code path}, or fails unless it is a single-line absolute path (RNG {@code absFilePath}). */
    public static String absolutePath(String what, String path) {
        notNull(what, path);
        if (!path.startsWith("/") || path.length() < 2) {
            throw new IllegalArgumentException(what + " must be an absolute path such as /var/lib/tck/x, got "
                    + quote(path));
        }
        return singleLine(what, path);
    }

    /** Returns {@code value}, or fails unless it matches {@code pattern} in full; {@code expected} describes it. */
    public static String matches(String what, String value, Pattern pattern, String expected) {
        notNull(what, value);
        if (!pattern.matcher(value).matches()) {
            throw new IllegalArgumentException(what + " must be " + expected + ", got " + quote(value));
        }
        return value;
    }

    /** Returns {@code value}, or fails unless it is above zero. */
    public static long positive(String what, long value) {
        if (value <= 0) {
            throw new IllegalArgumentException(what + " must be positive, got " + value);
        }
        return value;
    }

    /** Returns {@code value}, or fails when it is below zero. */
    public static long notNegative(String what, long value) {
        if (value < 0) {
            throw new IllegalArgumentException(what + " must be zero or more, got " + value);
        }
        return value;
    }

    /** Quotes a value for an error message. */
    public static String quote(String value) {
        return "'" + value + "'";
    }
}
