package org.opencontest.incubation;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

import org.opencontest.incubation.internal.CheckInStatus;
import org.opencontest.incubation.internal.EvidenceView;
import org.opencontest.incubation.internal.Viewer;
import org.opencontest.shared.i18n.LocalizedText;

/**
 * One check-in as its form shows it; {@code id} and {@code version} are null/0 before the team first saves it.
 *
 * @param editable the caller is in the team and the check-in is a draft or was queried
 */
public record CheckInDetail(long projectId, LocalizedText projectTitle, ReportingPeriod period, Long id, long version,
                            CheckInStatus status, String narrative, Kpis kpis, String submittedBy,
                            Instant submittedAt, String reviewedBy, Instant reviewedAt, String reviewComment,
                            List<EvidenceView> evidence, Viewer viewer, boolean editable) implements Serializable {

    public CheckInDetail {
        evidence = List.copyOf(evidence);
    }
}
