package org.libvirt.tck.core.config;

import java.util.Arrays;
import java.util.List;

/** The type of a setting, taken from its value in {@code conf/default.yml}. */
enum SettingType {
    STRING("a string"),
    INTEGER("an integer"),
    LIST("a list");

    private final String description;

    SettingType(String description) {
        this.description = description;
    }

    static SettingType of(Object defaultValue) {
        if (defaultValue instanceof Integer || defaultValue instanceof Long) {
            return INTEGER;
        }
        if (defaultValue instanceof List<?>) {
            return LIST;
        }
        return STRING;
    }

    /** Checks a value read from YAML, or returns null when it does not fit this type. */
    Object accept(Object value) {
        return switch (this) {
            case STRING -> value instanceof String || value instanceof Number || value instanceof Boolean
                    ? String.valueOf(value) : null;
            case INTEGER -> value instanceof Integer || value instanceof Long
                    ? ((Number) value).longValue() : null;
            case LIST -> value instanceof List<?> list ? list.stream().map(String::valueOf).toList() : null;
        };
    }

    /** Converts a value given as text (environment or command line); returns null when it does not fit. */
    Object parse(String text) {
        return switch (this) {
            case STRING -> text;
            case INTEGER -> {
                try {
                    yield Long.parseLong(text.trim());
                } catch (NumberFormatException e) {
                    yield null;
                }
            }
            case LIST -> text.isBlank() ? List.of()
                    : Arrays.stream(text.split(",")).map(String::trim).toList();
        };
    }

    String description() {
        return description;
    }
}
