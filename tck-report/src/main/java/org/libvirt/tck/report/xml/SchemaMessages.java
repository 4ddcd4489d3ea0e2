package org.libvirt.tck.report.xml;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.libvirt.tck.report.internal.Escapes;
import org.libvirt.tck.report.model.Status;
import org.xml.sax.Attributes;
import org.xml.sax.SAXParseException;

/**
 * Turns the XSD validator's messages into "expected ... but found ..." lines.
 *
 * <p>The validator speaks in terms of the XSD ({@code cvc-complex-type.2.4.a: Invalid content was found
 * starting with element '{"urn:libvirt-tck:report:1":foo}'...}); a person fixing a report wants to know
 * which element or attribute is wrong and what should be there. Messages are matched by their
 * locale-independent {@code cvc-} key, details by the English wording the reader asks the parser for;
 * anything not recognised is passed on without its key, which is still better than nothing.
 */
final class SchemaMessages {

    private static final Pattern KEY = Pattern.compile("^(cvc-[\\w.-]+): (.*)$", Pattern.DOTALL);
    private static final Pattern QUOTED = Pattern.compile("'([^']*)'");
    private static final Pattern INVALID_ATTRIBUTE =
            Pattern.compile("of attribute '([^']+)' on element .* its type, '([^']+)'", Pattern.DOTALL);
    private static final Pattern QNAME = Pattern.compile("(?:\"[^\"]*\":)?([\\w.-]+)");

    /** What each simple type of the XSD holds, in words, for "expected ... to be ...". */
    private static final Map<String, String> TYPES = Map.of(
            "status", "one of " + Status.allowedXmlNames(),
            "utcInstant", "an ISO-8601 instant in UTC such as 2024-05-01T10:00:00Z",
            "milliseconds", "a whole number of milliseconds, 0 or more",
            "scenarioId", "a scenario id that is not blank",
            "attachmentName", "an attachment name that is not blank",
            "boolean", "true or false");

    private SchemaMessages() {
    }

    /**
     * One problem line for the validator's errors about one parse event.
     *
     * @param errors     what the validator said, in order; not empty
     * @param element    the element the event was about, as {@code <name>}
     * @param parent     the element it is inside, as {@code <name>}, or {@code null} at the root
     * @param attributes the element's attributes when the event is its start tag, else {@code null}
     */
    static String describe(List<SAXParseException> errors, String element, String parent,
            Attributes attributes) {
        List<String[]> keyed = new ArrayList<>();
        for (SAXParseException e : errors) {
            String message = e.getMessage() == null ? "" : e.getMessage();
            Matcher m = KEY.matcher(message);
            keyed.add(m.matches() ? new String[] {m.group(1), m.group(2)} : new String[] {"", message});
        }
        String[] first = keyed.get(0);
        String inside = parent == null ? "" : " inside " + parent;
        switch (first[0]) {
            case "cvc-complex-type.2.4.a":
                return "expected " + expectedElements(first[1]) + " but found " + element + inside;
            case "cvc-complex-type.2.4.d":
                return "expected no more elements" + inside + " but found " + element;
            case "cvc-complex-type.2.4.b":
                return "expected " + expectedElements(first[1]) + " inside " + element
                        + " but found its end tag";
            case "cvc-complex-type.2.3":
                return "expected only elements inside " + element + " but found text";
            case "cvc-complex-type.4":
                return "expected attribute " + quoted(first[1], 0) + " on " + element + " but it is missing";
            case "cvc-complex-type.3.2.2":
                return "found attribute " + quoted(first[1], 0) + " on " + element
                        + ", which that element does not have";
            default:
                break;
        }
        // A value that does not fit its type comes as a facet error, then a cvc-attribute.3 naming the attribute.
        for (String[] k : keyed) {
            Matcher m = INVALID_ATTRIBUTE.matcher(k[1]);
            if (k[0].equals("cvc-attribute.3") && m.find()) {
                String attribute = m.group(1);
                String type = m.group(2);
                String value = attributes == null ? null : attributes.getValue(attribute);
                String expected = TYPES.getOrDefault(type, "of type " + type);
                return "expected attribute " + attribute + " of " + element + " to be " + expected
                        + " but found " + shown(value);
            }
        }
        return first[1];
    }

    /** {@code element <run>} or {@code one of <message>, <details>}, from the "One of '{...}'" part. */
    private static String expectedElements(String message) {
        int start = message.lastIndexOf("'{");
        int end = message.lastIndexOf("}'");
        if (start < 0 || end < start) {
            return "different content";
        }
        List<String> names = new ArrayList<>();
        for (String qname : message.substring(start + 2, end).split(",")) {
            Matcher m = QNAME.matcher(qname.trim());
            if (m.matches()) {
                names.add("<" + m.group(1) + ">");
            }
        }
        if (names.isEmpty()) {
            return "different content";
        }
        return names.size() == 1 ? "element " + names.get(0) : "one of " + String.join(", ", names);
    }

    /** {@code value} quoted for a message, control characters spelled out, long ones cut. */
    static String shown(String value) {
        if (value == null) {
            return "nothing";
        }
        String safe = Escapes.forTerminal(value);
        return "'" + (safe.length() > 60 ? safe.substring(0, 57) + "..." : safe) + "'";
    }

    /** The {@code n}th 'quoted' part of {@code message}, or "?" when there are fewer. */
    private static String quoted(String message, int n) {
        Matcher m = QUOTED.matcher(message);
        for (int i = 0; m.find(); i++) {
            if (i == n) {
                return m.group(1);
            }
        }
        return "?";
    }
}
