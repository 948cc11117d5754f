package org.opencontest.notification.ui;

import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;

import jakarta.annotation.security.RolesAllowed;

import org.opencontest.notification.internal.MailFilter;
import org.opencontest.notification.internal.MailOutbox;
import org.opencontest.notification.internal.MailStatus;
import org.opencontest.notification.internal.MailSummary;
import org.opencontest.shared.security.CurrentUser;
import org.opencontest.shared.security.Roles;
import org.opencontest.shared.time.DateTimes;
import org.opencontest.shared.ui.Notices;
import org.opencontest.shared.ui.SingleSubmit;
import org.opencontest.shared.ui.ViewerZone;

/**
 * The admin's view of the outbox: every mail, its delivery state, the mail itself (so demo users can follow
 * verification and invitation links without a real mailbox) and "Resend".
 */
@Route("admin/mailbox")
@RolesAllowed(Roles.ADMIN)
@Menu(title = "nav.mailbox", icon = "vaadin:envelope", order = 90)
public class MailboxView extends VerticalLayout implements LocaleChangeObserver, HasDynamicTitle {

    private final transient MailOutbox outbox;
    private final H1 title = new H1();
    private final Paragraph intro = new Paragraph();
    private final Span counts = new Span();
    private final Select<MailStatus> statusFilter = new Select<>();
    private final TextField recipientFilter = new TextField();
    private final Button refresh = new Button(VaadinIcon.REFRESH.create());
    private final Button sendTest = new Button(VaadinIcon.ENVELOPE_O.create());
    private final Grid<MailSummary> grid = new Grid<>();
    private final Grid.Column<MailSummary> createdColumn;
    private final Grid.Column<MailSummary> recipientColumn;
    private final Grid.Column<MailSummary> subjectColumn;
    private final Grid.Column<MailSummary> statusColumn;
    private final Grid.Column<MailSummary> attemptsColumn;
    private final MailDetailPanel detail;
    private MailFilter filter = MailFilter.ALL;

    public MailboxView(MailOutbox outbox) {
        this.outbox = outbox;
        this.detail = new MailDetailPanel(this::resend);
        setSizeFull();
        intro.addClassName("muted");
        counts.setId("mailbox-counts");

        statusFilter.setId("mailbox-status-filter");
        statusFilter.setItems(MailStatus.values());
        statusFilter.setEmptySelectionAllowed(true);
        statusFilter.addValueChangeListener(event -> applyFilter());
        recipientFilter.setId("mailbox-recipient-filter");
        recipientFilter.setClearButtonVisible(true);
        recipientFilter.setValueChangeMode(ValueChangeMode.LAZY);
        recipientFilter.addValueChangeListener(event -> applyFilter());
        refresh.setId("mailbox-refresh");
        refresh.addClickListener(click -> reload());
        sendTest.setId("mailbox-send-test");
        sendTest.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        SingleSubmit.onClick(sendTest, this::sendTestMail);
        HorizontalLayout toolbar = new HorizontalLayout(statusFilter, recipientFilter, refresh, sendTest);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setWidthFull();

        grid.setId("mailbox-grid");
        grid.setHeightFull();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT,
                GridVariant.LUMO_WRAP_CELL_CONTENT);
        createdColumn = grid.addColumn(mail -> DateTimes.format(mail.createdAt(), ViewerZone.get(), getLocale()))
                .setWidth("10em").setFlexGrow(0);
        recipientColumn = grid.addColumn(MailSummary::recipient).setFlexGrow(1);
        subjectColumn = grid.addColumn(MailSummary::subject).setFlexGrow(2);
        statusColumn = grid.addColumn(new ComponentRenderer<>(mail -> new StatusBadge(mail.status())))
                .setAutoWidth(true).setFlexGrow(0);
        attemptsColumn = grid.addColumn(MailSummary::attempts).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(
                query -> outbox.page(filter, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) outbox.count(filter))
                // rows are the same mail across refreshes even when their state changed, so selection survives
                .setIdentifierProvider(MailSummary::id);
        grid.asSingleSelect().addValueChangeListener(event -> {
            if (event.getValue() == null) {
                detail.clear();
            } else {
                detail.show(outbox.get(event.getValue().id()));
            }
        });

        SplitLayout split = new SplitLayout(grid, detail);
        split.setSizeFull();
        split.setSplitterPosition(50);
        title.getStyle().set("margin", "0");
        intro.getStyle().set("margin", "0");
        HorizontalLayout heading = new HorizontalLayout(title, counts);
        heading.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(heading, intro, toolbar, split);
        expand(split);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notification.mailbox.title");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        title.setText(getTranslation("notification.mailbox.title"));
        intro.setText(getTranslation("notification.mailbox.intro"));
        statusFilter.setLabel(getTranslation("notification.mailbox.filter.status"));
        statusFilter.setEmptySelectionCaption(getTranslation("notification.mailbox.filter.status.all"));
        // the empty selection ("all") is rendered by its caption; the generator is called with null for it too
        statusFilter.setItemLabelGenerator(status -> status == null
                ? getTranslation("notification.mailbox.filter.status.all")
                : getTranslation(StatusBadge.labelKey(status)));
        recipientFilter.setLabel(getTranslation("notification.mailbox.filter.recipient"));
        recipientFilter.setPlaceholder(getTranslation("notification.mailbox.filter.recipient.placeholder"));
        refresh.setText(getTranslation("notification.mailbox.refresh"));
        sendTest.setText(getTranslation("notification.mailbox.sendTest"));
        createdColumn.setHeader(getTranslation("notification.mailbox.column.created"));
        recipientColumn.setHeader(getTranslation("notification.mailbox.column.recipient"));
        subjectColumn.setHeader(getTranslation("notification.mailbox.column.subject"));
        statusColumn.setHeader(getTranslation("notification.mailbox.column.status"));
        attemptsColumn.setHeader(getTranslation("notification.mailbox.column.attempts"));
        reload();
    }

    /** A repeated event for the same filter (typing pauses, blur) keeps the selection and the shown mail. */
    private void applyFilter() {
        MailFilter changed = new MailFilter(statusFilter.getValue(), recipientFilter.getValue());
        if (changed.equals(filter)) {
            return;
        }
        filter = changed;
        grid.asSingleSelect().clear();
        grid.getDataProvider().refreshAll();
    }

    /** Re-reads the list, the counts and the shown mail (whose state may have moved on). */
    private void reload() {
        Map<MailStatus, Long> byStatus = outbox.countByStatus();
        counts.setText(getTranslation("notification.mailbox.counts", byStatus.get(MailStatus.PENDING),
                byStatus.get(MailStatus.FAILED), byStatus.get(MailStatus.SENT)));
        grid.getDataProvider().refreshAll();
        detail.shown().ifPresentOrElse(mail -> detail.show(outbox.get(mail.id())), detail::clear);
    }

    private void resend(long id) {
        outbox.resend(id);
        Notices.success("notification.mailbox.resent");
        reload();
    }

    private void sendTestMail() {
        outbox.sendTestMailToMe(getLocale());
        Notices.success("notification.mailbox.testQueued", CurrentUser.require().email());
        reload();
    }
}
