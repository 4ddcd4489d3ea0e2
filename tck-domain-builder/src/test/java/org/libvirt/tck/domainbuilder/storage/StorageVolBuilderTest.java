package org.libvirt.tck.domainbuilder.storage;

import static org.libvirt.tck.domainbuilder.Rejections.assertArgumentRejected;
import static org.libvirt.tck.domainbuilder.Rejections.assertCombinationRejected;
import static org.testng.Assert.assertEquals;

import org.dom4j.Document;
import org.libvirt.tck.domainbuilder.RngValidator;
import org.libvirt.tck.domainbuilder.TestXml;
import org.testng.annotations.Test;

public class StorageVolBuilderTest {

    private static final long GIB = 1L << 30;

    private static StorageVolSpec overlay() {
        return StorageVolBuilder.named("tck-overlay.qcow2")
                .withCapacity(GIB)
                .withAllocation(0)
                .withFormat(VolumeFormat.QCOW2)
                .withBackingStore("/var/lib/tck/pool1/tck-base.img", VolumeFormat.RAW)
                .build();
    }

    // --- written XML ---

    @Test
    public void rawIsTheDefaultFormatAndUnsetAllocationIsLeftOut() {
        assertEquals(StorageVolBuilder.named("tck-vol1.img").withCapacity(GIB).build().toXml(), """
                <volume>
                  <name>tck-vol1.img</name>
                  <capacity unit="bytes">1073741824</capacity>
                  <target>
                    <format type="raw"/>
                  </target>
                </volume>
                """);
    }

    @Test
    public void qcow2OverlayWritesItsBackingStore() {
        assertEquals(overlay().toXml(), """
                <volume>
                  <name>tck-overlay.qcow2</name>
                  <capacity unit="bytes">1073741824</capacity>
                  <allocation unit="bytes">0</allocation>
                  <target>
                    <format type="qcow2"/>
                  </target>
                  <backingStore>
                    <path>/var/lib/tck/pool1/tck-base.img</path>
                    <format type="raw"/>
                  </backingStore>
                </volume>
                """);
    }

    // --- round trip and schema ---

    @Test
    public void overlayParsesBackToItsParts() {
        Document doc = TestXml.parse(overlay().toXml());
        assertEquals(doc.valueOf("/volume/name"), "tck-overlay.qcow2");
        assertEquals(doc.valueOf("/volume/capacity"), "1073741824");
        assertEquals(doc.valueOf("/volume/target/format/@type"), "qcow2");
        assertEquals(doc.valueOf("/volume/backingStore/path"), "/var/lib/tck/pool1/tck-base.img");
    }

    @Test
    public void rawVolumeAndQcow2OverlayAreValidAgainstLibvirtsSchema() {
        RngValidator.assertValid(RngValidator.STORAGE_VOL,
                StorageVolBuilder.named("tck vol 1.img").withCapacity(GIB).withAllocation(GIB).build().toXml());
        RngValidator.assertValid(RngValidator.STORAGE_VOL, overlay().toXml());
    }

    // --- rejected arguments ---

    @Test
    public void dotDotAsNameIsRejected() {
        assertArgumentRejected(() -> StorageVolBuilder.named(".."), "volume name must be a file name, not '..'");
    }

    @Test
    public void nameWithSlashIsRejected() {
        assertArgumentRejected(() -> StorageVolBuilder.named("a/b.img"),
                "volume name must not contain '/', got 'a/b.img'");
    }

    @Test
    public void negativeCapacityIsRejected() {
        assertArgumentRejected(() -> StorageVolBuilder.named("v").withCapacity(-1),
                "capacity bytes must be zero or more, got -1");
    }

    @Test
    public void relativeBackingStorePathIsRejected() {
        assertArgumentRejected(() -> StorageVolBuilder.named("v").withBackingStore("base.img", VolumeFormat.RAW),
                "backing store path must be an absolute path such as /var/lib/tck/x, got 'base.img'");
    }

    // --- rejected combinations ---

    @Test
    public void volumeWithoutCapacityIsRejected() {
        assertCombinationRejected(() -> StorageVolBuilder.named("v").build(), "no capacity: call withCapacity(bytes)");
    }

    @Test
    public void allocationAboveCapacityIsRejected() {
        assertCombinationRejected(() -> StorageVolBuilder.named("v").withCapacity(1024).withAllocation(2048).build(),
                "allocation 2048 bytes is above capacity 1024 bytes: a volume cannot allocate more than its size");
    }

    @Test
    public void backingStoreForTheDefaultRawFormatIsRejected() {
        assertCombinationRejected(() -> StorageVolBuilder.named("v").withCapacity(GIB)
                        .withBackingStore("/var/lib/tck/base.img", VolumeFormat.RAW).build(),
                "a backing store needs format QCOW2, but the volume format is RAW (the default): call "
                        + "withFormat(VolumeFormat.QCOW2)");
    }
}
