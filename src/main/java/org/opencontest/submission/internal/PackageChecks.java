package org.opencontest.submission.internal;

import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

import org.opencontest.contest.ContestPage;
import org.opencontest.shared.error.UserFacingException;
import org.opencontest.shared.i18n.FileSize;
import org.opencontest.submission.PackageInput;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * What a package's description and files must satisfy: the typed fields (lengths, links, a track of the contest) when
 * a draft is saved or the API submits, and completeness (a title, files within the limits) when a version is made.
 */
public final class PackageChecks {

    private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"]{1,490}");

    private PackageChecks() {
    }

    /**
     * The description with blank fields as null and the rest stripped; refuses a field that breaks its rule, a track
     * of another contest and a dataset that is not one of the contest's.
     *
     * @param contestDatasets the ids of the datasets the contest offers ({@code dataset.ContestDatasetChoices})
     */
    public static PackageInput clean(PackageInput input, ContestPage contest, Collection<Long> contestDatasets) {
        if (input.trackId() != null && contest.tracks().stream().noneMatch(track -> track.id() == input.trackId())) {
            throw new UserFacingException("submission.error.track");
        }
        if (!contestDatasets.containsAll(input.datasetIds())) {
            throw new UserFacingException("submission.error.dataset");
        }
        return new PackageInput(input.trackId(),
                text(input.titleEn(), 200, "submission.field.titleEn"), text(input.titleZh(), 200, "submission.field.titleZh"),
                text(input.abstractEn(), 5000, "submission.field.abstractEn"),
                text(input.abstractZh(), 5000, "submission.field.abstractZh"),
                input.datasetIds(), text(input.otherData(), 2000, "submission.field.otherData"),
                link(input.demoLink(), "submission.field.demoLink"),
                link(input.repositoryLink(), "submission.field.repositoryLink"),
                link(input.videoLink(), "submission.field.videoLink"));
    }

    /** Refuses a version without a title or files, or with files beyond the contest's current rules. */
    public static void requireComplete(PackageInput input, List<FileFacts> files, SubmissionRules rules) {
        if (isBlank(input.titleEn()) && isBlank(input.titleZh())) {
            throw new UserFacingException("submission.error.titleRequired");
        }
        if (files.isEmpty()) {
            throw new UserFacingException("submission.error.noFiles");
        }
        if (files.size() > rules.maxFiles()) {
            throw new UserFacingException("submission.error.tooManyFiles", rules.maxFiles());
        }
        if (files.stream().anyMatch(file -> file.getSize() > rules.maxFileBytes())) {
            throw new UserFacingException("submission.error.fileTooLarge", new FileSize(rules.maxFileBytes()));
        }
        if (files.stream().mapToLong(FileFacts::getSize).sum() > rules.maxPackageBytes()) {
            throw new UserFacingException("submission.error.packageTooLarge", new FileSize(rules.maxPackageBytes()));
        }
        if (files.stream().anyMatch(file -> !rules.allowedTypes().contains(file.getMediaType()))) {
            throw new UserFacingException("submission.error.typeNoLongerAllowed");
        }
    }

    private static String text(String value, int max, String field) {
        if (isBlank(value)) {
            return null;
        }
        String clean = value.strip();
        if (clean.length() > max) {
            throw new UserFacingException("submission.error.tooLong", new DefaultMessageSourceResolvable(field), max);
        }
        return clean;
    }

    private static String link(String value, String field) {
        if (isBlank(value)) {
            return null;
        }
        String clean = value.strip();
        if (!LINK.matcher(clean).matches()) {
            throw new UserFacingException("submission.error.link", new DefaultMessageSourceResolvable(field));
        }
        return clean;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
