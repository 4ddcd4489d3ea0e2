package org.libvirt.tck.suites.domain;

import static org.libvirt.tck.suites.assertions.DomainXmlAssert.assertThatInactiveXml;
import static org.libvirt.tck.suites.assertions.DomainXmlAssert.assertThatLiveXml;

import org.libvirt.Domain;
import org.libvirt.LibvirtException;
import org.libvirt.tck.domainbuilder.domain.NumaMode;
import org.libvirt.tck.suites.scenario.Scenario;
import org.libvirt.tck.suites.scenario.ScenarioId;
import org.testng.annotations.Test;

/**
 * A domain's memory placed on host NUMA node 0, {@code <numatune>}, in its definition and while it runs. Node 0
 * exists on every host, NUMA or not. (libvirt-java 0.5.4 has no {@code virDomainGetNumaParameters}: the placement is
 * checked through the XML.)
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
}
