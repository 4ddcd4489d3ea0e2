package org.libvirt.tck.core.connect;

import static org.testng.Assert.assertEquals;
import static org.testng.Assert.expectThrows;

import org.libvirt.Connect;
import org.testng.annotations.AfterClass;
import org.testng.annotations.BeforeClass;
import org.testng.annotations.Test;

/**
 * Live on libvirt's test driver, which has no nwfilters: every call reaches libvirt and comes back as libvirt's own
 * {@code VIR_ERR_NO_SUPPORT}. The calls' working is checked live on QEMU by the nwfilter binding scenarios.
 */
public class NwfilterBindingsTest {

    private static final String XML = "<filterbinding><owner><name>tck-owner</name>"
            + "<uuid>d217f2d7-5a04-4e01-8b1b-5b0d4c0a0b11</uuid></owner><portdev name='tck-vnet'/>"
            + "<mac address='52:54:00:c6:33:64'/><filterref filter='tck-drop'/></filterbinding>";

    private TckConnection connection;
    private Connect conn;

    @BeforeClass
    public void open() {
        connection = TckConnection.open("test:///default");
        conn = connection.libvirt();
    }

    @AfterClass(alwaysRun = true)
    public void close() {
        connection.close();
    }

    @Test
    public void creatingOnADriverWithoutNwfiltersFailsWithNoSupport() {
        assertNoSupport(expectThrows(LibvirtError.class, () -> NwfilterBindings.create(conn, XML)));
    }

    @Test
    public void lookingUpOnADriverWithoutNwfiltersFailsWithNoSupport() {
        assertNoSupport(expectThrows(LibvirtError.class, () -> NwfilterBindings.lookup(conn, "tck-vnet")));
    }

    @Test
    public void listingOnADriverWithoutNwfiltersFailsWithNoSupport() {
        assertNoSupport(expectThrows(LibvirtError.class, () -> NwfilterBindings.list(conn)));
    }

    @Test
    public void deletingOnADriverWithoutNwfiltersFailsWithNoSupport() {
        assertNoSupport(expectThrows(LibvirtError.class, () -> NwfilterBindings.delete(conn, "tck-vnet")));
    }

    @Test
    public void aMissingArgumentIsRefusedBeforeLibvirtIsCalled() {
        IllegalArgumentException e = expectThrows(IllegalArgumentException.class,
                () -> NwfilterBindings.lookup(conn, null));
        assertEquals(e.getMessage(), "expected a port device name but found null");
        e = expectThrows(IllegalArgumentException.class, () -> NwfilterBindings.list(null));
        assertEquals(e.getMessage(), "expected an open org.libvirt.Connect but found null");
    }

    private static void assertNoSupport(LibvirtError e) {
        assertEquals(e.code(), LibvirtError.NO_SUPPORT, e.getMessage());
        assertEquals(e.codeName(), "VIR_ERR_NO_SUPPORT");
    }
}
