package org.libvirt.tck.report.known;

import java.util.regex.Pattern;

/** A shell-like pattern: {@code *} is any text, {@code ?} one character, the rest is literal. */
final class Glob {

    private final String text;
    private final Pattern pattern;

    private Glob(String text, boolean ignoreCase) {
        this.text = text;
        StringBuilder regex = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '*' -> regex.append(".*");
                case '?' -> regex.append('.');
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        this.pattern = Pattern.compile(regex.toString(), ignoreCase ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0);
    }

    static Glob of(String text) {
        return new Glob(text, false);
    }

    static Glob ignoringCase(String text) {
        return new Glob(text, true);
    }

    boolean isLiteral() {
        return text.indexOf('*') < 0 && text.indexOf('?') < 0;
    }

    boolean matches(String value) {
        return value != null && pattern.matcher(value).matches();
    }

    @Override
    public String toString() {
        return text;
    }
}
