package org.opencontest.dataset.issue;

import org.opencontest.dataset.internal.DatasetRelease;
import org.opencontest.shared.security.CurrentUser;
import org.opencontest.shared.text.MarkdownRenderer;
import org.springframework.stereotype.Component;

/** An issue as its reader sees it: the description as safe HTML, and whether it is the reader's own. */
@Component
class DataIssueViews {

    private final MarkdownRenderer markdown;

    DataIssueViews(MarkdownRenderer markdown) {
        this.markdown = markdown;
    }

    DataIssueView of(DataIssue issue, boolean manager) {
        boolean mine = CurrentUser.get().map(user -> user.userId() == issue.getReporterId()).orElse(false);
        DatasetRelease release = issue.getRelease();
        DatasetRelease fix = issue.getFixedIn();
        return new DataIssueView(issue.getId(), issue.getVersion(), issue.getKind(), issue.getStatus(),
                issue.getTitle(), markdown.toSafeHtml(issue.getDescription()),
                release == null ? null : release.getNumber(), issue.getColumn(), issue.getReporterName(),
                issue.getCreatedAt(), issue.getClosedAt(), fix == null ? null : fix.getNumber(),
                fix == null ? null : fix.getLabel(), issue.getReason(), issue.getDuplicateOfId(),
                issue.getEvidenceName(), issue.getEvidenceSize(), mine, manager);
    }
}
