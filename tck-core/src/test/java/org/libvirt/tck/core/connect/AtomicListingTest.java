package org.libvirt.tck.core.connect;

import static org.testng.Assert.assertEquals;
import static org.testng.Assert.assertFalse;
import static org.testng.Assert.assertTrue;
import static org.testng.Assert.expectThrows;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.libvirt.Connect;
import org.libvirt.Error.ErrorNumber;
import org.libvirt.StoragePool;
import org.libvirt.tck.core.host.TckObjects;
import org.testng.annotations.AfterMethod;
import org.testng.annotations.BeforeMethod;
import org.testng.annotations.Test;

/** Live on libvirt's test driver, next to its own objects ("test", "default", "default-pool"). */
public class AtomicListingTest {

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

    private static String poolXml(String name) {
        return "<pool type='dir'><name>" + name + "</name><target><path>/var/tmp/" + name + "</path></target></pool>";
    }

    @Test
    public void listsActiveAndInactiveObjectsOfEachKind() throws Exception {
        conn.domainCreateXML(domainXml("tck-al-running"), 0);
        conn.domainDefineXML(domainXml("tck-al-defined"));
        conn.networkDefineXML("<network><name>tck-al-net</name><bridge name='tckal0'/></network>");

        List<String> domains = AtomicListing.domains(conn);
        assertTrue(domains.containsAll(List.of("test", "tck-al-running", "tck-al-defined")), domains.toString());
        List<String> networks = AtomicListing.networks(conn);
        assertTrue(networks.containsAll(List.of("default", "tck-al-net")), networks.toString());
    }

    @Test
    public void listsTheVolumesOfActivePoolsOnly() throws Exception {
        StoragePool active = conn.storagePoolCreateXML(poolXml("tck-al-active"), 0);
        active.storageVolCreateXML("<volume><name>tck-al.img</name><capacity>1048576</capacity></volume>", 0);
        conn.storagePoolDefineXML(poolXml("tck-al-inactive"), 0);

        Map<String, List<String>> pools = AtomicListing.poolsWithVolumes(conn);
        assertEquals(pools.get("tck-al-active"), List.of("tck-al.img"));
        assertEquals(pools.get("tck-al-inactive"), List.of());
        assertTrue(pools.containsKey("default-pool"), pools.toString());
    }

    @Test
    public void aDriverWithoutNwfiltersSaysSo() {
        LibvirtError e = expectThrows(LibvirtError.class, () -> AtomicListing.nwfilters(conn));
        assertTrue(e.is(ErrorNumber.VIR_ERR_NO_SUPPORT), e.getMessage());
    }

    /** What count-then-list cannot promise: another thread's objects coming and going never hide one that stays. */
    @Test
    public void anObjectThatStaysIsListedWhileOthersComeAndGo() throws Exception {
        conn.networkDefineXML("<network><name>tck-al-stays</name><bridge name='tckal1'/></network>");
        conn.domainDefineXML(domainXml("tck-al-stays"));
        AtomicBoolean done = new AtomicBoolean();
        AtomicInteger churned = new AtomicInteger();
        Thread churn = new Thread(() -> {
            try {
                while (!done.get()) {
                    int i = churned.incrementAndGet() % 4;
                    conn.networkDefineXML("<network><name>tck-al-churn" + i + "</name><bridge name='tckalc" + i
                            + "'/></network>").undefine();
                    conn.domainDefineXML(domainXml("tck-al-churn" + i)).undefine();
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        churn.start();
        try {
            for (int i = 0; i < 3000; i++) {
                assertTrue(AtomicListing.networks(conn).contains("tck-al-stays"), "listing " + i);
                assertTrue(AtomicListing.domains(conn).contains("tck-al-stays"), "listing " + i);
            }
        } finally {
            done.set(true);
            churn.join();
        }
        assertFalse(churned.get() < 10, "the other thread created and removed objects meanwhile: " + churned.get());
    }
}
