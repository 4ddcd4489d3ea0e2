package org.libvirt.tck.core.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.apache.commons.text.similarity.LevenshteinDistance;


/**
 * Reads the kit's settings: command line over environment over {@code --config} file over {@code conf/default.yml}.
 *
 * <pre>{@code
 * TckConfig config = ConfigLoader.load(Optional.of(Path.of("my.yml")), System.getenv(), Map.of("uri", "qemu:///system"));
 * }</pre>
 *
 * <p>The keys and their types are those of {@code conf/default.yml}: any other key, or a value of another type,
 * is a {@link ConfigException} naming the source and the key.
 */
public final class ConfigLoader {

    /** Prefix of the environment variables that override settings. */
    public static final String ENV_PREFIX = "LIBVIRT_TCK_";

    private static final String DEFAULTS_RESOURCE = "default.yml";

    private ConfigLoader() {
    }

    /**
     * Loads the settings.
     *
     * @param configFile  a user's YAML file, if given
     * @param environment the process environment; only {@code LIBVIRT_TCK_*} names of known keys are read
     * @param commandLine settings given as options, by key (e.g. {@code uri})
     */
    public static TckConfig load(Optional<Path> configFile, Map<String, String> environment,
            Map<String, String> commandLine) throws ConfigException {
        Map<String, Object> defaults = defaults();
        Map<String, SettingType> types = new LinkedHashMap<>();
        defaults.forEach((key, value) -> types.put(key, SettingType.of(value)));

        Map<String, Object> settings = new LinkedHashMap<>();
        types.forEach((key, type) -> settings.put(key, type.accept(defaults.get(key))));
        if (configFile.isPresent()) {
            settings.putAll(readUserFile(configFile.get(), types));
        }
        for (Map.Entry<String, SettingType> known : types.entrySet()) {
            String name = envName(known.getKey());
            if (environment.containsKey(name)) {
                settings.put(known.getKey(), parseText(known.getKey(), known.getValue(), environment.get(name),
                        "environment variable " + name));
            }
        }
        for (Map.Entry<String, String> option : commandLine.entrySet()) {
            SettingType type = types.get(option.getKey());
            if (type == null) {
                throw new ConfigException("unknown setting '" + option.getKey() + "'; known settings: "
                        + String.join(", ", types.keySet()));
            }
            settings.put(option.getKey(), parseText(option.getKey(), type, option.getValue(), "command line"));
        }
        return TckConfig.from(settings);
    }

    /** The environment variable that overrides {@code key}: {@code host_resources.nic} is {@code LIBVIRT_TCK_HOST_RESOURCES_NIC}. */
    public static String envName(String key) {
        return ENV_PREFIX + key.toUpperCase(Locale.ROOT).replace('.', '_');
    }

    /**
     * A {@code LIBVIRT_TCK_*} variable that names no setting, and the variable it most likely is a misspelling of:
     * the nearest one at most two letters away (inserted, removed or replaced), ignoring case.
     */
    public record UnknownVariable(String name, Optional<String> likelyMeant) {
    }

    /**
     * The {@code LIBVIRT_TCK_*} variables in {@code environment} that name no setting and none of {@code alsoRead},
     * in name order: a misspelt variable ({@code LIBVIRT_TCK_SCRATCHDIR}) is otherwise ignored without a word.
     *
     * <pre>{@code
     * ConfigLoader.unknownVariables(System.getenv(), Set.of("LIBVIRT_TCK_KNOWN_BROKEN"))
     * }</pre>
     */
    public static List<UnknownVariable> unknownVariables(Map<String, String> environment, Set<String> alsoRead) {
        Set<String> known = new TreeSet<>(alsoRead);
        defaults().keySet().forEach(key -> known.add(envName(key)));
        LevenshteinDistance withinTwo = new LevenshteinDistance(2); // -1 when further
        return environment.keySet().stream().filter(name -> name.startsWith(ENV_PREFIX) && !known.contains(name))
                .sorted()
                .map(name -> {
                    String upper = name.toUpperCase(Locale.ROOT);
                    // known is in name order, so of two as near the first in that order is taken
                    Optional<String> meant = known.stream().filter(k -> withinTwo.apply(upper, k) >= 0)
                            .min(Comparator.comparingInt(k -> withinTwo.apply(upper, k)));
                    return new UnknownVariable(name, meant);
                })
                .toList();
    }

    /** The settings of {@code conf/default.yml}, flattened to dotted keys. */
    static Map<String, Object> defaults() {
        try (InputStream in = ConfigLoader.class.getResourceAsStream(DEFAULTS_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("conf/default.yml is missing from the kit's class path");
            }
            return flatten(new InputStreamReader(in, StandardCharsets.UTF_8), "conf/default.yml");
        } catch (IOException | ConfigException e) {
            throw new IllegalStateException("the kit's own conf/default.yml cannot be read: " + e.getMessage(), e);
        }
    }

    private static Map<String, Object> readUserFile(Path file, Map<String, SettingType> types) throws ConfigException {
        if (!Files.isRegularFile(file)) {
            throw new ConfigException(file + ": no such configuration file");
        }
        Map<String, Object> read;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            read = flatten(reader, file.toString());
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot be read: " + e.getMessage());
        }
        Map<String, Object> checked = new LinkedHashMap<>();
        for (Map.Entry<String, Object> entry : read.entrySet()) {
            SettingType type = types.get(entry.getKey());
            if (type == null) {
                throw new ConfigException(file + ": unknown key '" + entry.getKey() + "'; known keys: "
                        + String.join(", ", types.keySet()));
            }
            Object value = type.accept(entry.getValue());
            if (value == null) {
                throw new ConfigException(file + ": " + entry.getKey() + ": expected " + type.description()
                        + ", found '" + entry.getValue() + "'");
            }
            checked.put(entry.getKey(), value);
        }
        return checked;
    }

    private static Object parseText(String key, SettingType type, String text, String source) throws ConfigException {
        Object value = type.parse(text);
        if (value == null) {
            throw new ConfigException(source + ": " + key + ": expected " + type.description() + ", found '"
                    + text + "'");
        }
        return value;
    }

    private static Map<String, Object> flatten(Reader reader, String source) throws ConfigException {
        return YamlSettings.read(reader, source);
    }

    static List<String> knownKeys() {
        return List.copyOf(defaults().keySet());
    }
}
