package org.libvirt.tck.suites.run;

import static org.testng.Assert.assertEquals;
import static org.testng.Assert.assertTrue;
import static org.testng.Assert.expectThrows;

import java.util.List;

import org.testng.annotations.Test;

public class ScenarioCatalogTest {

    private final ScenarioCatalog catalog = ScenarioCatalog.all();

    private static List<String> ids(List<ScenarioInfo> scenarios) {
        return scenarios.stream().map(ScenarioInfo::id).toList();
    }

    @Test
    public void everyIdIsFamilyDotLowerCaseBehaviour() {
        for (ScenarioInfo s : catalog.scenarios()) {
            assertTrue(s.id().matches("[a-z]+\\.[a-z0-9]+(-[a-z0-9]+)*"), s.id());
            assertEquals(s.groups().get(0), s.family(), "the first group of " + s.id() + " is its family");
        }
    }

    @Test
    public void idsAreUnique() {
        assertEquals(ids(catalog.scenarios()).stream().distinct().count(), catalog.scenarios().size());
    }

    @Test
    public void noPatternSelectsEverything() {
        assertEquals(catalog.select(List.of(), List.of()), catalog.scenarios());
    }

    @Test
    public void aGlobSelectsMatchingIds() {
        List<String> chosen = ids(catalog.select(List.of("domain.*-lifecycle"), List.of()));
        assertEquals(chosen, List.of("domain.transient-lifecycle", "domain.persistent-lifecycle"));
    }

    @Test
    public void aFamilyNameSelectsTheFamily() {
        List<ScenarioInfo> chosen = catalog.select(List.of("host"), List.of());
        assertTrue(!chosen.isEmpty());
        assertTrue(chosen.stream().allMatch(s -> s.family().equals("host")));
    }

    @Test
    public void groupsNarrowTheSelection() {
        List<ScenarioInfo> chosen = catalog.select(List.of(), List.of("identity"));
        assertTrue(chosen.stream().allMatch(s -> s.groups().contains("identity")));
        assertTrue(ids(chosen).contains("domain.define-duplicate-name"));
    }

    @Test
    public void aPatternMatchingNothingIsAnErrorNamingIt() {
        IllegalArgumentException e = expectThrows(IllegalArgumentException.class,
                () -> catalog.select(List.of("domain.*", "nosuch.*"), List.of()));
        assertEquals(e.getMessage(), "no scenario matches 'nosuch.*'; see --list for the ids");
    }
}
