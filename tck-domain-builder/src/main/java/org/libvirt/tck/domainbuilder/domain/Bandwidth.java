package org.libvirt.tck.domainbuilder.domain;

import org.libvirt.tck.domainbuilder.internal.Checks;

/**
 * The quality of service of a network interface, {@code <bandwidth>}: average, peak and burst of each direction.
 *
 * <pre>{@code
 * Bandwidth qos = Bandwidth.inbound(Bandwidth.Rate.average(1000).peak(2000).burst(512))
 *         .withOutbound(Bandwidth.Rate.average(500));
 * Nic nic = Nic.network("default").mac("52:54:00:12:34:56").bandwidth(qos);
 * }</pre>
 *
 * <p>Rates are in KiB/s and bursts in KiB, as libvirt reads them; the schema's {@code speed} is an unsigned int of
 * at least 1.
 *
 * @param inbound  the traffic the guest receives, or {@code null}
 * @param outbound the traffic the guest sends, or {@code null}
 */
public record Bandwidth(Rate inbound, Rate outbound) {

    /** Largest value the schema's {@code unsignedInt} rates and bursts take. */
    public static final long MAX_RATE = 4294967295L;

    public Bandwidth {
        if (inbound == null && outbound == null) {
            throw new IllegalArgumentException("a bandwidth needs an inbound or an outbound rate");
        }
    }

    /** A limit on what the guest receives. */
    public static Bandwidth inbound(Rate rate) {
        return new Bandwidth(Checks.notNull("inbound rate", rate), null);
    }

    /** A limit on what the guest sends. */
    public static Bandwidth outbound(Rate rate) {
        return new Bandwidth(null, Checks.notNull("outbound rate", rate));
    }

    /** This bandwidth with a limit on what the guest sends too. */
    public Bandwidth withOutbound(Rate rate) {
        return new Bandwidth(inbound, Checks.notNull("outbound rate", rate));
    }

    /**
     * One direction, {@code <inbound>} or {@code <outbound>}.
     *
     * @param average the average rate in KiB/s
     * @param peak    the most the interface may send at, in KiB/s, or {@code null}
     * @param burst   how many KiB may go at peak rate, or {@code null}
     */
    public record Rate(long average, Long peak, Long burst) {

        public Rate {
            check("average", average);
            if (peak != null) {
                check("peak", peak);
            }
            if (burst != null) {
                check("burst", burst);
            }
        }

        /** An average rate in KiB/s. */
        public static Rate average(long kibPerSecond) {
            return new Rate(kibPerSecond, null, null);
        }

        /** This rate with a peak in KiB/s. */
        public Rate peak(long kibPerSecond) {
            return new Rate(average, kibPerSecond, burst);
        }

        /** This rate with a burst size in KiB. */
        public Rate burst(long kib) {
            return new Rate(average, peak, kib);
        }

        private static void check(String what, long value) {
            if (value < 1 || value > MAX_RATE) {
                throw new IllegalArgumentException("bandwidth " + what + " must be between 1 and " + MAX_RATE
                        + ", got " + value);
            }
        }
    }
}
