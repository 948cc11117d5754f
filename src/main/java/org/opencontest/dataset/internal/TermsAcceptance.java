package org.opencontest.dataset.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.opencontest.shared.persistence.BaseEntity;

/** A user accepted one version of a dataset's terms, on behalf of their team if they had one. Never changed. */
@Entity
@Table(name = "dataset_terms_acceptance")
public class TermsAcceptance extends BaseEntity {

    @Column(name = "dataset_id", nullable = false)
    private long datasetId;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(name = "team_id")
    private Long teamId;

    @Column(name = "team_name")
    private String teamName;

    @Column(name = "terms_version", nullable = false)
    private int termsVersion;

    @Column(name = "accepted_at", nullable = false)
    private Instant acceptedAt;

    protected TermsAcceptance() {
    }

    public TermsAcceptance(long datasetId, long userId, TeamRef team, int termsVersion, Instant acceptedAt) {
        this.datasetId = datasetId;
        this.userId = userId;
        this.teamId = team == null ? null : team.id();
        this.teamName = team == null ? null : team.name();
        this.termsVersion = termsVersion;
        this.acceptedAt = acceptedAt;
    }

    public long getUserId() {
        return userId;
    }

    public Long getTeamId() {
        return teamId;
    }

    public String getTeamName() {
        return teamName;
    }

    public int getTermsVersion() {
        return termsVersion;
    }

    public Instant getAcceptedAt() {
        return acceptedAt;
    }
}
