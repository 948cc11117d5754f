package org.opencontest.judging.internal;

import java.io.Serializable;
import java.util.List;

import org.opencontest.contest.ContestPage;
import org.opencontest.shared.i18n.LocalizedText;

/**
 * What the judges told one team, for its members: their comments to the team, per round, never a judge's identity
 * or private note. Before the results are published ({@code published} false) only the rounds of stages whose
 * feedback the organiser released, without scores or awards. Scores appear only if the organiser chose to show them
 * (null otherwise).
 */
public record FeedbackReport(ContestPage contest, String teamName, boolean published, boolean scoresShown,
                             List<LocalizedText> awards, List<Round> rounds) implements Serializable {

    public FeedbackReport {
        awards = List.copyOf(awards);
        rounds = List.copyOf(rounds);
    }

    /** One round the team's entry was judged in; {@code score} is the mean of its sheets (when shown). */
    public record Round(LocalizedText name, Double score, List<Sheet> sheets) implements Serializable {

        public Round {
            sheets = List.copyOf(sheets);
        }
    }

    /** One judge's sheet, anonymous: the comment to the team and the comments per criterion (criterion name first). */
    public record Sheet(Double score, String teamComment, List<CriterionComment> comments) implements Serializable {

        public Sheet {
            comments = List.copyOf(comments);
        }
    }

    /** A criterion's comment, and its score when scores are shown. */
    public record CriterionComment(LocalizedText criterion, Integer score, String comment) implements Serializable {
    }
}
