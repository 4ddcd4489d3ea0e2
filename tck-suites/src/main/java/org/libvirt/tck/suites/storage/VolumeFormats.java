package org.libvirt.tck.suites.storage;

import static org.libvirt.tck.suites.assertions.StorageAssertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.libvirt.LibvirtException;
import org.libvirt.StoragePool;
import org.libvirt.StorageVol;
import org.libvirt.tck.domainbuilder.storage.VolumeFormat;
import org.libvirt.tck.suites.scenario.ScenarioId;
import org.testng.annotations.Test;

/** Image formats of volumes: a qcow2 volume is a qcow2 image, and one with a backing store names its base. */
public class VolumeFormats extends StorageScenario {

    /** The first four bytes of every qcow2 image: "QFI" and 0xfb. */
    private static final int QCOW2_MAGIC = 0x514649fb;
    /** How much of a qcow2 header is read: the magic, version, backing file offset and size. */
    private static final int QCOW2_HEADER_BYTES = 20;

    @ScenarioId("storage.volume-qcow2")
    @Test(groups = {"storage", "volume", "format"})
    public void qcow2VolumeReportsItsFormatAndCapacity() throws LibvirtException, IOException {
        // GIVEN an active directory pool
        String poolName = sandbox().pool("qcow2");
        StoragePool pool = startDirPool(poolName);

        // WHEN a qcow2 volume is created
        String name = sandbox().volume(poolName, "vol.qcow2");
        StorageVol vol = createVolume(pool, volume(name).withCapacity(VOLUME_BYTES).withFormat(VolumeFormat.QCOW2));

        // THEN its XML says qcow2 and it has the capacity asked for
        assertThat(vol).hasFormat("qcow2").hasCapacity(VOLUME_BYTES).hasNoBackingStore();

        // AND where the pool is on this host, its file is a qcow2 image
        if (filesAreOnThisHost(pool) && Files.isReadable(Path.of(vol.getPath()))) {
            qcow2Header(Path.of(vol.getPath()));
        }
    }

    @ScenarioId("storage.volume-qcow2-backing-store")
    @Test(groups = {"storage", "volume", "format"})
    public void qcow2OverlayNamesItsRawBackingStore() throws LibvirtException, IOException {
        // GIVEN a raw volume in an active directory pool
        String poolName = sandbox().pool("backing");
        StoragePool pool = startDirPool(poolName);
        StorageVol base = createVolume(pool, volume(sandbox().volume(poolName, "base.img")).withCapacity(VOLUME_BYTES));

        // WHEN a qcow2 volume backed by it is created
        String name = sandbox().volume(poolName, "overlay.qcow2");
        StorageVol overlay = createVolume(pool, volume(name).withCapacity(VOLUME_BYTES)
                .withFormat(VolumeFormat.QCOW2).withBackingStore(base.getPath(), VolumeFormat.RAW));

        // THEN its XML names the base and its format, and it has the base's capacity
        assertThat(overlay).hasFormat("qcow2").hasCapacity(VOLUME_BYTES).hasBackingStore(base.getPath(), "raw");

        // AND where the pool is on this host, the image's header names the base's file
        Path file = Path.of(overlay.getPath());
        if (filesAreOnThisHost(pool) && Files.isReadable(file)) {
            String backing = backingFileOf(file, qcow2Header(file));
            if (!backing.equals(base.getPath())) {
                throw new AssertionError("expected qcow2 image " + file + " to name backing file " + base.getPath()
                        + ", but its header names '" + backing + "'");
            }
        }
    }

    /** Reads and checks the start of a qcow2 image's header. */
    private static ByteBuffer qcow2Header(Path file) throws IOException {
        byte[] header;
        try (InputStream in = Files.newInputStream(file)) {
            header = in.readNBytes(QCOW2_HEADER_BYTES);
        }
        ByteBuffer buffer = ByteBuffer.wrap(header);
        if (header.length < QCOW2_HEADER_BYTES || buffer.getInt(0) != QCOW2_MAGIC) {
            throw new AssertionError("expected " + file + " to start with the qcow2 magic QFI\\xfb, but found "
                    + header.length + " bytes not starting with it");
        }
        return buffer;
    }

    /** The backing file name stored in a qcow2 image: offset at byte 8 (8 bytes), length at byte 16 (4 bytes). */
    private static String backingFileOf(Path file, ByteBuffer header) throws IOException {
        long offset = header.getLong(8);
        int length = header.getInt(16);
        if (offset == 0 || length <= 0) {
            return "";
        }
        try (InputStream in = Files.newInputStream(file)) {
            in.skipNBytes(offset);
            return new String(in.readNBytes(length), StandardCharsets.UTF_8);
        }
    }
}
