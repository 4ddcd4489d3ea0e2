package org.libvirt.tck.report.model;

import static org.testng.Assert.assertEquals;
import static org.testng.Assert.assertFalse;
import static org.testng.Assert.assertThrows;
import static org.testng.Assert.expectThrows;
import static org.testng.Assert.assertTrue;

import org.testng.annotations.Test;

public class StatusTest {

    @Test
    public void xmlNamesAreTheConstantsInLowerCase() {
        assertEquals(Status.PASS.xmlName(), "pass");
        assertEquals(Status.UNSUPPORTED.xmlName(), "unsupported");
    }

    @Test
    public void everyXmlNameReadsBackToItsStatus() {
        for (Status s : Status.values()) {
            assertEquals(Status.fromXmlName(s.xmlName()), s);
        }
    }

    @Test
    public void unknownXmlNameIsRefusedListingTheAllowedNames() {
        IllegalArgumentException e = expectThrows(IllegalArgumentException.class, () -> Status.fromXmlName("PASS"));
        assertEquals(e.getMessage(),
                "expected a scenario status, one of pass, fail, error, skip, unsupported, known-fail, unexpected-pass, but found 'PASS'");
    }

    @Test
    public void nullXmlNameIsRefusedSayingItWasNull() {
        IllegalArgumentException e = expectThrows(IllegalArgumentException.class, () -> Status.fromXmlName(null));
        assertTrue(e.getMessage().endsWith("but found null"), e.getMessage());
    }

    @Test
    public void onlyFailAndErrorAreUnexpected() {
        assertTrue(Status.FAIL.isUnexpected());
        assertTrue(Status.ERROR.isUnexpected());
        assertFalse(Status.PASS.isUnexpected());
        assertFalse(Status.SKIP.isUnexpected());
        assertFalse(Status.UNSUPPORTED.isUnexpected(), "a driver not implementing something is not a failure");
    }
}
