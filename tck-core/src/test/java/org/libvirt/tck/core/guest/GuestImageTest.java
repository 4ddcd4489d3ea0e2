package org.libvirt.tck.core.guest;

import static org.testng.Assert.assertEquals;
import static org.testng.Assert.assertFalse;
import static org.testng.Assert.assertTrue;
import static org.testng.Assert.expectThrows;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.testng.annotations.AfterMethod;
import org.testng.annotations.BeforeMethod;
import org.testng.annotations.Test;

/** On small stand-in files laid out as bin/libvirt-tck-prepare lays out an image. */
public class GuestImageTest {

    private Path scratch;
    private Path image;

    @BeforeMethod
    public void layOutAnImage() throws Exception {
        scratch = Files.createTempDirectory("tck-image");
        image = Files.createDirectories(scratch.resolve("guest/0123456789abcdef"));
        Files.createSymbolicLink(scratch.resolve("guest/current"), Path.of("0123456789abcdef"));
        Files.writeString(image.resolve("bzImage"), "bz");
        Files.writeString(image.resolve("vmlinux"), "elf");
        Files.writeString(image.resolve("initramfs.cpio.gz"), "cpio");
        String at = "/somewhere/else/guest/0123456789abcdef/";
        Files.writeString(image.resolve("guest.env"), String.join("\n",
                "# TCK guest image", "TCK_GUEST_KEY=0123456789abcdef", "TCK_GUEST_KERNEL_VERSION=6.1.0-57-amd64",
                "TCK_GUEST_KERNEL=" + at + "vmlinux", "TCK_GUEST_BZIMAGE=" + at + "bzImage",
                "TCK_GUEST_VMLINUX=" + at + "vmlinux", "TCK_GUEST_PVH=yes",
                "TCK_GUEST_INITRD=" + at + "initramfs.cpio.gz", "TCK_GUEST_CMDLINE=console=ttyS0", ""));
        writeManifest();
    }

    private void writeManifest() throws IOException, NoSuchAlgorithmException {
        StringBuilder manifest = new StringBuilder();
        for (String name : new String[] {"bzImage", "vmlinux", "initramfs.cpio.gz", "guest.env"}) {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(image.resolve(name)));
            manifest.append(HexFormat.of().formatHex(hash)).append("  ").append(name).append('\n');
        }
        Files.writeString(image.resolve("manifest"), manifest, StandardCharsets.UTF_8);
    }

    @AfterMethod(alwaysRun = true)
    public void remove() throws IOException {
        try (Stream<Path> files = Files.walk(scratch)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    public void thePreparedImageIsFoundThroughCurrentAndItsFilesInItsOwnFolder() throws Exception {
        GuestImage guest = GuestImage.prepared(scratch).orElseThrow();
        Path dir = scratch.resolve("guest/current");
        assertEquals(guest.key(), "0123456789abcdef");
        assertEquals(guest.kernelVersion(), "6.1.0-57-amd64");
        assertTrue(guest.pvh());
        assertEquals(guest.kernel(), dir.resolve("vmlinux"));
        assertEquals(guest.bzImage(), dir.resolve("bzImage"));
        assertEquals(guest.vmlinux(), Optional.of(dir.resolve("vmlinux")));
        assertEquals(guest.initramfs(), dir.resolve("initramfs.cpio.gz"));
        assertEquals(guest.cmdline(), "console=ttyS0");
    }

    @Test
    public void noPreparedImageIsEmptyNotAnError() throws Exception {
        assertFalse(GuestImage.prepared(scratch.resolve("nothing-here")).isPresent());
    }

    @Test
    public void aFileThatDoesNotMatchTheManifestMakesTheImageUnusable() throws IOException {
        Files.writeString(image.resolve("initramfs.cpio.gz"), "truncated");
        GuestImageException e = expectThrows(GuestImageException.class, () -> GuestImage.load(image));
        assertTrue(e.getMessage().startsWith("guest image " + image + " is corrupt: initramfs.cpio.gz has SHA-256 "),
                e.getMessage());
        assertTrue(e.getMessage().endsWith("; run bin/libvirt-tck-prepare to rebuild it"), e.getMessage());
    }

    @Test
    public void aFolderWithoutManifestIsIncomplete() throws IOException {
        Files.delete(image.resolve("manifest"));
        GuestImageException e = expectThrows(GuestImageException.class, () -> GuestImage.load(image));
        assertEquals(e.getMessage(), "guest image " + image + " is incomplete: " + image.resolve("manifest")
                + " is missing; run bin/libvirt-tck-prepare");
    }

    @Test
    public void withoutPvhTheBzImageIsBooted() throws Exception {
        Map<String, String> env = Map.of("TCK_GUEST_KEY", "k", "TCK_GUEST_KERNEL_VERSION", "6.1",
                "TCK_GUEST_BZIMAGE", "/x/bzImage", "TCK_GUEST_VMLINUX", "", "TCK_GUEST_PVH", "no",
                "TCK_GUEST_INITRD", "/x/initramfs.cpio.gz", "TCK_GUEST_CMDLINE", "console=ttyS0");
        Map<String, String> manifest = Map.of("bzImage", "0".repeat(64), "initramfs.cpio.gz", "1".repeat(64),
                "guest.env", "2".repeat(64));
        GuestImage guest = GuestImage.of(image, env, manifest);
        assertFalse(guest.pvh());
        assertEquals(guest.kernel(), image.resolve("bzImage"));
        assertEquals(guest.vmlinux(), Optional.empty());
    }

    @Test
    public void aManifestThatDoesNotListTheKernelIsRejected() {
        Map<String, String> env = Map.of("TCK_GUEST_KEY", "k", "TCK_GUEST_KERNEL_VERSION", "6.1",
                "TCK_GUEST_BZIMAGE", "/x/bzImage", "TCK_GUEST_PVH", "no",
                "TCK_GUEST_INITRD", "/x/initramfs.cpio.gz", "TCK_GUEST_CMDLINE", "console=ttyS0");
        GuestImageException e = expectThrows(GuestImageException.class, () -> GuestImage.of(image, env,
                Map.of("initramfs.cpio.gz", "1".repeat(64), "guest.env", "2".repeat(64))));
        assertEquals(e.getMessage(), "guest image " + image
                + ": the manifest does not list bzImage; run bin/libvirt-tck-prepare");
    }

    @Test
    public void manifestLinesAreSha256sumOutput() throws IOException {
        assertEquals(GuestImage.parseManifest(new StringReader("a".repeat(64) + "  bzImage\n\n" + "b".repeat(64)
                + " *vmlinux\n")), Map.of("bzImage", "a".repeat(64), "vmlinux", "b".repeat(64)));
        IOException e = expectThrows(IOException.class,
                () -> GuestImage.parseManifest(new StringReader("xyz  ../etc/passwd\n")));
        assertEquals(e.getMessage(), "not a manifest line: 'xyz  ../etc/passwd'");
    }

    @Test
    public void envIgnoresCommentsAndKeepsEmptyValues() throws IOException {
        assertEquals(GuestImage.parseEnv(new StringReader("# c\nA=1\nB=\n\nC=x=y\n")),
                Map.of("A", "1", "B", "", "C", "x=y"));
    }
}
