package org.libvirt.tck.core.connect;

import static org.testng.Assert.assertEquals;
import static org.testng.Assert.assertFalse;
import static org.testng.Assert.assertTrue;
import static org.testng.Assert.expectThrows;

import org.libvirt.Connect;
import org.libvirt.Error.ErrorNumber;
import org.libvirt.LibvirtException;
import org.libvirt.Network;
import org.libvirt.tck.core.connect.NetworkUpdate.Command;
import org.libvirt.tck.core.connect.NetworkUpdate.Section;
import org.testng.annotations.AfterMethod;
import org.testng.annotations.BeforeClass;
import org.testng.annotations.BeforeMethod;
import org.testng.annotations.Test;

/** Runs the native binding of {@code virNetworkUpdate} against {@code test:///default}. */
public class NetworkUpdateTest {

    private static final String NETWORK = "<network><name>tck-update</name><bridge name='tckbr-update'/>"
            + "<ip address='198.51.100.1' prefix='24'><dhcp><range start='198.51.100.100' end='198.51.100.199'/>"
            + "</dhcp></ip></network>";
    private static final String HOST = "<host mac='52:54:00:00:00:01' name='tck-guest' ip='198.51.100.50'/>";

    private Connect conn;
    private Network net;

    @BeforeClass
    public void silenceLibvirtStderr() throws LibvirtException {
        TckConnection.initialise();
    }

    @BeforeMethod
    public void startNetwork() throws LibvirtException {
        conn = new Connect("test:///default");
        net = conn.networkCreateXML(NETWORK);
    }

    @AfterMethod(alwaysRun = true)
    public void close() throws LibvirtException {
        // test:///default is one driver per process, shared by its connections.
        net.destroy();
        conn.close();
    }

    @Test
    public void addingAndDeletingADhcpHostChangesTheLiveXml() throws LibvirtException {
        NetworkUpdate.apply(net, Command.ADD_LAST, Section.IP_DHCP_HOST, HOST, NetworkUpdate.AFFECT_LIVE);
        assertTrue(net.getXMLDesc(0).contains("ip='198.51.100.50'"), net.getXMLDesc(0));

        NetworkUpdate.apply(net, Command.DELETE, Section.IP_DHCP_HOST, HOST, NetworkUpdate.AFFECT_LIVE);
        assertFalse(net.getXMLDesc(0).contains("198.51.100.50"), net.getXMLDesc(0));
    }

    @Test
    public void deletingAHostThatIsNotThereFailsWithLibvirtsCode() {
        LibvirtError e = expectThrows(LibvirtError.class, () -> NetworkUpdate.apply(net, Command.DELETE,
                Section.IP_DHCP_HOST, HOST, NetworkUpdate.AFFECT_LIVE));

        assertTrue(e.is(ErrorNumber.VIR_ERR_OPERATION_INVALID), e.getMessage());
        assertTrue(e.libvirtMessage().contains("tck-update"), e.libvirtMessage());
    }

    @Test
    public void aSectionNumberLibvirtDoesNotDefineFailsWithOperationUnsupported() {
        LibvirtError e = expectThrows(LibvirtError.class, () -> NetworkUpdate.applyCodes(net,
                Command.ADD_LAST.code(), 99, NetworkUpdate.FIRST_IP, HOST, NetworkUpdate.AFFECT_LIVE));

        assertEquals(e.code(), ErrorNumber.VIR_ERR_OPERATION_UNSUPPORTED.ordinal(), e.getMessage());
    }
}
