package org.opencontest.submission.internal;

import java.io.Serializable;
import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;

import org.opencontest.shared.error.UserFacingException;

/**
 * What the organiser allows in one stage of a contest's submission (a contest without stages has one, so these
 * are then the submission phase's rules). Media types are checked against the type sniffed from the content, never
 * the file extension.
 *
 * @param allowedTypes    sniffed media types accepted, e.g. {@code application/pdf}
 * @param maxFileBytes    largest single file
 * @param maxPackageBytes largest sum of all files of one version
 * @param maxFiles        most files in one version
 * @param quotaPerDay     most submitted versions per team per calendar day in the contest's zone
 * @param quotaTotal      most submitted versions per team in the stage
 * @param grace           how long an upload that began before the deadline may take to finish
 * @param version         optimistic-locking version to quote when saving; 0 for rules never saved
 */
public record SubmissionRules(Set<String> allowedTypes, long maxFileBytes, long maxPackageBytes, int maxFiles,
                              int quotaPerDay, int quotaTotal, LatePolicy latePolicy, Duration grace,
                              long version) implements Serializable {

    public static final long MIB = 1024L * 1024;
    /** The S3 single-object limit is 5 TiB; 50 GiB keeps a runaway setting from meaning "unlimited". */
    public static final long MAX_CONFIGURABLE_BYTES = 50 * 1024 * MIB;
    public static final Duration MAX_GRACE = Duration.ofHours(24);

    /** The rules of a contest whose organiser has not set any. */
    public static final SubmissionRules DEFAULTS = new SubmissionRules(
            Set.of("application/pdf", "application/zip", "application/x-tika-ooxml", "video/mp4",
                    "application/vnd.openxmlformats-officedocument.presentationml.presentation",
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    "image/png", "image/jpeg", "text/plain", "application/gzip", "application/x-gtar"),
            2048 * MIB, 4096 * MIB, 10, 5, 20, LatePolicy.REJECT, Duration.ofMinutes(15), 0);

    public SubmissionRules {
        allowedTypes = Set.copyOf(new TreeSet<>(allowedTypes));
    }

    /** The same rules for a new stage, which has no stored version yet. */
    public SubmissionRules withVersion(long newVersion) {
        return new SubmissionRules(allowedTypes, maxFileBytes, maxPackageBytes, maxFiles, quotaPerDay, quotaTotal,
                latePolicy, grace, newVersion);
    }

    /** Refuses settings that make no sense, naming the field. */
    public void validate() {
        if (allowedTypes.isEmpty() || allowedTypes.stream().anyMatch(t -> !t.matches("[a-z0-9.+-]+/[a-z0-9.+-]+"))) {
            throw new UserFacingException("submission.rules.error.types");
        }
        if (maxFileBytes <= 0 || maxFileBytes > MAX_CONFIGURABLE_BYTES) {
            throw new UserFacingException("submission.rules.error.maxFile");
        }
        if (maxPackageBytes < maxFileBytes || maxPackageBytes > MAX_CONFIGURABLE_BYTES) {
            throw new UserFacingException("submission.rules.error.maxPackage");
        }
        if (maxFiles < 1 || maxFiles > 100) {
            throw new UserFacingException("submission.rules.error.maxFiles");
        }
        if (quotaPerDay < 1 || quotaTotal < quotaPerDay || quotaTotal > 1000) {
            throw new UserFacingException("submission.rules.error.quota");
        }
        if (grace == null || grace.isNegative() || grace.compareTo(MAX_GRACE) > 0 || latePolicy == null) {
            throw new UserFacingException("submission.rules.error.grace");
        }
    }
}
