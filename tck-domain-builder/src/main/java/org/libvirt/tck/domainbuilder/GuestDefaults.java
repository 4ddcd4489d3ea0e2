package org.libvirt.tck.domainbuilder;

import java.util.List;
import java.util.stream.Collectors;

import org.libvirt.tck.core.capabilities.Capabilities;
import org.libvirt.tck.core.capabilities.GuestCapabilities;
import org.libvirt.tck.core.capabilities.GuestDomainType;
import org.libvirt.tck.domainbuilder.internal.Checks;

/**
 * The guest settings a host runs out of the box: what a domain needs so that the driver under test accepts it.
 *
 * <pre>{@code
 * GuestDefaults defaults = GuestDefaults.from(caps, null);   // or "kvm" to insist on KVM
 * DomainSpec spec = DomainBuilder.named("tck-dom1").withDefaults(defaults).build();
 * }</pre>
 *
 * @param domainType the {@code <domain type=...>}, e.g. {@code qemu}, {@code kvm}, {@code test}
 * @param osType     the {@code <os><type>}, e.g. {@code hvm} or {@code exe}
 * @param arch       the guest architecture, e.g. {@code x86_64}
 * @param machine    the machine type, e.g. {@code pc-i440fx-7.2}, or {@code null} when the guest lists none
 * @param emulator   the emulator path, or {@code null} when the driver has none (containers)
 */
public record GuestDefaults(String domainType, String osType, String arch, String machine, String emulator) {

    /** The domain type preferred when the caller names none and the guest offers it. */
    public static final String PREFERRED_DOMAIN_TYPE = "qemu";

    /** The OS type preferred when choosing among a host's guests. */
    public static final String PREFERRED_OS_TYPE = "hvm";

    public GuestDefaults {
        Checks.notNull("domainType", domainType);
        Checks.notNull("osType", osType);
        Checks.notNull("arch", arch);
    }

    /**
     * Chooses the defaults from a host's capabilities.
     *
     * <p>The guest is the {@value #PREFERRED_OS_TYPE} guest for the host architecture, else the first guest.
     * The domain type is {@code preferredType} when given, else {@value #PREFERRED_DOMAIN_TYPE} when offered,
     * else the first one the guest offers. The machine is the first one the chosen domain type lists, else the
     * first one of the guest; the emulator is {@link GuestCapabilities#emulatorFor(String)}.
     *
     * @param caps          the host's capabilities
     * @param preferredType a domain type to insist on, or {@code null} to choose automatically
     * @throws IllegalArgumentException when the capabilities list no guest, or the guest offers no domain type,
     *                                  or does not offer {@code preferredType}
     */
    public static GuestDefaults from(Capabilities caps, String preferredType) {
        GuestCapabilities guest = chosenGuest(caps);
        List<GuestDomainType> offered = guest.domainTypes();
        if (offered.isEmpty()) {
            throw new IllegalArgumentException("guest " + describe(guest) + " offers no <domain type=...>");
        }
        GuestDomainType type;
        if (preferredType != null) {
            type = guest.domainType(preferredType).orElseThrow(() -> new IllegalArgumentException(
                    "preferredType '" + preferredType + "' is not offered by guest " + describe(guest)
                            + "; it offers " + names(offered) + " (pass null to choose automatically)"));
        } else {
            type = guest.domainType(PREFERRED_DOMAIN_TYPE).orElse(offered.get(0));
        }
        List<String> machines = type.machines().isEmpty() ? guest.machines() : type.machines();
        String machine = machines.isEmpty() ? null : machines.get(0);
        return new GuestDefaults(type.type(), guest.osType(), guest.arch(), machine, guest.emulatorFor(type.type()));
    }

    /**
     * Whether the guest {@link #from(Capabilities, String)} chooses offers domain type {@code type}: {@code
     * offers(caps, "kvm")} says whether {@code from(caps, "kvm")} would succeed.
     */
    public static boolean offers(Capabilities caps, String type) {
        Checks.notNull("type", type);
        return chosenGuest(caps).domainType(type).isPresent();
    }

    private static GuestCapabilities chosenGuest(Capabilities caps) {
        Checks.notNull("caps", caps);
        if (caps.guests().isEmpty()) {
            throw new IllegalArgumentException("the capabilities list no <guest>: the driver cannot run any domain");
        }
        return caps.guest(PREFERRED_OS_TYPE, caps.host().arch()).orElse(caps.guests().get(0));
    }

    private static String describe(GuestCapabilities guest) {
        return guest.osType() + "/" + guest.arch();
    }

    private static String names(List<GuestDomainType> types) {
        return types.stream().map(GuestDomainType::type).collect(Collectors.joining(", ", "[", "]"));
    }
}
