package org.libvirt.tck.report.known;

import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.text.similarity.LevenshteinDistance;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads one known-broken file through SnakeYAML's node API, which keeps line numbers, and checks every
 * entry: the first problem ends the read with a {@link KnownBrokenException} naming file, line and entry.
 */
final class EntryParser {

    static final List<String> KEYS = List.of("scenario", "driver", "platform", "libvirt", "hypervisor",
            "status", "reason", "bug");
    static final List<String> PLATFORM_KEYS = List.of("os", "os_version", "arch");
    private static final List<String> REQUIRED = List.of("scenario", "driver", "status", "reason");

    private final String source;

    private EntryParser(String source) {
        this.source = source;
    }

    /** The entries of one file; an empty file, or one of comments only, has none. */
    static List<KnownBrokenEntry> parse(Reader in, String source) throws KnownBrokenException {
        return new EntryParser(source).parse(in);
    }

    private List<KnownBrokenEntry> parse(Reader in) throws KnownBrokenException {
        Node root;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            options.setAllowRecursiveKeys(false);
            options.setMaxAliasesForCollections(10);
            root = new Yaml(options).compose(in);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String hint = e.getProblem() != null && e.getProblem().contains("chomping or indentation")
                    ? "; a version range must be quoted: libvirt: \">=9.0.0 <9.5.0\""
                    : "; fix the YAML";
            throw new KnownBrokenException(source, mark == null ? -1 : mark.getLine() + 1,
                    "not valid YAML: " + (e.getContext() == null ? "" : e.getContext() + ", ")
                            + e.getProblem() + hint, e);
        } catch (YAMLException e) {
            throw new KnownBrokenException(source, -1, "cannot read YAML: " + e.getMessage() + "; fix the YAML", e);
        }
        if (root == null) {
            return List.of();
        }
        if (!(root instanceof SequenceNode list)) {
            throw new KnownBrokenException(source, line(root), "expected a list of entries, each starting with "
                    + "'- scenario: ...', but found " + kind(root) + "; see conf/known-broken/README.yml");
        }
        List<KnownBrokenEntry> entries = new ArrayList<>();
        int index = 0;
        for (Node item : list.getValue()) {
            entries.add(entry(item, ++index));
        }
        return entries;
    }

    private KnownBrokenEntry entry(Node node, int index) throws KnownBrokenException {
        if (!(node instanceof MappingNode map)) {
            throw problem(node, index, "expected a mapping with keys " + String.join(", ", REQUIRED)
                    + " but found " + kind(node));
        }
        Map<String, Node> values = keys(map, index, KEYS, "");
        for (String key : REQUIRED) {
            if (!values.containsKey(key)) {
                throw problem(node, index, "missing key '" + key + "'; an entry needs "
                        + String.join(", ", REQUIRED));
            }
        }
        String scenario = text(values, "scenario", index);
        String driver = text(values, "driver", index);
        String os = null;
        String osVersion = null;
        String arch = null;
        Node platform = values.get("platform");
        if (platform != null && !isNull(platform)) {
            if (!(platform instanceof MappingNode platformMap)) {
                throw problem(platform, index, "expected 'platform' to be a mapping with keys "
                        + String.join(", ", PLATFORM_KEYS) + " but found " + kind(platform));
            }
            Map<String, Node> parts = keys(platformMap, index, PLATFORM_KEYS, "platform ");
            os = optionalText(parts, "os", index);
            osVersion = optionalText(parts, "os_version", index);
            arch = optionalText(parts, "arch", index);
        }
        VersionRange libvirt = range(values, "libvirt", index);
        VersionRange hypervisor = range(values, "hypervisor", index);
        KnownBrokenEntry.Kind kind = kind(values, index);
        String reason = text(values, "reason", index);
        URI bug = bug(values, index);
        return new KnownBrokenEntry(source, line(node), index, scenario, driver, os, osVersion, arch, libvirt,
                hypervisor, kind, reason, bug);
    }

    private Map<String, Node> keys(MappingNode map, int index, List<String> known, String prefix)
            throws KnownBrokenException {
        Map<String, Node> values = new HashMap<>();
        for (NodeTuple t : map.getValue()) {
            Node keyNode = t.getKeyNode();
            if (!(keyNode instanceof ScalarNode key)) {
                throw problem(keyNode, index, "expected a " + prefix + "key (" + String.join(", ", known)
                        + ") but found " + kind(keyNode));
            }
            if (!known.contains(key.getValue())) {
                throw problem(keyNode, index, "unknown " + prefix + "key '" + key.getValue() + "'"
                        + suggestion(key.getValue(), known) + "; known " + prefix + "keys: " + String.join(", ", known));
            }
            if (values.put(key.getValue(), t.getValueNode()) != null) {
                throw problem(keyNode, index, prefix + "key '" + key.getValue() + "' is given twice; keep one");
            }
        }
        return values;
    }

    private String text(Map<String, Node> values, String key, int index) throws KnownBrokenException {
        String value = optionalText(values, key, index);
        if (value == null || value.isBlank()) {
            throw problem(values.get(key), index, "expected '" + key + "' to be text but it is empty");
        }
        return value;
    }

    private String optionalText(Map<String, Node> values, String key, int index) throws KnownBrokenException {
        Node node = values.get(key);
        if (node == null || isNull(node)) {
            return null;
        }
        if (!(node instanceof ScalarNode scalar)) {
            throw problem(node, index, "expected '" + key + "' to be text but found " + kind(node));
        }
        return scalar.getValue().strip();
    }

    private VersionRange range(Map<String, Node> values, String key, int index) throws KnownBrokenException {
        String text = optionalText(values, key, index);
        if (text == null) {
            return null;
        }
        try {
            return VersionRange.parse(text);
        } catch (IllegalArgumentException e) {
            throw problem(values.get(key), index, "'" + key + "': " + e.getMessage() + "; quote it in the file");
        }
    }

    private KnownBrokenEntry.Kind kind(Map<String, Node> values, int index) throws KnownBrokenException {
        String text = text(values, "status", index);
        for (KnownBrokenEntry.Kind k : KnownBrokenEntry.Kind.values()) {
            if (k.yamlName().equals(text)) {
                return k;
            }
        }
        throw problem(values.get("status"), index, "expected 'status' to be fail (fails every time) or flaky "
                + "(fails now and then) but found '" + text + "'");
    }

    private URI bug(Map<String, Node> values, int index) throws KnownBrokenException {
        String text = optionalText(values, "bug", index);
        if (text == null) {
            return null;
        }
        try {
            URI uri = new URI(text);
            if (uri.getScheme() != null && (uri.getScheme().equals("https") || uri.getScheme().equals("http"))
                    && uri.getHost() != null) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // Reported below with the same words as a URL of another kind.
        }
        throw problem(values.get("bug"), index, "expected 'bug' to be the http(s) URL of the bug report, "
                + "e.g. https://gitlab.com/libvirt/libvirt/-/issues/123, but found '" + text + "'");
    }

    private KnownBrokenException problem(Node node, int index, String problem) {
        return new KnownBrokenException(source, line(node), "entry " + index + ": " + problem);
    }

    /** Closest known key within two edits: "; did you mean 'scenario'?". */
    private static String suggestion(String key, List<String> known) {
        LevenshteinDistance withinTwo = new LevenshteinDistance(2); // -1 when further
        Set<String> close = new LinkedHashSet<>();
        for (String k : known) {
            if (withinTwo.apply(key, k) >= 0) {
                close.add(k);
            }
        }
        return close.isEmpty() ? "" : " (did you mean '" + close.iterator().next() + "'?)";
    }

    private static boolean isNull(Node node) {
        return node instanceof ScalarNode s && s.getTag().getValue().endsWith(":null");
    }

    private static String kind(Node node) {
        if (node instanceof SequenceNode) {
            return "a list";
        }
        if (node instanceof MappingNode) {
            return "a mapping";
        }
        return "'" + ((ScalarNode) node).getValue() + "'";
    }

    private static int line(Node node) {
        return node == null ? -1 : node.getStartMark().getLine() + 1;
    }
}
