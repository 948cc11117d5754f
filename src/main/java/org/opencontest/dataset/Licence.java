package org.opencontest.dataset;

import java.net.URI;

/** Licences a dataset can carry; {@link #CONTEST_TERMS} means the dataset's own terms text governs use. */
public enum Licence {
    CC_BY_4_0("CC-BY-4.0", "https://creativecommons.org/licenses/by/4.0/"),
    CC_BY_SA_4_0("CC-BY-SA-4.0", "https://creativecommons.org/licenses/by-sa/4.0/"),
    CC0_1_0("CC0-1.0", "https://creativecommons.org/publicdomain/zero/1.0/"),
    ODBL_1_0("ODbL-1.0", "https://opendatacommons.org/licenses/odbl/1-0/"),
    CONTEST_TERMS("", null);

    private final String spdxId;
    private final String url;

    Licence(String spdxId, String url) {
        this.spdxId = spdxId;
        this.url = url;
    }

    /** The SPDX identifier, empty for {@link #CONTEST_TERMS}. */
    public String spdxId() {
        return spdxId;
    }

    /** The licence text's address; null for {@link #CONTEST_TERMS}. */
    public URI url() {
        return url == null ? null : URI.create(url);
    }

    public String messageKey() {
        return "dataset.licence." + name();
    }
}
