package org.libvirt.tck.suites.domain;

import static org.libvirt.tck.suites.assertions.LibvirtAssertions.assertFailsWith;
import static org.libvirt.tck.suites.assertions.LibvirtAssertions.assertThat;

import org.libvirt.Domain;
import org.libvirt.Error.ErrorNumber;
import org.libvirt.KeycodeSet;
import org.libvirt.LibvirtException;
import org.libvirt.tck.core.connect.LibvirtCall;
import org.libvirt.tck.suites.scenario.Scenario;
import org.libvirt.tck.suites.scenario.ScenarioId;
import org.testng.annotations.Test;

/**
 * Calls that act on a running guest fail on a domain that is only defined, with {@code VIR_ERR_OPERATION_INVALID}
 * ("domain is not running"), and leave it shut off.
 */
public class InvalidOperationsWhenInactive extends Scenario {

    /** libvirt's {@code VIR_DOMAIN_AFFECT_LIVE}. */
    private static final int AFFECT_LIVE = 1;

    @ScenarioId("domain.inactive-destroy-refused")
    @Test(groups = {"domain", "inactive"})
    public void destroyingAnInactiveDomainFailsWithOperationInvalid() throws LibvirtException {
        refusedWhileInactive("inactive-destroy", Domain::destroy);
    }

    @ScenarioId("domain.inactive-reboot-refused")
    @Test(groups = {"domain", "inactive"})
    public void rebootingAnInactiveDomainFailsWithOperationInvalid() throws LibvirtException {
        refusedWhileInactive("inactive-reboot", dom -> dom.reboot(0));
    }

    @ScenarioId("domain.inactive-reset-refused")
    @Test(groups = {"domain", "inactive"})
    public void resettingAnInactiveDomainFailsWithOperationInvalid() throws LibvirtException {
        refusedWhileInactive("inactive-reset", Domain::reset);
    }

    @ScenarioId("domain.inactive-save-refused")
    @Test(groups = {"domain", "inactive"})
    public void savingAnInactiveDomainFailsWithOperationInvalid() throws LibvirtException {
        String image = sandbox().scratchPath("tck-inactive-save.img").toString();
        refusedWhileInactive("inactive-save", dom -> dom.save(image));
    }

    @ScenarioId("domain.inactive-managed-save-refused")
    @Test(groups = {"domain", "inactive"})
    public void managedSavingAnInactiveDomainFailsWithOperationInvalid() throws LibvirtException {
        refusedWhileInactive("inactive-managed-save", Domain::managedSave);
    }

    @ScenarioId("domain.inactive-core-dump-refused")
    @Test(groups = {"domain", "inactive"})
    public void dumpingTheCoreOfAnInactiveDomainFailsWithOperationInvalid() throws LibvirtException {
        String core = sandbox().scratchPath("tck-inactive.core").toString();
        refusedWhileInactive("inactive-core-dump", dom -> dom.coreDump(core, 0));
    }

    @ScenarioId("domain.inactive-block-stats-refused")
    @Test(groups = {"domain", "inactive"})
    public void blockStatsOfAnInactiveDomainFailWithOperationInvalid() throws LibvirtException {
        refusedWhileInactive("inactive-block-stats", dom -> dom.blockStats("vda"));
    }

    @ScenarioId("domain.inactive-interface-stats-refused")
    @Test(groups = {"domain", "inactive"})
    public void interfaceStatsOfAnInactiveDomainFailWithOperationInvalid() throws LibvirtException {
        refusedWhileInactive("inactive-interface-stats", dom -> dom.interfaceStats("vnet0"));
    }

    @ScenarioId("domain.inactive-memory-stats-refused")
    @Test(groups = {"domain", "inactive"})
    public void memoryStatsOfAnInactiveDomainFailWithOperationInvalid() throws LibvirtException {
        refusedWhileInactive("inactive-memory-stats", dom -> dom.memoryStats(10));
    }

    @ScenarioId("domain.inactive-interface-addresses-refused")
    @Test(groups = {"domain", "inactive"})
    public void interfaceAddressesOfAnInactiveDomainFailWithOperationInvalid() throws LibvirtException {
        refusedWhileInactive("inactive-if-addresses", dom -> dom.interfaceAddresses(0, 0));
    }

    @ScenarioId("domain.inactive-pin-vcpu-refused")
    @Test(groups = {"domain", "inactive"})
    public void pinningAVcpuOfAnInactiveDomainFailsWithOperationInvalid() throws LibvirtException {
        // virDomainPinVcpu acts on the live guest only (virDomainPinVcpuFlags with no flags may change the config)
        refusedWhileInactive("inactive-pin-vcpu", dom -> dom.pinVcpu(0, new int[] {1}));
    }

    @ScenarioId("domain.inactive-vcpus-info-refused")
    @Test(groups = {"domain", "inactive"})
    public void vcpuInfoOfAnInactiveDomainFailsWithOperationInvalid() throws LibvirtException {
        refusedWhileInactive("inactive-vcpus-info", Domain::getVcpusInfo);
    }

    @ScenarioId("domain.inactive-set-memory-refused")
    @Test(groups = {"domain", "inactive"})
    public void settingTheLiveMemoryOfAnInactiveDomainFailsWithOperationInvalid() throws LibvirtException {
        // virDomainSetMemory changes the running guest's balloon target only
        refusedWhileInactive("inactive-set-memory", dom -> dom.setMemory(65536));
    }

    @ScenarioId("domain.inactive-set-vcpus-live-refused")
    @Test(groups = {"domain", "inactive"})
    public void settingTheLiveVcpusOfAnInactiveDomainFailsWithOperationInvalid() throws LibvirtException {
        refusedWhileInactive("inactive-set-vcpus", dom -> dom.setVcpusFlags(1, AFFECT_LIVE));
    }

    @ScenarioId("domain.inactive-send-key-refused")
    @Test(groups = {"domain", "inactive"})
    public void sendingAKeyToAnInactiveDomainFailsWithOperationInvalid() throws LibvirtException {
        refusedWhileInactive("inactive-send-key", dom -> dom.sendKey(KeycodeSet.LINUX, 10, 30));
    }

    @ScenarioId("domain.inactive-live-metadata-refused")
    @Test(groups = {"domain", "inactive"})
    public void settingLiveMetadataOfAnInactiveDomainFailsWithOperationInvalid() throws LibvirtException {
        refusedWhileInactive("inactive-metadata", dom -> dom.setMetadata(0, "tck", null, null, AFFECT_LIVE));
    }

    @ScenarioId("domain.inactive-attach-live-refused")
    @Test(groups = {"domain", "inactive"})
    public void attachingADeviceLiveToAnInactiveDomainFailsWithOperationInvalid() throws LibvirtException {
        String nic = "<interface type='network'><source network='default'/></interface>";
        refusedWhileInactive("inactive-attach", dom -> dom.attachDeviceFlags(nic, AFFECT_LIVE));
    }

    /** A call on one domain that returns nothing of interest here. */
    @FunctionalInterface
    private interface DomainCall {
        void run(Domain dom) throws LibvirtException;
    }

    private static void refusedWhileInactive(String suffix, DomainCall call) throws LibvirtException {
        // GIVEN a domain that is defined but not running
        Domain dom = conn().domainDefineXML(domain(sandbox().domain(suffix)).build().toXml());

        // WHEN the call is made THEN libvirt says the domain is not running
        LibvirtCall.Action action = () -> call.run(dom);
        assertFailsWith(ErrorNumber.VIR_ERR_OPERATION_INVALID, action);

        // AND the domain is still shut off and defined
        assertThat(dom).isShutOff().isPersistent(true).isListedAsDefined();
    }
}
