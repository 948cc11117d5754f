package org.opencontest.judging.internal;

import java.time.Instant;
import org.opencontest.shared.i18n.LocalizedText;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.opencontest.shared.persistence.BaseEntity;

/**
 * One entry of a round: a team's submitted version (versions are immutable, so the title is a copy). A first-round
 * entry taken while teams could still submit follows the team's final version until a judge submits a sheet on it. {@code advancedFromEntryId} names the previous round's entry it advanced from.
 */
@Entity
@Table(name = "judging_entry")
public class JudgingEntry extends BaseEntity {

    @Column(name = "round_id", nullable = false, updatable = false)
    private long roundId;

    @Column(name = "contest_id", nullable = false, updatable = false)
    private long contestId;

    @Column(name = "submission_version_id", nullable = false)
    private long submissionVersionId;

    @Column(name = "package_id", nullable = false, updatable = false)
    private long packageId;

    @Column(name = "team_id", nullable = false, updatable = false)
    private long teamId;

    @Column(name = "track_id")
    private Long trackId;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "en", column = @Column(name = "title_en")),
            @AttributeOverride(name = "zh", column = @Column(name = "title_zh"))})
    private LocalizedText title;

    @Column(name = "advanced_from_entry_id", updatable = false)
    private Long advancedFromEntryId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected JudgingEntry() {
    }

    public JudgingEntry(long roundId, long contestId, EntrySource source, Long advancedFromEntryId, Instant now) {
        this.roundId = roundId;
        this.contestId = contestId;
        this.submissionVersionId = source.submissionVersionId();
        this.packageId = source.packageId();
        this.teamId = source.teamId();
        this.trackId = source.trackId();
        this.title = source.title();
        this.advancedFromEntryId = advancedFromEntryId;
        this.createdAt = now;
    }

    /** Points the entry at the team's newer final version. */
    public void follow(EntrySource source) {
        this.submissionVersionId = source.submissionVersionId();
        this.trackId = source.trackId();
        this.title = source.title();
    }

    public long getRoundId() {
        return roundId;
    }

    public long getContestId() {
        return contestId;
    }

    public long getSubmissionVersionId() {
        return submissionVersionId;
    }

    public long getPackageId() {
        return packageId;
    }

    public long getTeamId() {
        return teamId;
    }

    public Long getTrackId() {
        return trackId;
    }

    public Long getAdvancedFromEntryId() {
        return advancedFromEntryId;
    }

    public LocalizedText title() {
        return LocalizedText.orEmpty(title);
    }

    /** What a later round's entry copies when this entry advances. */
    public EntrySource source() {
        return new EntrySource(submissionVersionId, packageId, teamId, trackId, title());
    }
}
