package org.libvirt.tck.core.config;

import static org.testng.Assert.assertEquals;
import static org.testng.Assert.assertTrue;
import static org.testng.Assert.expectThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.testng.annotations.Test;

public class ConfigLoaderTest {

    private static Path yaml(String text) throws IOException {
        Path file = Files.createTempFile("tck-config", ".yml");
        file.toFile().deleteOnExit();
        Files.writeString(file, text);
        return file;
    }

    @Test
    public void defaultsComeFromConfDefaultYml() throws Exception {
        TckConfig config = ConfigLoader.load(Optional.empty(), Map.of(), Map.of());
        assertEquals(config.uri(), "test:///default");
        assertEquals(config.scratchDir(), Path.of("/var/tmp/libvirt-tck"));
        assertTrue(config.autoDomainType());
        assertEquals(config.scenarioTimeout(), Duration.ofSeconds(300));
        assertEquals(config.kvmProbeTimeout(), Duration.ofSeconds(20));
        assertEquals(config.hostResources().pciDevices(), List.of());
        assertTrue(config.hostResources().nic().isEmpty());
    }

    @Test
    public void everyDefaultKeyIsKnownIncludingEmptyLists() {
        assertTrue(ConfigLoader.knownKeys().containsAll(List.of("uri", "scratch_dir", "domain_type",
                "scenario_timeout", "guest.kernel", "guest.initrd", "guest.disk_image", "guest.kvm_probe_timeout",
                "host_resources.block_device", "host_resources.nic", "host_resources.pci_devices",
                "host_resources.usb_devices", "host_resources.nfs_export", "host_resources.iscsi_target")));
    }

    @Test
    public void configFileOverridesDefaults() throws Exception {
        Path file = yaml("uri: qemu:///system\nhost_resources:\n  nic: eth9\n  pci_devices: [0000:00:1f.0]\n");
        TckConfig config = ConfigLoader.load(Optional.of(file), Map.of(), Map.of());
        assertEquals(config.uri(), "qemu:///system");
        assertEquals(config.hostResources().nic(), Optional.of("eth9"));
        assertEquals(config.hostResources().pciDevices(), List.of("0000:00:1f.0"));
        assertEquals(config.scratchDir(), Path.of("/var/tmp/libvirt-tck"), "untouched keys keep their default");
    }

    @Test
    public void environmentOverridesConfigFileAndCommandLineOverridesBoth() throws Exception {
        Path file = yaml("uri: qemu:///system\nscenario_timeout: 10\n");
        Map<String, String> env = Map.of("LIBVIRT_TCK_URI", "lxc:///", "LIBVIRT_TCK_SCENARIO_TIMEOUT", "20",
                "LIBVIRT_TCK_HOST_RESOURCES_USB_DEVICES", "046d:c52b, 1d6b:0002");
        TckConfig fromEnv = ConfigLoader.load(Optional.of(file), env, Map.of());
        assertEquals(fromEnv.uri(), "lxc:///");
        assertEquals(fromEnv.scenarioTimeout(), Duration.ofSeconds(20));
        assertEquals(fromEnv.hostResources().usbDevices(), List.of("046d:c52b", "1d6b:0002"));

        TckConfig fromCli = ConfigLoader.load(Optional.of(file), env, Map.of("uri", "test:///default"));
        assertEquals(fromCli.uri(), "test:///default");
    }

    @Test
    public void unknownKeyIsAnErrorNamingFileAndKey() throws Exception {
        Path file = yaml("uri: test:///default\nbogus_key: 1\n");
        ConfigException e = expectThrows(ConfigException.class,
                () -> ConfigLoader.load(Optional.of(file), Map.of(), Map.of()));
        assertTrue(e.getMessage().startsWith(file + ": unknown key 'bogus_key'; known keys: uri, "), e.getMessage());
    }

    @Test
    public void unknownNestedKeyIsAnError() throws Exception {
        Path file = yaml("host_resources:\n  gpu: yes\n");
        ConfigException e = expectThrows(ConfigException.class,
                () -> ConfigLoader.load(Optional.of(file), Map.of(), Map.of()));
        assertTrue(e.getMessage().contains("unknown key 'host_resources.gpu'"), e.getMessage());
    }

    @Test
    public void wrongTypeIsAnErrorSayingWhatWasExpected() throws Exception {
        Path file = yaml("scenario_timeout: soon\n");
        ConfigException e = expectThrows(ConfigException.class,
                () -> ConfigLoader.load(Optional.of(file), Map.of(), Map.of()));
        assertEquals(e.getMessage(), file + ": scenario_timeout: expected an integer, found 'soon'");
    }

    @Test
    public void theKvmProbeTimeoutComesFromTheEnvironmentAndMustBePositive() throws Exception {
        TckConfig config = ConfigLoader.load(Optional.empty(), Map.of("LIBVIRT_TCK_GUEST_KVM_PROBE_TIMEOUT", "5"),
                Map.of());
        assertEquals(config.kvmProbeTimeout(), Duration.ofSeconds(5));
        ConfigException e = expectThrows(ConfigException.class, () -> ConfigLoader.load(Optional.empty(), Map.of(),
                Map.of("guest.kvm_probe_timeout", "0")));
        assertTrue(e.getMessage().contains("guest.kvm_probe_timeout: expected a positive number of seconds, found 0"),
                e.getMessage());
    }

    @Test
    public void aListWhereAStringBelongsIsAnError() throws Exception {
        Path file = yaml("uri: [a, b]\n");
        ConfigException e = expectThrows(ConfigException.class,
                () -> ConfigLoader.load(Optional.of(file), Map.of(), Map.of()));
        assertEquals(e.getMessage(), file + ": uri: expected a string, found '[a, b]'");
    }

    @Test
    public void malformedYamlIsAnErrorWithItsLine() throws Exception {
        Path file = yaml("uri: test:///default\nguest:\n  kernel: [unclosed\n");
        ConfigException e = expectThrows(ConfigException.class,
                () -> ConfigLoader.load(Optional.of(file), Map.of(), Map.of()));
        assertTrue(e.getMessage().startsWith(file + ": line "), e.getMessage());
        assertTrue(e.getMessage().contains("not valid YAML"), e.getMessage());
        assertTrue(!e.getMessage().contains("\n"), "one line: " + e.getMessage());
    }

    @Test
    public void aDocumentThatIsNotAMappingIsAnError() throws Exception {
        Path file = yaml("- just\n- a list\n");
        ConfigException e = expectThrows(ConfigException.class,
                () -> ConfigLoader.load(Optional.of(file), Map.of(), Map.of()));
        assertTrue(e.getMessage().contains("expected a mapping of settings"), e.getMessage());
    }

    @Test
    public void ipForwardingIsOffUnlessSetToYes() throws Exception {
        assertTrue(!ConfigLoader.load(Optional.empty(), Map.of(), Map.of()).hostResources().ipForwarding());
        // YAML 1.1 reads a bare yes as a boolean; the environment gives text.
        Path file = yaml("host_resources:\n  ip_forwarding: yes\n");
        assertTrue(ConfigLoader.load(Optional.of(file), Map.of(), Map.of()).hostResources().ipForwarding());
        assertTrue(ConfigLoader.load(Optional.empty(), Map.of("LIBVIRT_TCK_HOST_RESOURCES_IP_FORWARDING", "yes"),
                Map.of()).hostResources().ipForwarding());
    }

    @Test
    public void ipForwardingOtherThanYesOrNoIsAnError() throws Exception {
        Path file = yaml("host_resources:\n  ip_forwarding: sometimes\n");
        ConfigException e = expectThrows(ConfigException.class,
                () -> ConfigLoader.load(Optional.of(file), Map.of(), Map.of()));
        assertTrue(e.getMessage().contains("host_resources.ip_forwarding: expected yes or no, found 'sometimes'"),
                e.getMessage());
    }

    @Test
    public void missingConfigFileIsAnError() {
        Path file = Path.of("/nonexistent/tck.yml");
        ConfigException e = expectThrows(ConfigException.class,
                () -> ConfigLoader.load(Optional.of(file), Map.of(), Map.of()));
        assertEquals(e.getMessage(), "/nonexistent/tck.yml: no such configuration file");
    }

    @Test
    public void badEnvironmentValueIsAnErrorNamingTheVariable() {
        ConfigException e = expectThrows(ConfigException.class, () -> ConfigLoader.load(Optional.empty(),
                Map.of("LIBVIRT_TCK_SCENARIO_TIMEOUT", "x"), Map.of()));
        assertEquals(e.getMessage(),
                "environment variable LIBVIRT_TCK_SCENARIO_TIMEOUT: scenario_timeout: expected an integer, found 'x'");
    }

    @Test
    public void nonPositiveTimeoutIsRefused() throws Exception {
        Path file = yaml("scenario_timeout: 0\n");
        ConfigException e = expectThrows(ConfigException.class,
                () -> ConfigLoader.load(Optional.of(file), Map.of(), Map.of()));
        assertEquals(e.getMessage(), "scenario_timeout: expected a positive number of seconds, found 0");
    }

    @Test
    public void environmentNamesJoinNestedKeysWithUnderscores() {
        assertEquals(ConfigLoader.envName("host_resources.nic"), "LIBVIRT_TCK_HOST_RESOURCES_NIC");
    }

    @Test
    public void emptyConfigFileChangesNothing() throws Exception {
        TckConfig config = ConfigLoader.load(Optional.of(yaml("# nothing\n")), Map.of(), Map.of());
        assertEquals(config.uri(), "test:///default");
    }

    @Test
    public void variablesThatNameNoSettingAreFoundAndOthersAreNot() {
        Map<String, String> environment = Map.of("LIBVIRT_TCK_URI", "test:///default", "LIBVIRT_TCK_URL", "x",
                "LIBVIRT_TCK_KNOWN_BROKEN", "db", "LIBVIRT_TCK_HOST_RESOURCES_NIC", "eth1", "PATH", "/bin",
                "LIBVIRT_DEFAULT_URI", "test:///default");

        assertEquals(unknownNames(environment, Set.of("LIBVIRT_TCK_KNOWN_BROKEN")), List.of("LIBVIRT_TCK_URL"));
        assertEquals(unknownNames(environment, Set.of()), List.of("LIBVIRT_TCK_KNOWN_BROKEN", "LIBVIRT_TCK_URL"));
    }

    private static List<String> unknownNames(Map<String, String> environment, Set<String> alsoRead) {
        return ConfigLoader.unknownVariables(environment, alsoRead).stream().map(ConfigLoader.UnknownVariable::name)
                .toList();
    }

    /** What the one unknown variable {@code name} is taken to mean. */
    private static Optional<String> likelyMeant(String name, Set<String> alsoRead) {
        List<ConfigLoader.UnknownVariable> unknown = ConfigLoader.unknownVariables(Map.of(name, "x"), alsoRead);
        assertEquals(unknown.size(), 1, name + " is unknown");
        return unknown.get(0).likelyMeant();
    }

    @Test
    public void aMisspeltVariableIsMatchedToTheNearestNameTwoLettersAwayAtMost() {
        assertEquals(likelyMeant("LIBVIRT_TCK_SCRATCHDIR", Set.of()),
                Optional.of("LIBVIRT_TCK_SCRATCH_DIR"));
        assertEquals(likelyMeant("LIBVIRT_TCK_scratch_dir", Set.of()),
                Optional.of("LIBVIRT_TCK_SCRATCH_DIR"), "case is ignored");
        assertEquals(likelyMeant("LIBVIRT_TCK_KNOWN_BROKE", Set.of("LIBVIRT_TCK_KNOWN_BROKEN")),
                Optional.of("LIBVIRT_TCK_KNOWN_BROKEN"));
        assertEquals(likelyMeant("LIBVIRT_TCK_URIS", Set.of("LIBVIRT_TCK_UR")),
                Optional.of("LIBVIRT_TCK_URI"), "the nearest of two");
        assertEquals(likelyMeant("LIBVIRT_TCK_COLOUR", Set.of()), Optional.empty());
    }
}
