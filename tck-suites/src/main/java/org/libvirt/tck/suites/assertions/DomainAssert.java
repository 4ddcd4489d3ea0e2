package org.libvirt.tck.suites.assertions;

import java.util.ArrayList;
import java.util.List;

import org.libvirt.Domain;
import org.libvirt.DomainInfo.DomainState;
import org.libvirt.tck.core.connect.LibvirtCall;

/**
 * Assertions on one domain's live state, each read from the driver when it is checked.
 *
 * <pre>{@code
 * assertThat(dom).isRunning().hasPositiveId().isPersistent(true).isListedAsActive();
 * }</pre>
 */
public final class DomainAssert {

    private static final int LIST_ACTIVE = 1;
    private static final int LIST_INACTIVE = 2;

    private final Domain domain;
    private final String name;

    DomainAssert(Domain domain) {
        if (domain == null) {
            throw new AssertionError("expected a domain but found null");
        }
        this.domain = domain;
        this.name = LibvirtCall.call(domain::getName);
    }

    public DomainAssert hasState(DomainState expected) {
        DomainState actual = LibvirtCall.call(() -> domain.getInfo().state);
        if (actual != expected) {
            fail("to be in state " + expected, "state " + actual);
        }
        return this;
    }

    /** Running: state {@code VIR_DOMAIN_RUNNING}, and {@code isActive} agrees. */
    public DomainAssert isRunning() {
        hasState(DomainState.VIR_DOMAIN_RUNNING);
        return isActive(true);
    }

    /** Shut off: state {@code VIR_DOMAIN_SHUTOFF}, inactive, and no id (-1). */
    public DomainAssert isShutOff() {
        hasState(DomainState.VIR_DOMAIN_SHUTOFF);
        isActive(false);
        return hasNoId();
    }

    public DomainAssert isActive(boolean expected) {
        int active = LibvirtCall.call(domain::isActive);
        if ((active == 1) != expected) {
            fail(expected ? "to be active" : "to be inactive", "isActive() = " + active);
        }
        return this;
    }

    public DomainAssert isPersistent(boolean expected) {
        int persistent = LibvirtCall.call(domain::isPersistent);
        if ((persistent == 1) != expected) {
            fail(expected ? "to be persistent" : "to be transient", "isPersistent() = " + persistent);
        }
        return this;
    }

    /** A running domain has an id greater than zero. */
    public DomainAssert hasPositiveId() {
        int id = LibvirtCall.call(domain::getID);
        if (id <= 0) {
            fail("to have a positive id while running", "id " + id);
        }
        return this;
    }

    /** An inactive domain has id -1. */
    public DomainAssert hasNoId() {
        int id = LibvirtCall.call(domain::getID);
        if (id != -1) {
            fail("to have id -1 while not running", "id " + id);
        }
        return this;
    }

    public DomainAssert hasUuid(String expected) {
        String uuid = LibvirtCall.call(domain::getUUIDString);
        if (!uuid.equalsIgnoreCase(expected)) {
            fail("to have UUID " + expected, "UUID " + uuid);
        }
        return this;
    }

    /** Listed among the running domains of its connection, and not among the inactive ones. */
    public DomainAssert isListedAsActive() {
        List<String> active = listed(LIST_ACTIVE);
        if (!active.contains(name)) {
            fail("to be listed as active", "active domains " + active);
        }
        List<String> inactive = listed(LIST_INACTIVE);
        if (inactive.contains(name)) {
            fail("not to be listed as inactive while running", "inactive domains " + inactive);
        }
        return this;
    }

    /** Listed among the defined, inactive domains of its connection. */
    public DomainAssert isListedAsDefined() {
        List<String> inactive = listed(LIST_INACTIVE);
        if (!inactive.contains(name)) {
            fail("to be listed as inactive", "inactive domains " + inactive);
        }
        return this;
    }

    // virConnectListAllDomains answers in one call; the older count-then-list calls race with concurrent scenarios.
    private List<String> listed(int flags) {
        Domain[] domains = LibvirtCall.call(() -> domain.getConnect().listAllDomains(flags));
        List<String> names = new ArrayList<>();
        for (Domain d : domains) {
            names.add(LibvirtCall.call(d::getName));
        }
        return names;
    }

    private void fail(String expected, String found) {
        throw new AssertionError("expected domain " + name + " " + expected + ", but found " + found);
    }
}
