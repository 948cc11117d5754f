package org.opencontest.dataset.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

import org.opencontest.dataset.AccessTier;
import org.opencontest.dataset.DatasetMetadata;
import org.opencontest.shared.error.UserFacingException;
import org.opencontest.shared.i18n.LocalizedText;

/** Checks a dataset's metadata field by field; the first broken rule is refused with a message naming the field. */
public final class DatasetMetadataValidator {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private DatasetMetadataValidator() {
    }

    public static void validate(DatasetMetadata metadata) {
        if (!metadata.slug().isEmpty() && (metadata.slug().length() > DatasetRules.SLUG_MAX
                || !DatasetRules.SLUG.matcher(metadata.slug()).matches())) {
            throw new UserFacingException("dataset.error.slug");
        }
        if (metadata.title().isEmpty()) {
            throw new UserFacingException("dataset.error.titleRequired");
        }
        maxLength(metadata.title(), DatasetRules.TITLE_MAX, "title");
        maxLength(metadata.description(), DatasetRules.DESCRIPTION_MAX, "description");
        if (metadata.publisherName().isEmpty()) {
            throw new UserFacingException("dataset.error.publisherRequired");
        }
        maxLength(metadata.publisherName(), DatasetRules.SHORT_TEXT_MAX, "publisherName");
        url(metadata.publisherUrl(), "publisherUrl");
        url(metadata.landingPage(), "landingPage");
        if (!metadata.publisherEmail().isEmpty() && (!EMAIL.matcher(metadata.publisherEmail()).matches()
                || metadata.publisherEmail().length() > DatasetRules.SHORT_TEXT_MAX)) {
            throw new UserFacingException("dataset.error.email");
        }
        if (metadata.keywords().size() > DatasetRules.KEYWORDS_MAX) {
            throw new UserFacingException("dataset.error.tooManyKeywords", DatasetRules.KEYWORDS_MAX);
        }
        for (String keyword : metadata.keywords()) {
            if (keyword.length() > DatasetRules.KEYWORD_MAX || keyword.contains(Dataset.KEYWORD_SEPARATOR)) {
                throw new UserFacingException("dataset.error.keyword", DatasetRules.KEYWORD_MAX);
            }
        }
        if (metadata.theme() == null || metadata.licence() == null || metadata.frequency() == null
                || metadata.accessTier() == null) {
            throw new UserFacingException("dataset.error.choiceRequired");
        }
        maxLength(metadata.localTheme(), DatasetRules.SHORT_TEXT_MAX, "localTheme");
        maxLength(metadata.spatial(), DatasetRules.SHORT_TEXT_MAX, "spatial");
        if (!metadata.spatialUri().isEmpty() && (metadata.spatialUri().length() > DatasetRules.URL_MAX
                || !DatasetRules.SPATIAL_IRI.matcher(metadata.spatialUri()).matches())) {
            throw new UserFacingException("dataset.error.spatialUri");
        }
        if (metadata.temporalStart() != null && metadata.temporalEnd() != null
                && metadata.temporalStart().isAfter(metadata.temporalEnd())) {
            throw new UserFacingException("dataset.error.temporal");
        }
        maxLength(metadata.terms(), DatasetRules.TERMS_MAX, "terms");
        if (metadata.accessTier() == AccessTier.AGREEMENT && metadata.terms().isEmpty()) {
            throw new UserFacingException("dataset.error.termsRequired");
        }
        if (metadata.accessTier() == AccessTier.TEAM_ONLY && metadata.contestIds().isEmpty()) {
            throw new UserFacingException("dataset.error.teamOnlyNeedsContest");
        }
    }

    private static void maxLength(LocalizedText text, int max, String field) {
        if (text.en().length() > max || text.zh().length() > max) {
            throw new UserFacingException("dataset.error.tooLong." + field, max);
        }
    }

    private static void maxLength(String text, int max, String field) {
        if (text.length() > max) {
            throw new UserFacingException("dataset.error.tooLong." + field, max);
        }
    }

    private static void url(String value, String field) {
        if (value.isEmpty()) {
            return;
        }
        maxLength(value, DatasetRules.URL_MAX, field);
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw new UserFacingException("dataset.error.url." + field);
            }
        } catch (URISyntaxException e) {
            throw new UserFacingException("dataset.error.url." + field);
        }
    }
}
