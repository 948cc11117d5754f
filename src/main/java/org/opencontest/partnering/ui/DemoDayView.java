package org.opencontest.partnering.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;

import org.opencontest.incubation.ShowcaseProjects;
import org.opencontest.partnering.DemoDays;
import org.opencontest.shared.security.Roles;
import org.opencontest.shared.ui.LoadedView;
import org.opencontest.shared.ui.Notices;
import org.opencontest.shared.ui.SingleSubmit;

/**
 * One demo day: its slots with the presenting projects, booking for invited teams, slots and invitations for the
 * person who scheduled it, and the calendar invitation in the viewer's time zone.
 */
@Route("demo-days/:id")
@RolesAllowed({Roles.PARTNER, Roles.PARTICIPANT, Roles.INCUBATOR, Roles.ORGANISER, Roles.ADMIN})
public class DemoDayView extends LoadedView implements HasDynamicTitle {

    private static final int PICKER_SIZE = 200;

    private final transient DemoDays demoDays;
    private final transient ShowcaseProjects showcase;
    private long dayId;
    private DemoDays.Detail detail;

    public DemoDayView(DemoDays demoDays, ShowcaseProjects showcase) {
        this.demoDays = demoDays;
        this.showcase = showcase;
        setId("demo-day");
        addClassName("page");
    }

    @Override
    protected void load(BeforeEnterEvent event) {
        dayId = idParameter(event, "id");
        detail = demoDays.detail(dayId);
    }

    private void reload() {
        detail = demoDays.detail(dayId);
        refresh();
    }

    @Override
    protected void render() {
        H1 title = new H1(detail.summary().title());
        title.setId("demo-day-name");
        add(title, new Paragraph(getTranslation("partnering.demoDay.where", detail.summary().location(),
                detail.summary().zone().getId())), invitation(), slots());
        add(new Paragraph(getTranslation("partnering.demoDay.invitedProjects", detail.invitedProjects().isEmpty()
                ? "–" : String.join(", ", detail.invitedProjects().stream().map(PartnerUi::text).toList()))));
        add(new Paragraph(getTranslation("partnering.demoDay.invitedPartners", detail.invitedPartners().isEmpty()
                ? "–" : String.join(", ", detail.invitedPartners()))));
        if (detail.manage()) {
            add(manage());
        }
    }

    private Anchor invitation() {
        DownloadHandler handler = download -> {
            download.setFileName("demo-day-" + dayId + ".ics");
            download.setContentType("text/calendar; charset=UTF-8");
            try {
                download.getOutputStream().write(demoDays.invitation(dayId, PartnerUi.locale())
                        .getBytes(StandardCharsets.UTF_8));
            } catch (RuntimeException e) {
                throw new IOException("Invitation failed", e);
            }
        };
        Anchor link = new Anchor(handler, getTranslation("partnering.demoDay.ics"));
        link.setId("demo-day-ics");
        return link;
    }

    private Div slots() {
        Div box = new Div(new H3(getTranslation("partnering.demoDay.slots")));
        NativeTable table = new NativeTable();
        table.addClassName("data-table");
        table.setId("demo-day-slots");
        table.getHead().addRows(new NativeTableRow(
                new NativeTableHeaderCell(getTranslation("partnering.demoDay.when")),
                new NativeTableHeaderCell(getTranslation("partnering.demoDay.presenter")),
                new NativeTableHeaderCell("")));
        for (DemoDays.Slot slot : detail.slots()) {
            NativeTableCell action = new NativeTableCell();
            if (slot.projectId() == null) {
                for (Long project : detail.bookableFor()) {
                    Button book = new Button(getTranslation("partnering.demoDay.book"));
                    book.setId("book-" + slot.id() + "-" + project);
                    SingleSubmit.onClick(book, () -> {
                        demoDays.book(dayId, slot.id(), project);
                        Notices.success("partnering.demoDay.booked");
                        reload();
                    });
                    action.add(book);
                }
            }
            table.getBody().addRows(new NativeTableRow(new NativeTableCell(
                    PartnerUi.when(slot.starts(), detail.summary().zone())),
                    new NativeTableCell(slot.projectId() == null ? getTranslation("partnering.demoDay.free")
                            : PartnerUi.text(slot.project())), action));
        }
        box.add(table);
        if (detail.slots().isEmpty()) {
            box.add(new Paragraph(getTranslation("partnering.demoDay.noSlots")));
        }
        return box;
    }

    private Div manage() {
        DateTimePicker start = new DateTimePicker(getTranslation("partnering.demoDay.slotStart",
                detail.summary().zone().getId()));
        start.setId("slot-start");
        IntegerField minutes = new IntegerField(getTranslation("partnering.demoDay.slotMinutes"));
        minutes.setValue(20);
        minutes.setId("slot-minutes");
        Button add = new Button(getTranslation("partnering.demoDay.addSlot"));
        add.setId("slot-add");
        SingleSubmit.onClick(add, () -> {
            demoDays.addSlot(dayId, start.getValue(), minutes.getValue() == null ? 0 : minutes.getValue());
            reload();
        });
        ComboBox<ShowcaseProjects.Entry> project = new ComboBox<>(getTranslation("partnering.demoDay.inviteProject"));
        List<ShowcaseProjects.Entry> listed = showcase.page(ShowcaseProjects.Filter.ALL, 0, PICKER_SIZE);
        project.setItems(listed);
        project.setItemLabelGenerator(entry -> PartnerUi.text(entry.title()) + " · " + entry.teamName());
        project.setId("invite-project");
        Button inviteProject = new Button(getTranslation("partnering.demoDay.invite"));
        inviteProject.setId("invite-project-send");
        SingleSubmit.onClick(inviteProject, () -> {
            if (project.getValue() != null) {
                demoDays.inviteProject(dayId, project.getValue().projectId());
                Notices.success("partnering.demoDay.invited");
                reload();
            }
        });
        EmailField partner = new EmailField(getTranslation("partnering.demoDay.invitePartner"));
        partner.setId("invite-partner");
        Button invitePartner = new Button(getTranslation("partnering.demoDay.invite"));
        invitePartner.setId("invite-partner-send");
        invitePartner.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        SingleSubmit.onClick(invitePartner, () -> {
            demoDays.invitePartner(dayId, partner.getValue());
            Notices.success("partnering.demoDay.invited");
            reload();
        });
        Div box = new Div(new H3(getTranslation("partnering.demoDay.manage")), new Div(start, minutes, add),
                new Div(project, inviteProject), new Div(partner, invitePartner));
        box.addClassName("card");
        box.setId("demo-day-manage");
        return box;
    }

    @Override
    public String getPageTitle() {
        return detail == null ? getTranslation("partnering.demoDay.list") : detail.summary().title();
    }
}
