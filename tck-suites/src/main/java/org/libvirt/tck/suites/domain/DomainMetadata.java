package org.libvirt.tck.suites.domain;

import static org.libvirt.tck.suites.assertions.DomainXmlAssert.assertThatInactiveXml;
import static org.libvirt.tck.suites.assertions.DomainXmlAssert.assertThatXml;
import static org.libvirt.tck.suites.assertions.LibvirtAssertions.assertFailsWith;

import org.libvirt.Domain;
import org.libvirt.Error.ErrorNumber;
import org.libvirt.LibvirtException;
import org.libvirt.tck.suites.scenario.Scenario;
import org.libvirt.tck.suites.scenario.ScenarioId;
import org.testng.annotations.Test;

/** A domain's description, title and namespaced metadata elements are set, read back and removed by the API. */
public class DomainMetadata extends Scenario {

    /** libvirt's {@code VIR_DOMAIN_METADATA_DESCRIPTION}. */
    private static final int DESCRIPTION = 0;
    /** libvirt's {@code VIR_DOMAIN_METADATA_TITLE}. */
    private static final int TITLE = 1;
    /** libvirt's {@code VIR_DOMAIN_METADATA_ELEMENT}: an element in an application's own namespace. */
    private static final int ELEMENT = 2;
    /** {@code VIR_DOMAIN_AFFECT_CURRENT}: the configuration of an inactive domain. */
    private static final int CURRENT = 0;

    private static final String NAMESPACE = "http://libvirt.org/tck/metadata/1";
    private static final String KEY = "tck";

    @ScenarioId("domain.metadata-description")
    @Test(groups = {"domain", "metadata"})
    public void descriptionSetThroughTheApiIsReadBackAndInTheXml() throws LibvirtException {
        // GIVEN a defined domain
        Domain dom = conn().domainDefineXML(domain(sandbox().domain("meta-desc")).build().toXml());

        // WHEN a description is set
        dom.setMetadata(DESCRIPTION, "kit's guest\nsecond line", null, null, CURRENT);

        // THEN it reads back unchanged and is the XML's <description>
        assertMetadata(dom, DESCRIPTION, null, "kit's guest\nsecond line");
        assertThatInactiveXml(dom).hasText("/domain/description", "kit's guest\nsecond line");
    }

    @ScenarioId("domain.metadata-title")
    @Test(groups = {"domain", "metadata"})
    public void titleSetThroughTheApiIsReadBackAndInTheXml() throws LibvirtException {
        // GIVEN a defined domain
        Domain dom = conn().domainDefineXML(domain(sandbox().domain("meta-title")).build().toXml());

        // WHEN a title is set
        dom.setMetadata(TITLE, "TCK guest", null, null, CURRENT);

        // THEN it reads back unchanged and is the XML's <title>
        assertMetadata(dom, TITLE, null, "TCK guest");
        assertThatInactiveXml(dom).hasText("/domain/title", "TCK guest");
    }

    @ScenarioId("domain.metadata-title-newline-refused")
    @Test(groups = {"domain", "metadata"})
    public void titleWithANewlineFailsWithInvalidArg() throws LibvirtException {
        // GIVEN a defined domain
        Domain dom = conn().domainDefineXML(domain(sandbox().domain("meta-title-nl")).build().toXml());

        // WHEN a title of two lines is set THEN libvirt refuses it, and there is still no title
        assertFailsWith(ErrorNumber.VIR_ERR_INVALID_ARG, () -> dom.setMetadata(TITLE, "one\ntwo", null, null, CURRENT));
        assertFailsWith(ErrorNumber.VIR_ERR_NO_DOMAIN_METADATA, () -> dom.getMetadata(TITLE, null, CURRENT));
    }

    @ScenarioId("domain.metadata-element")
    @Test(groups = {"domain", "metadata"})
    public void namespacedElementIsReadBackByItsNamespace() throws LibvirtException {
        // GIVEN a defined domain
        Domain dom = conn().domainDefineXML(domain(sandbox().domain("meta-element")).build().toXml());

        // WHEN an element is set in the kit's namespace
        dom.setMetadata(ELEMENT, "<guest colour='red'>kept</guest>", KEY, NAMESPACE, CURRENT);

        // THEN reading that namespace gives the element back, with its attribute and text
        String element = dom.getMetadata(ELEMENT, NAMESPACE, CURRENT);
        assertThatXml("metadata element " + NAMESPACE, element)
                .hasText("/guest/@colour", "red").hasText("/guest", "kept");

        // AND the domain XML holds it under <metadata>, in that namespace
        assertThatInactiveXml(dom).hasText("/domain/metadata/*[local-name()='guest' and namespace-uri()='"
                + NAMESPACE + "']/@colour", "red");
    }

    @ScenarioId("domain.metadata-missing")
    @Test(groups = {"domain", "metadata"})
    public void readingMetadataThatWasNeverSetFailsWithNoDomainMetadata() throws LibvirtException {
        // GIVEN a defined domain without description, title or metadata
        Domain dom = conn().domainDefineXML(domain(sandbox().domain("meta-missing")).build().toXml());

        // WHEN each is read THEN libvirt says there is none
        assertFailsWith(ErrorNumber.VIR_ERR_NO_DOMAIN_METADATA, () -> dom.getMetadata(DESCRIPTION, null, CURRENT));
        assertFailsWith(ErrorNumber.VIR_ERR_NO_DOMAIN_METADATA, () -> dom.getMetadata(TITLE, null, CURRENT));
        assertFailsWith(ErrorNumber.VIR_ERR_NO_DOMAIN_METADATA, () -> dom.getMetadata(ELEMENT, NAMESPACE, CURRENT));
    }

    @ScenarioId("domain.metadata-removed")
    @Test(groups = {"domain", "metadata"})
    public void settingMetadataToNullRemovesIt() throws LibvirtException {
        // GIVEN a defined domain with a description and a metadata element
        Domain dom = conn().domainDefineXML(domain(sandbox().domain("meta-removed")).build().toXml());
        dom.setMetadata(DESCRIPTION, "to be removed", null, null, CURRENT);
        dom.setMetadata(ELEMENT, "<guest/>", KEY, NAMESPACE, CURRENT);

        // WHEN both are set to nothing
        dom.setMetadata(DESCRIPTION, null, null, null, CURRENT);
        dom.setMetadata(ELEMENT, null, null, NAMESPACE, CURRENT);

        // THEN reading them fails with VIR_ERR_NO_DOMAIN_METADATA and the XML has neither
        assertFailsWith(ErrorNumber.VIR_ERR_NO_DOMAIN_METADATA, () -> dom.getMetadata(DESCRIPTION, null, CURRENT));
        assertFailsWith(ErrorNumber.VIR_ERR_NO_DOMAIN_METADATA, () -> dom.getMetadata(ELEMENT, NAMESPACE, CURRENT));
        assertThatInactiveXml(dom).hasNoNode("/domain/description")
                .hasNoNode("/domain/metadata/*[namespace-uri()='" + NAMESPACE + "']");
    }

    private static void assertMetadata(Domain dom, int type, String uri, String expected) throws LibvirtException {
        String actual = dom.getMetadata(type, uri, CURRENT);
        if (!expected.equals(actual)) {
            throw new AssertionError("expected getMetadata(" + type + ") of " + dom.getName() + " to return '"
                    + expected + "', but found '" + actual + "'");
        }
    }
}
