package org.libvirt.tck.suites.host;

import org.libvirt.LibvirtException;
import org.libvirt.NodeInfo;
import org.libvirt.tck.core.capabilities.Capabilities;
import org.libvirt.tck.core.capabilities.CapabilitiesParser;
import org.libvirt.tck.core.capabilities.DomainCapabilities;
import org.libvirt.tck.core.capabilities.DomainCapabilitiesQuery;
import org.libvirt.tck.core.capabilities.GuestCapabilities;
import org.libvirt.tck.core.capabilities.NativeLibvirtError;
import org.libvirt.tck.domainbuilder.GuestDefaults;
import org.libvirt.tck.suites.scenario.Scenario;
import org.libvirt.tck.suites.scenario.ScenarioId;
import org.libvirt.tck.suites.scenario.Unsupported;
import org.testng.annotations.Test;

/** What the driver says about the host and the guests it can run agrees with what it does. */
public class DriverCapabilities extends Scenario {

    @ScenarioId("host.capabilities")
    @Test(groups = {"host", "capabilities"})
    public void capabilitiesDescribeTheHostAndAtLeastOneGuest() throws LibvirtException {
        // WHEN the capabilities are read and parsed
        Capabilities caps = CapabilitiesParser.parse(conn().getCapabilities());

        // THEN the host has an architecture and the driver offers at least one guest with a domain type
        if (caps.host().arch() == null || caps.host().arch().isBlank()) {
            throw new AssertionError("expected the capabilities to name the host arch, but found none");
        }
        if (caps.guests().isEmpty()) {
            throw new AssertionError("expected the capabilities to list at least one <guest>, but found none");
        }
        for (GuestCapabilities guest : caps.guests()) {
            if (guest.domainTypes().isEmpty()) {
                throw new AssertionError("expected guest " + guest.osType() + "/" + guest.arch()
                        + " to offer a domain type, but found none");
            }
        }
    }

    @ScenarioId("host.node-info")
    @Test(groups = {"host", "capabilities"})
    public void nodeInfoReportsCpusAndMemory() throws LibvirtException {
        // WHEN the node info is read
        NodeInfo info = conn().nodeInfo();

        // THEN the host has CPUs and memory, and as many CPUs as the capabilities' NUMA cells when they list any
        if (info.cpus <= 0 || info.memory <= 0) {
            throw new AssertionError("expected node info with CPUs and memory, but found cpus=" + info.cpus
                    + " memory=" + info.memory + " KiB");
        }
        int numaCpus = tck().capabilities().host().cpuCount();
        if (numaCpus > 0 && numaCpus != info.cpus) {
            throw new AssertionError("expected the " + info.cpus + " CPUs of node info in the capabilities' NUMA "
                    + "cells, but found " + numaCpus);
        }
    }

    @ScenarioId("host.domain-capabilities")
    @Test(groups = {"host", "capabilities"})
    public void domainCapabilitiesAgreeWithTheGuestTheKitRuns() {
        // GIVEN the guest the kit runs its domains as
        GuestDefaults guest = tck().guestDefaults();

        // WHEN the domain capabilities for that guest are asked for
        DomainCapabilities domcaps;
        try {
            domcaps = DomainCapabilitiesQuery.domainCapabilities(conn(), guest.emulator(), guest.arch(),
                    guest.machine(), guest.domainType());
        } catch (NativeLibvirtError e) {
            if (e.isNoSupport()) {
                throw new Unsupported(e.libvirtMessage());
            }
            throw e;
        }

        // THEN they describe that guest
        if (!guest.arch().equals(domcaps.arch()) || !guest.domainType().equals(domcaps.domainType())) {
            throw new AssertionError("expected domain capabilities for " + guest.domainType() + "/" + guest.arch()
                    + ", but found " + domcaps.domainType() + "/" + domcaps.arch());
        }
        if (domcaps.vcpuMax() <= 0) {
            throw new AssertionError("expected a positive vcpu max, but found " + domcaps.vcpuMax());
        }
    }
}
