package org.libvirt.tck.domainbuilder.storage;

import static org.libvirt.tck.domainbuilder.Rejections.assertArgumentRejected;
import static org.testng.Assert.assertEquals;

import java.util.UUID;

import org.dom4j.Document;
import org.libvirt.tck.domainbuilder.Case;
import org.libvirt.tck.domainbuilder.RngValidator;
import org.libvirt.tck.domainbuilder.TestXml;
import org.testng.annotations.DataProvider;
import org.testng.annotations.Test;

public class StoragePoolBuilderTest {

    // --- written XML ---

    @Test
    public void dirPoolHasATargetAndNoSource() {
        StoragePoolSpec spec = StoragePoolBuilder.dir("tck-pool1", "/var/lib/tck/pool1")
                .withUuid(UUID.fromString("36a1f892-aa2b-4e51-8120-8620f4342e33")).build();
        assertEquals(spec.toXml(), """
                <pool type="dir">
                  <name>tck-pool1</name>
                  <uuid>36a1f892-aa2b-4e51-8120-8620f4342e33</uuid>
                  <target>
                    <path>/var/lib/tck/pool1</path>
                  </target>
                </pool>
                """);
    }

    @Test
    public void netfsPoolNamesTheServerAndItsExport() {
        StoragePoolSpec spec =
                StoragePoolBuilder.netfs("tck-pool2", "nfs.example.org", "/export/tck", "/mnt/tck").build();
        assertEquals(spec.toXml(), """
                <pool type="netfs">
                  <name>tck-pool2</name>
                  <source>
                    <host name="nfs.example.org"/>
                    <dir path="/export/tck"/>
                  </source>
                  <target>
                    <path>/mnt/tck</path>
                  </target>
                </pool>
                """);
    }

    @Test
    public void logicalPoolTargetFollowsFromTheVolumeGroup() {
        assertEquals(StoragePoolBuilder.logical("tck-pool3", "tckvg").build().toXml(), """
                <pool type="logical">
                  <name>tck-pool3</name>
                  <source>
                    <name>tckvg</name>
                  </source>
                  <target>
                    <path>/dev/tckvg</path>
                  </target>
                </pool>
                """);
    }

    @Test
    public void diskPoolNamesTheDevice() {
        assertEquals(StoragePoolBuilder.disk("tck-pool4", "/dev/sdz", "/dev").build().toXml(), """
                <pool type="disk">
                  <name>tck-pool4</name>
                  <source>
                    <device path="/dev/sdz"/>
                  </source>
                  <target>
                    <path>/dev</path>
                  </target>
                </pool>
                """);
    }

    @Test
    public void iscsiPoolNamesTheServerAndTheTargetIqn() {
        assertEquals(StoragePoolBuilder.iscsi("tck-pool5", "192.0.2.5", "iqn.2013-06.com.example:tck",
                "/dev/disk/by-path").build().toXml(), """
                <pool type="iscsi">
                  <name>tck-pool5</name>
                  <source>
                    <host name="192.0.2.5"/>
                    <device path="iqn.2013-06.com.example:tck"/>
                  </source>
                  <target>
                    <path>/dev/disk/by-path</path>
                  </target>
                </pool>
                """);
    }

    // --- round trip and schema ---

    @Test
    public void netfsPoolParsesBackToItsParts() {
        Document doc = TestXml.parse(
                StoragePoolBuilder.netfs("tck-pool2", "nfs.example.org", "/export/tck", "/mnt/tck").build().toXml());
        assertEquals(doc.valueOf("/pool/@type"), "netfs");
        assertEquals(doc.valueOf("/pool/source/host/@name"), "nfs.example.org");
        assertEquals(doc.valueOf("/pool/source/dir/@path"), "/export/tck");
        assertEquals(doc.valueOf("/pool/target/path"), "/mnt/tck");
    }

    @DataProvider
    public Object[][] pools() {
        return new Object[][] {
                {new Case<>("DIR", StoragePoolBuilder.dir("p", "/var/lib/tck/p").withUuid(UUID.randomUUID()).build())},
                {new Case<>("LOGICAL", StoragePoolBuilder.logical("p", "tckvg").build())},
                {new Case<>("NETFS", StoragePoolBuilder.netfs("p", "192.0.2.5", "/export", "/mnt/tck").build())},
                {new Case<>("DISK", StoragePoolBuilder.disk("p", "/dev/sdz", "/dev").build())},
                {new Case<>("ISCSI", StoragePoolBuilder.iscsi("p", "iscsi.example.org", "iqn.2013-06.com.example:tck",
                        "/dev/disk/by-path").build())},
        };
    }

    @Test(dataProvider = "pools")
    public void poolTypeFollowsFromTheFactoryAndIsValidAgainstLibvirtsSchema(Case<StoragePoolSpec> pool) {
        assertEquals(pool.spec().type().name(), pool.name());
        RngValidator.assertValid(RngValidator.STORAGE_POOL, pool.spec().toXml());
    }

    // --- rejected arguments ---

    @Test
    public void relativeTargetPathIsRejected() {
        assertArgumentRejected(() -> StoragePoolBuilder.dir("p", "pool1"),
                "targetPath must be an absolute path such as /var/lib/tck/x, got 'pool1'");
    }

    @Test
    public void nameWithSlashIsRejected() {
        assertArgumentRejected(() -> StoragePoolBuilder.dir("tck/pool", "/var/lib/tck/p"),
                "pool name must not contain '/', got 'tck/pool'");
    }

    @Test
    public void hostWithUnderscoreIsRejected() {
        assertArgumentRejected(() -> StoragePoolBuilder.netfs("p", "nfs_server", "/export", "/mnt/tck"),
                "host must be a DNS name or IPv4 address such as nfs.example.org, got 'nfs_server'");
    }

    @Test
    public void iqnWithoutDateIsRejected() {
        assertArgumentRejected(
                () -> StoragePoolBuilder.iscsi("p", "192.0.2.5", "iqn.com.example:tck", "/dev/disk/by-path"),
                "iqn must be an iSCSI qualified name such as iqn.2013-06.com.example:tck, got 'iqn.com.example:tck'");
    }

    @Test
    public void volumeGroupWithSlashIsRejected() {
        assertArgumentRejected(() -> StoragePoolBuilder.logical("p", "/dev/tckvg"),
                "volumeGroup must be an LVM volume group name such as tckvg, got '/dev/tckvg'");
    }
}
