package org.libvirt.tck.core.capabilities;

import java.util.List;
import java.util.Optional;

/**
 * What a libvirt driver says it can run, parsed from {@code virConnectGetCapabilities}.
 *
 * <pre>{@code
 * Capabilities caps = CapabilitiesParser.parse(new StringReader(conn.getCapabilities()));
 * GuestCapabilities hvm = caps.guest("hvm", caps.host().arch()).orElseThrow();
 * }</pre>
 *
 * @param host   the host section
 * @param guests one entry per {@code <guest>} element, in document order
 */
public record Capabilities(HostCapabilities host, List<GuestCapabilities> guests) {

    public Capabilities {
        guests = List.copyOf(guests);
    }

    /** The guest entry for an OS type ({@code hvm}, {@code exe}, ...) and architecture, if the driver has one. */
    public Optional<GuestCapabilities> guest(String osType, String arch) {
        return guests.stream()
                .filter(g -> g.osType().equals(osType) && g.arch().equals(arch))
                .findFirst();
    }
}
