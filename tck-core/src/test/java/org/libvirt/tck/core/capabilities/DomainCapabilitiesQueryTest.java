package org.libvirt.tck.core.capabilities;

import static org.testng.Assert.assertEquals;
import static org.testng.Assert.assertThrows;
import static org.testng.Assert.assertTrue;
import static org.testng.Assert.expectThrows;

import org.libvirt.Connect;
import org.libvirt.Error;
import org.libvirt.tck.core.connect.TckConnection;
import org.libvirt.LibvirtException;
import org.testng.SkipException;
import org.testng.annotations.BeforeClass;
import org.testng.annotations.Test;

/** Runs the native binding against live drivers: {@code test:///default} always, {@code qemu:///system} if open. */
public class DomainCapabilitiesQueryTest {

    @BeforeClass
    public void silenceLibvirtStderr() throws LibvirtException {
        // libvirt prints every error to stderr unless a callback is set; libvirt-java's does nothing.
        TckConnection.initialise();
    }

    @Test
    public void testDriverDoesNotImplementDomainCapabilities() throws LibvirtException {
        Connect conn = new Connect("test:///default");
        try {
            NativeLibvirtError e = expectThrows(NativeLibvirtError.class,
                    () -> DomainCapabilitiesQuery.domainCapabilitiesXml(conn, null, null, null, null));

            assertEquals(e.code(), NativeLibvirtError.VIR_ERR_NO_SUPPORT);
            assertTrue(e.isNoSupport());
            assertEquals(e.errorNumber().orElseThrow(), Error.ErrorNumber.VIR_ERR_NO_SUPPORT);
            assertEquals(e.function(), "virConnectGetDomainCapabilities");
            assertTrue(e.libvirtMessage().contains("virConnectGetDomainCapabilities"), e.libvirtMessage());
            assertTrue(e.getMessage().startsWith("virConnectGetDomainCapabilities failed with libvirt error 3 "
                    + "(VIR_ERR_NO_SUPPORT) from domain "), e.getMessage());
        } finally {
            conn.close();
        }
    }

    @Test
    public void libvirtJavaCallsStillWorkOnTheSameConnectionAfterTheNativeError() throws LibvirtException {
        Connect conn = new Connect("test:///default");
        try {
            assertThrows(NativeLibvirtError.class,
                    () -> DomainCapabilitiesQuery.domainCapabilitiesXml(conn, null, "i686", null, "test"));

            assertEquals(CapabilitiesParser.parse(conn.getCapabilities()).host().arch(), "i686");
        } finally {
            conn.close();
        }
    }

    @Test
    public void qemuSystemGivesParseableDomainCapabilitiesForVirtTypeQemu() throws LibvirtException {
        Connect conn = openOrSkip("qemu:///system");
        try {
            DomainCapabilities dc = DomainCapabilitiesQuery.domainCapabilities(conn, null, null, null, "qemu");

            assertEquals(dc.domainType(), "qemu");
            assertTrue(dc.path() != null && !dc.path().isEmpty(), "emulator path: " + dc.path());
            assertTrue(dc.vcpuMax() > 0, "vcpu max: " + dc.vcpuMax());
            assertTrue(dc.supportsCpuMode("custom"), "cpu modes: " + dc.cpuModes());
        } finally {
            conn.close();
        }
    }

    @Test
    public void qemuSystemAnswersForTheArchAndMachineAskedFor() throws LibvirtException {
        Connect conn = openOrSkip("qemu:///system");
        try {
            Capabilities caps = CapabilitiesParser.parse(conn.getCapabilities());
            GuestCapabilities guest = caps.guest("hvm", caps.host().arch())
                    .orElseThrow(() -> new SkipException("qemu:///system offers no hvm guest on the host arch"));
            if (!guest.machines().contains("q35")) {
                throw new SkipException("emulator " + guest.emulator() + " has no q35 machine");
            }

            String xml = DomainCapabilitiesQuery.domainCapabilitiesXml(
                    conn, guest.emulator(), guest.arch(), "q35", "qemu");
            DomainCapabilities dc = DomainCapabilitiesParser.parse(xml);

            assertEquals(dc.path(), guest.emulator());
            assertEquals(dc.arch(), guest.arch());
            assertTrue(dc.machine().startsWith("pc-q35-"), "q35 resolves to its versioned name: " + dc.machine());
        } finally {
            conn.close();
        }
    }

    @Test
    public void unknownVirtTypeOnQemuSystemFailsWithLibvirtsError() throws LibvirtException {
        Connect conn = openOrSkip("qemu:///system");
        try {
            NativeLibvirtError e = expectThrows(NativeLibvirtError.class,
                    () -> DomainCapabilitiesQuery.domainCapabilitiesXml(conn, null, null, null, "no-such-virttype"));

            assertTrue(e.code() > 0, e.getMessage());
            assertTrue(e.libvirtMessage() != null && !e.libvirtMessage().isEmpty(), e.getMessage());
        } finally {
            conn.close();
        }
    }

    private static Connect openOrSkip(String uri) {
        try {
            return new Connect(uri);
        } catch (LibvirtException e) {
            throw new SkipException(uri + " cannot be opened here (" + e.getMessage() + "); start libvirtd "
                    + "and run as a user allowed to use it to run this test");
        }
    }
}
