package org.libvirt.tck.suites.assertions;

import org.libvirt.Domain;
import org.libvirt.Error.ErrorNumber;
import org.libvirt.LibvirtException;
import org.libvirt.tck.core.connect.LibvirtCall;
import org.libvirt.tck.core.connect.LibvirtError;

/**
 * Entry point of the scenarios' assertions on libvirt state and libvirt errors.
 *
 * <pre>{@code
 * assertThat(dom).isRunning().hasPositiveId().isPersistent(false);
 * assertFailsWith(ErrorNumber.VIR_ERR_NO_DOMAIN, () -> conn.domainLookupByName(name));
 * }</pre>
 */
public final class LibvirtAssertions {

    private LibvirtAssertions() {
    }

    public static DomainAssert assertThat(Domain domain) {
        return new DomainAssert(domain);
    }

    /**
     * Asserts that {@code action} fails with exactly libvirt's error {@code expected}, and returns the error.
     *
     * <p>A "not supported" answer is not a wrong code: it is rethrown, so that the scenario is reported as
     * unsupported rather than failed.
     */
    public static LibvirtError assertFailsWith(ErrorNumber expected, LibvirtCall.Action action) {
        try {
            action.run();
        } catch (LibvirtException e) {
            return checked(expected, LibvirtError.of(e));
        } catch (LibvirtError e) {
            // the kit's own bindings of what libvirt-java lacks (DomainParameters, NetworkUpdate, ...) fail this way
            return checked(expected, e);
        }
        throw new AssertionError("expected libvirt error " + expected.name() + " (" + expected.ordinal()
                + ") but the call succeeded");
    }

    private static LibvirtError checked(ErrorNumber expected, LibvirtError error) {
        if (error.is(expected)) {
            return error;
        }
        if (error.isNoSupport()) {
            throw error;
        }
        throw new AssertionError("expected libvirt error " + expected.name() + " (" + expected.ordinal()
                + ") but got " + error.codeName() + " (" + error.code() + "): " + error.libvirtMessage(), error);
    }
}
