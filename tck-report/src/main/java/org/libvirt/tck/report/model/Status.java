package org.libvirt.tck.report.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How one scenario ended.
 *
 * <pre>{@code
 * Status s = Status.fromXmlName("unsupported");   // Status.UNSUPPORTED
 * Status k = Status.fromXmlName("known-fail");    // Status.KNOWN_FAIL
 * if (s.isUnexpected()) { ... }                   // only FAIL and ERROR are
 * }</pre>
 */
public enum Status {
    /** The driver behaved as the libvirt API promises. */
    PASS,
    /** The driver answered, but not as the API promises. */
    FAIL,
    /** The scenario could not check anything: setup broke, or the connection died. */
    ERROR,
    /** The scenario was not run: a known-broken entry, a missing precondition, or a filter. */
    SKIP,
    /** The driver says it does not implement what the scenario needs; a skip, never a failure. */
    UNSUPPORTED,
    /** It failed or broke as a known-broken entry says it does; the entry's reason and bug are kept. */
    KNOWN_FAIL,
    /** It passed although a known-broken entry says it fails: the entry can probably be removed. */
    UNEXPECTED_PASS;

    private static final String ALLOWED = Arrays.stream(values())
            .map(Status::xmlName)
            .collect(Collectors.joining(", "));

    private final String xmlName = name().toLowerCase(Locale.ROOT).replace('_', '-');

    /** The name used in report.xml: the constant in lower case with dashes, e.g. {@code "known-fail"}. */
    public String xmlName() {
        return xmlName;
    }

    /**
     * The status whose {@link #xmlName()} is {@code name}.
     *
     * @throws IllegalArgumentException naming the allowed values when {@code name} is not one of them
     */
    public static Status fromXmlName(String name) {
        for (Status s : values()) {
            if (s.xmlName().equals(name)) {
                return s;
            }
        }
        String found = name == null ? "null" : "'" + name + "'";
        throw new IllegalArgumentException(
                "expected a scenario status, one of " + allowedXmlNames() + ", but found " + found);
    }

    /** The allowed {@link #xmlName()}s, comma-separated in declaration order, for messages. */
    public static String allowedXmlNames() {
        return ALLOWED;
    }

    /** Whether this status should make a run fail: {@link #FAIL} and {@link #ERROR}. */
    public boolean isUnexpected() {
        return this == FAIL || this == ERROR;
    }

    /** Whether the scenario did not hold: {@link #FAIL}, {@link #ERROR} and {@link #KNOWN_FAIL}. */
    public boolean isFailing() {
        return this == FAIL || this == ERROR || this == KNOWN_FAIL;
    }

    /** Whether the scenario held: {@link #PASS} and {@link #UNEXPECTED_PASS}. */
    public boolean isPassing() {
        return this == PASS || this == UNEXPECTED_PASS;
    }
}
