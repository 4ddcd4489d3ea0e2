package org.libvirt.tck.report.known;

import static org.testng.Assert.assertEquals;
import static org.testng.Assert.assertNull;
import static org.testng.Assert.assertTrue;
import static org.testng.Assert.expectThrows;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.testng.annotations.Test;

public class KnownBrokenLoadTest {

    private static final String GOOD = """
            # QEMU on Debian
            - scenario: domain.save-restore
              driver: qemu
              platform:
                os: debian
                os_version: "12"
                arch: x86_64
              libvirt: ">=9.0.0 <9.5.0"
              hypervisor: "<8.2.3"
              status: fail
              reason: restore leaves the guest paused
              bug: https://gitlab.com/libvirt/libvirt/-/issues/1

            - scenario: "domain.*"   # every domain scenario
              driver: test
              status: flaky
              reason: races with the event loop
            """;

    static List<KnownBrokenEntry> parse(String yaml) throws KnownBrokenException {
        return KnownBroken.parse(new StringReader(yaml), "conf/known-broken/qemu.yml").entries();
    }

    static String refusal(String yaml) {
        KnownBrokenException e = expectThrows(KnownBrokenException.class, () -> parse(yaml));
        assertEquals(e.getMessage().lines().count(), 1L, e.getMessage());
        return e.getMessage();
    }

    @Test
    public void everyKeyOfAnEntryIsRead() throws KnownBrokenException {
        List<KnownBrokenEntry> entries = parse(GOOD);
        assertEquals(entries.size(), 2);
        KnownBrokenEntry e = entries.get(0);
        assertEquals(e.source(), "conf/known-broken/qemu.yml");
        assertEquals(e.line(), 2);
        assertEquals(e.index(), 1);
        assertEquals(e.scenario(), "domain.save-restore");
        assertEquals(e.driver(), "qemu");
        assertEquals(e.os(), "debian");
        assertEquals(e.osVersion(), "12");
        assertEquals(e.arch(), "x86_64");
        assertEquals(e.libvirt().toString(), ">=9.0.0 <9.5.0");
        assertEquals(e.hypervisor().toString(), "<8.2.3");
        assertEquals(e.kind(), KnownBrokenEntry.Kind.FAIL);
        assertEquals(e.reason(), "restore leaves the guest paused");
        assertEquals(e.bug(), URI.create("https://gitlab.com/libvirt/libvirt/-/issues/1"));
        assertEquals(e.where(), "conf/known-broken/qemu.yml:2");
    }

    @Test
    public void optionalKeysMayBeLeftOut() throws KnownBrokenException {
        KnownBrokenEntry e = parse(GOOD).get(1);
        assertEquals(e.line(), 14);
        assertEquals(e.kind(), KnownBrokenEntry.Kind.FLAKY);
        assertNull(e.os());
        assertNull(e.libvirt());
        assertNull(e.bug());
    }

    @Test
    public void aFileOfCommentsOnlyHasNoEntries() throws KnownBrokenException {
        assertTrue(parse("# nothing known yet\n").isEmpty());
        assertTrue(parse("").isEmpty());
    }

    @Test
    public void theKitsOwnDatabaseIsEmptyAndValid() throws KnownBrokenException {
        Path conf = Path.of("..", "conf", "known-broken");
        assertTrue(Files.isRegularFile(conf.resolve("README.yml")), "conf/known-broken/README.yml documents the format");
        assertTrue(KnownBroken.load(conf).entries().isEmpty());
    }

    @Test
    public void aMisspelledKeyIsRefusedWithFileLineEntryAndTheKnownKeys() {
        String yaml = GOOD.replace("- scenario: \"domain.*\"", "- scenrio: \"domain.*\"");
        assertEquals(refusal(yaml), "conf/known-broken/qemu.yml:14: entry 2: unknown key 'scenrio' "
                + "(did you mean 'scenario'?); known keys: scenario, driver, platform, libvirt, hypervisor, "
                + "status, reason, bug");
    }

    @Test
    public void anUnknownPlatformKeyIsRefused() {
        String yaml = GOOD.replace("    arch: x86_64", "    cpu: x86_64");
        assertEquals(refusal(yaml), "conf/known-broken/qemu.yml:7: entry 1: unknown platform key 'cpu'; "
                + "known platform keys: os, os_version, arch");
    }

    @Test
    public void aMissingRequiredKeyIsRefused() {
        String yaml = GOOD.replace("  reason: races with the event loop\n", "");
        assertEquals(refusal(yaml), "conf/known-broken/qemu.yml:14: entry 2: missing key 'reason'; "
                + "an entry needs scenario, driver, status, reason");
    }

    @Test
    public void aStatusOtherThanFailOrFlakyIsRefused() {
        String yaml = GOOD.replace("status: flaky", "status: broken");
        assertEquals(refusal(yaml), "conf/known-broken/qemu.yml:16: entry 2: expected 'status' to be fail "
                + "(fails every time) or flaky (fails now and then) but found 'broken'");
    }

    @Test
    public void aBadVersionRangeIsRefusedAtItsLine() {
        String yaml = GOOD.replace("\">=9.0.0 <9.5.0\"", "\"nine\"");
        assertTrue(refusal(yaml).startsWith("conf/known-broken/qemu.yml:8: entry 1: 'libvirt': expected a version "
                + "range such as \">=9.0.0 <9.5.0\""), refusal(yaml));
    }

    @Test
    public void anUnquotedRangeGetsAHintToQuoteIt() {
        String yaml = GOOD.replace("\">=9.0.0 <9.5.0\"", ">=9.0.0 <9.5.0");
        String message = refusal(yaml);
        assertTrue(message.startsWith("conf/known-broken/qemu.yml:8: not valid YAML: "), message);
        assertTrue(message.endsWith("; a version range must be quoted: libvirt: \">=9.0.0 <9.5.0\""), message);
    }

    @Test
    public void aBugThatIsNotAnHttpUrlIsRefused() {
        String yaml = GOOD.replace("bug: https://gitlab.com/libvirt/libvirt/-/issues/1", "bug: BZ#1234");
        assertEquals(refusal(yaml), "conf/known-broken/qemu.yml:12: entry 1: expected 'bug' to be the http(s) URL "
                + "of the bug report, e.g. https://gitlab.com/libvirt/libvirt/-/issues/123, but found 'BZ#1234'");
    }

    @Test
    public void aValueOfTheWrongShapeIsRefused() {
        String yaml = GOOD.replace("  driver: test\n", "  driver: [test, qemu]\n");
        assertEquals(refusal(yaml), "conf/known-broken/qemu.yml:15: entry 2: expected 'driver' to be text but "
                + "found a list");
    }

    @Test
    public void aDuplicateKeyIsRefused() {
        String yaml = GOOD.replace("  driver: test\n", "  driver: test\n  driver: qemu\n");
        assertEquals(refusal(yaml), "conf/known-broken/qemu.yml:16: entry 2: key 'driver' is given twice; keep one");
    }

    @Test
    public void aFileThatIsNotAListIsRefused() {
        assertEquals(refusal("scenario: domain.x\n"), "conf/known-broken/qemu.yml:1: expected a list of entries, "
                + "each starting with '- scenario: ...', but found a mapping; see conf/known-broken/README.yml");
    }

    @Test
    public void anEntryThatIsNotAMappingIsRefused() {
        assertEquals(refusal("- domain.x\n"), "conf/known-broken/qemu.yml:1: entry 1: expected a mapping with keys "
                + "scenario, driver, status, reason but found 'domain.x'");
    }

    @Test
    public void aFolderIsReadInNameOrderAndNamesFilesInMessages() throws IOException, KnownBrokenException {
        Path dir = Files.createTempDirectory("known");
        Files.writeString(dir.resolve("b.yml"), "- {scenario: b.x, driver: qemu, status: fail, reason: b}\n");
        Files.writeString(dir.resolve("a.yaml"), "- {scenario: a.x, driver: qemu, status: fail, reason: a}\n");
        Files.writeString(dir.resolve("notes.txt"), "not read");
        List<KnownBrokenEntry> entries = KnownBroken.load(dir).entries();
        assertEquals(entries.stream().map(KnownBrokenEntry::scenario).toList(), List.of("a.x", "b.x"));
        assertEquals(entries.get(1).where(), dir.resolve("b.yml") + ":1");

        Files.writeString(dir.resolve("c.yml"), "- {scenario: c.x, driver: qemu, status: fail, reason: c}\n"
                + "- {scenario: c.y, drivr: qemu, status: fail, reason: c}\n");
        KnownBrokenException e = expectThrows(KnownBrokenException.class, () -> KnownBroken.load(dir));
        assertTrue(e.getMessage().startsWith(dir.resolve("c.yml") + ":2: entry 2: unknown key 'drivr'"), e.getMessage());
    }

    @Test
    public void aMissingPathIsRefused() {
        KnownBrokenException e = expectThrows(KnownBrokenException.class, () -> KnownBroken.load(Path.of("no/such")));
        assertEquals(e.getMessage(), "no/such: expected a known-broken folder of *.yml files, or one such file, "
                + "but there is no such file or folder; check the path (the kit's own is conf/known-broken)");
    }
}
