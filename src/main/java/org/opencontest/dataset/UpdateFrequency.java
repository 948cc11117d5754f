package org.opencontest.dataset;

import java.net.URI;

/** How often a dataset is updated, from the EU frequency vocabulary (DCAT-AP). */
public enum UpdateFrequency {
    CONT, DAILY, WEEKLY, MONTHLY, QUARTERLY, ANNUAL, IRREG, NEVER, UNKNOWN;

    public URI iri() {
        return URI.create("http://publications.europa.eu/resource/authority/frequency/" + name());
    }

    public String messageKey() {
        return "dataset.frequency." + name();
    }
}
