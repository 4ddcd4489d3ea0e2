package org.libvirt.tck.core.capabilities;

import java.util.List;

/**
 * One NUMA cell of the host.
 *
 * @param id        cell id
 * @param memoryKiB memory of the cell in KiB, or 0 when not reported
 * @param cpus      ids of the CPUs in the cell
 */
public record NumaCell(int id, long memoryKiB, List<Integer> cpus) {

    public NumaCell {
        cpus = List.copyOf(cpus);
    }
}
