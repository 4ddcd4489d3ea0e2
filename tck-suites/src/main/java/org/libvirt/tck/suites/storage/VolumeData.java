package org.libvirt.tck.suites.storage;

import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

import org.libvirt.LibvirtException;
import org.libvirt.StorageVol;
import org.libvirt.Stream;

/**
 * Moves bytes into and out of a volume through libvirt streams, and the checksums the scenarios compare.
 *
 * <pre>{@code
 * byte[] data = VolumeData.pattern(MIB);
 * VolumeData.upload(vol, MIB, data);
 * assertEquals(VolumeData.sha256(VolumeData.download(vol, MIB, data.length)), VolumeData.sha256(data));
 * }</pre>
 */
final class VolumeData {

    private static final int CHUNK = 64 * 1024;

    private VolumeData() {
    }

    /** {@code length} bytes of a pattern that repeats only every 251 bytes and has no zero byte. */
    static byte[] pattern(int length) {
        byte[] data = new byte[length];
        for (int i = 0; i < length; i++) {
            data[i] = (byte) (1 + i % 251);
        }
        return data;
    }

    /** Writes {@code data} into the volume at byte {@code offset} (virStorageVolUpload). */
    static void upload(StorageVol vol, long offset, byte[] data) throws LibvirtException {
        Stream stream = vol.getConnect().streamNew(0);
        try {
            vol.upload(stream, offset, data.length, 0);
            int sent = 0;
            while (sent < data.length) {
                sent += stream.send(Arrays.copyOfRange(data, sent, Math.min(data.length, sent + CHUNK)));
            }
            stream.finish();
        } catch (LibvirtException e) {
            release(stream);
            throw e;
        }
        stream.free();
    }

    /** Reads {@code length} bytes of the volume from byte {@code offset} (virStorageVolDownload). */
    static byte[] download(StorageVol vol, long offset, long length) throws LibvirtException {
        Stream stream = vol.getConnect().streamNew(0);
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        try {
            vol.download(stream, offset, length, 0);
            byte[] buffer = new byte[CHUNK];
            for (int n = stream.receive(buffer); n > 0; n = stream.receive(buffer)) {
                received.write(buffer, 0, n);
            }
            stream.finish();
        } catch (LibvirtException e) {
            release(stream);
            throw e;
        }
        stream.free();
        return received.toByteArray();
    }

    /** The SHA-256 of {@code data} in hex. */
    static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Whether every byte is zero. */
    static boolean allZero(byte[] data) {
        for (byte b : data) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }

    /** Aborts and frees a stream after a failed transfer, keeping the transfer's error as the one reported. */
    private static void release(Stream stream) {
        try {
            stream.abort();
        } catch (LibvirtException ignored) {
            // A stream the driver refused to start cannot be aborted; freeing it is all that is left.
        }
        try {
            stream.free();
        } catch (LibvirtException ignored) {
            // Nothing more can be done with it, and the transfer's error says what went wrong.
        }
    }
}
