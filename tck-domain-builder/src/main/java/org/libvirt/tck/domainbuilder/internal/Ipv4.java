package org.libvirt.tck.domainbuilder.internal;

import java.util.regex.Pattern;

/** IPv4 addresses as unsigned 32-bit values, for subnet checks. */
public final class Ipv4 {

    private static final Pattern DOTTED_QUAD = Pattern.compile(
            "((25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9][0-9]|[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9][0-9]|[0-9])");

    private Ipv4() {
    }

    /** Returns {@code address}, or fails unless it is a dotted quad such as {@code 198.51.100.1}. */
    public static String check(String what, String address) {
        return Checks.matches(what, address, DOTTED_QUAD, "an IPv4 address such as 198.51.100.1");
    }

    /** The address as an unsigned value in a {@code long}; {@code address} must have passed {@link #check}. */
    public static long value(String address) {
        long value = 0;
        for (String octet : address.split("\\.")) {
            value = (value << 8) | Integer.parseInt(octet);
        }
        return value;
    }

    /** The network address of {@code address}/{@code prefix}. */
    public static long network(long address, int prefix) {
        return address & mask(prefix);
    }

    /** The broadcast address of {@code address}/{@code prefix}. */
    public static long broadcast(long address, int prefix) {
        return network(address, prefix) | (~mask(prefix) & 0xFFFF_FFFFL);
    }

    /** Formats an unsigned value as a dotted quad. */
    public static String format(long value) {
        return ((value >> 24) & 0xFF) + "." + ((value >> 16) & 0xFF) + "." + ((value >> 8) & 0xFF) + "."
                + (value & 0xFF);
    }

    private static long mask(int prefix) {
        return prefix == 0 ? 0 : (0xFFFF_FFFFL << (32 - prefix)) & 0xFFFF_FFFFL;
    }
}
