package org.libvirt.tck.core.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The kit's settings for one run, as {@link ConfigLoader} resolved them.
 *
 * @param uri             libvirt URI of the driver under test
 * @param scratchDir      folder for the kit's scratch files
 * @param domainType      {@code auto} or a domain type such as {@code kvm}, {@code qemu}
 * @param scenarioTimeout how long one scenario may take
 * @param kvmProbeTimeout how long a probe guest of domain type {@code kvm} may take to reach its agent before
 *                        {@code domain_type: auto} gives up on KVM ({@code guest.kvm_probe_timeout})
 * @param guest           the guest OS images for scenarios that boot one
 * @param hostResources   optional host resources scenarios may take over
 */
public record TckConfig(
        String uri,
        Path scratchDir,
        String domainType,
        Duration scenarioTimeout,
        Duration kvmProbeTimeout,
        GuestImages guest,
        HostResources hostResources) {

    /** The {@code domain_type} value that lets the kit choose from the capabilities. */
    public static final String AUTO = "auto";

    /** Guest images; an empty value means "not configured". */
    public record GuestImages(Optional<Path> kernel, Optional<Path> initrd, Optional<Path> diskImage) {
    }

    /** Host resources; each is empty when not configured, and scenarios needing it are skipped. */
    public record HostResources(
            Optional<String> blockDevice,
            Optional<String> nic,
            List<String> pciDevices,
            List<String> usbDevices,
            Optional<String> nfsExport,
            Optional<String> iscsiHost,
            Optional<String> iscsiTarget,
            boolean ipForwarding) {
    }

    /** Whether the kit should choose the domain type itself. */
    public boolean autoDomainType() {
        return AUTO.equals(domainType);
    }

    static TckConfig from(Map<String, Object> s) throws ConfigException {
        String uri = string(s, "uri").orElseThrow(() -> new ConfigException("uri: must not be empty"));
        Path scratch = string(s, "scratch_dir").map(Path::of)
                .orElseThrow(() -> new ConfigException("scratch_dir: must not be empty"));
        String domainType = string(s, "domain_type").orElse(AUTO);
        long timeout = (Long) s.get("scenario_timeout");
        if (timeout <= 0) {
            throw new ConfigException("scenario_timeout: expected a positive number of seconds, found " + timeout);
        }
        long probe = (Long) s.get("guest.kvm_probe_timeout");
        if (probe <= 0) {
            throw new ConfigException("guest.kvm_probe_timeout: expected a positive number of seconds, found "
                    + probe);
        }
        GuestImages guest = new GuestImages(
                string(s, "guest.kernel").map(Path::of),
                string(s, "guest.initrd").map(Path::of),
                string(s, "guest.disk_image").map(Path::of));
        HostResources resources = new HostResources(
                string(s, "host_resources.block_device"),
                string(s, "host_resources.nic"),
                list(s, "host_resources.pci_devices"),
                list(s, "host_resources.usb_devices"),
                string(s, "host_resources.nfs_export"),
                string(s, "host_resources.iscsi_host"),
                string(s, "host_resources.iscsi_target"),
                yesOrNo(s, "host_resources.ip_forwarding"));
        return new TckConfig(uri, scratch, domainType, Duration.ofSeconds(timeout), Duration.ofSeconds(probe),
                guest, resources);
    }

    private static Optional<String> string(Map<String, Object> s, String key) {
        Object v = s.get(key);
        return v == null || v.toString().isBlank() ? Optional.empty() : Optional.of(v.toString().trim());
    }

    /** A setting that is {@code yes} or {@code no} ({@code true}/{@code false} too); empty is no. */
    private static boolean yesOrNo(Map<String, Object> s, String key) throws ConfigException {
        String value = string(s, key).orElse("no").toLowerCase(Locale.ROOT);
        return switch (value) {
            case "yes", "true" -> true;
            case "no", "false" -> false;
            default -> throw new ConfigException(key + ": expected yes or no, found '" + value + "'");
        };
    }

    @SuppressWarnings("unchecked")
    private static List<String> list(Map<String, Object> s, String key) {
        Object v = s.get(key);
        return v == null ? List.of() : List.copyOf((List<String>) v);
    }
}
