package org.libvirt.tck.core.capabilities;

import java.util.List;

/**
 * What one emulator / arch / machine / virt type combination supports, parsed from
 * {@code virConnectGetDomainCapabilities}.
 *
 * <pre>{@code
 * DomainCapabilities dc = DomainCapabilitiesQuery.domainCapabilities(conn, null, "x86_64", null, "qemu");
 * if (!dc.supportsDiskBus("virtio")) {
 *     throw new SkipException("virtio disks not supported by " + dc.path());
 * }
 * }</pre>
 *
 * @param path            the emulator binary, or {@code null} when the driver has none
 * @param domainType      the virt type, e.g. {@code qemu} or {@code kvm}
 * @param machine         the machine type the answer is for, or {@code null}
 * @param arch            the guest architecture, e.g. {@code x86_64}
 * @param vcpuMax         the most vCPUs a domain may have, or 0 when not reported
 * @param loaderSupported whether {@code <os><loader>} may be set
 * @param loaderValues    firmware images offered for the loader ({@code os/loader/value}), often empty
 * @param loaderTypes     loader types offered ({@code os/loader/enum[@name='type']}), e.g. {@code rom}, {@code pflash}
 * @param diskDevices     disk devices offered ({@code devices/disk/enum[@name='diskDevice']}), e.g. {@code cdrom}
 * @param diskBuses       disk buses offered ({@code devices/disk/enum[@name='bus']}), e.g. {@code virtio}
 * @param hostdevSupported whether host device assignment is supported
 * @param features        names of the {@code <features>} children with {@code supported='yes'}
 * @param cpuModes        names of the CPU modes with {@code supported='yes'}, e.g. {@code host-model}
 */
public record DomainCapabilities(
        String path,
        String domainType,
        String machine,
        String arch,
        int vcpuMax,
        boolean loaderSupported,
        List<String> loaderValues,
        List<String> loaderTypes,
        List<String> diskDevices,
        List<String> diskBuses,
        boolean hostdevSupported,
        List<String> features,
        List<String> cpuModes) {

    public DomainCapabilities {
        loaderValues = List.copyOf(loaderValues);
        loaderTypes = List.copyOf(loaderTypes);
        diskDevices = List.copyOf(diskDevices);
        diskBuses = List.copyOf(diskBuses);
        features = List.copyOf(features);
        cpuModes = List.copyOf(cpuModes);
    }

    /** Whether the feature (e.g. {@code vmcoreinfo}, {@code genid}, {@code gic}) is listed as supported. */
    public boolean supportsFeature(String name) {
        return features.contains(name);
    }

    /** Whether the CPU mode (e.g. {@code host-passthrough}, {@code host-model}, {@code custom}) is supported. */
    public boolean supportsCpuMode(String name) {
        return cpuModes.contains(name);
    }

    /** Whether disks may use {@code bus} (e.g. {@code virtio}, {@code sata}). */
    public boolean supportsDiskBus(String bus) {
        return diskBuses.contains(bus);
    }

    /** Whether disks may be of {@code device} kind (e.g. {@code disk}, {@code cdrom}, {@code lun}). */
    public boolean supportsDiskDevice(String device) {
        return diskDevices.contains(device);
    }
}
