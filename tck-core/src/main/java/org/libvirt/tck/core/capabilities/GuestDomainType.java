package org.libvirt.tck.core.capabilities;

import java.util.List;

/**
 * A {@code <domain type=...>} entry of a guest: one way to run that guest.
 *
 * @param type     the domain type, e.g. {@code kvm}, {@code qemu}, {@code test}
 * @param emulator an emulator that overrides the guest's default, or {@code null}
 * @param machines machine types specific to this domain type (often empty)
 */
public record GuestDomainType(String type, String emulator, List<String> machines) {

    public GuestDomainType {
        machines = List.copyOf(machines);
    }
}
