package org.libvirt.tck.core.capabilities;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.dom4j.Element;
import org.dom4j.Node;

/**
 * Reads the XML of {@code virConnectGetDomainCapabilities} into {@link DomainCapabilities}.
 *
 * <pre>{@code
 * DomainCapabilities dc = DomainCapabilitiesParser.parse(
 *         DomainCapabilitiesQuery.domainCapabilitiesXml(conn, null, null, null, "kvm"));
 * dc.supportsCpuMode("host-model");
 * }</pre>
 *
 * <p>Parts a driver leaves out read as unsupported or empty; only {@code <domain>} and {@code <arch>}
 * are required. Unknown elements are ignored.
 */
public final class DomainCapabilitiesParser {

    private static final String ORIGIN = "virConnectGetDomainCapabilities (virsh domcapabilities)";

    private DomainCapabilitiesParser() {
    }

    /** Parses a domain capabilities document; the reader is read to its end but not closed. */
    public static DomainCapabilities parse(Reader xml) {
        Element root = Xml.root(xml, "domainCapabilities", "domain capabilities document", ORIGIN);
        return new DomainCapabilities(
                Xml.text(root, "path"),
                Xml.requiredText(root, "domain"),
                Xml.text(root, "machine"),
                Xml.requiredText(root, "arch"),
                Xml.intOr(root, "vcpu/@max", 0),
                Xml.supported(root, "os/loader"),
                Xml.texts(root, "os/loader/value"),
                enumValues(root, "os/loader", "type"),
                enumValues(root, "devices/disk", "diskDevice"),
                enumValues(root, "devices/disk", "bus"),
                Xml.supported(root, "devices/hostdev"),
                supportedNames(root.selectNodes("features/*[@supported='yes']")),
                Xml.texts(root, "cpu/mode[@supported='yes']/@name"));
    }

    /** Parses a domain capabilities document held in a string. */
    public static DomainCapabilities parse(String xml) {
        return parse(new StringReader(xml));
    }

    /** Reads a domain capabilities document from a UTF-8 file, e.g. one captured with virsh. */
    public static DomainCapabilities parse(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read domain capabilities from " + file, e);
        }
    }

    /**
     * The values of {@code <enum name=...>} under an element, empty when the element is unsupported:
     * libvirt may still list enums there, but they do not apply.
     */
    private static List<String> enumValues(Element root, String element, String enumName) {
        if (!Xml.supported(root, element)) {
            return List.of();
        }
        return Xml.texts(root, element + "/enum[@name='" + enumName + "']/value");
    }

    private static List<String> supportedNames(List<Node> elements) {
        return elements.stream().map(Node::getName).toList();
    }
}
