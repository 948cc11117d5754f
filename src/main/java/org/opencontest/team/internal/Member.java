package org.opencontest.team.internal;

import java.time.Instant;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.opencontest.shared.persistence.BaseEntity;

/** A person in a team, with the consent they gave when joining. One team per person and contest (a constraint). */
@Entity
@Table(name = "team_member")
public class Member extends BaseEntity {

    @Column(name = "team_id", nullable = false)
    private long teamId;

    @Column(name = "contest_id", nullable = false)
    private long contestId;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(nullable = false)
    private String email;

    @Column(nullable = false)
    private String locale;

    @Column(name = "joined_at", nullable = false)
    private Instant joinedAt;

    @Column(name = "rules_version")
    private String rulesVersion;

    @Column(name = "consented_at", nullable = false)
    private Instant consentedAt;

    protected Member() {
    }

    public Member(Team team, long userId, String displayName, String email, Locale locale, String rulesVersion,
                  Instant now) {
        this.teamId = team.getId();
        this.contestId = team.getContestId();
        this.userId = userId;
        this.displayName = displayName;
        this.email = email;
        this.locale = locale.toLanguageTag();
        this.joinedAt = now;
        this.rulesVersion = rulesVersion;
        this.consentedAt = now;
    }

    /** Moves the member into the team that absorbs theirs in a merge. */
    public void moveTo(Team team) {
        this.teamId = team.getId();
    }

    public long getTeamId() {
        return teamId;
    }

    public long getContestId() {
        return contestId;
    }

    public long getUserId() {
        return userId;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public Locale getLocale() {
        return Locale.forLanguageTag(locale);
    }

    public Instant getJoinedAt() {
        return joinedAt;
    }

    public String getRulesVersion() {
        return rulesVersion;
    }

    public Instant getConsentedAt() {
        return consentedAt;
    }
}
