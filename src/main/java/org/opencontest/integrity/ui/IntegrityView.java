package org.opencontest.integrity.ui;

import java.time.Instant;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.opencontest.integrity.internal.Finding;
import org.opencontest.integrity.internal.IntegrityReport;
import org.opencontest.integrity.internal.OrphanRemoval;
import org.opencontest.integrity.internal.ScrubStatus;
import org.opencontest.shared.security.Roles;
import org.opencontest.shared.time.DateTimes;
import org.opencontest.shared.ui.ViewerZone;

/** The admins' view of the integrity scrub: stored files found changed or missing, progress, removed orphans. */
@Route("admin/integrity")
@RolesAllowed(Roles.ADMIN)
@Menu(title = "nav.admin.integrity", order = 1020, icon = "vaadin:shield")
public class IntegrityView extends VerticalLayout implements LocaleChangeObserver, HasDynamicTitle {

    private final transient IntegrityReport report;
    private final H2 title = new H2();
    private final Paragraph intro = new Paragraph();
    private final Paragraph status = new Paragraph();
    private final H3 damagedTitle = new H3();
    private final Grid<Finding> damaged = new Grid<>();
    private final Grid.Column<Finding> keyColumn;
    private final Grid.Column<Finding> sourceColumn;
    private final Grid.Column<Finding> outcomeColumn;
    private final Grid.Column<Finding> expectedColumn;
    private final Grid.Column<Finding> actualColumn;
    private final Grid.Column<Finding> checkedColumn;
    private final H3 orphansTitle = new H3();
    private final Grid<OrphanRemoval> orphans = new Grid<>();
    private final Grid.Column<OrphanRemoval> orphanKeyColumn;
    private final Grid.Column<OrphanRemoval> lastModifiedColumn;
    private final Grid.Column<OrphanRemoval> removedColumn;

    public IntegrityView(IntegrityReport report) {
        this.report = report;
        intro.addClassName("muted");
        status.setId("integrity-status");
        damaged.setId("integrity-damaged");
        keyColumn = damaged.addColumn(Finding::key).setFlexGrow(2).setTooltipGenerator(Finding::key);
        sourceColumn = damaged.addColumn(Finding::source).setAutoWidth(true).setFlexGrow(0);
        outcomeColumn = damaged.addColumn(finding -> getTranslation(finding.outcome().messageKey()))
                .setAutoWidth(true).setFlexGrow(0);
        expectedColumn = damaged.addColumn(finding -> digest(finding.expectedSize(), finding.expectedSha256()))
                .setFlexGrow(1);
        actualColumn = damaged.addColumn(finding -> digest(finding.actualSize(), finding.actualSha256()))
                .setFlexGrow(1);
        checkedColumn = damaged.addColumn(finding -> when(finding.checkedAt())).setAutoWidth(true).setFlexGrow(0);
        damaged.setAllRowsVisible(true);
        orphans.setId("integrity-orphans");
        orphanKeyColumn = orphans.addColumn(OrphanRemoval::key).setFlexGrow(2);
        lastModifiedColumn = orphans.addColumn(removal -> when(removal.lastModified())).setAutoWidth(true);
        removedColumn = orphans.addColumn(removal -> when(removal.removedAt())).setAutoWidth(true);
        orphans.setAllRowsVisible(true);
        setWidthFull();
        add(title, intro, status, damagedTitle, damaged, orphansTitle, orphans);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        title.setText(getTranslation("integrity.title"));
        intro.setText(getTranslation("integrity.intro"));
        ScrubStatus scrub = report.status();
        status.setText(getTranslation("integrity.status", when(scrub.lastRunAt()), when(scrub.passCompletedAt()),
                scrub.checked(), scrub.damaged(), scrub.queued()));
        damagedTitle.setText(getTranslation("integrity.damaged.title"));
        keyColumn.setHeader(getTranslation("integrity.column.key"));
        sourceColumn.setHeader(getTranslation("integrity.column.source"));
        outcomeColumn.setHeader(getTranslation("integrity.column.outcome"));
        expectedColumn.setHeader(getTranslation("integrity.column.expected"));
        actualColumn.setHeader(getTranslation("integrity.column.actual"));
        checkedColumn.setHeader(getTranslation("integrity.column.checkedAt"));
        damaged.setItems(report.damaged());
        orphansTitle.setText(getTranslation("integrity.orphans.title"));
        orphanKeyColumn.setHeader(getTranslation("integrity.column.key"));
        lastModifiedColumn.setHeader(getTranslation("integrity.column.lastModified"));
        removedColumn.setHeader(getTranslation("integrity.column.removedAt"));
        orphans.setItems(report.recentOrphanRemovals());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("integrity.title");
    }

    private String when(Instant at) {
        return at == null ? getTranslation("integrity.never") : DateTimes.format(at, ViewerZone.get(), getLocale());
    }

    private String digest(Long size, String sha256) {
        if (sha256 == null) {
            return size == null ? "—" : getTranslation("integrity.bytes", size);
        }
        return getTranslation("integrity.digest", size, sha256);
    }
}
