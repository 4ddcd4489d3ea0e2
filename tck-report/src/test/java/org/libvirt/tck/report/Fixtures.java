package org.libvirt.tck.report;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.libvirt.tck.report.model.Report;
import org.libvirt.tck.report.model.RunInfo;
import org.libvirt.tck.report.model.ScenarioResult;
import org.libvirt.tck.report.model.Status;

/** Hand-made reports shared by the writer and reader tests. */
public final class Fixtures {

    public static final Instant START = Instant.parse("2024-05-01T10:00:00Z");
    public static final Instant END = Instant.parse("2024-05-01T10:05:00Z");
    public static final Instant GENERATED = Instant.parse("2024-05-01T10:05:01Z");
    public static final Clock CLOCK = Clock.fixed(GENERATED, ZoneOffset.UTC);

    private Fixtures() {
    }

    /** A finished run on QEMU with every field known. */
    public static RunInfo qemuRun() {
        return new RunInfo("qemu:///system", "QEMU", "9.0.0", "9.0.0", "QEMU", "8.2.2", "x86_64", "Linux",
                "6.8.0", "build1", "0.1.0", START, END, true);
    }

    /** The finding a run records when nested KVM hangs guest kernels and the kit falls back to TCG. */
    public static final String KVM_FALLBACK = "kvm offered by capabilities, but a probe guest did not reach its "
            + "agent within 20 s (nested KVM hangs guest kernels?); guests run as qemu (TCG) & <no> \"kvm\"";

    /** {@link #qemuRun()} whose guests fell back from kvm to qemu. */
    public static RunInfo kvmFallbackRun() {
        return qemuRun().withGuests("qemu", KVM_FALLBACK);
    }

    /** A run on the test driver that is still going and knows nothing but its URI. */
    public static RunInfo runningTestDriver() {
        return new RunInfo("test:///default", null, null, null, null, null, null, null, null, null, null,
                START, null, false);
    }

    public static ScenarioResult result(String id, Status status, long millis, String message, String details) {
        return new ScenarioResult(id, List.of(id.substring(0, id.indexOf('.'))), status, Duration.ofMillis(millis),
                message, details);
    }

    /** One scenario of each status, in Status order. */
    public static Report oneOfEach() {
        return new Report(qemuRun(), List.of(
                result("domain.persistent-lifecycle", Status.PASS, 1234, null, null),
                result("domain.save-restore", Status.FAIL, 2500,
                        "expected the domain to be running after restore but it is shut off",
                        "java.lang.AssertionError: expected running\n\tat SaveRestore.run(SaveRestore.java:42)"),
                result("storage.pool-build", Status.ERROR, 10,
                        "virStoragePoolBuild failed: Permission denied", "libvirt error code 38"),
                result("network.nat-start", Status.SKIP, 0, "known broken: libvirt bug 1234", null),
                result("domain.vcpu-hotplug", Status.UNSUPPORTED, 3,
                        "virDomainSetVcpusFlags is not supported by this driver", null)));
    }
}
