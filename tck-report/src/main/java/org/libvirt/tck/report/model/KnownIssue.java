package org.libvirt.tck.report.model;

/**
 * The known-broken entry that was applied to a scenario: why it is known to fail and where that is tracked.
 *
 * <pre>{@code
 * KnownIssue k = new KnownIssue("save fails on QEMU 8.2 without a fix", "https://gitlab.com/libvirt/libvirt/-/issues/1",
 *         "conf/known-broken/qemu.yml:12");
 * ScenarioResult known = result.withStatus(Status.KNOWN_FAIL, k);
 * }</pre>
 *
 * @param reason why the scenario is expected to fail, as the entry says; may be {@code null}
 * @param bug    the URL of the bug report, as the entry says; may be {@code null}
 * @param entry  where the entry is, {@code file:line}, so a person can find and remove it; may be {@code null}
 */
public record KnownIssue(String reason, String bug, String entry) {

    /** {@code reason (bug)}, or whichever of the two is known, for one-line messages. */
    public String describe() {
        if (reason != null && bug != null) {
            return reason + " (" + bug + ")";
        }
        if (reason != null) {
            return reason;
        }
        return bug == null ? "known broken" : bug;
    }
}
