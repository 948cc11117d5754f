package org.opencontest.dataset.internal;

import java.time.Duration;
import java.util.regex.Pattern;

/** Limits shared by the services (which enforce them) and the editors (which show them early). */
public final class DatasetRules {

    public static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    public static final int SLUG_MAX = 80;
    public static final int TITLE_MAX = 200;
    public static final int DESCRIPTION_MAX = 20000;
    public static final int TERMS_MAX = 20000;
    public static final int SHORT_TEXT_MAX = 200;
    public static final int URL_MAX = 500;
    /** The places DCAT-AP accepts for a geographical coverage: GeoNames, or the EU country, place and continent lists. */
    public static final Pattern SPATIAL_IRI = Pattern.compile("https?://sws\\.geonames\\.org/[0-9]+/?"
            + "|http://publications\\.europa\\.eu/resource/authority/(country|place|continent)/[A-Z_0-9]+");
    public static final int KEYWORDS_MAX = 20;
    public static final int KEYWORD_MAX = 50;
    public static final int RELEASE_LABEL_MAX = 100;
    public static final int CHANGELOG_MAX = 4000;
    public static final int FIELD_DESCRIPTION_MAX = 500;
    /** File names longer than this (in characters) are refused rather than cut. */
    public static final int FILE_NAME_MAX = 150;
    /** How long a presigned download link stays valid. */
    public static final Duration LINK_EXPIRY = Duration.ofMinutes(5);

    private DatasetRules() {
    }
}
