package org.opencontest.judging.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.opencontest.judging.JudgeInput;
import org.opencontest.shared.persistence.BaseEntity;

/** A judge of a contest, invited by e-mail. */
@Entity
@Table(name = "judging_judge")
public class Judge extends BaseEntity {

    @Column(name = "contest_id", nullable = false, updatable = false)
    private long contestId;

    @Column(nullable = false, updatable = false)
    private String email;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    private String organisation;

    @Column(nullable = false)
    private String expertise;

    @Column(name = "max_load", nullable = false)
    private int maxLoad;

    @Column(name = "user_id")
    private Long userId;

    @Column(name = "invited_at", nullable = false, updatable = false)
    private Instant invitedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Judge() {
    }

    public Judge(long contestId, String email, Instant now) {
        this.contestId = contestId;
        this.email = email;
        // the database keeps microseconds
        this.invitedAt = now.truncatedTo(ChronoUnit.MICROS);
    }

    public void change(JudgeInput input, Instant now) {
        this.displayName = input.displayName().strip();
        this.organisation = input.organisation() == null || input.organisation().isBlank() ? null
                : input.organisation().strip();
        this.expertise = new TreeSet<>(input.expertise()).stream().map(String::valueOf)
                .collect(Collectors.joining(","));
        this.maxLoad = input.maxLoad();
        this.updatedAt = now;
    }

    public void linkTo(long accountId) {
        this.userId = accountId;
    }

    public long getContestId() {
        return contestId;
    }

    public String getEmail() {
        return email;
    }

    public Long getUserId() {
        return userId;
    }

    public String getOrganisation() {
        return organisation;
    }

    public int getMaxLoad() {
        return maxLoad;
    }

    public Set<Long> expertise() {
        return expertise.isEmpty() ? Set.of()
                : Arrays.stream(expertise.split(",")).map(Long::valueOf).collect(Collectors.toSet());
    }

    public JudgeDetail toDetail() {
        return new JudgeDetail(getId(), getVersion(), contestId, email, displayName, organisation, expertise(),
                maxLoad, userId, invitedAt);
    }
}
