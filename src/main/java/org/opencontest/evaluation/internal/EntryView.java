package org.opencontest.evaluation.internal;

import java.io.Serializable;
import java.time.Instant;

import org.opencontest.shared.i18n.LocalizedText;

/**
 * One scoring entry as a team or an organiser sees it. {@code privateScore} is null unless the viewer may see it
 * (organisers, or everyone after the reveal);
 * {@code selected}: the team picked it for the private leaderboard.
 */
public record EntryView(long id, long trackRef, long versionId, int versionNo, long teamId, String teamName,
                        String fileName, Instant submittedAt, boolean late, EvaluationEntry.Status status,
                        Double publicScore, Double privateScore, LocalizedText error, boolean selected)
        implements Serializable {

    static EntryView of(EvaluationEntry entry, boolean withPrivate) {
        return new EntryView(entry.getId(), entry.getTrackRef(), entry.getVersionId(), entry.getVersionNo(),
                entry.getTeamId(), entry.getTeamName(), entry.getFileName(), entry.getSubmittedAt(), entry.isLate(),
                entry.getStatus(), entry.getPublicScore(), withPrivate ? entry.getPrivateScore() : null,
                entry.getError(), entry.isSelected());
    }
}
