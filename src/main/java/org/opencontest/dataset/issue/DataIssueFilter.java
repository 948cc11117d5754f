package org.opencontest.dataset.issue;

/** Which issues a dataset page lists. */
public enum DataIssueFilter {

    ALL, OPEN, CLOSED;

    public String messageKey() {
        return "dataset.issue.filter." + name();
    }
}
