package org.libvirt.tck.core.guest;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * Encoding of requests and decoding of answers of the guest agent's line protocol ({@code bin/lib/guest/PROTOCOL.md}).
 *
 * <p>Pure: no I/O. Every line is ASCII words separated by one space; free text travels base64-encoded, with
 * {@code -} standing for the empty text so that no field is ever missing.
 */
final class AgentProtocol {

    /** The name of the virtio-serial port the agent listens on. */
    static final String PORT_NAME = "org.libvirt.tck.agent.0";

    /** The 9p mount tag of the host folder of check scripts. */
    static final String CHECKS_TAG = "tckchecks";

    private static final String EMPTY = "-";

    private AgentProtocol() {
    }

    /** A line the agent sends. */
    sealed interface Message permits Ready, Result, Check, ChecksDone, Error {
    }

    /** {@code TCK-AGENT READY <boot-id> [key=value...]}: the agent serves; sent on each connection and on HELLO. */
    record Ready(String bootId, Map<String, String> attributes) implements Message {
        Ready {
            attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
        }
    }

    /** {@code RESULT <id> <exit code> <output>}: the answer to EXEC and POWEROFF. */
    record Result(long id, int exitCode, String output) implements Message {
    }

    /** {@code CHECK <id> <exit code> <name> <output>}: one script's outcome during CHECKS. */
    record Check(long id, CheckResult result) implements Message {
    }

    /** {@code CHECKS-DONE <id> <count>}: the end of the answer to CHECKS. */
    record ChecksDone(long id, int count) implements Message {
    }

    /** {@code ERROR <id> <message>}: the request could not be served; the id is {@code -} when it was unreadable. */
    record Error(OptionalLong id, String message) implements Message {
    }

    /** Asks the agent to announce itself again. */
    static String hello() {
        return "HELLO";
    }

    /** Runs {@code command} with the guest's {@code sh}. */
    static String exec(long id, String command) {
        return "EXEC " + id + " " + encode(command);
    }

    /** Runs every script in the guest's {@code /checks}. */
    static String checks(long id) {
        return "CHECKS " + id;
    }

    /** Powers the guest off at once, after answering. */
    static String poweroff(long id) {
        return "POWEROFF " + id;
    }

    /** Base64 of the UTF-8 bytes of {@code text}, or {@code -} for the empty text. */
    static String encode(String text) {
        return text.isEmpty() ? EMPTY : Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The text a field encodes. */
    static String decode(String field) {
        if (EMPTY.equals(field)) {
            return "";
        }
        try {
            return new String(Base64.getDecoder().decode(field), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not base64: " + abbreviate(field));
        }
    }

    /**
     * Decodes one line the agent sent.
     *
     * @throws IllegalArgumentException naming the line when it is not a message of the protocol
     */
    static Message parse(String line) {
        Objects.requireNonNull(line, "line");
        String[] w = line.strip().split(" ", -1);
        try {
            switch (w[0]) {
                case "TCK-AGENT":
                    require(w.length >= 3 && "READY".equals(w[1]), line);
                    Map<String, String> attributes = new LinkedHashMap<>();
                    for (int i = 3; i < w.length; i++) {
                        int eq = w[i].indexOf('=');
                        require(eq > 0, line);
                        attributes.put(w[i].substring(0, eq), w[i].substring(eq + 1));
                    }
                    return new Ready(w[2], attributes);
                case "RESULT":
                    require(w.length == 4, line);
                    return new Result(Long.parseLong(w[1]), Integer.parseInt(w[2]), decode(w[3]));
                case "CHECK":
                    require(w.length == 5, line);
                    return new Check(Long.parseLong(w[1]),
                            new CheckResult(decode(w[3]), Integer.parseInt(w[2]), decode(w[4])));
                case "CHECKS-DONE":
                    require(w.length == 3, line);
                    return new ChecksDone(Long.parseLong(w[1]), Integer.parseInt(w[2]));
                case "ERROR":
                    require(w.length == 3, line);
                    OptionalLong id = EMPTY.equals(w[1]) ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(w[1]));
                    return new Error(id, decode(w[2]));
                default:
                    throw malformed(line);
            }
        } catch (NumberFormatException e) {
            throw malformed(line);
        }
    }

    private static void require(boolean condition, String line) {
        if (!condition) {
            throw malformed(line);
        }
    }

    private static IllegalArgumentException malformed(String line) {
        return new IllegalArgumentException("not a line of the TCK agent protocol: '" + abbreviate(line) + "'");
    }

    private static String abbreviate(String text) {
        return text.length() <= 120 ? text : text.substring(0, 117) + "...";
    }
}
