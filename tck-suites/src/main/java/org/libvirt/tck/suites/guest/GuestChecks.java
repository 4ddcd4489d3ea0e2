package org.libvirt.tck.suites.guest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.libvirt.Domain;
import org.libvirt.LibvirtException;
import org.libvirt.tck.core.guest.CheckResult;
import org.libvirt.tck.core.guest.GuestSession;
import org.libvirt.tck.suites.scenario.ScenarioId;
import org.libvirt.tck.suites.scenario.SubResult;
import org.testng.annotations.Test;

/**
 * The checks in {@code conf/guest-checks/} run inside the guest, from a folder the host shares read-only over
 * virtio-9p; each script's exit code is its result (0 pass, 77 skip, other fail), and a script that writes TAP is
 * judged by its TAP too. Each script, and each TAP test, is a row of the report under this scenario
 * ({@code guest.checks/20-memory}, {@code guest.checks/20-memory/2-...}; see {@link CheckParts}).
 */
public class GuestChecks extends GuestScenario {

    /** The mount tag the guest's /init mounts at /checks. */
    static final String CHECKS_TAG = "tckchecks";

    @ScenarioId("guest.checks")
    @Test(groups = {"guest", "checks"})
    public void everyCheckScriptSharedIntoTheGuestPassesOrSkips() throws LibvirtException {
        // GIVEN a guest sharing a copy of the kit's check scripts read-only
        String name = sandbox().domain("checks");
        Path shared = copyOfChecks();
        Domain dom = conn().domainCreateXML(guest(name).withReadOnlyFolder(shared.toString(), CHECKS_TAG)
                .build().toXml(), 0);

        // WHEN the agent runs every check in the guest
        try (GuestSession agent = agentOf(dom, name)) {
            List<CheckResult> results = agent.runChecks();
            results.forEach(check -> CheckParts.of(check).forEach(sandbox()::publish));

            // THEN there is one result per script and none fails
            long scripts = listChecks(shared).size();
            if (results.size() != scripts) {
                throw new AssertionError("expected a result for each of the " + scripts + " check scripts, but the "
                        + "guest ran " + results.size() + ": " + describe(results));
            }
            if (results.stream().anyMatch(r -> r.status() == CheckResult.Status.FAIL)) {
                throw new AssertionError("expected every guest check to pass or skip, but: " + describe(results));
            }
        }
    }

    private static String describe(List<CheckResult> results) {
        return results.stream().map(r -> {
            SubResult row = CheckParts.of(r).get(0);
            return r.name() + " " + r.status().name().toLowerCase(Locale.ROOT)
                    + (row.message() == null ? "" : " (" + row.message() + ")");
        }).collect(Collectors.joining("; "));
    }

    /** The scripts, copied where QEMU's own user may read them, so that the kit's folder needs no permissions. */
    private static Path copyOfChecks() {
        Path copy = sandbox().scratchPath("guest-checks");
        try {
            Files.createDirectories(copy, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(
                    "rwxr-xr-x")));
            for (Path script : listChecks(checksFolder())) {
                Path target = copy.resolve(script.getFileName());
                Files.copy(script, target);
                Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the guest checks to " + copy, e);
        }
        return copy;
    }

    private static List<Path> listChecks(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the guest checks in " + folder, e);
        }
    }

    /** {@code conf/guest-checks} of the kit: under {@code libvirt.tck.home}, or found above the working folder. */
    static Path checksFolder() {
        String home = System.getProperty("libvirt.tck.home");
        if (home != null) {
            return Path.of(home, "conf", "guest-checks");
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("conf").resolve("guest-checks");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("conf/guest-checks not found: run the kit through bin/libvirt-tck");
    }
}
