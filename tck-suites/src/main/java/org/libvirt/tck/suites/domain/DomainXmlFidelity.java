package org.libvirt.tck.suites.domain;

import static org.libvirt.tck.suites.assertions.DomainXmlAssert.assertThatInactiveXml;

import org.libvirt.Domain;
import org.libvirt.LibvirtException;
import org.libvirt.tck.domainbuilder.domain.Feature;
import org.libvirt.tck.domainbuilder.domain.LifecycleAction;
import org.libvirt.tck.suites.scenario.Scenario;
import org.libvirt.tck.suites.scenario.ScenarioId;
import org.testng.annotations.Test;

/** What a domain definition sets comes back in the domain's inactive XML. */
public class DomainXmlFidelity extends Scenario {

    @ScenarioId("domain.xml-memory-vcpus")
    @Test(groups = {"domain", "xml"})
    public void memoryAndVcpuCountsComeBackAsDefined() throws LibvirtException {
        // GIVEN a domain defined with 192 MiB, a 160 MiB balloon target and 1 of at most 2 vCPUs
        Domain dom = conn().domainDefineXML(domain(sandbox().domain("xml-memory")).withMemoryKiB(196608)
                .withCurrentMemoryKiB(163840).withVcpus(1).withMaxVcpus(2).build().toXml());

        // THEN its XML has the same values, in KiB
        assertThatInactiveXml(dom)
                .hasText("/domain/memory", "196608").hasText("/domain/memory/@unit", "KiB")
                .hasText("/domain/currentMemory", "163840")
                .hasText("/domain/vcpu", "2").hasText("/domain/vcpu/@current", "1");
    }

    @ScenarioId("domain.xml-features")
    @Test(groups = {"domain", "xml"})
    public void acpiAndApicFeaturesComeBackAsDefined() throws LibvirtException {
        // GIVEN a domain defined with the acpi and apic features
        Domain dom = conn().domainDefineXML(domain(sandbox().domain("xml-features")).withFeature(Feature.ACPI)
                .withFeature(Feature.APIC).build().toXml());

        // THEN both features are in its XML
        assertThatInactiveXml(dom).hasNode("/domain/features/acpi").hasNode("/domain/features/apic");
    }

    @ScenarioId("domain.xml-lifecycle-actions")
    @Test(groups = {"domain", "xml"})
    public void lifecycleActionsComeBackAsDefined() throws LibvirtException {
        // GIVEN two domains with lifecycle actions other than libvirt's defaults, which QEMU also accepts
        Domain destroying = conn().domainDefineXML(domain(sandbox().domain("xml-actions-destroy"))
                .withOnPoweroff(LifecycleAction.DESTROY).withOnReboot(LifecycleAction.DESTROY)
                .withOnCrash(LifecycleAction.PRESERVE).build().toXml());
        Domain restarting = conn().domainDefineXML(domain(sandbox().domain("xml-actions-restart"))
                .withOnPoweroff(LifecycleAction.RESTART).withOnReboot(LifecycleAction.RESTART)
                .withOnCrash(LifecycleAction.RESTART).build().toXml());

        // THEN each action is in their XML as defined
        assertThatInactiveXml(destroying).hasText("/domain/on_poweroff", "destroy")
                .hasText("/domain/on_reboot", "destroy").hasText("/domain/on_crash", "preserve");
        assertThatInactiveXml(restarting).hasText("/domain/on_poweroff", "restart")
                .hasText("/domain/on_reboot", "restart").hasText("/domain/on_crash", "restart");
    }

    @ScenarioId("domain.xml-title-description")
    @Test(groups = {"domain", "xml"})
    public void titleAndDescriptionComeBackAsDefined() throws LibvirtException {
        // GIVEN a domain defined with a title and a description of two lines
        Domain dom = conn().domainDefineXML(domain(sandbox().domain("xml-title")).withTitle("TCK <guest> & co")
                .withDescription("first line\nsecond line").build().toXml());

        // THEN both come back unchanged, escaping included
        assertThatInactiveXml(dom).hasText("/domain/title", "TCK <guest> & co")
                .hasText("/domain/description", "first line\nsecond line");
    }

    @ScenarioId("domain.xml-serial-console")
    @Test(groups = {"domain", "xml"})
    public void serialPortAndConsoleOnPseudoTerminalsComeBackAsDefined() throws LibvirtException {
        // GIVEN a domain defined with a serial port and a console, both on host pseudo-terminals
        Domain dom = conn().domainDefineXML(domain(sandbox().domain("xml-serial")).withSerialPty().withConsolePty()
                .build().toXml());

        // THEN its XML has one pty serial port and one pty console on it
        assertThatInactiveXml(dom).hasCount("/domain/devices/serial[@type='pty']", 1)
                .hasCount("/domain/devices/console[@type='pty']", 1)
                .hasText("/domain/devices/console/target/@type", "serial");
    }
}
