package org.libvirt.tck.suites.assertions;

import static org.testng.Assert.assertTrue;
import static org.testng.Assert.expectThrows;

import org.testng.annotations.Test;

public class XmlKeptAssertTest {

    private static final String GIVEN = """
            <volume>
              <name>tck-vol.qcow2</name>
              <capacity unit='MiB'>4</capacity>
              <target>
                <format type='qcow2'/>
                <permissions><mode>0640</mode></permissions>
                <features><lazy_refcounts/><extended_l2/></features>
              </target>
            </volume>
            """;

    /** What {@code virsh -c qemu:///system vol-dumpxml} gave for such a volume: in bytes, with more added. */
    private static final String QEMU_XML = """
            <volume type='file'>
              <name>tck-vol.qcow2</name>
              <key>/var/tmp/tck-pool/tck-vol.qcow2</key>
              <capacity unit='bytes'>4194304</capacity>
              <allocation unit='bytes'>200704</allocation>
              <target>
                <path>/var/tmp/tck-pool/tck-vol.qcow2</path>
                <format type='qcow2'/>
                <permissions><mode>640</mode><owner>0</owner><group>0</group></permissions>
                <compat>1.1</compat>
                <features><lazy_refcounts/><extended_l2/></features>
              </target>
            </volume>
            """;

    @Test
    public void whatTheDriverAddedAndEquivalentUnitsAndModesAreKept() {
        XmlKeptAssert.assertThat("volume tck-vol.qcow2", QEMU_XML).keepsEverythingOf(GIVEN);
    }

    @Test
    public void aDifferentSizeFailsSayingBothWithTheirUnits() {
        AssertionError e = expectThrows(AssertionError.class, () -> XmlKeptAssert.assertThat("volume tck-vol.qcow2",
                QEMU_XML.replace("4194304", "4194305")).keepsEverythingOf(GIVEN));
        assertTrue(e.getMessage().startsWith("expected the XML of volume tck-vol.qcow2 to keep /volume/capacity = "
                + "'4' MiB of its definition, but found '4194305' bytes"), e.getMessage());
    }

    @Test
    public void aMissingElementFailsNamingItsPath() {
        AssertionError e = expectThrows(AssertionError.class, () -> XmlKeptAssert.assertThat("volume tck-vol.qcow2",
                QEMU_XML.replace("<extended_l2/>", "")).keepsEverythingOf(GIVEN));
        assertTrue(e.getMessage().contains("to keep /volume/target/features/extended_l2 of its definition, but found "
                + "no such element"), e.getMessage());
    }

    @Test
    public void aChangedAttributeOrModeFails() {
        expectThrows(AssertionError.class, () -> XmlKeptAssert.assertThat("volume tck-vol.qcow2",
                QEMU_XML.replace("<format type='qcow2'/>", "<format type='raw'/>")).keepsEverythingOf(GIVEN));
        expectThrows(AssertionError.class, () -> XmlKeptAssert.assertThat("volume tck-vol.qcow2",
                QEMU_XML.replace("<mode>640</mode>", "<mode>0600</mode>")).keepsEverythingOf(GIVEN));
    }

    @Test
    public void theSecondOfTwoNamesakesIsComparedWithTheSecond() {
        String given = "<network><ip><dhcp><range start='a'/><range start='b'/></dhcp></ip></network>";
        XmlKeptAssert.assertThat("network", given).keepsEverythingOf(given);
        AssertionError e = expectThrows(AssertionError.class, () -> XmlKeptAssert.assertThat("network",
                "<network><ip><dhcp><range start='a'/></dhcp></ip></network>").keepsEverythingOf(given));
        assertTrue(e.getMessage().contains("/network/ip/dhcp/range[2]"), e.getMessage());
    }
}
