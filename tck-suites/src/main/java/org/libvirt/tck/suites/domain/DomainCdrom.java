package org.libvirt.tck.suites.domain;

import static org.libvirt.tck.suites.assertions.DomainXmlAssert.assertThatInactiveXml;
import static org.libvirt.tck.suites.assertions.DomainXmlAssert.assertThatLiveXml;

import org.libvirt.Domain;
import org.libvirt.LibvirtException;
import org.libvirt.tck.domainbuilder.domain.Disk;
import org.libvirt.tck.suites.scenario.ScenarioId;
import org.testng.annotations.Test;

/**
 * A CD-ROM's medium changed and ejected with {@code virDomainUpdateDeviceFlags}, in a running domain and in a
 * configuration. The live domains start paused: their QEMU process is up, so live media changes apply, but no
 * firmware runs to read and lock the tray (SeaBIOS probing the CD for a boot image made QEMU refuse
 * {@code blockdev-remove-medium} with "Tray ... is not open" now and then under load).
 */
public class DomainCdrom extends DeviceScenario {

    /** {@code VIR_DOMAIN_START_PAUSED}, for {@code virDomainCreate*}. */
    private static final int START_PAUSED = 1;

    @ScenarioId("domain.cdrom-media-change")
    @Test(groups = {"domain", "devices", "live"})
    public void changingTheMediumOfARunningDomainsCdromShowsLiveOnly() throws LibvirtException {
        // GIVEN a persistent domain whose CD-ROM holds a first image, started (paused)
        String first = rawImage("cdrom-change-first", MIB).toString();
        Domain dom = conn().domainDefineXML(domain(sandbox().domain("cdrom-change")).withDisk(cdrom(first)).build()
                .toXml());
        dom.create(startFlags());

        // WHEN the running domain's CD-ROM gets a second image
        Disk second = cdrom(rawImage("cdrom-change-second", MIB).toString());
        dom.updateDeviceFlags(diskXml(second), AFFECT_LIVE);

        // THEN the running domain has the second image in that drive, and its configuration still the first
        String source = "/domain/devices/disk[target/@dev='" + second.targetDev() + "']/source/@file";
        assertThatLiveXml(dom).hasCount("/domain/devices/disk[@device='cdrom']", 1).hasText(source,
                second.sourcePath());
        assertThatInactiveXml(dom).hasText(source, first);
    }

    @ScenarioId("domain.cdrom-eject")
    @Test(groups = {"domain", "devices", "live"})
    public void ejectingTheMediumOfARunningDomainsCdromLeavesAnEmptyDrive() throws LibvirtException {
        // GIVEN a started (paused) domain whose CD-ROM holds an image
        Disk loaded = cdrom(rawImage("cdrom-eject", MIB).toString());
        Domain dom = conn().domainCreateXML(domain(sandbox().domain("cdrom-eject")).withDisk(loaded).build().toXml(),
                startFlags());

        // WHEN the drive is updated to have no medium
        dom.updateDeviceFlags(diskXml(cdrom(null)), AFFECT_LIVE);

        // THEN the drive is still there, without a source
        String drive = "/domain/devices/disk[target/@dev='" + loaded.targetDev() + "']";
        // QEMU's driver keeps an empty <source index=...> for the drive: no file named means no medium
        assertThatLiveXml(dom).hasText(drive + "/@device", "cdrom").hasNoNode(drive + "/source/@file");
    }

    @ScenarioId("domain.cdrom-insert-config")
    @Test(groups = {"domain", "devices"})
    public void insertingAMediumIntoAnEmptyConfiguredCdromShowsInTheConfiguration() throws LibvirtException {
        // GIVEN a defined domain with an empty CD-ROM drive
        Domain dom = conn().domainDefineXML(domain(sandbox().domain("cdrom-insert")).withDisk(cdrom(null)).build()
                .toXml());

        // WHEN an image is put in its configuration
        Disk loaded = cdrom(rawImage("cdrom-insert", MIB).toString());
        dom.updateDeviceFlags(diskXml(loaded), AFFECT_CONFIG);

        // THEN the configured drive holds it, read-only
        String drive = "/domain/devices/disk[target/@dev='" + loaded.targetDev() + "']";
        assertThatInactiveXml(dom).hasText(drive + "/source/@file", loaded.sourcePath())
                .hasNode(drive + "/readonly");
    }

    /** Paused where firmware would run; the test driver runs none and refuses the flag ("unsupported flags"). */
    private static int startFlags() {
        return onTestDriver() ? 0 : START_PAUSED;
    }
}
