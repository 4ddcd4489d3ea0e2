package org.libvirt.tck.suites.domain;

import static org.libvirt.tck.suites.assertions.DomainXmlAssert.assertThatInactiveXml;
import static org.libvirt.tck.suites.assertions.LibvirtAssertions.assertFailsWith;

import org.libvirt.Domain;
import org.libvirt.DomainInfo;
import org.libvirt.Error.ErrorNumber;
import org.libvirt.LibvirtException;
import org.libvirt.tck.core.connect.DomainParameters;
import org.libvirt.tck.suites.scenario.Scenario;
import org.libvirt.tck.suites.scenario.ScenarioId;
import org.testng.annotations.Test;

/** The memory and vCPUs of a domain's configuration change within their bounds; values outside are refused. */
public class DomainResources extends Scenario {

    /** libvirt's {@code VIR_DOMAIN_VCPU_CONFIG} (same value as {@code VIR_DOMAIN_AFFECT_CONFIG}). */
    private static final int VCPU_CONFIG = 2;
    /** libvirt's {@code VIR_DOMAIN_VCPU_LIVE} (same value as {@code VIR_DOMAIN_AFFECT_LIVE}). */
    private static final int VCPU_LIVE = 1;
    /** libvirt's {@code VIR_DOMAIN_VCPU_MAXIMUM}: change the maximum rather than the vCPUs online at boot. */
    private static final int VCPU_MAXIMUM = 4;

    @ScenarioId("domain.set-max-memory-inactive")
    @Test(groups = {"domain", "resources"})
    public void raisingTheMaximumMemoryOfAnInactiveDomainShowsInItsInfoAndXml() throws LibvirtException {
        // GIVEN a defined domain with 128 MiB
        Domain dom = conn().domainDefineXML(domain(sandbox().domain("max-memory")).withMemoryKiB(131072).build()
                .toXml());

        // WHEN its maximum memory is raised to 256 MiB
        dom.setMaxMemory(262144);

        // THEN its info and its configuration have the new maximum, and the current memory is unchanged
        DomainInfo info = dom.getInfo();
        if (info.maxMem != 262144 || info.memory != 131072) {
            throw new AssertionError("expected getInfo() of " + dom.getName() + " to show maxMem 262144 and memory "
                    + "131072 KiB after setMaxMemory(262144), but found maxMem " + info.maxMem + " and memory "
                    + info.memory);
        }
        assertThatInactiveXml(dom).hasText("/domain/memory", "262144").hasText("/domain/currentMemory", "131072");
    }

    @ScenarioId("domain.set-vcpus-config")
    @Test(groups = {"domain", "resources"})
    public void raisingTheVcpuMaximumAndThenTheVcpusInTheConfigurationShowsInItsInfoAndXml()
            throws LibvirtException {
        // GIVEN a defined domain with 1 vCPU
        Domain dom = conn().domainDefineXML(domain(sandbox().domain("vcpus")).build().toXml());

        // WHEN the configured maximum is raised to 3 and then 2 vCPUs are configured
        dom.setVcpusFlags(3, VCPU_CONFIG | VCPU_MAXIMUM);
        dom.setVcpusFlags(2, VCPU_CONFIG);

        // THEN the domain has 2 of at most 3 vCPUs
        int vcpus = dom.getInfo().nrVirtCpu;
        if (vcpus != 2) {
            throw new AssertionError("expected getInfo().nrVirtCpu of " + dom.getName() + " to be 2 after "
                    + "setVcpusFlags(2, CONFIG), but found " + vcpus);
        }
        assertThatInactiveXml(dom).hasText("/domain/vcpu", "3").hasText("/domain/vcpu/@current", "2");
    }

    @ScenarioId("domain.set-vcpus-zero-refused")
    @Test(groups = {"domain", "resources"})
    public void configuringZeroVcpusFailsWithInvalidArg() throws LibvirtException {
        // GIVEN a defined domain
        Domain dom = conn().domainDefineXML(domain(sandbox().domain("vcpus-zero")).build().toXml());

        // WHEN zero vCPUs or a maximum of zero are asked for THEN libvirt refuses the argument
        assertFailsWith(ErrorNumber.VIR_ERR_INVALID_ARG, () -> dom.setVcpusFlags(0, VCPU_CONFIG));
        assertFailsWith(ErrorNumber.VIR_ERR_INVALID_ARG, () -> dom.setVcpusFlags(0, VCPU_CONFIG | VCPU_MAXIMUM));
        assertThatInactiveXml(dom).hasText("/domain/vcpu", "1");
    }

    @ScenarioId("domain.set-vcpus-above-maximum-refused")
    @Test(groups = {"domain", "resources"})
    public void configuringMoreVcpusThanTheMaximumFailsWithInvalidArg() throws LibvirtException {
        // GIVEN a defined domain with at most 2 vCPUs
        Domain dom = conn().domainDefineXML(domain(sandbox().domain("vcpus-above")).withVcpus(1).withMaxVcpus(2)
                .build().toXml());

        // WHEN 3 vCPUs are configured THEN libvirt refuses and the configuration is unchanged
        assertFailsWith(ErrorNumber.VIR_ERR_INVALID_ARG, () -> dom.setVcpusFlags(3, VCPU_CONFIG));
        assertThatInactiveXml(dom).hasText("/domain/vcpu", "2").hasText("/domain/vcpu/@current", "1");
    }

    @ScenarioId("domain.set-vcpus-maximum-needs-config")
    @Test(groups = {"domain", "resources"})
    public void changingTheVcpuMaximumWithoutTheConfigFlagFailsWithInvalidArg() throws LibvirtException {
        // GIVEN a defined domain
        Domain dom = conn().domainDefineXML(domain(sandbox().domain("vcpus-max-flag")).build().toXml());

        // WHEN the maximum is changed without VIR_DOMAIN_VCPU_CONFIG THEN libvirt refuses the flags
        assertFailsWith(ErrorNumber.VIR_ERR_INVALID_ARG, () -> dom.setVcpusFlags(2, VCPU_MAXIMUM));
    }

    @ScenarioId("domain.set-vcpus-live-bounds-refused")
    @Test(groups = {"domain", "resources", "live"})
    public void settingZeroOrMoreThanTheMaximumVcpusLiveFailsWithInvalidArg() throws LibvirtException {
        // GIVEN a running domain with 1 of at most 2 vCPUs
        Domain dom = conn().domainCreateXML(domain(sandbox().domain("vcpus-live-bounds")).withVcpus(1)
                .withMaxVcpus(2).build().toXml(), 0);

        // WHEN 0 or 3 vCPUs are set live THEN libvirt refuses the argument and the domain keeps 1 vCPU
        assertFailsWith(ErrorNumber.VIR_ERR_INVALID_ARG, () -> dom.setVcpusFlags(0, VCPU_LIVE));
        assertFailsWith(ErrorNumber.VIR_ERR_INVALID_ARG, () -> dom.setVcpusFlags(3, VCPU_LIVE));
        int vcpus = dom.getInfo().nrVirtCpu;
        if (vcpus != 1) {
            throw new AssertionError("expected " + dom.getName() + " to keep 1 vCPU after refused live changes, "
                    + "but getInfo().nrVirtCpu is " + vcpus);
        }
    }

    @ScenarioId("domain.set-memory-config")
    @Test(groups = {"domain", "resources"})
    public void settingTheConfiguredMemoryWithFlagsShowsInItsInfoAndXml() throws LibvirtException {
        // GIVEN a defined domain with 256 MiB
        Domain dom = conn().domainDefineXML(domain(sandbox().domain("memory-config")).withMemoryKiB(262144).build()
                .toXml());

        // WHEN its configuration is given 128 MiB (virDomainSetMemoryFlags, VIR_DOMAIN_AFFECT_CONFIG)
        DomainParameters.setMemory(dom, 131072, DomainParameters.AFFECT_CONFIG);

        // THEN its current memory is 128 MiB of at most 256
        DomainInfo info = dom.getInfo();
        if (info.memory != 131072 || info.maxMem != 262144) {
            throw new AssertionError("expected getInfo() of " + dom.getName() + " to show memory 131072 of maxMem "
                    + "262144 KiB, but found " + info.memory + " of " + info.maxMem);
        }
        assertThatInactiveXml(dom).hasText("/domain/memory", "262144").hasText("/domain/currentMemory", "131072");
    }

    @ScenarioId("domain.set-memory-flags-inactive")
    @Test(groups = {"domain", "resources"})
    public void onAnInactiveDomainCurrentMemoryChangesTheConfigurationAndLiveIsRefused() throws LibvirtException {
        // GIVEN a defined domain with 256 MiB
        Domain dom = conn().domainDefineXML(domain(sandbox().domain("memory-flags")).withMemoryKiB(262144).build()
                .toXml());

        // WHEN 192 MiB are set with VIR_DOMAIN_AFFECT_CURRENT THEN the configuration has them
        DomainParameters.setMemory(dom, 196608, DomainParameters.AFFECT_CURRENT);
        assertThatInactiveXml(dom).hasText("/domain/currentMemory", "196608");

        // AND with VIR_DOMAIN_AFFECT_LIVE libvirt says the domain is not running, and nothing changes
        assertFailsWith(ErrorNumber.VIR_ERR_OPERATION_INVALID, () -> DomainParameters.setMemory(dom, 131072,
                DomainParameters.AFFECT_LIVE));
        assertThatInactiveXml(dom).hasText("/domain/currentMemory", "196608");
    }

    @ScenarioId("domain.set-memory-above-maximum-refused")
    @Test(groups = {"domain", "resources"})
    public void configuringMoreMemoryThanTheMaximumFailsWithInvalidArg() throws LibvirtException {
        // GIVEN a defined domain with at most 128 MiB
        Domain dom = conn().domainDefineXML(domain(sandbox().domain("memory-above")).withMemoryKiB(131072).build()
                .toXml());

        // WHEN 256 MiB are configured THEN libvirt refuses the argument and the configuration is unchanged
        assertFailsWith(ErrorNumber.VIR_ERR_INVALID_ARG, () -> DomainParameters.setMemory(dom, 262144,
                DomainParameters.AFFECT_CONFIG));
        assertThatInactiveXml(dom).hasText("/domain/memory", "131072").hasText("/domain/currentMemory", "131072");
    }
}
