package org.libvirt.tck.suites.assertions;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.dom4j.Attribute;
import org.dom4j.Document;
import org.dom4j.DocumentException;
import org.dom4j.DocumentHelper;
import org.dom4j.Element;

/**
 * Asserts that a document a driver gives back keeps everything of the document it was given: every element, in the
 * same order among its namesakes, and every attribute and text, with an equivalent value.
 *
 * <pre>{@code
 * XmlKeptAssert.assertThat("pool tck-dir", pool.getXMLDesc(0)).keepsEverythingOf(givenXml);
 * }</pre>
 *
 * <p>What the driver adds (a UUID, {@code <capacity>}, {@code <allocation>}, timestamps) is not an error. Values
 * are compared as libvirt means them: sizes ({@code <capacity unit='MiB'>4</capacity>}) in bytes, file modes
 * ({@code <mode>}) as octal numbers, UUIDs without case.
 */
public final class XmlKeptAssert {

    /** Elements whose text is a size in the units of their {@code unit} attribute (bytes when none). */
    private static final Set<String> SIZES = Set.of("capacity", "allocation", "physical", "available");
    private static final Map<String, BigInteger> UNITS = units();

    private final String what;
    private final String xml;
    private final Element root;

    private XmlKeptAssert(String what, String xml, Element root) {
        this.what = what;
        this.xml = xml;
        this.root = root;
    }

    /** The document a driver gave back for {@code what} (a pool, a volume). */
    public static XmlKeptAssert assertThat(String what, String xml) {
        return new XmlKeptAssert(what, xml, parse(what, xml));
    }

    /** Everything {@code given} has is in the document, equivalent. */
    public XmlKeptAssert keepsEverythingOf(String given) {
        Element expected = parse("the given document", given);
        if (!expected.getName().equals(root.getName())) {
            fail("<" + expected.getName() + ">", "<" + root.getName() + ">", given);
        }
        compare(expected, root, "/" + root.getName(), given);
        return this;
    }

    private void compare(Element expected, Element found, String path, String given) {
        for (Attribute attribute : expected.attributes()) {
            if (SIZES.contains(expected.getName()) && attribute.getName().equals("unit")) {
                continue;
            }
            String value = found.attributeValue(attribute.getName());
            if (!attribute.getValue().equals(value)) {
                fail(path + "/@" + attribute.getName() + " = '" + attribute.getValue() + "'",
                        value == null ? "no such attribute" : "'" + value + "'", given);
            }
        }
        List<Element> children = expected.elements();
        if (children.isEmpty() && !expected.getTextTrim().isEmpty()) {
            compareText(expected, found, path, given);
        }
        Map<String, Integer> seen = new HashMap<>();
        for (Element child : children) {
            int index = seen.merge(child.getName(), 1, Integer::sum);
            List<Element> namesakes = found.elements(child.getName());
            String childPath = path + "/" + child.getName() + (index > 1 ? "[" + index + "]" : "");
            if (namesakes.size() < index) {
                fail(childPath, "no such element", given);
            }
            compare(child, namesakes.get(index - 1), childPath, given);
        }
    }

    private void compareText(Element expected, Element found, String path, String given) {
        String want = expected.getTextTrim();
        String have = found.getTextTrim();
        boolean same;
        String name = expected.getName();
        if (SIZES.contains(name)) {
            same = bytes(want, expected.attributeValue("unit"), path).equals(bytes(have, found.attributeValue("unit"),
                    path));
        } else if (name.equals("mode")) {
            same = Integer.parseInt(want, 8) == Integer.parseInt(have, 8);
        } else if (name.equals("uuid")) {
            same = want.equalsIgnoreCase(have);
        } else {
            same = want.equals(have);
        }
        if (!same) {
            fail(path + " = '" + want + "'" + unitOf(expected), "'" + have + "'" + unitOf(found), given);
        }
    }

    private static String unitOf(Element size) {
        String unit = size.attributeValue("unit");
        return unit == null ? "" : " " + unit;
    }

    private BigInteger bytes(String number, String unit, String path) {
        BigInteger factor = UNITS.get(unit == null ? "bytes" : unit.toLowerCase(Locale.ROOT));
        if (factor == null) {
            throw new AssertionError("expected a libvirt size unit at " + path + " of " + what + ", but found '"
                    + unit + "'");
        }
        return new BigInteger(number).multiply(factor);
    }

    /** libvirt's size units (virScaleInteger): one letter or *iB are powers of 1024, *B of 1000. */
    private static Map<String, BigInteger> units() {
        Map<String, BigInteger> units = new HashMap<>();
        units.put("b", BigInteger.ONE);
        units.put("bytes", BigInteger.ONE);
        String prefixes = "kmgtpe";
        for (int i = 0; i < prefixes.length(); i++) {
            String p = String.valueOf(prefixes.charAt(i));
            BigInteger binary = BigInteger.valueOf(1024).pow(i + 1);
            units.put(p, binary);
            units.put(p + "ib", binary);
            units.put(p + "b", BigInteger.valueOf(1000).pow(i + 1));
        }
        return units;
    }

    private static Element parse(String what, String xml) {
        try {
            Document document = DocumentHelper.parseText(xml);
            return document.getRootElement();
        } catch (DocumentException e) {
            throw new AssertionError("expected well-formed XML for " + what + ", but found: " + e.getMessage()
                    + "\n" + xml, e);
        }
    }

    private void fail(String expected, String found, String given) {
        throw new AssertionError("expected the XML of " + what + " to keep " + expected + " of its definition, but "
                + "found " + found + "; given:\n" + given + "\ngot back:\n" + xml);
    }
}
