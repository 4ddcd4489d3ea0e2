package org.libvirt.tck.core.guest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A guest image built by {@code bin/libvirt-tck-prepare}: a kernel (an uncompressed PVH ELF when the kernel has
 * the PVH entry note, else the bzImage) and an initramfs holding busybox, the virtio modules and the TCK agent.
 *
 * <p>The image lives in {@code <scratch_dir>/guest/<hash of the inputs>/}, with {@code guest.env} (shell
 * assignments {@code TCK_GUEST_*}) and {@code manifest} ({@code sha256sum} lines of every file);
 * {@code <scratch_dir>/guest/current} names the last one prepared. Loading checks every hash.
 *
 * <pre>{@code
 * Optional<GuestImage> image = GuestImage.prepared(config.scratchDir());
 * // qemu-system-x86_64 -kernel image.kernel() -initrd image.initramfs() -append image.cmdline() ...
 * }</pre>
 */
public final class GuestImage {

    /** The folder under the scratch folder that holds prepared images. */
    public static final String CACHE_FOLDER = "guest";
    /** The link in the cache folder to the image prepared last. */
    public static final String CURRENT = "current";
    /** The command to run when there is no usable image. */
    public static final String PREPARE_HINT = "run bin/libvirt-tck-prepare";

    private static final String ENV_FILE = "guest.env";
    private static final String MANIFEST_FILE = "manifest";

    private final Path dir;
    private final Map<String, String> env;

    private GuestImage(Path dir, Map<String, String> env) {
        this.dir = dir;
        this.env = Map.copyOf(env);
    }

    /**
     * The image {@code bin/libvirt-tck-prepare} prepared last under {@code scratchDir}, verified.
     *
     * @return empty when none was prepared
     * @throws GuestImageException when one was prepared but is incomplete or corrupt
     */
    public static Optional<GuestImage> prepared(Path scratchDir) throws GuestImageException {
        Path current = scratchDir.resolve(CACHE_FOLDER).resolve(CURRENT);
        if (!Files.isDirectory(current)) {
            return Optional.empty();
        }
        return Optional.of(load(current));
    }

    /** Loads and verifies the image in {@code dir} (a folder with {@code guest.env} and {@code manifest}). */
    public static GuestImage load(Path dir) throws GuestImageException {
        Map<String, String> manifest;
        Map<String, String> env;
        try (Reader m = Files.newBufferedReader(dir.resolve(MANIFEST_FILE), StandardCharsets.UTF_8);
                Reader e = Files.newBufferedReader(dir.resolve(ENV_FILE), StandardCharsets.UTF_8)) {
            manifest = parseManifest(m);
            env = parseEnv(e);
        } catch (NoSuchFileException e) {
            throw new GuestImageException("guest image " + dir + " is incomplete: " + e.getFile() + " is missing; "
                    + PREPARE_HINT);
        } catch (IOException e) {
            throw new GuestImageException("guest image " + dir + " is unreadable: " + e.getMessage());
        }
        GuestImage image = of(dir, env, manifest);
        for (Map.Entry<String, String> entry : manifest.entrySet()) {
            String found = sha256(dir.resolve(entry.getKey()));
            if (!found.equals(entry.getValue())) {
                throw new GuestImageException("guest image " + dir + " is corrupt: " + entry.getKey()
                        + " has SHA-256 " + found + ", the manifest records " + entry.getValue() + "; "
                        + PREPARE_HINT + " to rebuild it");
            }
        }
        return image;
    }

    /** The image described by {@code env} and {@code manifest}, with files in {@code dir}; hashes are not read. */
    static GuestImage of(Path dir, Map<String, String> env, Map<String, String> manifest) throws GuestImageException {
        for (String key : new String[] {"TCK_GUEST_KEY", "TCK_GUEST_KERNEL_VERSION", "TCK_GUEST_BZIMAGE",
                "TCK_GUEST_INITRD", "TCK_GUEST_PVH", "TCK_GUEST_CMDLINE"}) {
            if (env.getOrDefault(key, "").isEmpty()) {
                throw new GuestImageException("guest image " + dir + ": " + ENV_FILE + " has no " + key + "; "
                        + PREPARE_HINT);
            }
        }
        String pvh = env.get("TCK_GUEST_PVH");
        if (!pvh.equals("yes") && !pvh.equals("no")) {
            throw new GuestImageException("guest image " + dir + ": TCK_GUEST_PVH must be yes or no, found " + pvh);
        }
        GuestImage image = new GuestImage(dir, env);
        for (Path file : image.pvh()
                ? new Path[] {image.bzImage(), image.vmlinux().orElseThrow(() -> new GuestImageException(
                        "guest image " + dir + ": TCK_GUEST_PVH=yes but TCK_GUEST_VMLINUX is empty")),
                    image.initramfs()}
                : new Path[] {image.bzImage(), image.initramfs()}) {
            String name = file.getFileName().toString();
            if (!manifest.containsKey(name)) {
                throw new GuestImageException("guest image " + dir + ": the manifest does not list " + name + "; "
                        + PREPARE_HINT);
            }
        }
        if (!manifest.containsKey(ENV_FILE)) {
            throw new GuestImageException("guest image " + dir + ": the manifest does not list " + ENV_FILE + "; "
                    + PREPARE_HINT);
        }
        return image;
    }

    /** {@code KEY=value} lines; blank lines and {@code #} comments are ignored. */
    static Map<String, String> parseEnv(Reader reader) throws IOException {
        Map<String, String> env = new LinkedHashMap<>();
        BufferedReader lines = new BufferedReader(reader);
        for (String line; (line = lines.readLine()) != null; ) {
            String t = line.strip();
            int eq = t.indexOf('=');
            if (t.isEmpty() || t.startsWith("#") || eq <= 0) {
                continue;
            }
            env.put(t.substring(0, eq), t.substring(eq + 1));
        }
        return env;
    }

    /** {@code sha256sum} lines ({@code <hex>  <file>}), by file name. */
    static Map<String, String> parseManifest(Reader reader) throws IOException {
        Map<String, String> hashes = new LinkedHashMap<>();
        BufferedReader lines = new BufferedReader(reader);
        for (String line; (line = lines.readLine()) != null; ) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.strip().split("\\s+\\*?", 2);
            if (parts.length != 2 || !parts[0].matches("[0-9a-f]{64}") || parts[1].contains("/")) {
                throw new IOException("not a manifest line: '" + line + "'");
            }
            hashes.put(parts[1], parts[0]);
        }
        return hashes;
    }

    /** The folder the image lives in. */
    public Path dir() {
        return dir;
    }

    /** The hash of the inputs the image was built from. */
    public String key() {
        return env.get("TCK_GUEST_KEY");
    }

    /** The kernel's release, as {@code uname -r} prints it in the guest. */
    public String kernelVersion() {
        return env.get("TCK_GUEST_KERNEL_VERSION");
    }

    /** Whether {@link #vmlinux()} is an ELF kernel with the PVH entry note, which QEMU boots directly. */
    public boolean pvh() {
        return "yes".equals(env.get("TCK_GUEST_PVH"));
    }

    /** The kernel to boot: {@link #vmlinux()} when it is a PVH kernel (it starts faster), else {@link #bzImage()}. */
    public Path kernel() {
        return pvh() ? vmlinux().orElseThrow() : bzImage();
    }

    /** The compressed kernel, as the distribution ships it. */
    public Path bzImage() {
        return file("TCK_GUEST_BZIMAGE");
    }

    /** The uncompressed PVH kernel, when the kernel has the PVH entry note. */
    public Optional<Path> vmlinux() {
        return env.getOrDefault("TCK_GUEST_VMLINUX", "").isEmpty() ? Optional.empty()
                : Optional.of(file("TCK_GUEST_VMLINUX"));
    }

    /** The initramfs (gzip-compressed newc cpio) with busybox, the modules and the agent. */
    public Path initramfs() {
        return file("TCK_GUEST_INITRD");
    }

    /** The kernel command line the image needs ({@code console=ttyS0}); append to it, do not replace it. */
    public String cmdline() {
        return env.get("TCK_GUEST_CMDLINE");
    }

    // Files are looked up by name in this folder, so a copied or moved cache folder still works.
    private Path file(String key) {
        return dir.resolve(Path.of(env.get(key)).getFileName());
    }

    private static String sha256(Path file) throws GuestImageException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchFileException e) {
            throw new GuestImageException("guest image " + file.getParent() + " is incomplete: " + file
                    + " is missing; " + PREPARE_HINT + " to rebuild it");
        } catch (IOException e) {
            throw new GuestImageException("guest image file " + file + " is unreadable: " + e.getMessage());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return "guest image " + key() + " (kernel " + kernelVersion() + (pvh() ? ", PVH" : "") + ") in " + dir;
    }
}
