package org.libvirt.tck.suites.secret;

import java.util.UUID;

import org.libvirt.Error.ErrorNumber;
import org.libvirt.LibvirtException;
import org.libvirt.Secret;
import org.libvirt.tck.core.connect.LibvirtError;
import org.libvirt.tck.suites.scenario.Scenario;

/**
 * Base of the secret scenarios: defines secrets the kit can recognise and removes them itself.
 *
 * <p>Secrets have no name, only a UUID and a usage, so the sandbox cannot hand them out and the kit's cleanup does
 * not find them. Unlike every other scenario, a secret scenario therefore removes its own secrets, in a
 * {@code finally} block through {@link #removeQuietly}; each has a description and a usage path starting with
 * {@code tck-}, so that one left behind by a killed run is recognisable.
 */
abstract class SecretScenario extends Scenario {

    /** A volume secret for a file under this scenario's scratch folder, which need not exist. */
    static String volumeSecret(UUID uuid, String usagePath, boolean ephemeral, boolean isPrivate) {
        return "<secret ephemeral='" + yesNo(ephemeral) + "' private='" + yesNo(isPrivate) + "'>\n"
                + "  <uuid>" + uuid + "</uuid>\n"
                + "  <description>" + sandbox().prefix() + "secret for " + usagePath + "</description>\n"
                + "  <usage type='volume'>\n"
                + "    <volume>" + usagePath + "</volume>\n"
                + "  </usage>\n"
                + "</secret>\n";
    }

    /** A usage path for a secret of this scenario: a file name under the scratch folder, starting with tck-. */
    static String usagePath(String suffix) {
        return sandbox().scratchPath(suffix + ".img").toString();
    }

    /** Undefines the secret with this UUID if it is there; the scenario's own cleanup (see the class comment). */
    static void removeQuietly(UUID uuid) {
        try {
            Secret secret = conn().secretLookupByUUIDString(uuid.toString());
            secret.undefine();
        } catch (LibvirtException e) {
            LibvirtError error = LibvirtError.of(e);
            if (!error.is(ErrorNumber.VIR_ERR_NO_SECRET) && !error.isNoSupport()) {
                throw error;
            }
        }
    }

    private static String yesNo(boolean value) {
        return value ? "yes" : "no";
    }
}
