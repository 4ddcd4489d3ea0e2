package org.libvirt.tck.suites.domain;

import static org.libvirt.tck.suites.assertions.LibvirtAssertions.assertFailsWith;
import static org.libvirt.tck.suites.assertions.LibvirtAssertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.libvirt.Domain;
import org.libvirt.Error.ErrorNumber;
import org.libvirt.LibvirtException;
import org.libvirt.tck.suites.scenario.Scenario;
import org.libvirt.tck.suites.scenario.ScenarioId;
import org.testng.annotations.Test;

/**
 * Saving a domain writes its state to a file and stops it; restoring the file runs it again where it was. A
 * managed save does the same with a file libvirt keeps for the domain's next start.
 */
public class DomainSaveRestore extends Scenario {

    /** Bytes of a save image kept when it is cut short: the header stays, the domain XML in it does not. */
    private static final long TRUNCATED_SIZE = 100;

    @ScenarioId("domain.save-restore")
    @Test(groups = {"domain", "save"})
    public void savedPersistentDomainIsShutOffAndRunsAgainWhenRestored() throws LibvirtException {
        // GIVEN a running persistent domain
        String name = sandbox().domain("save");
        Domain dom = conn().domainDefineXML(domain(name).build().toXml());
        dom.create();
        String image = imagePath("tck-save.img");

        // WHEN it is saved THEN it is shut off, still defined, and the image exists
        dom.save(image);
        assertThat(dom).isShutOff().isPersistent(true).isListedAsDefined();
        if (!Files.isRegularFile(Path.of(image))) {
            throw new AssertionError("expected save() to write the image " + image + ", but there is no such file");
        }

        // WHEN the image is restored THEN the domain runs again
        conn().restore(image);
        assertThat(conn().domainLookupByName(name)).isRunning().hasPositiveId().isPersistent(true);
    }

    @ScenarioId("domain.save-transient")
    @Test(groups = {"domain", "save"})
    public void savedTransientDomainIsGoneUntilRestored() throws LibvirtException {
        // GIVEN a running transient domain
        String name = sandbox().domain("save-transient");
        Domain dom = conn().domainCreateXML(domain(name).build().toXml(), 0);
        String image = imagePath("tck-save-transient.img");

        // WHEN it is saved THEN it no longer exists
        dom.save(image);
        assertFailsWith(ErrorNumber.VIR_ERR_NO_DOMAIN, () -> conn().domainLookupByName(name));

        // WHEN the image is restored THEN it runs again, still transient
        conn().restore(image);
        assertThat(conn().domainLookupByName(name)).isRunning().isPersistent(false);
    }

    @ScenarioId("domain.restore-over-running-refused")
    @Test(groups = {"domain", "save"})
    public void restoringAnImageOfADomainThatRunsAgainFailsWithOperationInvalid() throws LibvirtException {
        // GIVEN a domain saved and restored, so that it runs and its image is still there
        String name = sandbox().domain("restore-twice");
        Domain dom = conn().domainDefineXML(domain(name).build().toXml());
        dom.create();
        String image = imagePath("tck-restore-twice.img");
        dom.save(image);
        conn().restore(image);

        // WHEN the image is restored a second time THEN libvirt says the domain is already active
        assertFailsWith(ErrorNumber.VIR_ERR_OPERATION_INVALID, () -> conn().restore(image));
        assertThat(conn().domainLookupByName(name)).isRunning();
    }

    @ScenarioId("domain.restore-truncated-refused")
    @Test(groups = {"domain", "save"})
    public void restoringATruncatedImageIsRefusedAndStartsNothing() throws LibvirtException {
        // GIVEN the image of a saved persistent domain, cut short after its header
        String name = sandbox().domain("restore-truncated");
        Domain dom = conn().domainDefineXML(domain(name).build().toXml());
        dom.create();
        String image = imagePath("tck-restore-truncated.img");
        dom.save(image);
        truncate(image, TRUNCATED_SIZE);

        // WHEN it is restored THEN libvirt refuses: the test driver's reads fail as system errors, QEMU's image
        // reader reports that it could not read the domain XML
        ErrorNumber expected = onTestDriver() ? ErrorNumber.VIR_ERR_SYSTEM_ERROR : ErrorNumber.VIR_ERR_OPERATION_FAILED;
        assertFailsWith(expected, () -> conn().restore(image));

        // AND the domain stays shut off
        assertThat(dom).isShutOff().isPersistent(true);
    }

    @ScenarioId("domain.restore-missing-image-refused")
    @Test(groups = {"domain", "save"})
    public void restoringAFileThatDoesNotExistFailsWithSystemError() {
        // GIVEN a path with no file
        String image = imagePath("tck-restore-missing.img");

        // WHEN it is restored THEN libvirt cannot open it
        assertFailsWith(ErrorNumber.VIR_ERR_SYSTEM_ERROR, () -> conn().restore(image));
    }

    @ScenarioId("domain.managed-save-restored-on-start")
    @Test(groups = {"domain", "save"})
    public void managedSavedDomainHasAnImageAndStartsFromIt() throws LibvirtException {
        // GIVEN a running persistent domain
        Domain dom = conn().domainDefineXML(domain(sandbox().domain("managed-save")).build().toXml());
        dom.create();

        // WHEN it is saved by libvirt THEN it is shut off with a managed save image
        dom.managedSave();
        assertThat(dom).isShutOff().isPersistent(true);
        assertManagedSaveImage(dom, 1, "after managedSave()");

        // WHEN it is started THEN it runs and the image is used up
        dom.create();
        assertThat(dom).isRunning();
        assertManagedSaveImage(dom, 0, "after starting from the image");
    }

    @ScenarioId("domain.managed-save-remove")
    @Test(groups = {"domain", "save"})
    public void removingTheManagedSaveImageLeavesAShutOffDomainThatBootsAfresh() throws LibvirtException {
        // GIVEN a domain with a managed save image
        Domain dom = conn().domainDefineXML(domain(sandbox().domain("managed-remove")).build().toXml());
        dom.create();
        dom.managedSave();

        // WHEN the image is removed THEN the domain has none and is still shut off
        dom.managedSaveRemove();
        assertManagedSaveImage(dom, 0, "after managedSaveRemove()");
        assertThat(dom).isShutOff().isPersistent(true);

        // AND it can still be started
        dom.create();
        assertThat(dom).isRunning();
    }

    @ScenarioId("domain.managed-save-transient-refused")
    @Test(groups = {"domain", "save"})
    public void managedSavingATransientDomainFailsWithOperationInvalid() throws LibvirtException {
        // GIVEN a running transient domain
        Domain dom = conn().domainCreateXML(domain(sandbox().domain("managed-transient")).build().toXml(), 0);

        // WHEN libvirt is asked to keep its image THEN it refuses: a transient domain has no next start
        assertFailsWith(ErrorNumber.VIR_ERR_OPERATION_INVALID, dom::managedSave);
        assertThat(dom).isRunning();
    }

    /** A scratch file path whose folder exists (libvirt creates the file, not the folder). */
    private static String imagePath(String fileName) {
        Path path = sandbox().scratchPath(fileName);
        try {
            Files.createDirectories(path.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the scratch folder " + path.getParent(), e);
        }
        return path.toString();
    }

    private static void truncate(String file, long size) {
        try (RandomAccessFile raf = new RandomAccessFile(file, "rw")) {
            raf.setLength(size);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot truncate the save image " + file, e);
        }
    }

    private static void assertManagedSaveImage(Domain dom, int expected, String when) throws LibvirtException {
        int actual = dom.hasManagedSaveImage();
        if (actual != expected) {
            throw new AssertionError("expected hasManagedSaveImage() of " + dom.getName() + " to be " + expected + " "
                    + when + ", but found " + actual);
        }
    }
}
