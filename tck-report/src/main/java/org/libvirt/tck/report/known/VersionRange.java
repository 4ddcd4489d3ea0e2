package org.libvirt.tck.report.known;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A range of dotted versions such as {@code ">=9.0.0 <9.5.0"}: every comparison must hold.
 *
 * <pre>{@code
 * VersionRange r = VersionRange.parse(">=9.0.0 <9.5.0");
 * r.contains("9.2.0");                 // true
 * r.contains("9.5.0");                 // false
 * VersionRange.parse("8.2").contains("8.2.0");   // true: a bare version is "=", missing parts are 0
 * }</pre>
 *
 * <p>Comparisons are {@code >=}, {@code >}, {@code <=}, {@code <}, {@code =} (or {@code ==}, or none) and
 * {@code !=}, separated by spaces or commas. A version is numbers joined by dots; when a run's version has
 * more after them ({@code 8.2.2 (Debian 1:8.2.2+ds-1)}), only the leading numbers count.
 */
public final class VersionRange {

    private static final Pattern TERM = Pattern.compile("(>=|<=|==|!=|>|<|=)?\\s*(\\d+(?:\\.\\d+)*)");
    private static final Pattern LEADING_VERSION = Pattern.compile("^\\s*v?(\\d+(?:\\.\\d+)*)");

    private record Term(String op, int[] version) {
    }

    private final String text;
    private final List<Term> terms;

    private VersionRange(String text, List<Term> terms) {
        this.text = text;
        this.terms = terms;
    }

    /**
     * Parses a range.
     *
     * @throws IllegalArgumentException saying which part is not a comparison and what one looks like
     */
    public static VersionRange parse(String text) {
        List<Term> terms = new ArrayList<>();
        String[] tokens = text.replace(',', ' ').trim().split("\\s+");
        for (int i = 0; i < tokens.length; i++) {
            String part = tokens[i];
            if (part.isEmpty()) {
                continue;
            }
            if (part.matches("[<>=!]+") && i + 1 < tokens.length) {
                part += tokens[++i];   // ">= 9.0.0" written with a space
            }
            Matcher m = TERM.matcher(part);
            if (!m.matches()) {
                throw new IllegalArgumentException("expected a version range such as \">=9.0.0 <9.5.0\" "
                        + "(comparisons >=, >, <=, <, =, != before dotted numbers) but found '" + part
                        + "' in '" + text + "'");
            }
            terms.add(new Term(m.group(1) == null ? "=" : m.group(1), numbers(m.group(2))));
        }
        if (terms.isEmpty()) {
            throw new IllegalArgumentException("expected a version range such as \">=9.0.0 <9.5.0\" but found '"
                    + text + "'");
        }
        return new VersionRange(text.trim(), List.copyOf(terms));
    }

    /** Whether {@code version} is in the range; an unknown ({@code null}) or non-numeric version never is. */
    public boolean contains(String version) {
        Optional<int[]> v = leadingNumbers(version);
        if (v.isEmpty()) {
            return false;
        }
        for (Term t : terms) {
            int c = compare(v.get(), t.version());
            boolean holds = switch (t.op()) {
                case ">=" -> c >= 0;
                case ">" -> c > 0;
                case "<=" -> c <= 0;
                case "<" -> c < 0;
                case "!=" -> c != 0;
                default -> c == 0;
            };
            if (!holds) {
                return false;
            }
        }
        return true;
    }

    private static Optional<int[]> leadingNumbers(String version) {
        if (version == null) {
            return Optional.empty();
        }
        Matcher m = LEADING_VERSION.matcher(version);
        return m.find() ? Optional.of(numbers(m.group(1))) : Optional.empty();
    }

    private static int[] numbers(String dotted) {
        String[] parts = dotted.split("\\.");
        int[] n = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            n[i] = Integer.parseInt(parts[i].length() > 9 ? parts[i].substring(0, 9) : parts[i]);
        }
        return n;
    }

    /** Compares part by part; missing parts count as 0, so 9.0 equals 9.0.0. */
    static int compare(int[] a, int[] b) {
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            int x = i < a.length ? a[i] : 0;
            int y = i < b.length ? b[i] : 0;
            if (x != y) {
                return Integer.compare(x, y);
            }
        }
        return 0;
    }

    @Override
    public String toString() {
        return text;
    }
}
