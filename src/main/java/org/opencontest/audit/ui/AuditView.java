package org.opencontest.audit.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.opencontest.audit.AuditLog;
import org.opencontest.audit.AuditRecord;
import org.opencontest.audit.ChainVerification;
import org.opencontest.shared.security.Roles;
import org.opencontest.shared.security.SignInPause;
import org.opencontest.shared.security.SignInThrottle;
import org.opencontest.shared.time.DateTimes;
import org.opencontest.shared.ui.Notices;
import org.opencontest.shared.ui.ViewerZone;

/**
 * The audit trail for administrators, newest first, with a check that nothing was altered; above it, the sign-in
 * pauses running now (throttled sources and accounts).
 */
@Route("admin/audit")
@RolesAllowed(Roles.ADMIN)
@Menu(title = "nav.admin.audit", order = 1010, icon = "vaadin:file-text-o")
public class AuditView extends VerticalLayout implements LocaleChangeObserver, HasDynamicTitle {

    private final transient AuditLog auditLog;
    private final H1 title = new H1();
    private final TextField filter = new TextField();
    private final Button verify = new Button(VaadinIcon.CHECK_CIRCLE_O.create());
    private final Grid<AuditRecord> grid = new Grid<>();
    private final Grid.Column<AuditRecord> atColumn;
    private final Grid.Column<AuditRecord> actorColumn;
    private final Grid.Column<AuditRecord> actionColumn;
    private final Grid.Column<AuditRecord> subjectColumn;
    private final Grid.Column<AuditRecord> detailsColumn;
    private final H2 pausesTitle = new H2();
    private final Grid<SignInPause> pauses = new Grid<>();

    public AuditView(AuditLog auditLog, SignInThrottle throttle) {
        this.auditLog = auditLog;
        filter.setId("audit-filter");
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.setClearButtonVisible(true);
        filter.setWidth("24em");
        filter.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        verify.setId("audit-verify");
        verify.addClickListener(click -> verifyChain());

        grid.setId("audit-grid");
        atColumn = grid.addColumn(entry -> DateTimes.format(entry.at(), ViewerZone.get(), getLocale()))
                .setAutoWidth(true).setFlexGrow(0);
        actorColumn = grid.addColumn(entry -> entry.actorEmail() == null
                ? getTranslation("audit.actor.anonymous") : entry.actorEmail()).setAutoWidth(true);
        actionColumn = grid.addColumn(AuditRecord::action).setAutoWidth(true);
        subjectColumn = grid.addColumn(AuditRecord::subject).setAutoWidth(true)
                .setTooltipGenerator(AuditRecord::subject);
        detailsColumn = grid.addColumn(AuditRecord::details).setFlexGrow(2).setTooltipGenerator(AuditRecord::details);
        grid.setItemsPageable(pageable -> auditLog.search(filter.getValue(), pageable).getContent());
        grid.setSizeFull();

        HorizontalLayout toolbar = new HorizontalLayout(filter, verify);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        setSizeFull();
        add(title, pausesTitle, pauses, toolbar, grid);
        showPauses(throttle.currentPauses());
    }

    private void showPauses(List<SignInPause> running) {
        pauses.setId("audit-throttle-grid");
        pauses.addColumn(pause -> getTranslation("audit.throttle.scope." + pause.scope().name()))
                .setKey("scope").setAutoWidth(true);
        pauses.addColumn(SignInPause::email).setKey("email").setAutoWidth(true);
        pauses.addColumn(SignInPause::remoteAddress).setKey("address").setAutoWidth(true);
        pauses.addColumn(SignInPause::failures).setKey("failures").setAutoWidth(true);
        pauses.addColumn(pause -> DateTimes.format(pause.until(), ViewerZone.get(), getLocale()))
                .setKey("until").setAutoWidth(true);
        pauses.setItems(running);
        pauses.setAllRowsVisible(true);
        pausesTitle.setVisible(!running.isEmpty());
        pauses.setVisible(!running.isEmpty());
    }

    private void verifyChain() {
        ChainVerification result = auditLog.verifyChain();
        if (result.intact()) {
            Notices.success("audit.verify.intact", result.entriesChecked());
        } else {
            Notices.error("audit.verify.broken", String.valueOf(result.firstBrokenEntryId()));
        }
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        title.setText(getTranslation("audit.title"));
        filter.setPlaceholder(getTranslation("audit.filter"));
        filter.setAriaLabel(getTranslation("audit.filter"));
        verify.setText(getTranslation("audit.verify"));
        atColumn.setHeader(getTranslation("audit.column.at"));
        actorColumn.setHeader(getTranslation("audit.column.actor"));
        actionColumn.setHeader(getTranslation("audit.column.action"));
        subjectColumn.setHeader(getTranslation("audit.column.subject"));
        detailsColumn.setHeader(getTranslation("audit.column.details"));
        pausesTitle.setText(getTranslation("audit.throttle.title"));
        pauses.getColumns().forEach(column ->
                column.setHeader(getTranslation("audit.throttle.column." + column.getKey())));
        pauses.getDataProvider().refreshAll();
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title");
    }
}
