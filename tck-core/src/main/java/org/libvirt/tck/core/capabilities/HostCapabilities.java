package org.libvirt.tck.core.capabilities;

import java.util.List;

/**
 * The {@code <host>} section of the capabilities.
 *
 * @param uuid                host UUID, or {@code null} when the driver gives none
 * @param arch                host CPU architecture, e.g. {@code x86_64}
 * @param cpuModel            host CPU model name, or {@code null}
 * @param cpuFeatures         names of the host CPU features the driver lists
 * @param numaCells           NUMA topology; empty when the driver reports none
 * @param securityModels      security drivers (e.g. {@code selinux}, {@code apparmor}, {@code dac})
 * @param migrationTransports URI transports usable for migration (e.g. {@code tcp}, {@code rdma})
 */
public record HostCapabilities(
        String uuid,
        String arch,
        String cpuModel,
        List<String> cpuFeatures,
        List<NumaCell> numaCells,
        List<SecurityModel> securityModels,
        List<String> migrationTransports) {

    public HostCapabilities {
        cpuFeatures = List.copyOf(cpuFeatures);
        numaCells = List.copyOf(numaCells);
        securityModels = List.copyOf(securityModels);
        migrationTransports = List.copyOf(migrationTransports);
    }

    /** The number of CPUs over all NUMA cells. */
    public int cpuCount() {
        return numaCells.stream().mapToInt(c -> c.cpus().size()).sum();
    }
}
