package org.opencontest.submission.internal;

import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.opencontest.shared.persistence.BaseEntity;

/** The organiser's rules for a contest's submission phase, as stored. */
@Entity
@Table(name = "submission_rules")
public class PhaseRules extends BaseEntity {

    @Column(name = "contest_id", nullable = false, updatable = false)
    private long contestId;
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

    protected PhaseRules() {
    }

    public PhaseRules(long contestId) {
        this.contestId = contestId;
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

    public SubmissionRules toRules() {
        return new SubmissionRules(Set.copyOf(Arrays.asList(allowedTypes.split(","))), maxFileBytes, maxPackageBytes,
                maxFiles, quotaPerDay, quotaTotal, latePolicy, Duration.ofSeconds(graceSeconds), getVersion());
    }
}
