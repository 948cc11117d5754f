package org.opencontest.incubation.internal;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

import org.opencontest.incubation.AdoptionStage;
import org.opencontest.incubation.PartnerOutcomes;
import org.opencontest.incubation.Stage;
import org.opencontest.shared.i18n.LocalizedText;
import org.opencontest.submission.ContestStages;

/**
 * What a contest led to, for sponsors and data providers: entries → awarded → incubated → adopted by government →
 * companies founded, with jobs and money, per project, and the trace from each dataset to the entries that declared or downloaded it.
 *
 * @param jobs    full-time employees (founders excluded) in each incubated project's latest verified check-in
 * @param funding funding of all kinds raised, over all verified check-ins
 * @param revenue revenue over all verified check-ins
 * @param partnering what partner matchmaking led to: introductions, meetings, linked funding and adoptions
 * @param stages  the funnel from registration through the contest's submission stages to the final
 */
public record ImpactReport(long contestId, LocalizedText contestTitle, long entries, long awarded, long incubated,
                           long adopted, long companies, long jobs, BigDecimal funding, BigDecimal revenue,
                           List<Outcome> projects, List<DatasetTrace> datasets, PartnerOutcomes.Counts partnering,
                           ContestStages.StageFunnel stages)
        implements Serializable {

    public ImpactReport {
        projects = List.copyOf(projects);
        datasets = List.copyOf(datasets);
    }

    public record Outcome(long projectId, LocalizedText title, String teamName, LocalizedText award, Stage stage,
                          boolean adopted, boolean company, long jobs, BigDecimal funding, BigDecimal revenue,
                          AdoptionStage adoption) implements Serializable {
    }

    /**
     * A dataset of the contest: how many entries declared it as used (their final versions), how many teams took its
     * files, and what became of the incubated ones among either.
     *
     * @param declared   entries whose final version declared the dataset
     * @param downloaded teams that took links to its files
     * @param issuesReported data-quality issues reported on it (by anyone, over its whole life)
     * @param issuesFixed    those of them a published release fixed
     */
    public record DatasetTrace(LocalizedText dataset, String slug, int declared, int downloaded, int issuesReported,
                               int issuesFixed, List<Outcome> outcomes) implements Serializable {

        public DatasetTrace {
            outcomes = List.copyOf(outcomes);
        }
    }
}
