package org.libvirt.tck.report.diff;

import org.libvirt.tck.report.model.KnownIssue;
import org.libvirt.tck.report.model.Status;

/**
 * One scenario whose result differs between the old and the new run.
 *
 * @param kind    how it differs
 * @param id      the scenario id
 * @param before  its status in the old run, {@code null} for {@link ChangeKind#NEW}
 * @param after   its status in the new run, {@code null} for {@link ChangeKind#REMOVED}
 * @param message the new run's message when it fails there, else {@code null}
 * @param known   the new run's known-broken entry, else {@code null}
 */
public record Change(ChangeKind kind, String id, Status before, Status after, String message, KnownIssue known) {
}
