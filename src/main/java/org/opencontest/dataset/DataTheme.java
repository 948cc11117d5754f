package org.opencontest.dataset;

import java.net.URI;

/** The EU data-theme vocabulary (DCAT-AP); local themes such as 交通/traffic are free text beside it. */
public enum DataTheme {
    AGRI, ECON, EDUC, ENER, ENVI, GOVE, HEAL, INTR, JUST, REGI, SOCI, TECH, TRAN;

    public URI iri() {
        return URI.create("http://publications.europa.eu/resource/authority/data-theme/" + name());
    }

    public String messageKey() {
        return "dataset.theme." + name();
    }
}
