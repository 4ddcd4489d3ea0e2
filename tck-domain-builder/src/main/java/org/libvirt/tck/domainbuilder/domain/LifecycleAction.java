package org.libvirt.tck.domainbuilder.domain;

/**
 * What libvirt does when a guest powers off, reboots or crashes ({@code <on_poweroff>}, {@code <on_reboot>},
 * {@code <on_crash>}).
 */
public enum LifecycleAction {
    DESTROY("destroy", false),
    RESTART("restart", false),
    PRESERVE("preserve", false),
    RENAME_RESTART("rename-restart", false),
    /** Dump the guest's core, then destroy it; {@code <on_crash>} only. */
    COREDUMP_DESTROY("coredump-destroy", true),
    /** Dump the guest's core, then restart it; {@code <on_crash>} only. */
    COREDUMP_RESTART("coredump-restart", true);

    private final String xmlValue;
    private final boolean crashOnly;

    LifecycleAction(String xmlValue, boolean crashOnly) {
        this.xmlValue = xmlValue;
        this.crashOnly = crashOnly;
    }

    /** The element's text. */
    public String xmlValue() {
        return xmlValue;
    }

    /** Whether the schema allows this action for {@code <on_crash>} only. */
    public boolean crashOnly() {
        return crashOnly;
    }
}
