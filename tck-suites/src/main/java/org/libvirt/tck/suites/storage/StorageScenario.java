package org.libvirt.tck.suites.storage;

import java.nio.file.Files;
import java.nio.file.Path;

import org.dom4j.DocumentException;
import org.dom4j.DocumentHelper;
import org.libvirt.LibvirtException;
import org.libvirt.StoragePool;
import org.libvirt.StorageVol;
import org.libvirt.tck.domainbuilder.storage.StorageVolBuilder;
import org.libvirt.tck.suites.scenario.Scenario;

/**
 * Base of the storage scenarios: directory pools in the scenario's scratch folder, and where their files are.
 *
 * <pre>{@code
 * String name = sandbox().pool("vols");
 * StoragePool pool = startDirPool(name);
 * StorageVol vol = pool.storageVolCreateXML(volume(sandbox().volume(name, "vol.img"))
 *         .withCapacity(VOLUME_BYTES).build().toXml(), 0);
 * }</pre>
 */
abstract class StorageScenario extends Scenario {

    static final long MIB = 1L << 20;
    /** The capacity of the scenarios' volumes: small, so that fully allocated ones are cheap. */
    static final long VOLUME_BYTES = 8 * MIB;

    /** Defines (does not build) the directory pool {@code name}, whose folder is a scratch path of the scenario. */
    static StoragePool defineDirPool(String name) throws LibvirtException {
        return conn().storagePoolDefineXML(dirPool(name).build().toXml(), 0);
    }

    /** Defines, builds and starts the directory pool {@code name}. */
    static StoragePool startDirPool(String name) throws LibvirtException {
        StoragePool pool = defineDirPool(name);
        pool.build(0);
        pool.create(0);
        return pool;
    }

    /** Creates a volume in {@code pool} from {@code volume}'s definition. */
    static StorageVol createVolume(StoragePool pool, StorageVolBuilder volume) throws LibvirtException {
        return pool.storageVolCreateXML(volume.build().toXml(), 0);
    }

    /** The pool's folder as its XML gives it, {@code <target><path>}. */
    static Path targetOf(StoragePool pool) throws LibvirtException {
        try {
            return Path.of(DocumentHelper.parseText(pool.getXMLDesc(0)).valueOf("/pool/target/path").trim());
        } catch (DocumentException e) {
            throw new AssertionError("expected well-formed pool XML from libvirt but found: " + e.getMessage(), e);
        }
    }

    /**
     * Whether the pool's volumes are files this scenario can look at: the pool's folder is on this host. The test
     * driver keeps its volumes in memory (their paths name no files), and a remote driver's folder is elsewhere;
     * on those only what libvirt reports is checked.
     */
    static boolean filesAreOnThisHost(StoragePool pool) throws LibvirtException {
        return !onTestDriver() && Files.isDirectory(targetOf(pool));
    }
}
