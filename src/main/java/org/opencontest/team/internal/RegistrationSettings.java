package org.opencontest.team.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.opencontest.shared.persistence.BaseEntity;

/** The organiser's registration choices for one contest; a contest without a row uses the defaults. */
@Entity
@Table(name = "team_settings")
public class RegistrationSettings extends BaseEntity {

    @Column(name = "contest_id", nullable = false)
    private long contestId;

    @Column(name = "approval_required", nullable = false)
    private boolean approvalRequired;

    @Column(name = "solo_allowed", nullable = false)
    private boolean soloAllowed;

    @Column(name = "lock_at")
    private Instant lockAt;

    @Column(name = "merge_deadline")
    private Instant mergeDeadline;

    @Column(name = "rules_version")
    private String rulesVersion;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected RegistrationSettings() {
    }

    public RegistrationSettings(long contestId, Instant now) {
        this.contestId = contestId;
        this.updatedAt = now;
    }

    public void change(boolean approvalRequired, boolean soloAllowed, Instant lockAt, Instant mergeDeadline,
                       String rulesVersion, Instant now) {
        this.approvalRequired = approvalRequired;
        this.soloAllowed = soloAllowed;
        this.lockAt = lockAt;
        this.mergeDeadline = mergeDeadline;
        this.rulesVersion = rulesVersion;
        this.updatedAt = now;
    }

    public long getContestId() {
        return contestId;
    }

    public boolean isApprovalRequired() {
        return approvalRequired;
    }

    public boolean isSoloAllowed() {
        return soloAllowed;
    }

    public Instant getLockAt() {
        return lockAt;
    }

    public Instant getMergeDeadline() {
        return mergeDeadline;
    }

    public String getRulesVersion() {
        return rulesVersion;
    }
}
