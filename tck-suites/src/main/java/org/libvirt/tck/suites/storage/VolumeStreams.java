package org.libvirt.tck.suites.storage;

import java.util.Arrays;

import org.libvirt.LibvirtException;
import org.libvirt.StoragePool;
import org.libvirt.StorageVol;
import org.libvirt.tck.suites.scenario.ScenarioId;
import org.testng.annotations.Test;

/** Data goes into a volume ({@code virStorageVolUpload}) and comes back out ({@code virStorageVolDownload}). */
public class VolumeStreams extends StorageScenario {

    @ScenarioId("storage.volume-upload-download")
    @Test(groups = {"storage", "volume", "stream"})
    public void uploadedBytesDownloadUnchangedAtTheSameOffset() throws LibvirtException {
        // GIVEN a sparse raw volume
        String poolName = sandbox().pool("streams");
        StoragePool pool = startDirPool(poolName);
        StorageVol vol = createVolume(pool, volume(sandbox().volume(poolName, "vol.img"))
                .withCapacity(VOLUME_BYTES).withAllocation(0));

        // WHEN a pattern is uploaded at an offset
        long offset = 3 * MIB;
        byte[] pattern = VolumeData.pattern((int) MIB);
        VolumeData.upload(vol, offset, pattern);

        // THEN the same slice downloads with the same SHA-256
        byte[] slice = VolumeData.download(vol, offset, pattern.length);
        assertSameBytes("the uploaded slice at offset " + offset, pattern, slice);

        // AND a slice inside it downloads as that part of the pattern
        int inner = 4096;
        int innerLength = 64 * 1024;
        assertSameBytes("the slice at offset " + (offset + inner),
                Arrays.copyOfRange(pattern, inner, inner + innerLength),
                VolumeData.download(vol, offset + inner, innerLength));

        // AND the bytes before the offset are still zeros
        if (!VolumeData.allZero(VolumeData.download(vol, 0, offset))) {
            throw new AssertionError("expected the bytes before offset " + offset + " to stay zero after the "
                    + "upload, but found non-zero bytes");
        }
    }

    private static void assertSameBytes(String what, byte[] expected, byte[] actual) {
        String want = VolumeData.sha256(expected);
        String got = VolumeData.sha256(actual);
        if (actual.length != expected.length || !got.equals(want)) {
            throw new AssertionError("expected " + what + " to download as " + expected.length + " bytes with "
                    + "SHA-256 " + want + ", but found " + actual.length + " bytes with SHA-256 " + got);
        }
    }
}
