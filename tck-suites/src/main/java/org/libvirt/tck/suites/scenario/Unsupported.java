package org.libvirt.tck.suites.scenario;

import org.testng.SkipException;

/**
 * The driver does not implement what a scenario needs; reported as {@code unsupported}, never as a failure.
 *
 * <pre>{@code
 * throw new Unsupported("virDomainGetDomainCapabilities: this function is not supported by the connection driver");
 * }</pre>
 */
public final class Unsupported extends SkipException {

    public Unsupported(String reason) {
        super(reason);
    }
}
