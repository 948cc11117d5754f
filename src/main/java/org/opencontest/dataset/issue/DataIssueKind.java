package org.opencontest.dataset.issue;

/** What is wrong with the data, as the reporter sees it. */
public enum DataIssueKind {

    VALUE_ERROR, MISSING_DATA, FORMAT_ENCODING, DOCUMENTATION, MORE_DATA;

    public String messageKey() {
        return "dataset.issue.kind." + name();
    }
}
