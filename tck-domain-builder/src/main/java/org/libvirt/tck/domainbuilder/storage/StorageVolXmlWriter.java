package org.libvirt.tck.domainbuilder.storage;

import static org.libvirt.tck.domainbuilder.internal.XmlText.addScaled;
import static org.libvirt.tck.domainbuilder.internal.XmlText.addText;

import org.dom4j.Document;
import org.dom4j.DocumentHelper;
import org.dom4j.Element;
import org.libvirt.tck.domainbuilder.internal.XmlText;

/**
 * Writes a {@link StorageVolSpec} as libvirt storage volume XML.
 *
 * <pre>{@code
 * String xml = StorageVolXmlWriter.toXml(spec);   // same as spec.toXml()
 * }</pre>
 *
 * <p>{@code storagevol.rng} interleaves the children of {@code <volume>}; they come in the order libvirt formats
 * them ({@code virsh vol-dumpxml}): name, capacity, allocation, target, backingStore.
 */
public final class StorageVolXmlWriter {

    private static final String BYTES = "bytes";

    private StorageVolXmlWriter() {
    }

    /** The spec as pretty-printed XML without an XML declaration. */
    public static String toXml(StorageVolSpec spec) {
        return XmlText.pretty(toDocument(spec));
    }

    /** The spec as a dom4j document. */
    public static Document toDocument(StorageVolSpec spec) {
        Document document = DocumentHelper.createDocument();
        Element volume = document.addElement("volume");
        addText(volume, "name", spec.name());
        addScaled(volume, "capacity", BYTES, spec.capacityBytes());
        if (spec.allocationBytes() != null) {
            addScaled(volume, "allocation", BYTES, spec.allocationBytes());
        }
        volume.addElement("target").addElement("format").addAttribute("type", spec.format().xmlValue());
        StorageVolSpec.BackingStore backing = spec.backingStore();
        if (backing != null) {
            Element element = volume.addElement("backingStore");
            addText(element, "path", backing.path());
            element.addElement("format").addAttribute("type", backing.format().xmlValue());
        }
        return document;
    }
}
