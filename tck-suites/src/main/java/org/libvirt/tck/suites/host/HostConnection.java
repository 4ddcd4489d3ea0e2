package org.libvirt.tck.suites.host;

import java.net.URI;

import org.libvirt.Error.ErrorNumber;
import org.libvirt.LibvirtException;
import org.libvirt.tck.core.connect.LibvirtError;
import org.libvirt.tck.suites.assertions.LibvirtXml;
import org.libvirt.tck.suites.scenario.Scenario;
import org.libvirt.tck.suites.scenario.ScenarioId;
import org.libvirt.tck.suites.scenario.Unsupported;
import org.testng.annotations.Test;

/** What the driver says about the host it runs on and the connection to it. */
public class HostConnection extends Scenario {

    @ScenarioId("host.hostname")
    @Test(groups = {"host", "connection"})
    public void theHostHasAName() throws LibvirtException {
        // WHEN the host name is asked for
        String name = conn().getHostName();

        // THEN it is a name: not empty, no white space
        if (name == null || name.isEmpty() || !name.equals(name.strip()) || name.contains(" ")) {
            throw new AssertionError("expected a host name, but found '" + name + "'");
        }
    }

    @ScenarioId("host.sysinfo")
    @Test(groups = {"host", "connection"})
    public void sysinfoIsASysinfoDocument() throws LibvirtException {
        // WHEN the host's system information is asked for
        String sysinfo;
        try {
            sysinfo = conn().getSysinfo();
        } catch (LibvirtException e) {
            LibvirtError error = LibvirtError.of(e);
            // qemu reads SMBIOS through dmidecode; a host without either cannot say, which is not the driver's fault
            if (error.is(ErrorNumber.VIR_ERR_CONFIG_UNSUPPORTED)) {
                throw new Unsupported("the host gives no system information: " + error.libvirtMessage());
            }
            throw e;
        }

        // THEN it is a <sysinfo> document with a type
        String type = LibvirtXml.parse(sysinfo, "sysinfo").hasRoot("sysinfo").value("/sysinfo/@type");
        if (type == null || type.isEmpty()) {
            throw new AssertionError("expected <sysinfo> to have a type (smbios, ...), but found:\n" + sysinfo);
        }
    }

    @ScenarioId("host.connection-properties")
    @Test(groups = {"host", "connection"})
    public void aLocalConnectionIsAliveSecureAndUnencrypted() throws LibvirtException {
        // WHEN the connection is asked whether it is alive
        // THEN it is
        if (!conn().isAlive()) {
            throw new AssertionError("expected the open connection to " + conn().getURI() + " to be alive");
        }

        // AND a local connection (no host in the URI) is secure, and not encrypted: nothing leaves the machine
        String host = URI.create(conn().getURI()).getHost();
        if (host == null || host.isEmpty()) {
            int secure = conn().isSecure();
            int encrypted = conn().isEncrypted();
            if (secure != 1 || encrypted != 0) {
                throw new AssertionError("expected the local connection to " + conn().getURI() + " to be secure (1) "
                        + "and unencrypted (0), but found isSecure " + secure + " and isEncrypted " + encrypted);
            }
        }
    }
}
