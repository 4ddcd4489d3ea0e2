package org.libvirt.tck.suites.host;

import java.util.List;

import org.libvirt.LibvirtException;
import org.libvirt.NodeInfo;
import org.libvirt.tck.core.capabilities.NumaCell;
import org.libvirt.tck.suites.scenario.Scenario;
import org.libvirt.tck.suites.scenario.ScenarioId;
import org.testng.annotations.Test;

/** What the driver says about the host's memory and CPUs fits what node info and the capabilities say. */
public class NodeResources extends Scenario {

    @ScenarioId("host.free-memory")
    @Test(groups = {"host", "resources"})
    public void freeMemoryIsPositiveAndAtMostTheNodesMemory() throws LibvirtException {
        // GIVEN the node's memory (node info gives KiB)
        long totalBytes = conn().nodeInfo().memory * 1024;

        // WHEN the free memory is read (in bytes)
        long free = conn().getFreeMemory();

        // THEN some is free, and no more than the node has
        if (free <= 0 || free > totalBytes) {
            throw new AssertionError("expected free memory in (0, " + totalBytes + "] bytes, but found " + free);
        }
    }

    @ScenarioId("host.cells-free-memory")
    @Test(groups = {"host", "resources"})
    public void everyNumaCellHasFreeMemoryWithinTheNodesMemory() throws LibvirtException {
        // GIVEN the NUMA cells of the capabilities (a host without NUMA topology is one cell, 0)
        NodeInfo info = conn().nodeInfo();
        List<NumaCell> cells = tck().capabilities().host().numaCells();
        List<Integer> ids = cells.isEmpty() ? List.of(0) : cells.stream().map(NumaCell::id).toList();

        // WHEN each cell's free memory is read (in bytes) THEN it is positive and within the node's memory
        for (int id : ids) {
            long free = conn().getCellsFreeMemory(id, 1);
            if (free <= 0 || free > info.memory * 1024) {
                throw new AssertionError("expected NUMA cell " + id + " to have free memory in (0, "
                        + info.memory * 1024 + "] bytes, but found " + free);
            }
        }
    }

    @ScenarioId("host.max-vcpus")
    @Test(groups = {"host", "resources"})
    public void theGuestDomainTypeAllowsAtLeastOneVcpu() throws LibvirtException {
        // GIVEN the domain type the kit runs its guests as
        String type = tck().guestDefaults().domainType();

        // WHEN its vCPU maximum is asked for THEN a guest may have at least one
        int max = conn().getMaxVcpus(type);
        if (max < 1) {
            throw new AssertionError("expected domain type " + type + " to allow at least 1 vCPU, but found " + max);
        }
    }
}
