package org.libvirt.tck.suites.cli;

import static org.testng.Assert.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.libvirt.Connect;
import org.libvirt.Domain;
import org.libvirt.Network;
import org.libvirt.StoragePool;
import org.libvirt.StorageVol;
import org.libvirt.tck.core.connect.TckConnection;
import org.testng.SkipException;
import org.testng.annotations.AfterClass;
import org.testng.annotations.BeforeClass;
import org.testng.annotations.Test;

/**
 * The kit never modifies what is not its own: a user's domains, networks, pools and volumes on
 * {@code qemu:///system} are exactly as before (XML and state) after a whole run with {@code --force}.
 */
public class HostIsolationTest {

    private static final String URI = "qemu:///system";
    private static final Path POOL_DIR = Path.of("/var/tmp/bystander-pool");

    private TckConnection connection;
    private Connect conn;

    @BeforeClass
    public void createAUsersObjects() throws Exception {
        if (!System.getenv().getOrDefault("LIBVIRT_TCK_LIVE_URIS", "").contains(URI)) {
            throw new SkipException("needs " + URI + " in LIBVIRT_TCK_LIVE_URIS (bin/libvirt-tck-selftest sets it)");
        }
        connection = TckConnection.open(URI);
        conn = connection.libvirt();
        removeBystanders();
        String domain = "<domain type='qemu'><name>%s</name><memory unit='KiB'>65536</memory><vcpu>1</vcpu>"
                + "<os><type arch='x86_64'>hvm</type></os></domain>";
        conn.domainDefineXML(String.format(domain, "bystander-defined"));
        conn.domainDefineXML(String.format(domain, "bystander-running")).create();
        conn.networkDefineXML("<network><name>bystander-net</name><bridge name='bystbr0'/>"
                + "<ip address='203.0.113.1' prefix='24'/></network>");
        Files.createDirectories(POOL_DIR);
        StoragePool pool = conn.storagePoolDefineXML("<pool type='dir'><name>bystander-pool</name><target>"
                + "<path>" + POOL_DIR + "</path></target></pool>", 0);
        pool.create(0);
        pool.storageVolCreateXML("<volume><name>bystander.img</name><capacity>1048576</capacity>"
                + "<target><format type='raw'/></target></volume>", 0);
    }

    @AfterClass(alwaysRun = true)
    public void removeTheUsersObjects() throws Exception {
        if (conn != null) {
            removeBystanders();
            connection.close();
        }
    }

    private Map<String, String> snapshot() throws Exception {
        Map<String, String> state = new LinkedHashMap<>();
        for (String name : new String[] {"bystander-defined", "bystander-running"}) {
            Domain d = conn.domainLookupByName(name);
            state.put("domain " + name, d.getInfo().state + " active=" + d.isActive() + " persistent="
                    + d.isPersistent() + "\n" + d.getXMLDesc(2));
        }
        Network net = conn.networkLookupByName("bystander-net");
        state.put("network", "active=" + net.isActive() + "\n" + net.getXMLDesc(0));
        StoragePool pool = conn.storagePoolLookupByName("bystander-pool");
        state.put("pool", "active=" + pool.isActive() + "\n" + pool.getXMLDesc(1));
        StorageVol vol = pool.storageVolLookupByName("bystander.img");
        state.put("volume", vol.getXMLDesc(0));
        return state;
    }

    @Test
    public void aWholeForcedRunLeavesEveryOtherObjectExactlyAsItWas() throws Exception {
        Map<String, String> before = snapshot();
        Path out = Files.createTempDirectory("tck-isolation");
        CommandRun run = CommandRun.of("--uri", URI, "--force", "--output", out.toString());
        assertEquals(run.exit(), 0, run.out() + run.err());
        assertEquals(snapshot(), before);
    }

    private void removeBystanders() throws Exception {
        for (Domain d : conn.listAllDomains(0)) {
            if (d.getName().startsWith("bystander-")) {
                if (d.isActive() == 1) {
                    d.destroy();
                }
                if (d.isPersistent() == 1) {
                    d.undefine();
                }
            }
        }
        for (String n : conn.listDefinedNetworks()) {
            if (n.startsWith("bystander-")) {
                conn.networkLookupByName(n).undefine();
            }
        }
        for (String p : concat(conn.listStoragePools(), conn.listDefinedStoragePools())) {
            if (p.startsWith("bystander-")) {
                StoragePool pool = conn.storagePoolLookupByName(p);
                if (pool.isActive() == 1) {
                    for (String v : pool.listVolumes()) {
                        pool.storageVolLookupByName(v).delete(0);
                    }
                    pool.destroy();
                }
                pool.undefine();
            }
        }
        Files.deleteIfExists(POOL_DIR.resolve("bystander.img"));
        Files.deleteIfExists(POOL_DIR);
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = new String[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
