package org.libvirt.tck.domainbuilder;

import static org.testng.Assert.assertEquals;
import static org.testng.Assert.assertFalse;

import java.util.List;

import org.testng.annotations.Test;

/** The validator itself: a check that passes everything would make the schema tests worthless. */
public class RngValidatorTest {

    @Test
    public void acceptsTheMinimalDomainOfLibvirtsTestDriver() {
        String xml = "<domain type='test'><name>tck-dom1</name><memory unit='KiB'>131072</memory><vcpu>1</vcpu>"
                + "<os><type arch='x86_64'>hvm</type></os></domain>";
        assertEquals(RngValidator.validate(RngValidator.DOMAIN, xml), List.of());
    }

    @Test
    public void rejectsADomainTypeTheSchemaDoesNotList() {
        String xml = "<domain type='nonsense'><name>tck-dom1</name><os><type arch='x86_64'>hvm</type></os></domain>";
        assertFalse(RngValidator.validate(RngValidator.DOMAIN, xml).isEmpty());
    }
}
