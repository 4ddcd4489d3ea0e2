package org.libvirt.tck.domainbuilder.storage;

import static org.libvirt.tck.domainbuilder.internal.XmlText.addText;

import org.dom4j.Document;
import org.dom4j.DocumentHelper;
import org.dom4j.Element;
import org.libvirt.tck.domainbuilder.internal.XmlText;

/**
 * Writes a {@link StoragePoolSpec} as libvirt storage pool XML.
 *
 * <pre>{@code
 * String xml = StoragePoolXmlWriter.toXml(spec);   // same as spec.toXml()
 * }</pre>
 *
 * <p>{@code storagepool.rng} interleaves the children of {@code <pool>} and {@code <source>}; they come in the
 * order libvirt formats them ({@code virsh pool-dumpxml}): name, uuid, source (host, device, dir, name), target.
 */
public final class StoragePoolXmlWriter {

    private StoragePoolXmlWriter() {
    }

    /** The spec as pretty-printed XML without an XML declaration. */
    public static String toXml(StoragePoolSpec spec) {
        return XmlText.pretty(toDocument(spec));
    }

    /** The spec as a dom4j document. */
    public static Document toDocument(StoragePoolSpec spec) {
        Document document = DocumentHelper.createDocument();
        Element pool = document.addElement("pool").addAttribute("type", spec.type().xmlValue());
        addText(pool, "name", spec.name());
        if (spec.uuid() != null) {
            addText(pool, "uuid", spec.uuid().toString());
        }
        StoragePoolSpec.Source source = spec.source();
        if (source != null) {
            Element element = pool.addElement("source");
            if (source.host() != null) {
                element.addElement("host").addAttribute("name", source.host());
            }
            if (source.device() != null) {
                element.addElement("device").addAttribute("path", source.device());
            }
            if (source.dir() != null) {
                element.addElement("dir").addAttribute("path", source.dir());
            }
            if (source.name() != null) {
                addText(element, "name", source.name());
            }
        }
        addText(pool.addElement("target"), "path", spec.targetPath());
        return document;
    }
}
