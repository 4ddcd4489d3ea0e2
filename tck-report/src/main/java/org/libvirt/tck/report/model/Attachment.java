package org.libvirt.tck.report.model;

import java.util.Objects;

/**
 * A named text kept with a scenario's result to explain a failure: a guest's console log, a domain's XML,
 * the tail of QEMU's log.
 *
 * <pre>{@code
 * new Attachment("tck-checks.xml", dom.getXMLDesc(0));
 * new Attachment("tck-checks.console.log", tailOfConsoleLog);
 * }</pre>
 *
 * @param name what it is, usually the file it came from ({@code tck-checks.qemu.log}); not blank
 * @param text its content, kept verbatim; may be empty
 */
public record Attachment(String name, String text) {

    public Attachment {
        Objects.requireNonNull(name, "Attachment.name: expected a name such as tck-checks.xml but found null");
        if (name.isBlank()) {
            throw new IllegalArgumentException("Attachment.name: expected a name such as tck-checks.xml but found "
                    + "a blank string");
        }
        Objects.requireNonNull(text, "Attachment.text of " + name + ": expected its content (\"\" for none) but "
                + "found null");
    }
}
