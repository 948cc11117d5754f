package org.opencontest.dataset;

import java.net.URI;

/** The nature of a dataset's publisher, from the ADMS publisher type vocabulary that DCAT-AP names for agents. */
public enum PublisherType {
    ACADEMIA("Academia-ScientificOrganisation"),
    COMPANY("Company"),
    INDUSTRY_CONSORTIUM("IndustryConsortium"),
    LOCAL_AUTHORITY("LocalAuthority"),
    REGIONAL_AUTHORITY("RegionalAuthority"),
    NATIONAL_AUTHORITY("NationalAuthority"),
    SUPRANATIONAL_AUTHORITY("SupraNationalAuthority"),
    NON_GOVERNMENTAL_ORGANISATION("NonGovernmentalOrganisation"),
    NON_PROFIT_ORGANISATION("NonProfitOrganisation"),
    STANDARDISATION_BODY("StandardisationBody");

    private final String code;

    PublisherType(String code) {
        this.code = code;
    }

    public URI iri() {
        return URI.create("http://purl.org/adms/publishertype/" + code);
    }

    public String messageKey() {
        return "dataset.publisherType." + name();
    }
}
