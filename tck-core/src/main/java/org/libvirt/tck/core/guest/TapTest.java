package org.libvirt.tck.core.guest;

import java.util.Locale;
import java.util.Objects;

/**
 * One test line of TAP output, {@code ok 3 - MemTotal is at most 262144 KiB # SKIP no balloon}.
 *
 * @param number      its number, as written or, when left out, one more than the test before it
 * @param ok          {@code true} for {@code ok}, {@code false} for {@code not ok}
 * @param description the text after the number and an optional {@code -}, trimmed, with {@code \#} read as
 *                    {@code #}; may be empty
 * @param directive   {@code # SKIP} or {@code # TODO} after the description, or {@link Directive#NONE}
 * @param reason      the text after the directive, trimmed; empty without one
 * @param diagnostics the {@code #} comment lines and indented lines (a YAML block) that follow the test line,
 *                    joined with newlines; empty when none
 */
public record TapTest(int number, boolean ok, String description, Directive directive, String reason,
        String diagnostics) {

    /** Longest {@link #slug()}, so that ids stay readable. */
    public static final int MAX_SLUG_LENGTH = 40;

    /** What a directive makes of a test line. */
    public enum Directive {
        /** No directive: the line means what {@code ok} or {@code not ok} says. */
        NONE,
        /** {@code # SKIP}: the test did not run; ok or not, it neither passes nor fails. */
        SKIP,
        /** {@code # TODO}: a known failure; {@code not ok} does not fail the script. */
        TODO
    }

    /** What the line stands for. */
    public enum Outcome {
        PASS,
        FAIL,
        SKIP,
        /** {@code not ok ... # TODO}: failed, as expected. */
        TODO
    }

    public TapTest {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(directive, "directive");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(diagnostics, "diagnostics");
    }

    /** PASS for {@code ok} (also {@code ok # TODO}), FAIL for {@code not ok}, SKIP and TODO for the directives. */
    public Outcome outcome() {
        if (directive == Directive.SKIP) {
            return Outcome.SKIP;
        }
        if (ok) {
            return Outcome.PASS;
        }
        return directive == Directive.TODO ? Outcome.TODO : Outcome.FAIL;
    }

    /**
     * A stable name for the test: its number, a dash and its description in lower-case letters and digits with
     * every other run of characters a single {@code -}, cut to {@value #MAX_SLUG_LENGTH} characters;
     * {@code 3-memtotal-is-at-most-262144-kib}, or just {@code 3} without a description.
     */
    public String slug() {
        String words = description.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        String slug = words.isEmpty() ? Integer.toString(number) : number + "-" + words;
        if (slug.length() > MAX_SLUG_LENGTH) {
            slug = slug.substring(0, MAX_SLUG_LENGTH).replaceAll("-+$", "");
        }
        return slug;
    }

    /** The line as TAP writes it, without diagnostics: {@code not ok 2 - desc # TODO reason}. */
    public String line() {
        String text = (ok ? "ok " : "not ok ") + number + (description.isEmpty() ? "" : " - " + description);
        if (directive != Directive.NONE) {
            text += " # " + directive.name() + (reason.isEmpty() ? "" : " " + reason);
        }
        return text;
    }
}
