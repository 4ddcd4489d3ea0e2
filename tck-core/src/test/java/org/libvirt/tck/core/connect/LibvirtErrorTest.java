package org.libvirt.tck.core.connect;

import static org.testng.Assert.assertEquals;
import static org.testng.Assert.assertTrue;
import static org.testng.Assert.expectThrows;

import org.libvirt.Error.ErrorNumber;
import org.testng.annotations.Test;

public class LibvirtErrorTest {

    @Test
    public void aFailedCallKeepsLibvirtsCodeDomainAndMessage() {
        try (TckConnection conn = TckConnection.open("test:///default")) {
            LibvirtError e = expectThrows(LibvirtError.class,
                    () -> LibvirtCall.call(() -> conn.libvirt().domainLookupByName("tck-no-such")));
            assertEquals(e.code(), 42);
            assertEquals(e.codeName(), "VIR_ERR_NO_DOMAIN");
            assertTrue(e.is(ErrorNumber.VIR_ERR_NO_DOMAIN));
            assertEquals(e.errorDomain(), "VIR_FROM_TEST");
            assertEquals(e.libvirtMessage(), "Domain not found");
            assertEquals(e.getMessage(), "VIR_ERR_NO_DOMAIN (42) from VIR_FROM_TEST: Domain not found");
        }
    }

    @Test
    public void anUnsupportedCallIsRecognised() {
        try (TckConnection conn = TckConnection.open("test:///default")) {
            LibvirtError e = expectThrows(LibvirtError.class,
                    () -> LibvirtCall.call(() -> conn.libvirt().listNetworkFilters()));
            assertTrue(e.isNoSupport(), e.getMessage());
        }
    }

    @Test
    public void anUnknownUriFailsToOpenWithNoConnect() {
        LibvirtError e = expectThrows(LibvirtError.class, () -> TckConnection.open("bogus:///nowhere"));
        assertEquals(e.codeName(), "VIR_ERR_NO_CONNECT");
    }

    @Test
    public void findLooksThroughCauses() {
        LibvirtError inner = new LibvirtError(3, "VIR_ERR_NO_SUPPORT", "VIR_FROM_TEST", "nope", null);
        assertEquals(LibvirtError.find(new RuntimeException(new IllegalStateException(inner))), inner);
        assertEquals(LibvirtError.find(new RuntimeException("plain")), null);
    }

    @Test
    public void versionsArePrintedAsLibvirtDoes() {
        assertEquals(TckConnection.version(9_000_000), "9.0.0");
        assertEquals(TckConnection.version(7_002_022), "7.2.22");
    }
}
