package org.libvirt.tck.suites.run;

import java.lang.reflect.Method;
import java.util.List;

/**
 * One scenario as the catalogue knows it, before it runs.
 *
 * @param id     its stable id
 * @param groups its TestNG groups; the first is its family
 * @param method the TestNG test method that is the scenario
 */
public record ScenarioInfo(String id, List<String> groups, Method method) {

    public ScenarioInfo {
        groups = List.copyOf(groups);
    }

    /** The family: the id's part before the first dot ({@code domain}, {@code network}, ...). */
    public String family() {
        int dot = id.indexOf('.');
        return dot < 0 ? id : id.substring(0, dot);
    }
}
