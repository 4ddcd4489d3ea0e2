package org.libvirt.tck.suites.secret;

import static org.libvirt.tck.suites.assertions.LibvirtAssertions.assertFailsWith;

import java.util.Arrays;
import java.util.UUID;

import org.libvirt.Error.ErrorNumber;
import org.libvirt.LibvirtException;
import org.libvirt.Secret;
import org.libvirt.tck.suites.scenario.ScenarioId;
import org.testng.annotations.Test;

/** A secret's value is what was set, byte for byte; a private secret's value cannot be read back. */
public class SecretValues extends SecretScenario {

    // Includes a NUL and 0xff: a value is bytes, not a C string.
    private static final byte[] VALUE = {'t', 'c', 'k', 0, 1, (byte) 0x7f, (byte) 0xff};

    @ScenarioId("secret.value-round-trip")
    @Test(groups = {"secret", "value"})
    public void valueReadBackIsTheValueSet() throws LibvirtException {
        // GIVEN a defined, non-private secret without a value
        UUID uuid = UUID.randomUUID();
        try {
            Secret secret = conn().secretDefineXML(volumeSecret(uuid, usagePath("value-vol"), true, false));

            // WHEN its value is read before any was set THEN libvirt says there is none
            assertFailsWith(ErrorNumber.VIR_ERR_NO_SECRET, secret::getByteValue);

            // WHEN a value is set THEN reading it gives the same bytes
            secret.setValue(VALUE.clone());
            byte[] read = secret.getByteValue();
            if (!Arrays.equals(VALUE, read)) {
                throw new AssertionError("expected secret " + uuid + " to hold " + Arrays.toString(VALUE)
                        + ", but read " + Arrays.toString(read));
            }
        } finally {
            removeQuietly(uuid);
        }
    }

    @ScenarioId("secret.private-value-unreadable")
    @Test(groups = {"secret", "value"})
    public void readingAPrivateSecretsValueFailsWithInvalidSecret() throws LibvirtException {
        // GIVEN a private secret with a value
        UUID uuid = UUID.randomUUID();
        try {
            Secret secret = conn().secretDefineXML(volumeSecret(uuid, usagePath("private-vol"), true, true));
            secret.setValue(VALUE.clone());

            // WHEN its value is read through the API THEN libvirt refuses
            assertFailsWith(ErrorNumber.VIR_ERR_INVALID_SECRET, secret::getByteValue);
        } finally {
            removeQuietly(uuid);
        }
    }
}
