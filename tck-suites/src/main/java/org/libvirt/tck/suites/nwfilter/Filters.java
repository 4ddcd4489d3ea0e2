package org.libvirt.tck.suites.nwfilter;

import java.util.UUID;

/**
 * Small nwfilter definitions for the scenarios; they are attached to no host interface, and only to the taps of
 * domains on an isolated 198.51.100.0/24 network (the binding scenarios), so they filter no host traffic.
 */
final class Filters {

    /** The documentation network (RFC 5737) the drop rule names: no real host has traffic from it. */
    static final String DROPPED_NET = "198.51.100.0";
    static final String DROPPED_PREFIX = "24";

    private Filters() {
    }

    /** An ipv4 filter with one rule that drops traffic from and to 198.51.100.0/24. */
    static String dropping(String name, UUID uuid) {
        return "<filter name='" + name + "' chain='ipv4' priority='-700'>\n"
                + "  <uuid>" + uuid + "</uuid>\n"
                + "  <rule action='drop' direction='inout' priority='500'>\n"
                + "    <ip srcipaddr='" + DROPPED_NET + "' srcipmask='" + DROPPED_PREFIX + "'/>\n"
                + "  </rule>\n"
                + "</filter>\n";
    }

    /** A root-chain filter that only references {@code referenced}. */
    static String referencing(String name, UUID uuid, String referenced) {
        return "<filter name='" + name + "' chain='root'>\n"
                + "  <uuid>" + uuid + "</uuid>\n"
                + "  <filterref filter='" + referenced + "'/>\n"
                + "</filter>\n";
    }
}
