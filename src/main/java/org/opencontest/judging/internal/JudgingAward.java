package org.opencontest.judging.internal;

import java.time.Instant;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.opencontest.shared.i18n.LocalizedText;
import org.opencontest.shared.persistence.BaseEntity;

/**
 * An award given to one submitted version: a contest prize (by its position in the contest's prize list) or a
 * special award with its own bilingual name. Keeps a copy of what the gallery shows (team name, title, abstract as
 * submitted), so publishing never reads another module and a later rename does not rewrite history.
 */
@Entity
@Table(name = "judging_award")
public class JudgingAward extends BaseEntity {

    @Column(name = "contest_id", nullable = false, updatable = false)
    private long contestId;

    @Column(name = "prize_position", updatable = false)
    private Integer prizePosition;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "en", column = @Column(name = "name_en", nullable = false, updatable = false)),
            @AttributeOverride(name = "zh", column = @Column(name = "name_zh", nullable = false, updatable = false))})
    private LocalizedText name;

    @Column(name = "award_rank", updatable = false)
    private Integer rank;

    @Column(name = "submission_id", nullable = false, updatable = false)
    private long submissionId;

    @Column(name = "version_id", nullable = false, updatable = false)
    private long versionId;

    @Column(name = "team_id", nullable = false, updatable = false)
    private long teamId;

    @Column(name = "team_name", nullable = false, updatable = false)
    private String teamName;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "en", column = @Column(name = "title_en", nullable = false, updatable = false)),
            @AttributeOverride(name = "zh", column = @Column(name = "title_zh", nullable = false, updatable = false))})
    private LocalizedText title;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "en",
                    column = @Column(name = "abstract_en", nullable = false, updatable = false)),
            @AttributeOverride(name = "zh",
                    column = @Column(name = "abstract_zh", nullable = false, updatable = false))})
    private LocalizedText summary;

    @Column(nullable = false, updatable = false)
    private String reason;

    @Column(name = "decided_by", nullable = false, updatable = false)
    private long decidedBy;

    @Column(name = "decided_at", nullable = false, updatable = false)
    private Instant decidedAt;

    @Column(name = "log_sequence", nullable = false, updatable = false)
    private long logSequence;

    protected JudgingAward() {
    }

    /** What was awarded, to whom and why; {@code prizePosition} null for a special award. */
    public record Grant(long contestId, Integer prizePosition, LocalizedText name, Integer rank, AwardedVersion entry,
                        String reason, long decidedBy, Instant decidedAt) {
    }

    /** The submitted version as the gallery shows it. */
    public record AwardedVersion(long submissionId, long versionId, long teamId, String teamName, LocalizedText title,
                                 LocalizedText summary) {
    }

    public JudgingAward(Grant grant, long logSequence) {
        this.contestId = grant.contestId();
        this.prizePosition = grant.prizePosition();
        this.name = grant.name();
        this.rank = grant.rank();
        this.submissionId = grant.entry().submissionId();
        this.versionId = grant.entry().versionId();
        this.teamId = grant.entry().teamId();
        this.teamName = grant.entry().teamName();
        this.title = grant.entry().title();
        this.summary = grant.entry().summary();
        this.reason = grant.reason();
        this.decidedBy = grant.decidedBy();
        this.decidedAt = grant.decidedAt();
        this.logSequence = logSequence;
    }

    public long getContestId() {
        return contestId;
    }

    public Integer getPrizePosition() {
        return prizePosition;
    }

    public LocalizedText getName() {
        return name;
    }

    public Integer getRank() {
        return rank;
    }

    public long getSubmissionId() {
        return submissionId;
    }

    public long getVersionId() {
        return versionId;
    }

    public long getTeamId() {
        return teamId;
    }

    public String getTeamName() {
        return teamName;
    }

    public LocalizedText getTitle() {
        return title;
    }

    public LocalizedText getSummary() {
        return summary;
    }

    public String getReason() {
        return reason;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
