package org.libvirt.tck.core.capabilities;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.dom4j.Element;
import org.dom4j.Node;

/**
 * Reads the XML of {@code virConnectGetCapabilities} into {@link Capabilities}.
 *
 * <pre>{@code
 * Capabilities caps = CapabilitiesParser.parse(conn.getCapabilities());
 * caps.host().arch();                                   // "x86_64"
 * caps.guest("hvm", "x86_64").orElseThrow().emulator(); // "/usr/bin/qemu-system-x86_64"
 * }</pre>
 *
 * <p>Only what the TCK uses is read; unknown elements are ignored, so newer libvirt output still parses.
 * Missing required parts (host CPU arch, a guest's OS type, arch name or word size) and unreadable
 * numbers fail with {@link CapabilitiesFormatException}.
 */
public final class CapabilitiesParser {

    private static final String ORIGIN = "virConnectGetCapabilities (virsh capabilities)";

    /** Bytes per unit for the memory units libvirt writes; "KB" is 1000 and "KiB" 1024, as in libvirt. */
    private static final Map<String, Long> MEMORY_UNITS = Map.ofEntries(
            Map.entry("b", 1L), Map.entry("bytes", 1L),
            Map.entry("kb", 1_000L), Map.entry("k", 1L << 10), Map.entry("kib", 1L << 10),
            Map.entry("mb", 1_000_000L), Map.entry("m", 1L << 20), Map.entry("mib", 1L << 20),
            Map.entry("gb", 1_000_000_000L), Map.entry("g", 1L << 30), Map.entry("gib", 1L << 30),
            Map.entry("tb", 1_000_000_000_000L), Map.entry("t", 1L << 40), Map.entry("tib", 1L << 40));

    private CapabilitiesParser() {
    }

    /** Parses a capabilities document; the reader is read to its end but not closed. */
    public static Capabilities parse(Reader xml) {
        Element root = Xml.root(xml, "capabilities", "capabilities document", ORIGIN);
        Element host = root.element("host");
        if (host == null) {
            throw new CapabilitiesFormatException("Expected a <host> element in /capabilities but found none. "
                    + "Check that the text is the output of " + ORIGIN + ".");
        }
        List<GuestCapabilities> guests = new ArrayList<>();
        for (Element guest : root.elements("guest")) {
            guests.add(guest(guest));
        }
        return new Capabilities(host(host), guests);
    }

    /** Parses a capabilities document held in a string, e.g. from {@code Connect.getCapabilities()}. */
    public static Capabilities parse(String xml) {
        return parse(new StringReader(xml));
    }

    /** Reads a capabilities document from a UTF-8 file, e.g. one captured with {@code virsh capabilities}. */
    public static Capabilities parse(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read capabilities from " + file, e);
        }
    }

    private static HostCapabilities host(Element host) {
        List<NumaCell> cells = new ArrayList<>();
        for (Node cell : host.selectNodes("topology/cells/cell")) {
            cells.add(numaCell(cell));
        }
        List<SecurityModel> securityModels = new ArrayList<>();
        for (Node secmodel : host.selectNodes("secmodel")) {
            securityModels.add(new SecurityModel(Xml.requiredText(secmodel, "model"), Xml.text(secmodel, "doi")));
        }
        return new HostCapabilities(
                Xml.text(host, "uuid"),
                Xml.requiredText(host, "cpu/arch"),
                Xml.text(host, "cpu/model"),
                cpuFeatures(host),
                cells,
                securityModels,
                Xml.texts(host, "migration_features/uri_transports/uri_transport"));
    }

    /**
     * Host CPU features come in two shapes: {@code <feature name='vme'/>} from hypervisor drivers and
     * {@code <features><pae/></features>} from the test driver (and old libvirt); both are kept in order.
     */
    private static List<String> cpuFeatures(Element host) {
        List<String> features = new ArrayList<>();
        for (Node node : host.selectNodes("cpu/feature/@name | cpu/features/*")) {
            features.add(node instanceof Element element ? element.getName() : node.getText().trim());
        }
        return features;
    }

    private static NumaCell numaCell(Node cell) {
        List<Integer> cpus = new ArrayList<>();
        for (Node cpu : cell.selectNodes("cpus/cpu")) {
            cpus.add(Xml.requiredInt(cpu, "@id"));
        }
        return new NumaCell(Xml.requiredInt(cell, "@id"), memoryKiB(cell), cpus);
    }

    private static long memoryKiB(Node cell) {
        String amount = Xml.text(cell, "memory");
        if (amount == null) {
            return 0;
        }
        String unit = Xml.text(cell, "memory/@unit");
        // libvirt writes unit='KiB'; capabilities from before units existed were in KiB too.
        Long bytesPerUnit = MEMORY_UNITS.get(unit == null ? "kib" : unit.toLowerCase(Locale.ROOT));
        if (bytesPerUnit == null) {
            throw new CapabilitiesFormatException("Expected a memory unit such as 'KiB' at "
                    + Xml.where(cell, "memory/@unit") + " but found '" + unit + "'.");
        }
        try {
            return Math.multiplyExact(Long.parseLong(amount), bytesPerUnit) / 1024;
        } catch (NumberFormatException | ArithmeticException e) {
            throw new CapabilitiesFormatException("Expected a memory size at " + Xml.where(cell, "memory")
                    + " but found '" + amount + "'.", e);
        }
    }

    private static GuestCapabilities guest(Element guest) {
        Node arch = guest.selectSingleNode("arch");
        if (arch == null) {
            throw new CapabilitiesFormatException("Expected an <arch> element in " + guest.getUniquePath()
                    + " but found none.");
        }
        List<GuestDomainType> domainTypes = new ArrayList<>();
        for (Node domain : arch.selectNodes("domain")) {
            domainTypes.add(new GuestDomainType(
                    Xml.requiredText(domain, "@type"),
                    Xml.text(domain, "emulator"),
                    Xml.texts(domain, "machine")));
        }
        List<String> features = guest.selectNodes("features/*").stream().map(Node::getName).toList();
        return new GuestCapabilities(
                Xml.requiredText(guest, "os_type"),
                Xml.requiredText(arch, "@name"),
                Xml.requiredInt(arch, "wordsize"),
                Xml.text(arch, "emulator"),
                Xml.texts(arch, "machine"),
                domainTypes,
                features);
    }
}
