package org.opencontest.incubation;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.opencontest.incubation.internal.EvidenceView;
import org.opencontest.incubation.internal.StageEntry;
import org.opencontest.incubation.internal.Viewer;

/** A project's page: everything its team, incubators and organisers see, and what the caller may do. */
public record ProjectDetail(ProjectSummary summary, Viewer viewer, Cadence cadence, ZoneId zone,
                            String consentBy, Instant consentAt, boolean showPublic, boolean showKpis,
                            String publicSummary, List<StageEntry> history, List<IncubatorOrgView.Incubator> responsible,
                            List<MilestoneView> milestones, List<PeriodRow> periods, List<EvidenceView> evidence,
                            PartnerListing partners)
        implements Serializable {

    public ProjectDetail {
        history = List.copyOf(history);
        responsible = List.copyOf(responsible);
        milestones = List.copyOf(milestones);
        periods = List.copyOf(periods);
        evidence = List.copyOf(evidence);
    }

    /** The team's opt-in to the partner showcase: shown or not, the city and the datasets it named. */
    public record PartnerListing(boolean shown, String city, String datasets) implements Serializable {
    }

    public long id() {
        return summary.id();
    }
}
