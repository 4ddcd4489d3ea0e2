package org.libvirt.tck.core.config;

import java.io.Reader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.configuration2.YAMLConfiguration;
import org.apache.commons.configuration2.ex.ConfigurationException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * A YAML settings file flattened to dotted keys ({@code host_resources.nic}).
 *
 * <p>commons-configuration2 drops keys whose value is an empty list ({@code pci_devices: []}), yet those keys are
 * settings too; so the document is loaded once with the same SnakeYAML reader and flattened here, and handed to
 * commons-configuration2 for the scalar conversions it applies everywhere else.
 */
final class YamlSettings extends YAMLConfiguration {

    private final Map<String, Object> flat = new LinkedHashMap<>();

    static Map<String, Object> read(Reader reader, String source) throws ConfigException {
        YamlSettings settings = new YamlSettings();
        try {
            settings.read(reader);
        } catch (MarkedYAMLException e) {
            String where = e.getProblemMark() == null ? "" : "line " + (e.getProblemMark().getLine() + 1) + ": ";
            throw new ConfigException(source + ": " + where + "not valid YAML: " + e.getProblem());
        } catch (ConfigurationException | RuntimeException e) {
            throw new ConfigException(source + ": not valid YAML: " + firstLine(rootMessage(e)));
        }
        return settings.flat;
    }

    @Override
    public void read(Reader in) throws ConfigurationException {
        Object document = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        if (document == null) {
            return;
        }
        if (!(document instanceof Map<?, ?> map)) {
            throw new ConfigurationException("expected a mapping of settings (key: value), found "
                    + describe(document));
        }
        flatten("", map);
        @SuppressWarnings("unchecked")
        Map<String, Object> typed = (Map<String, Object>) map;
        load(typed);
    }

    private void flatten(String prefix, Map<?, ?> map) {
        for (Map.Entry<?, ?> e : map.entrySet()) {
            String key = prefix + e.getKey();
            if (e.getValue() instanceof Map<?, ?> child && !child.isEmpty()) {
                flatten(key + ".", child);
            } else {
                flat.put(key, e.getValue());
            }
        }
    }

    private static String describe(Object value) {
        return value instanceof List<?> ? "a list" : "'" + value + "'";
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return String.valueOf(t.getMessage());
    }

    private static String firstLine(String text) {
        int nl = text.indexOf('\n');
        return (nl < 0 ? text : text.substring(0, nl)).trim();
    }
}
