package org.libvirt.tck.suites.guest;

import static org.libvirt.tck.suites.assertions.DomainXmlAssert.assertThatLiveXml;

import java.time.Duration;

import org.libvirt.Domain;
import org.libvirt.Domain.VcpuFlags;
import org.libvirt.Error.ErrorNumber;
import org.libvirt.LibvirtException;
import org.libvirt.tck.core.connect.LibvirtCall;
import org.libvirt.tck.core.connect.LibvirtError;
import org.libvirt.tck.core.guest.GuestSession;
import org.libvirt.tck.suites.scenario.ScenarioId;
import org.libvirt.tck.suites.scenario.Unsupported;
import org.testng.annotations.Test;

/** vCPUs plugged into a running guest come online in it; its balloon takes memory from it and gives it back. */
public class GuestLiveResources extends GuestScenario {

    /** The guest's boot memory, as {@link GuestScenario#guest} sets it. */
    private static final long FULL_KIB = 256 * 1024;
    /** The balloon target the memory scenario lowers the guest to: 64 MiB taken away. */
    private static final long LOWERED_KIB = 192 * 1024;
    /** How far the guest's MemTotal may stray from the balloon's change (pages the balloon keeps, rounding). */
    private static final long TOLERANCE_KIB = 4 * 1024;
    /** How long a vCPU or the balloon may take to act in the guest (ACPI hotplug, balloon pages, under TCG). */
    private static final Duration GUEST_TIMEOUT = Duration.ofSeconds(60);

    private static final String CPU1_ONLINE = "/sys/devices/system/cpu/cpu1/online";
    private static final String COUNT_CPUS = "grep -c ^processor /proc/cpuinfo";
    private static final String MEM_TOTAL_KIB = "awk '/^MemTotal:/ {print $2}' /proc/meminfo";
    /** Finds the virtio balloon (device id 5) bound to its driver, as conf/guest-checks/40-balloon.sh does. */
    private static final String BALLOON_DRIVER = "for d in /sys/bus/virtio/devices/*; do "
            + "[ \"$(cat \"$d/device\")\" = 0x0005 ] && [ -e \"$d/driver\" ] "
            + "&& basename \"$(readlink \"$d/driver\")\"; done; true";

    @ScenarioId("guest.vcpu-hotplug")
    @Test(groups = {"guest", "hotplug"})
    public void aVcpuPluggedLiveComesOnlineInTheGuest() throws LibvirtException {
        // GIVEN a running guest with one of at most two vCPUs, booted to its agent
        String name = sandbox().domain("vcpu-hotplug");
        Domain dom = conn().domainCreateXML(guest(name).withVcpus(1).withMaxVcpus(2).build().toXml(), 0);
        awaitBooted(dom, name);

        // WHEN its live vCPUs are set to 2
        setLiveVcpus(dom, 2);

        // THEN the domain has 2 vCPUs and the guest, once it onlines the new one, sees 2 CPUs
        int vcpus = dom.getInfo().nrVirtCpu;
        if (vcpus != 2) {
            throw new AssertionError("expected getInfo() of " + name + " to show 2 vCPUs after setVcpusFlags(2, LIVE), "
                    + "but found " + vcpus);
        }
        assertThatLiveXml(dom).hasText("/domain/vcpu", "2");
        try (GuestSession agent = agentOf(dom, name)) {
            await("the guest to get CPU 1 (/sys/devices/system/cpu/cpu1/online)", GUEST_TIMEOUT,
                    () -> agent.exec("test -e " + CPU1_ONLINE).exitCode() == 0, Boolean::booleanValue);
            // Without udev nothing onlines a hotplugged CPU; the guest's user does, as here.
            run(agent, "[ \"$(cat " + CPU1_ONLINE + ")\" = 1 ] || echo 1 > " + CPU1_ONLINE);
            await("the guest to see 2 CPUs in /proc/cpuinfo", GUEST_TIMEOUT,
                    () -> Integer.parseInt(run(agent, COUNT_CPUS)), cpus -> cpus == 2);
        }
    }

    @ScenarioId("guest.memory-balloon")
    @Test(groups = {"guest", "balloon"})
    public void theBalloonLowersTheGuestsMemoryLiveAndGivesItBack() throws LibvirtException {
        // GIVEN a running guest with 256 MiB, booted to its agent
        String name = sandbox().domain("balloon");
        Domain dom = conn().domainCreateXML(guest(name).build().toXml(), 0);
        awaitBooted(dom, name);

        // WHEN its memory is set to 192 MiB THEN the domain has 192 MiB
        dom.setMemory(LOWERED_KIB);
        awaitMemory(dom, LOWERED_KIB);

        // AND the guest's virtio balloon took the memory: its MemTotal is at most 192 MiB
        try (GuestSession agent = agentOf(dom, name)) {
            String driver = run(agent, BALLOON_DRIVER);
            if (!driver.equals("virtio_balloon")) {
                throw new AssertionError("expected the guest to have a virtio balloon device bound to virtio_balloon, "
                        + "but found '" + driver + "' (see conf/guest-checks/40-balloon.sh)");
            }
            long lowered = await("the guest's MemTotal to drop to at most " + LOWERED_KIB + " KiB",
                    GUEST_TIMEOUT, () -> memTotalKiB(agent), kib -> kib <= LOWERED_KIB);

            // WHEN its memory is set back to 256 MiB THEN the guest's MemTotal grows by the 64 MiB it gave back
            dom.setMemory(FULL_KIB);
            awaitMemory(dom, FULL_KIB);
            long returned = FULL_KIB - LOWERED_KIB;
            long full = await("the guest's MemTotal to grow from " + lowered + " KiB by " + returned + " KiB (within "
                    + TOLERANCE_KIB + " KiB)", GUEST_TIMEOUT, () -> memTotalKiB(agent),
                    kib -> kib >= lowered + returned - TOLERANCE_KIB);
            if (full > lowered + returned + TOLERANCE_KIB) {
                throw new AssertionError("expected the guest's MemTotal to grow by " + returned + " KiB, but it grew "
                        + "from " + lowered + " to " + full + " KiB");
            }
        }
    }

    /** Sets the live vCPUs; a driver or machine that cannot plug vCPUs is unsupported, with libvirt's reason. */
    private static void setLiveVcpus(Domain dom, int count) {
        try {
            LibvirtCall.run(() -> dom.setVcpusFlags(count, VcpuFlags.LIVE));
        } catch (LibvirtError e) {
            if (e.is(ErrorNumber.VIR_ERR_OPERATION_UNSUPPORTED) || e.is(ErrorNumber.VIR_ERR_CONFIG_UNSUPPORTED)) {
                throw new Unsupported("vCPU hotplug: " + e.libvirtMessage());
            }
            throw e;
        }
    }

    /** The balloon acts asynchronously: libvirt reports the new size once the guest has given or taken it. */
    private static void awaitMemory(Domain dom, long kib) {
        await("getInfo() of " + LibvirtCall.call(dom::getName) + " to show " + kib + " KiB of memory", GUEST_TIMEOUT,
                () -> LibvirtCall.call(dom::getInfo).memory, memory -> memory == kib);
    }

    private static long memTotalKiB(GuestSession agent) {
        return Long.parseLong(run(agent, MEM_TOTAL_KIB));
    }
}
