package org.opencontest.submission.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.opencontest.shared.i18n.LocalizedText;
import org.opencontest.shared.persistence.BaseEntity;

/**
 * One stage of a contest's submission as stored: its name, its own window (none: the contest's submission phase),
 * its shortlist size and the submission rules that apply while it runs.
 */
@Entity
@Table(name = "submission_stage")
public class SubmissionStage extends BaseEntity {

    @Column(name = "contest_id", nullable = false, updatable = false)
    private long contestId;
    @Column(nullable = false)
    private int position;
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "en", column = @Column(name = "name_en")),
            @AttributeOverride(name = "zh", column = @Column(name = "name_zh"))})
    private LocalizedText name;
    @Column(name = "opens_at")
    private Instant opensAt;
    @Column(name = "closes_at")
    private Instant closesAt;
    @Column(name = "shortlist_size")
    private Integer shortlistSize;
    @Column(name = "allowed_types", nullable = false)
    private String allowedTypes;
    @Column(name = "max_file_bytes", nullable = false)
    private long maxFileBytes;
    @Column(name = "max_package_bytes", nullable = false)
    private long maxPackageBytes;
    @Column(name = "max_files", nullable = false)
    private int maxFiles;
    @Column(name = "quota_per_day", nullable = false)
    private int quotaPerDay;
    @Column(name = "quota_total", nullable = false)
    private int quotaTotal;
    @Enumerated(EnumType.STRING)
    @Column(name = "late_policy", nullable = false)
    private LatePolicy latePolicy;
    @Column(name = "grace_seconds", nullable = false)
    private long graceSeconds;
    /** Set apart from the definition: saving the stage editor keeps it, a clone starts without it. */
    @Column(name = "feedback_released", nullable = false)
    private boolean feedbackReleased;

    protected SubmissionStage() {
    }

    public SubmissionStage(long contestId, int position) {
        this.contestId = contestId;
        this.position = position;
    }

    public void apply(SubmissionRules rules) {
        allowedTypes = String.join(",", new TreeSet<>(rules.allowedTypes()));
        maxFileBytes = rules.maxFileBytes();
        maxPackageBytes = rules.maxPackageBytes();
        maxFiles = rules.maxFiles();
        quotaPerDay = rules.quotaPerDay();
        quotaTotal = rules.quotaTotal();
        latePolicy = rules.latePolicy();
        graceSeconds = rules.grace().toSeconds();
    }

    /** Everything but the rules, which {@link #apply} sets. */
    public void define(StageDefinition definition) {
        name = definition.name();
        opensAt = definition.opens();
        closesAt = definition.closes();
        shortlistSize = definition.shortlistSize();
        apply(definition.rules());
    }

    public int getPosition() {
        return position;
    }

    public boolean isFeedbackReleased() {
        return feedbackReleased;
    }

    public void releaseFeedback(boolean released) {
        feedbackReleased = released;
    }

    public SubmissionRules toRules() {
        return new SubmissionRules(Set.copyOf(Arrays.asList(allowedTypes.split(","))), maxFileBytes, maxPackageBytes,
                maxFiles, quotaPerDay, quotaTotal, latePolicy, Duration.ofSeconds(graceSeconds), getVersion());
    }

    public StageDefinition toDefinition() {
        return new StageDefinition(position, LocalizedText.orEmpty(name), opensAt, closesAt, shortlistSize, toRules());
    }
}
