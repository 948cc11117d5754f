package org.opencontest.submission;

import java.util.List;
import java.util.Set;

import org.opencontest.shared.i18n.LocalizedText;
import org.opencontest.submission.internal.StageAdministration;

/**
 * A contest's submission stages for other modules: judging judges a stage's versions in a round linked to it and
 * shortlists the top of its ranking into the next stage; the impact report counts the funnel. Implemented by
 * {@link StageAdministration}, which checks that the caller manages the contest (anyone else: "not found").
 */
public interface ContestStages {

    /** The contest's stage names by position (one unnamed stage for a contest that never defined stages). */
    List<LocalizedText> stageNames(long contestId);

    /** Each team's latest version submitted in {@code stage}, with its description, by version id. */
    List<FinalVersion> stageVersions(long contestId, int stage);

    /**
     * Shortlists the ranked teams (best first) from {@code stage} into the next one, as one decision: teams already
     * shortlisted are kept, and the stage's shortlist size must hold all of them, otherwise nothing changes.
     * Returns how many teams are shortlisted from the stage afterwards.
     */
    int shortlistRanked(long contestId, int stage, List<Long> teamIds);

    /** The teams shortlisted from {@code stage} into the next one. */
    Set<Long> shortlistedTeams(long contestId, int stage);

    /**
     * The funnel from registration to the last stage: the teams registered (any status), and per stage position how
     * many teams submitted there and how many were shortlisted from it.
     */
    StageFunnel funnel(long contestId);

    /**
     * Replaces the contest's stages by these outlines, in order (each with its own window inside the submission
     * phase); a stage keeps the rules it had, a new stage gets the default rules narrowed to {@code allowedTypes}
     * when given. Refused like the organiser's stage editor (names in both languages, order, windows).
     */
    void outline(long contestId, List<StageOutline> outlines);

    /** A stage as another module outlines it (demo data). */
    record StageOutline(LocalizedText name, java.time.Instant opens, java.time.Instant closes,
                        Integer shortlistSize, Set<String> allowedTypes) {
    }

    /** The funnel of a contest; a contest without stages has one step. */
    record StageFunnel(long registeredTeams, List<StageFunnelStep> steps) implements java.io.Serializable {

        public StageFunnel {
            steps = List.copyOf(steps);
        }
    }

    /** One stage of the funnel. */
    record StageFunnelStep(int stage, LocalizedText name, long submitted, long shortlisted)
            implements java.io.Serializable {
    }
}
