package org.libvirt.tck.suites.domain;

import java.util.UUID;

import org.libvirt.Domain;
import org.libvirt.LibvirtException;
import org.libvirt.tck.suites.scenario.Scenario;
import org.libvirt.tck.suites.scenario.ScenarioId;
import org.testng.annotations.Test;

/** A persistent domain's autostart flag belongs to its configuration: it stays until it is changed. */
public class DomainAutostart extends Scenario {

    @ScenarioId("domain.autostart-off-by-default")
    @Test(groups = {"domain", "autostart"})
    public void newlyDefinedDomainDoesNotAutostart() throws LibvirtException {
        // GIVEN a newly defined domain
        Domain dom = conn().domainDefineXML(domain(sandbox().domain("autostart-default")).build().toXml());

        // THEN it is not marked to start with the host
        assertAutostart(dom, false, "after being defined");
    }

    @ScenarioId("domain.autostart-survives-restart")
    @Test(groups = {"domain", "autostart"})
    public void autostartStaysSetAcrossStartAndDestroyUntilItIsCleared() throws LibvirtException {
        // GIVEN a defined domain marked to autostart
        Domain dom = conn().domainDefineXML(domain(sandbox().domain("autostart-restart")).build().toXml());
        dom.setAutostart(true);
        assertAutostart(dom, true, "after setAutostart(true)");

        // WHEN it is started and destroyed THEN the flag stays set
        dom.create();
        assertAutostart(dom, true, "while running");
        dom.destroy();
        assertAutostart(dom, true, "after being destroyed");

        // WHEN the flag is cleared THEN it reads back cleared
        dom.setAutostart(false);
        assertAutostart(dom, false, "after setAutostart(false)");
    }

    @ScenarioId("domain.autostart-survives-redefine")
    @Test(groups = {"domain", "autostart"})
    public void redefiningADomainKeepsItsAutostartFlag() throws LibvirtException {
        // GIVEN a defined domain marked to autostart
        String name = sandbox().domain("autostart-redefine");
        UUID uuid = UUID.randomUUID();
        Domain dom = conn().domainDefineXML(domain(name).withUuid(uuid).build().toXml());
        dom.setAutostart(true);

        // WHEN it is defined again with another memory size
        Domain redefined = conn().domainDefineXML(domain(name).withUuid(uuid).withMemoryMiB(256).build().toXml());

        // THEN it is still marked to autostart
        assertAutostart(redefined, true, "after being redefined");
    }

    private static void assertAutostart(Domain dom, boolean expected, String when) throws LibvirtException {
        boolean actual = dom.getAutostart();
        if (actual != expected) {
            throw new AssertionError("expected getAutostart() of " + dom.getName() + " to be " + expected + " " + when
                    + ", but found " + actual);
        }
    }
}
