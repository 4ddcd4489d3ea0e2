package org.libvirt.tck.core.host;

import static org.testng.Assert.assertEquals;
import static org.testng.Assert.assertFalse;
import static org.testng.Assert.assertTrue;
import static org.testng.Assert.expectThrows;

import java.util.List;

import org.libvirt.Connect;
import org.libvirt.tck.core.connect.TckConnection;
import org.libvirt.tck.core.host.TckObject.Kind;
import org.testng.annotations.AfterMethod;
import org.testng.annotations.BeforeMethod;
import org.testng.annotations.Test;

/** Live on libvirt's test driver, whose predefined objects ("test", "default", "default-pool") are not ours. */
public class TckObjectsTest {

    private TckConnection connection;
    private Connect conn;

    @BeforeMethod
    public void open() {
        connection = TckConnection.open("test:///default");
        conn = connection.libvirt();
    }

    @AfterMethod(alwaysRun = true)
    public void close() {
        TckObjects.removeAll(conn);
        connection.close();
    }

    private static String domainXml(String name) {
        return "<domain type='test'><name>" + name + "</name><memory>65536</memory><os><type>hvm</type></os>"
                + "</domain>";
    }

    @Test
    public void findsOnlyObjectsNamedWithThePrefix() throws Exception {
        conn.domainDefineXML(domainXml("tck-found"));
        conn.domainDefineXML(domainXml("other-not-ours"));
        try {
            List<TckObject> found = TckObjects.find(conn);
            assertEquals(found, List.of(TckObject.of(Kind.DOMAIN, "tck-found")));
        } finally {
            conn.domainLookupByName("other-not-ours").undefine();
        }
    }

    @Test
    public void removesRunningAndDefinedDomainsAndNetworks() throws Exception {
        conn.domainCreateXML(domainXml("tck-running"), 0);
        conn.domainDefineXML(domainXml("tck-defined")).create();
        conn.networkCreateXML("<network><name>tck-net</name><bridge name='tckbr9'/></network>");

        List<String> failures = TckObjects.removeAll(conn);

        assertEquals(failures, List.of());
        assertEquals(TckObjects.find(conn), List.of());
    }

    @Test
    public void definedDomainsAreRemovedAgainAfterTheDriverRejectedSomeUndefineFlags() throws Exception {
        // The test driver rejects the full set of undefine flags: the first removal learns it, the later ones on
        // the same connection start with the flags it accepts.
        for (int round = 0; round < 3; round++) {
            conn.domainDefineXML(domainXml("tck-defined-" + round));
            conn.domainDefineXML(domainXml("tck-also-defined-" + round));

            assertEquals(TckObjects.removeAll(conn), List.of(), "round " + round);
            assertEquals(TckObjects.find(conn), List.of(), "round " + round);
        }
    }

    @Test
    public void leavesEverythingElseAlone() throws Exception {
        int domains = conn.listAllDomains(0).length;
        conn.domainDefineXML(domainXml("tck-gone"));
        TckObjects.removeAll(conn);
        assertEquals(conn.listAllDomains(0).length, domains);
        assertEquals(conn.domainLookupByName("test").isActive(), 1, "the test driver's own domain still runs");
        assertEquals(conn.networkLookupByName("default").isActive(), 1);
    }

    @Test
    public void refusesToRemoveAnObjectThatIsNotOurs() {
        IllegalArgumentException e = expectThrows(IllegalArgumentException.class,
                () -> TckObjects.remove(conn, List.of(TckObject.of(Kind.DOMAIN, "test"))));
        assertEquals(e.getMessage(), "refusing to remove domain test: not named tck*");
    }

    @Test
    public void prefixDecidesOwnership() {
        assertTrue(TckObjects.isOurs("tck-x"));
        assertFalse(TckObjects.isOurs("my-tck-x"));
        assertFalse(TckObjects.isOurs(null));
    }

    @Test
    public void objectsAreNamedAsAUserReadsThem() {
        assertEquals(new TckObject(Kind.STORAGE_VOLUME, "tck-v.img", "default-pool").toString(),
                "volume default-pool/tck-v.img");
    }

    @Test
    public void aBindingIsOursWhenItsFilterIsWhateverItsDeviceIsCalled() {
        assertEquals(TckObject.nwfilterBinding("vnet3", "tck-drop").owningName(), "tck-drop");
        IllegalArgumentException e = expectThrows(IllegalArgumentException.class,
                () -> TckObjects.remove(conn, List.of(TckObject.nwfilterBinding("tck-vnet", "clean-traffic"))));
        assertEquals(e.getMessage(), "refusing to remove nwfilter binding tck-vnet (filter clean-traffic): its filter "
                + "is not named tck*");
    }

    @Test
    public void bindingsAreRemovedAfterDomainsAndBeforeFilters() {
        List<Kind> order = List.of(Kind.values());
        assertEquals(order.indexOf(Kind.NWFILTER_BINDING), order.indexOf(Kind.NWFILTER) - 1);
        assertTrue(Kind.DOMAIN.compareTo(Kind.NWFILTER_BINDING) < 0);
        assertEquals(TckObject.nwfilterBinding("vnet3", "tck-drop").toString(),
                "nwfilter binding vnet3 (filter tck-drop)");
    }

    @Test
    public void aDriverWithoutNwfiltersHasNoBindingsToFindOrRemove() {
        assertEquals(TckObjects.find(conn), List.of());
        assertEquals(TckObjects.remove(conn, List.of(TckObject.nwfilterBinding("tck-vnet", "tck-drop"),
                TckObject.of(Kind.NWFILTER, "tck-drop"))), List.of());
    }
}
