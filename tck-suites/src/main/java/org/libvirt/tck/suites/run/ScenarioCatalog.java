package org.libvirt.tck.suites.run;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.libvirt.tck.suites.domain.DomainScenarios;
import org.libvirt.tck.suites.guest.GuestScenarios;
import org.libvirt.tck.suites.host.HostScenarios;
import org.libvirt.tck.suites.iface.InterfaceScenarios;
import org.libvirt.tck.suites.network.NetworkScenarios;
import org.libvirt.tck.suites.nodedev.NodedevScenarios;
import org.libvirt.tck.suites.nwfilter.NwfilterScenarios;
import org.libvirt.tck.suites.secret.SecretScenarios;
import org.libvirt.tck.suites.storage.StorageScenarios;
import org.libvirt.tck.suites.scenario.ScenarioId;
import org.testng.annotations.Test;

/**
 * Every scenario of the kit, and the selection of some of them by id pattern and group.
 *
 * <pre>{@code
 * List<ScenarioInfo> chosen = ScenarioCatalog.all().select(List.of("domain.*"), List.of());
 * }</pre>
 *
 * <p>A new scenario class is added to its family's list ({@code DomainScenarios.CLASSES}, ...); its
 * {@link ScenarioId} methods are found by reflection.
 */
public final class ScenarioCatalog {

    /** The scenario classes, family by family, in the order they run. */
    static final List<Class<?>> CLASSES = Stream.of(HostScenarios.CLASSES, DomainScenarios.CLASSES,
            NetworkScenarios.CLASSES, StorageScenarios.CLASSES, NwfilterScenarios.CLASSES, SecretScenarios.CLASSES,
            NodedevScenarios.CLASSES, InterfaceScenarios.CLASSES, GuestScenarios.CLASSES).flatMap(List::stream)
            .toList();

    private final List<ScenarioInfo> scenarios;

    private ScenarioCatalog(List<ScenarioInfo> scenarios) {
        this.scenarios = List.copyOf(scenarios);
    }

    /** The catalogue of every scenario. */
    public static ScenarioCatalog all() {
        List<ScenarioInfo> found = new ArrayList<>();
        Map<String, Method> seen = new HashMap<>();
        for (Class<?> type : CLASSES) {
            Method[] methods = type.getDeclaredMethods();
            Arrays.sort(methods, Comparator.comparing(Method::getName));
            List<ScenarioInfo> ofClass = new ArrayList<>();
            for (Method method : methods) {
                ScenarioId id = method.getAnnotation(ScenarioId.class);
                Test test = method.getAnnotation(Test.class);
                if (id == null || test == null) {
                    continue;
                }
                Method clash = seen.put(id.value(), method);
                if (clash != null) {
                    throw new IllegalStateException("scenario id " + id.value() + " is used by both " + clash
                            + " and " + method);
                }
                ofClass.add(new ScenarioInfo(id.value(), List.of(test.groups()), method));
            }
            ofClass.sort(Comparator.comparing(ScenarioInfo::id));
            found.addAll(ofClass);
        }
        return new ScenarioCatalog(found);
    }

    public List<ScenarioInfo> scenarios() {
        return scenarios;
    }

    /**
     * The scenarios whose id matches any pattern (all when there are none) and that are in any of the groups (all
     * when there are none).
     *
     * <p>A pattern is a glob over ids ({@code domain.*}, {@code *lifecycle}); a plain family name such as
     * {@code domain} selects the whole family.
     *
     * @throws IllegalArgumentException naming the first pattern that matches no scenario
     */
    public List<ScenarioInfo> select(List<String> patterns, List<String> groups) {
        List<ScenarioInfo> chosen = new ArrayList<>();
        for (String pattern : patterns) {
            Pattern regex = glob(pattern);
            if (scenarios.stream().noneMatch(s -> regex.matcher(s.id()).matches() || s.family().equals(pattern))) {
                throw new IllegalArgumentException("no scenario matches '" + pattern + "'; see --list for the ids");
            }
        }
        for (ScenarioInfo s : scenarios) {
            boolean idMatches = patterns.isEmpty() || patterns.stream()
                    .anyMatch(p -> glob(p).matcher(s.id()).matches() || s.family().equals(p));
            boolean groupMatches = groups.isEmpty() || s.groups().stream().anyMatch(groups::contains);
            if (idMatches && groupMatches) {
                chosen.add(s);
            }
        }
        return chosen;
    }

    /** All group names used by any scenario, sorted. */
    public List<String> groups() {
        return scenarios.stream().flatMap(s -> s.groups().stream()).distinct().sorted().toList();
    }

    private static Pattern glob(String glob) {
        StringBuilder regex = new StringBuilder();
        for (char c : glob.toCharArray()) {
            switch (c) {
                case '*' -> regex.append(".*");
                case '?' -> regex.append('.');
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString());
    }
}
