package org.opencontest.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.opencontest.account.internal.RoleRequestView;
import org.opencontest.account.internal.RoleRequests;
import org.opencontest.shared.security.Roles;
import org.opencontest.shared.time.DateTimes;
import org.opencontest.shared.ui.MainLayout;
import org.opencontest.shared.ui.Notices;
import org.opencontest.shared.ui.SingleSubmit;
import org.opencontest.shared.ui.ViewerZone;

/** Administrators approve or decline the pending role requests, oldest first; a decline needs a reason. */
@Route(RoleRequestQueueView.ROUTE)
@RolesAllowed(Roles.ADMIN)
@Menu(title = "nav.admin.roleRequests", order = 1001, icon = "vaadin:user-check")
public class RoleRequestQueueView extends VerticalLayout implements LocaleChangeObserver, HasDynamicTitle {

    static final String ROUTE = "admin/role-requests";

    private final transient RoleRequests requests;
    private final H1 title = new H1();
    private final Paragraph empty = new Paragraph();
    private final Grid<RoleRequestView> grid = new Grid<>();
    private final Grid.Column<RoleRequestView> requesterColumn;
    private final Grid.Column<RoleRequestView> roleColumn;
    private final Grid.Column<RoleRequestView> organisationColumn;
    private final Grid.Column<RoleRequestView> reasonColumn;
    private final Grid.Column<RoleRequestView> sentColumn;
    private final TextArea declineReason = new TextArea();
    private final Button approve = new Button();
    private final Button decline = new Button();
    private final VerticalLayout decision = new VerticalLayout();

    public RoleRequestQueueView(RoleRequests requests) {
        this.requests = requests;
        grid.setId("role-queue-grid");
        requesterColumn = grid.addColumn(r -> r.displayName() + " <" + r.email() + ">").setAutoWidth(true);
        roleColumn = grid.addColumn(r -> getTranslation("account.role." + r.role().name())).setAutoWidth(true);
        organisationColumn = grid.addColumn(RoleRequestView::organisation).setAutoWidth(true);
        reasonColumn = grid.addColumn(RoleRequestView::reason).setFlexGrow(1);
        sentColumn = grid.addColumn(r -> DateTimes.format(r.createdAt(), ViewerZone.get(), getLocale()))
                .setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(change -> decision.setVisible(change.getValue() != null));
        empty.setId("role-queue-empty");
        declineReason.setId("role-queue-decline-reason");
        declineReason.setMaxLength(1000);
        declineReason.setWidth("30em");
        approve.setId("role-queue-approve");
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        SingleSubmit.onClick(approve, this::approve);
        decline.setId("role-queue-decline");
        decline.addThemeVariants(ButtonVariant.LUMO_ERROR);
        SingleSubmit.onClick(decline, this::decline);
        decision.setPadding(false);
        decision.add(approve, new HorizontalLayout(declineReason, decline));
        decision.setVisible(false);
        add(title, empty, grid, decision);
        reload();
    }

    private void approve() {
        RoleRequestView done = requests.approve(grid.asSingleSelect().getValue().id());
        Notices.success("account.roleQueue.approved", getTranslation("account.role." + done.role().name()),
                done.email());
        reload();
        refreshMenu();
    }

    private void decline() {
        RoleRequestView done = requests.decline(grid.asSingleSelect().getValue().id(), declineReason.getValue());
        Notices.success("account.roleQueue.declined", getTranslation("account.role." + done.role().name()),
                done.email());
        reload();
        refreshMenu();
    }

    private void reload() {
        var pending = requests.pending();
        grid.setItems(pending);
        grid.setVisible(!pending.isEmpty());
        empty.setVisible(pending.isEmpty());
        declineReason.clear();
        decision.setVisible(false);
    }

    /** The menu's count goes down with each decision, not only at the next page. */
    private void refreshMenu() {
        MainLayout layout = findAncestor(MainLayout.class);
        if (layout != null) {
            layout.refreshMenu();
        }
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        title.setText(getTranslation("account.roleQueue.title"));
        empty.setText(getTranslation("account.roleQueue.empty"));
        requesterColumn.setHeader(getTranslation("account.roleQueue.requester"));
        roleColumn.setHeader(getTranslation("account.roleRequest.role"));
        organisationColumn.setHeader(getTranslation("account.field.organisation"));
        reasonColumn.setHeader(getTranslation("account.roleRequest.reason"));
        sentColumn.setHeader(getTranslation("account.roleQueue.sent"));
        declineReason.setLabel(getTranslation("account.roleQueue.declineReason"));
        approve.setText(getTranslation("account.roleQueue.approve"));
        decline.setText(getTranslation("account.roleQueue.decline"));
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.roleQueue.title");
    }
}
