package org.libvirt.tck.suites.secret;

import static org.libvirt.tck.suites.assertions.LibvirtAssertions.assertFailsWith;

import java.util.Arrays;
import java.util.UUID;

import org.libvirt.Error.ErrorNumber;
import org.libvirt.LibvirtException;
import org.libvirt.Secret;
import org.libvirt.SecretUsageType;
import org.libvirt.tck.core.connect.LibvirtError;
import org.libvirt.tck.core.connect.SecretUsageLookup;
import org.libvirt.tck.suites.assertions.LibvirtXml;
import org.libvirt.tck.suites.scenario.ScenarioId;
import org.testng.annotations.Test;

/** A defined secret is found by UUID and by usage until it is undefined; one volume has one secret. */
public class SecretLifecycle extends SecretScenario {

    @ScenarioId("secret.define-lookup-by-uuid")
    @Test(groups = {"secret", "lifecycle"})
    public void definedSecretIsListedAndFoundByItsUuid() throws LibvirtException {
        // GIVEN a volume secret definition
        UUID uuid = UUID.randomUUID();
        String usage = usagePath("uuid-vol");
        try {
            // WHEN it is defined
            Secret secret = conn().secretDefineXML(volumeSecret(uuid, usage, false, false));

            // THEN it has that UUID and usage, is listed, and its UUID finds it
            assertSecret(secret, uuid, usage);
            if (!Arrays.asList(conn().listSecrets()).contains(uuid.toString())) {
                throw new AssertionError("expected secret " + uuid + " among the listed secrets, but found "
                        + Arrays.toString(conn().listSecrets()));
            }
            assertSecret(conn().secretLookupByUUIDString(uuid.toString()), uuid, usage);
            LibvirtXml.parse(secret.getXMLDesc(), "secret " + uuid).hasRoot("secret")
                    .has("/secret/@ephemeral", "no")
                    .has("/secret/@private", "no")
                    .has("/secret/uuid", uuid.toString())
                    .has("/secret/usage/@type", "volume")
                    .has("/secret/usage/volume", usage);
        } finally {
            removeQuietly(uuid);
        }
    }

    @ScenarioId("secret.lookup-by-usage")
    @Test(groups = {"secret", "lifecycle"})
    public void definedSecretIsFoundByItsVolumeUsage() throws LibvirtException {
        // GIVEN a defined volume secret
        UUID uuid = UUID.randomUUID();
        String usage = usagePath("usage-vol");
        try {
            conn().secretDefineXML(volumeSecret(uuid, usage, true, false));

            // WHEN it is looked up by its usage THEN that finds it
            String found = SecretUsageLookup.uuidOf(conn(), SecretUsageType.VOLUME, usage);
            if (!uuid.toString().equals(found)) {
                throw new AssertionError("expected the secret for volume " + usage + " to be " + uuid
                        + ", but found " + found);
            }
        } finally {
            removeQuietly(uuid);
        }
    }

    @ScenarioId("secret.undefine")
    @Test(groups = {"secret", "lifecycle"})
    public void undefinedSecretIsNoLongerFoundByUuidOrUsage() throws LibvirtException {
        // GIVEN a defined volume secret
        UUID uuid = UUID.randomUUID();
        String usage = usagePath("undefine-vol");
        try {
            Secret secret = conn().secretDefineXML(volumeSecret(uuid, usage, false, false));

            // WHEN it is undefined
            secret.undefine();

            // THEN neither its UUID nor its usage finds it, and it is no longer listed
            assertFailsWith(ErrorNumber.VIR_ERR_NO_SECRET, () -> conn().secretLookupByUUID(uuid));
            assertNoSecretFor(usage);
            if (Arrays.asList(conn().listSecrets()).contains(uuid.toString())) {
                throw new AssertionError("expected undefined secret " + uuid + " to be no longer listed, but it is");
            }
        } finally {
            removeQuietly(uuid);
        }
    }

    @ScenarioId("secret.lookup-missing")
    @Test(groups = {"secret", "lifecycle"})
    public void lookingUpASecretThatDoesNotExistFailsWithNoSecret() {
        // GIVEN a UUID and a usage no secret has
        String uuid = UUID.randomUUID().toString();
        String usage = usagePath("missing-vol");

        // WHEN each lookup is tried THEN each fails with VIR_ERR_NO_SECRET
        assertFailsWith(ErrorNumber.VIR_ERR_NO_SECRET, () -> conn().secretLookupByUUIDString(uuid));
        assertNoSecretFor(usage);
    }

    @ScenarioId("secret.define-duplicate-usage")
    @Test(groups = {"secret", "identity"})
    public void definingASecondSecretForTheSameVolumeFailsWithInternalError() throws LibvirtException {
        // GIVEN a defined secret for a volume
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        String usage = usagePath("dup-vol");
        try {
            conn().secretDefineXML(volumeSecret(first, usage, false, false));

            // WHEN a secret with another UUID is defined for the same volume
            // THEN libvirt refuses (virSecretObjListAdd reports it as an internal error)
            String clash = volumeSecret(second, usage, false, false);
            assertFailsWith(ErrorNumber.VIR_ERR_INTERNAL_ERROR, () -> conn().secretDefineXML(clash));

            // AND the volume's secret is still the first
            assertSecret(conn().secretLookupByUUIDString(first.toString()), first, usage);
            assertFailsWith(ErrorNumber.VIR_ERR_NO_SECRET, () -> conn().secretLookupByUUID(second));
        } finally {
            removeQuietly(second);
            removeQuietly(first);
        }
    }

    private static void assertSecret(Secret secret, UUID uuid, String usage) throws LibvirtException {
        if (!uuid.toString().equals(secret.getUUIDString()) || secret.getUsageType() != SecretUsageType.VOLUME
                || !usage.equals(secret.getUsageID())) {
            throw new AssertionError("expected secret " + uuid + " for volume " + usage + ", but found secret "
                    + secret.getUUIDString() + " with usage " + secret.getUsageType() + " " + secret.getUsageID());
        }
    }

    private static void assertNoSecretFor(String usage) {
        try {
            String found = SecretUsageLookup.uuidOf(conn(), SecretUsageType.VOLUME, usage);
            throw new AssertionError("expected libvirt error VIR_ERR_NO_SECRET for volume " + usage
                    + " but the lookup found secret " + found);
        } catch (LibvirtError e) {
            if (e.is(ErrorNumber.VIR_ERR_NO_SECRET)) {
                return;
            }
            if (e.isNoSupport()) {
                throw e;
            }
            throw new AssertionError("expected libvirt error VIR_ERR_NO_SECRET for volume " + usage
                    + " but got " + e.codeName() + " (" + e.code() + "): " + e.libvirtMessage(), e);
        }
    }
}
