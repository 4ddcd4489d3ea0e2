package org.libvirt.tck.core.capabilities;

import java.util.List;
import java.util.Optional;

/**
 * One {@code <guest>} entry: an OS type on an architecture, and the domain types that can run it.
 *
 * @param osType      {@code hvm}, {@code xen}, {@code exe}, ...
 * @param arch        guest architecture, e.g. {@code x86_64}
 * @param wordSize    32 or 64
 * @param emulator    default emulator path, or {@code null} (container drivers have none)
 * @param machines    machine types of the default emulator, canonical names first as listed
 * @param domainTypes the {@code <domain type=...>} entries, in document order
 * @param features    names of the guest features listed under {@code <features>}
 */
public record GuestCapabilities(
        String osType,
        String arch,
        int wordSize,
        String emulator,
        List<String> machines,
        List<GuestDomainType> domainTypes,
        List<String> features) {

    public GuestCapabilities {
        machines = List.copyOf(machines);
        domainTypes = List.copyOf(domainTypes);
        features = List.copyOf(features);
    }

    /** The domain type entry named {@code type} ({@code kvm}, {@code qemu}, {@code test}, ...), if offered. */
    public Optional<GuestDomainType> domainType(String type) {
        return domainTypes.stream().filter(d -> d.type().equals(type)).findFirst();
    }

    /** The emulator a domain of {@code type} uses: its own override, else the guest's default. */
    public String emulatorFor(String type) {
        return domainType(type).map(GuestDomainType::emulator).filter(e -> e != null).orElse(emulator);
    }
}
