package org.libvirt.tck.suites.guest;

import java.time.Duration;
import java.util.Locale;

import org.libvirt.tck.core.capabilities.Capabilities;
import org.libvirt.tck.core.config.TckConfig;
import org.libvirt.tck.domainbuilder.GuestDefaults;

/**
 * The domain type a run's guests use, and in words how it was chosen: {@code domain_type} forces one, or
 * {@code auto} proves KVM with a probe guest before it is used, and otherwise settles for plain emulation (TCG).
 *
 * <pre>{@code
 * GuestTypeChoice choice = GuestTypeChoice.choose(caps, config.domainType(), bootsGuests, !onTestDriver,
 *         kvm -> KvmProbe.boot(connection, config, kvm, name));
 * runtime = runtime.withGuestDefaults(choice.defaults());   // and choice.finding() goes into the report
 * }</pre>
 *
 * <p>The decision is pure: the probe is passed in, so that every branch is tested without a hypervisor.
 *
 * @param defaults the guest defaults the run's domains are built with
 * @param finding  how their domain type was chosen, e.g. "kvm offered by capabilities, but a probe guest did not
 *                 reach its agent within 20 s (nested KVM hangs guest kernels?); guests run as qemu (TCG)"
 */
public record GuestTypeChoice(GuestDefaults defaults, String finding) {

    /** The domain type {@code auto} tries first. */
    public static final String KVM = "kvm";

    /** Boots a probe guest with {@code kvm} defaults and tells how far it got; never takes longer than its bound. */
    @FunctionalInterface
    public interface Probe {
        ProbeOutcome boot(GuestDefaults kvm);
    }

    /**
     * What a probe guest showed.
     *
     * @param answered whether its agent answered in time
     * @param detail   what happened, as the end of "a probe guest ...": "reached its agent in 3.1 s"
     */
    public record ProbeOutcome(boolean answered, String detail) {

        /** The agent answered {@code after} the guest was started. */
        public static ProbeOutcome answered(Duration after) {
            return new ProbeOutcome(true, "reached its agent in " + seconds(after));
        }

        /** The guest started, but its agent stayed silent for all of {@code timeout}. */
        public static ProbeOutcome silent(Duration timeout) {
            return new ProbeOutcome(false, "did not reach its agent within " + seconds(timeout)
                    + " (nested KVM hangs guest kernels?)");
        }

        /** The guest could not be booted at all. */
        public static ProbeOutcome failed(String why) {
            return new ProbeOutcome(false, "could not be booted: " + why);
        }
    }

    /**
     * Chooses the guests' domain type.
     *
     * @param caps        the driver's capabilities
     * @param domainType  the {@code domain_type} setting: {@value TckConfig#AUTO} or a type to force
     * @param bootsGuests whether a selected scenario boots a guest (only then is a probe worth its seconds)
     * @param realGuests  whether the driver runs guest operating systems at all (the test driver does not)
     * @param probe       boots the probe guest; called at most once, and only for {@code auto} when kvm is offered
     * @throws IllegalArgumentException when the capabilities offer no guest, or not the forced type
     */
    public static GuestTypeChoice choose(Capabilities caps, String domainType, boolean bootsGuests, boolean realGuests,
            Probe probe) {
        if (!TckConfig.AUTO.equals(domainType)) {
            GuestDefaults forced = GuestDefaults.from(caps, domainType);
            return new GuestTypeChoice(forced, "domain_type: " + domainType + " in the configuration forces it; "
                    + "no probe; guests run as " + describe(forced));
        }
        GuestDefaults plain = GuestDefaults.from(caps, null);
        if (!GuestDefaults.offers(caps, KVM)) {
            return new GuestTypeChoice(plain, "kvm not offered by capabilities for " + plain.arch()
                    + "; guests run as " + describe(plain));
        }
        if (!realGuests) {
            return new GuestTypeChoice(plain, "kvm offered by capabilities, not probed: the driver runs no guest "
                    + "operating system; guests run as " + describe(plain));
        }
        if (!bootsGuests) {
            return new GuestTypeChoice(plain, "kvm offered by capabilities, not probed: no selected scenario boots "
                    + "a guest; guests run as " + describe(plain));
        }
        GuestDefaults kvm = GuestDefaults.from(caps, KVM);
        ProbeOutcome outcome;
        try {
            outcome = probe.boot(kvm);
        } catch (RuntimeException e) {
            outcome = ProbeOutcome.failed(String.valueOf(e.getMessage()));
        }
        if (outcome.answered()) {
            return new GuestTypeChoice(kvm, "kvm offered by capabilities, and a probe guest " + outcome.detail()
                    + "; guests run as " + describe(kvm));
        }
        return new GuestTypeChoice(plain, "kvm offered by capabilities, but a probe guest " + outcome.detail()
                + "; guests run as " + describe(plain));
    }

    /** The domain type as the finding names it: {@code qemu (TCG)}, {@code kvm}, {@code lxc}. */
    static String describe(GuestDefaults defaults) {
        return "qemu".equals(defaults.domainType()) ? "qemu (TCG)" : defaults.domainType();
    }

    static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s"
                : String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
    }
}
