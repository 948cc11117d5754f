package org.opencontest.dataset.issue;

import java.io.Serializable;

/**
 * A report as the reporter fills it in.
 *
 * @param releaseId   the release it concerns; null for the dataset as a whole
 * @param column      a column of that release's data dictionary (when it has one); blank for none
 * @param description markdown, sanitised when shown
 */
public record DataIssueInput(DataIssueKind kind, Long releaseId, String column, String title, String description)
        implements Serializable {
}
