package org.libvirt.tck.suites.domain;

import static org.libvirt.tck.suites.assertions.DomainXmlAssert.assertThatInactiveXml;
import static org.libvirt.tck.suites.assertions.DomainXmlAssert.assertThatLiveXml;
import static org.libvirt.tck.suites.assertions.LibvirtAssertions.assertThat;

import java.util.UUID;

import org.libvirt.Domain;
import org.libvirt.LibvirtException;
import org.libvirt.tck.suites.scenario.Scenario;
import org.libvirt.tck.suites.scenario.ScenarioId;
import org.testng.annotations.Test;

/**
 * Defining a domain again under its name and UUID replaces its configuration; a running domain keeps its live
 * definition until it stops.
 */
public class DomainRedefine extends Scenario {

    private static final long OLD_KIB = 131072;
    private static final long NEW_KIB = 262144;

    @ScenarioId("domain.redefine-inactive")
    @Test(groups = {"domain", "redefine"})
    public void redefiningAnInactiveDomainReplacesItsConfiguration() throws LibvirtException {
        // GIVEN a defined domain with 128 MiB
        String name = sandbox().domain("redefine-off");
        UUID uuid = UUID.randomUUID();
        conn().domainDefineXML(domain(name).withUuid(uuid).withMemoryKiB(OLD_KIB).build().toXml());

        // WHEN it is defined again with 256 MiB
        Domain dom = conn().domainDefineXML(domain(name).withUuid(uuid).withMemoryKiB(NEW_KIB).build().toXml());

        // THEN it is the same shut off domain with the new memory, in its XML and its info
        assertThat(dom).isShutOff().hasUuid(uuid.toString());
        assertThatInactiveXml(dom).hasText("/domain/memory", Long.toString(NEW_KIB));
        long maxMem = dom.getInfo().maxMem;
        if (maxMem != NEW_KIB) {
            throw new AssertionError("expected getInfo().maxMem of " + name + " to be " + NEW_KIB
                    + " KiB after the redefine, but found " + maxMem);
        }
    }

    @ScenarioId("domain.redefine-running")
    @Test(groups = {"domain", "redefine"})
    public void redefiningARunningDomainChangesOnlyItsNextConfiguration() throws LibvirtException {
        // GIVEN a running persistent domain with 128 MiB
        String name = sandbox().domain("redefine-live");
        UUID uuid = UUID.randomUUID();
        Domain dom = conn().domainDefineXML(domain(name).withUuid(uuid).withMemoryKiB(OLD_KIB).build().toXml());
        dom.create();

        // WHEN it is defined again with 256 MiB
        conn().domainDefineXML(domain(name).withUuid(uuid).withMemoryKiB(NEW_KIB).build().toXml());

        // THEN it keeps running with 128 MiB, and its inactive XML has 256 MiB
        assertThat(dom).isRunning();
        assertThatLiveXml(dom).hasText("/domain/memory", Long.toString(OLD_KIB));
        assertThatInactiveXml(dom).hasText("/domain/memory", Long.toString(NEW_KIB));

        // WHEN it is destroyed THEN the new configuration is the one it has
        dom.destroy();
        assertThatLiveXml(dom).hasText("/domain/memory", Long.toString(NEW_KIB));
    }
}
