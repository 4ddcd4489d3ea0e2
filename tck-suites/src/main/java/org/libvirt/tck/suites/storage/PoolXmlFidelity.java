package org.libvirt.tck.suites.storage;

import static org.libvirt.tck.suites.assertions.XmlKeptAssert.assertThat;

import java.util.UUID;

import org.libvirt.LibvirtException;
import org.libvirt.StoragePool;
import org.libvirt.tck.suites.scenario.ScenarioId;
import org.testng.annotations.Test;

/**
 * A catalogue of pool definitions, one per pool type, that a driver accepts without the storage behind them: each
 * is defined, never started, and its XML must keep every element and attribute it was given.
 *
 * <p>The documents are written out here rather than built: they hold parts (permissions, source formats, protocol
 * versions, initiators, adapters) that the builders do not model, and a reader sees exactly what is checked. The
 * hosts are documentation names ({@code example.org}) and the devices do not exist: defining a pool touches
 * neither. Devices, exports, volume groups and targets are named after the pool, because libvirt refuses a
 * second pool on the source of another (under {@code --jobs} these pools exist side by side).
 */
public class PoolXmlFidelity extends StorageScenario {

    @ScenarioId("storage.pool-xml-dir-permissions")
    @Test(groups = {"storage", "pool", "xml"})
    public void dirPoolKeepsItsUuidTargetPathAndPermissions() throws LibvirtException {
        String name = sandbox().pool("xml-dir");
        // GIVEN a dir pool document with a UUID, its folder and the folder's permissions
        checkKept(name, """
                <pool type='dir'>
                  <name>%s</name>
                  <uuid>%s</uuid>
                  <target>
                    <path>%s</path>
                    <permissions>
                      <mode>0750</mode>
                      <owner>0</owner>
                      <group>0</group>
                    </permissions>
                  </target>
                </pool>
                """.formatted(name, UUID.randomUUID(), sandbox().scratchPath(name)));
    }

    @ScenarioId("storage.pool-xml-fs")
    @Test(groups = {"storage", "pool", "xml"})
    public void fsPoolKeepsItsSourceDeviceAndFormat() throws LibvirtException {
        String name = sandbox().pool("xml-fs");
        // GIVEN an fs pool document with a source device (which does not exist) and its file system
        checkKept(name, """
                <pool type='fs'>
                  <name>%s</name>
                  <source>
                    <device path='/dev/%s'/>
                    <format type='ext4'/>
                  </source>
                  <target>
                    <path>%s</path>
                  </target>
                </pool>
                """.formatted(name, name, sandbox().scratchPath(name)));
    }

    @ScenarioId("storage.pool-xml-netfs")
    @Test(groups = {"storage", "pool", "xml"})
    public void netfsPoolKeepsItsHostExportFormatAndProtocolVersion() throws LibvirtException {
        String name = sandbox().pool("xml-netfs");
        // GIVEN a netfs pool document with an NFS server, its export, the format and the NFS version
        checkKept(name, """
                <pool type='netfs'>
                  <name>%s</name>
                  <source>
                    <host name='nfs.example.org'/>
                    <dir path='/export/%s'/>
                    <format type='nfs'/>
                    <protocol ver='4'/>
                  </source>
                  <target>
                    <path>%s</path>
                  </target>
                </pool>
                """.formatted(name, name, sandbox().scratchPath(name)));
    }

    @ScenarioId("storage.pool-xml-logical")
    @Test(groups = {"storage", "pool", "xml"})
    public void logicalPoolKeepsItsVolumeGroupAndFormat() throws LibvirtException {
        String name = sandbox().pool("xml-logical");
        // GIVEN a logical pool document with a volume group (which does not exist) and its format
        checkKept(name, """
                <pool type='logical'>
                  <name>%s</name>
                  <source>
                    <name>%s</name>
                    <format type='lvm2'/>
                  </source>
                  <target>
                    <path>/dev/%s</path>
                  </target>
                </pool>
                """.formatted(name, name, name));
    }

    @ScenarioId("storage.pool-xml-iscsi")
    @Test(groups = {"storage", "pool", "xml"})
    public void iscsiPoolKeepsItsPortalTargetAndInitiator() throws LibvirtException {
        String name = sandbox().pool("xml-iscsi");
        // GIVEN an iscsi pool document with a portal, a target IQN and the initiator's IQN
        checkKept(name, """
                <pool type='iscsi'>
                  <name>%s</name>
                  <source>
                    <host name='iscsi.example.org' port='3260'/>
                    <device path='iqn.2013-06.org.example:%s'/>
                    <initiator>
                      <iqn name='iqn.2013-06.org.example:tck-initiator'/>
                    </initiator>
                  </source>
                  <target>
                    <path>/dev/disk/by-path</path>
                  </target>
                </pool>
                """.formatted(name, name));
    }

    @ScenarioId("storage.pool-xml-disk")
    @Test(groups = {"storage", "pool", "xml"})
    public void diskPoolKeepsItsDeviceAndPartitionTableFormat() throws LibvirtException {
        String name = sandbox().pool("xml-disk");
        // GIVEN a disk pool document with a device (which does not exist) and its partition table format
        checkKept(name, """
                <pool type='disk'>
                  <name>%s</name>
                  <source>
                    <device path='/dev/%s'/>
                    <format type='gpt'/>
                  </source>
                  <target>
                    <path>/dev</path>
                  </target>
                </pool>
                """.formatted(name, name));
    }

    @ScenarioId("storage.pool-xml-scsi")
    @Test(groups = {"storage", "pool", "xml"})
    public void scsiPoolKeepsItsAdapter() throws LibvirtException {
        String name = sandbox().pool("xml-scsi");
        // GIVEN a scsi pool document with a SCSI host adapter
        checkKept(name, """
                <pool type='scsi'>
                  <name>%s</name>
                  <source>
                    <adapter type='scsi_host' name='host97'/>
                  </source>
                  <target>
                    <path>/dev/disk/by-path</path>
                  </target>
                </pool>
                """.formatted(name));
    }

    /** Defines the pool and checks that its XML keeps all of the document. */
    private static void checkKept(String name, String xml) throws LibvirtException {
        // WHEN it is defined (and not started)
        StoragePool pool = conn().storagePoolDefineXML(xml, 0);

        // THEN the inactive pool's XML keeps every element and attribute of the document
        assertThat("pool " + name, pool.getXMLDesc(0)).keepsEverythingOf(xml);
    }
}
