package org.libvirt.tck.report.known;

import static org.testng.Assert.assertEquals;
import static org.testng.Assert.assertFalse;
import static org.testng.Assert.assertTrue;
import static org.testng.Assert.expectThrows;

import org.testng.annotations.Test;

public class VersionRangeTest {

    @Test
    public void aRangeHoldsWhenEveryComparisonDoes() {
        VersionRange r = VersionRange.parse(">=9.0.0 <9.5.0");
        assertTrue(r.contains("9.0.0"));
        assertTrue(r.contains("9.4.99"));
        assertFalse(r.contains("9.5.0"));
        assertFalse(r.contains("8.10.0"));
    }

    @Test
    public void aBareVersionIsEqualityAndMissingPartsAreZero() {
        assertTrue(VersionRange.parse("8.2").contains("8.2.0"));
        assertFalse(VersionRange.parse("8.2").contains("8.2.1"));
        assertTrue(VersionRange.parse("==8.2.1").contains("8.2.1"));
    }

    @Test
    public void everyComparisonIsUnderstood() {
        assertTrue(VersionRange.parse(">8.2").contains("8.2.1"));
        assertFalse(VersionRange.parse(">8.2").contains("8.2.0"));
        assertTrue(VersionRange.parse("<=8.2").contains("8.2.0"));
        assertTrue(VersionRange.parse("!=8.2").contains("8.3"));
        assertFalse(VersionRange.parse("!=8.2").contains("8.2"));
    }

    @Test
    public void spacesAfterOperatorsAndCommasAreAllowed() {
        VersionRange r = VersionRange.parse(">= 9.0.0, < 9.5.0");
        assertTrue(r.contains("9.1"));
        assertFalse(r.contains("9.5"));
    }

    @Test
    public void numbersCompareAsNumbersNotText() {
        assertTrue(VersionRange.parse(">=9.9").contains("9.10"));
    }

    @Test
    public void onlyTheLeadingNumbersOfARunVersionCount() {
        assertTrue(VersionRange.parse("<8.3").contains("8.2.2 (Debian 1:8.2.2+ds-1)"));
    }

    @Test
    public void anUnknownVersionIsNeverInARange() {
        assertFalse(VersionRange.parse(">=0").contains(null));
        assertFalse(VersionRange.parse(">=0").contains("unknown"));
    }

    @Test
    public void aMalformedRangeIsRefusedSayingWhatARangeLooksLike() {
        IllegalArgumentException e = expectThrows(IllegalArgumentException.class,
                () -> VersionRange.parse(">=9.0.0 ~9.5"));
        assertEquals(e.getMessage(), "expected a version range such as \">=9.0.0 <9.5.0\" (comparisons >=, >, "
                + "<=, <, =, != before dotted numbers) but found '~9.5' in '>=9.0.0 ~9.5'");
    }
}
