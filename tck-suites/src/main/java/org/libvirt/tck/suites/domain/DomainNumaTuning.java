package org.libvirt.tck.suites.domain;

import static org.libvirt.tck.suites.assertions.DomainXmlAssert.assertThatInactiveXml;
import static org.libvirt.tck.suites.assertions.DomainXmlAssert.assertThatLiveXml;

import java.util.List;
import java.util.Map;

import org.libvirt.Domain;
import org.libvirt.LibvirtException;
import org.libvirt.TypedIntParameter;
import org.libvirt.TypedParameter;
import org.libvirt.tck.core.connect.DomainParameters;
import org.libvirt.tck.domainbuilder.domain.NumaMode;
import org.libvirt.tck.suites.scenario.Scenario;
import org.libvirt.tck.suites.scenario.ScenarioId;
import org.testng.annotations.Test;

/**
 * A domain's memory placed on host NUMA node 0, {@code <numatune>}, in its definition and while it runs, through
 * the XML and through {@code virDomainGetNumaParameters}/{@code virDomainSetNumaParameters} (which libvirt-java
 * 0.5.4 lacks: {@link DomainParameters} binds them). Node 0 exists on every host, NUMA or not.
 */
public class DomainNumaTuning extends Scenario {

    @ScenarioId("domain.xml-numatune")
    @Test(groups = {"domain", "xml", "numa"})
    public void numatuneComesBackAsDefined() throws LibvirtException {
        // GIVEN a domain defined with its memory interleaved over node 0
        Domain dom = conn().domainDefineXML(domain(sandbox().domain("xml-numatune"))
                .withNumatune(NumaMode.INTERLEAVE, "0").build().toXml());

        // THEN its XML has the same placement
        assertThatInactiveXml(dom).hasText("/domain/numatune/memory/@mode", "interleave")
                .hasText("/domain/numatune/memory/@nodeset", "0");
    }

    @ScenarioId("domain.numatune-live")
    @Test(groups = {"domain", "numa", "live"})
    public void aRunningDomainKeepsItsStrictPlacement() throws LibvirtException {
        // GIVEN a domain whose memory must come from node 0 only
        Domain dom = conn().domainCreateXML(domain(sandbox().domain("numatune-live"))
                .withNumatune(NumaMode.STRICT, "0").build().toXml(), 0);

        // THEN the running domain's XML has that placement
        assertThatLiveXml(dom).hasText("/domain/numatune/memory/@mode", "strict")
                .hasText("/domain/numatune/memory/@nodeset", "0");
    }

    @ScenarioId("domain.numa-parameters-config")
    @Test(groups = {"domain", "numa"})
    public void numaParametersOfTheConfigurationFollowItsNumatuneAndChangeIt() throws LibvirtException {
        // GIVEN a defined domain with its memory interleaved over node 0
        Domain dom = conn().domainDefineXML(domain(sandbox().domain("numa-params"))
                .withNumatune(NumaMode.INTERLEAVE, "0").build().toXml());

        // WHEN its configuration's NUMA parameters are read
        Map<String, TypedParameter> numa = DomainParameters.numa(dom, DomainParameters.AFFECT_CONFIG);

        // THEN they give the mode and the node set of its XML
        expect(numa, DomainParameters.NUMA_MODE, Integer.toString(DomainParameters.NUMA_INTERLEAVE), dom);
        expect(numa, DomainParameters.NUMA_NODESET, "0", dom);

        // AND setting the mode to strict changes the XML
        DomainParameters.setNuma(dom, List.of(new TypedIntParameter(DomainParameters.NUMA_MODE,
                DomainParameters.NUMA_STRICT)), DomainParameters.AFFECT_CONFIG);
        assertThatInactiveXml(dom).hasText("/domain/numatune/memory/@mode", "strict")
                .hasText("/domain/numatune/memory/@nodeset", "0");
    }

    @ScenarioId("domain.numa-parameters-live")
    @Test(groups = {"domain", "numa", "live"})
    public void numaParametersOfARunningDomainGiveItsStrictPlacement() throws LibvirtException {
        // GIVEN a running domain whose memory must come from node 0 only
        Domain dom = conn().domainCreateXML(domain(sandbox().domain("numa-params-live"))
                .withNumatune(NumaMode.STRICT, "0").build().toXml(), 0);

        // WHEN its live NUMA parameters are read THEN they give that placement
        Map<String, TypedParameter> numa = DomainParameters.numa(dom, DomainParameters.AFFECT_LIVE);
        expect(numa, DomainParameters.NUMA_MODE, Integer.toString(DomainParameters.NUMA_STRICT), dom);
        expect(numa, DomainParameters.NUMA_NODESET, "0", dom);
    }

    private static void expect(Map<String, TypedParameter> params, String field, String expected, Domain dom)
            throws LibvirtException {
        TypedParameter param = params.get(field);
        if (param == null || !expected.equals(param.getValueAsString())) {
            throw new AssertionError("expected NUMA parameter " + field + " of " + dom.getName() + " to be "
                    + expected + " but found " + (param == null ? "no such parameter among " + params.keySet()
                    : param.getValueAsString()));
        }
    }
}
