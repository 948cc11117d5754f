package org.opencontest.incubation.ui;

import java.time.LocalDate;
import java.util.Arrays;
import java.time.format.DateTimeParseException;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import org.opencontest.incubation.AdoptionStage;
import org.opencontest.incubation.CheckInDetail;
import org.opencontest.incubation.CheckIns;
import org.opencontest.incubation.Kpis;
import org.opencontest.incubation.internal.CheckInStatus;
import org.opencontest.incubation.internal.IncubationEvidence;
import org.opencontest.shared.error.NotFoundException;
import org.opencontest.shared.error.UserFacingException;
import org.opencontest.shared.ui.Notices;
import org.opencontest.shared.ui.SingleSubmit;

/**
 * The check-in of one period: the team fills in the narrative and the fixed KPIs, saves a draft, adds evidence and
 * submits; the incubator verifies the figures or queries them with a comment. Everyone else with a part in the
 * project reads it.
 */
@Route("incubation/projects/:id/check-in/:period")
@PermitAll
public class CheckInView extends Div implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    private final transient CheckIns checkIns;
    private final transient IncubationEvidence evidence;
    private long projectId;
    private LocalDate periodStart;
    private CheckInDetail detail;
    private UserFacingException refusal;

    private final TextArea narrative = new TextArea();
    private final BigDecimalField revenue = new BigDecimalField();
    private final IntegerField employees = new IntegerField();
    private final BigDecimalField fundingEquity = new BigDecimalField();
    private final BigDecimalField fundingDebt = new BigDecimalField();
    private final BigDecimalField fundingGrant = new BigDecimalField();
    private final IntegerField activeUsers = new IntegerField();
    private final IntegerField datasets = new IntegerField();
    private final Select<AdoptionStage> adoption = new Select<>();
    private final IntegerField partners = new IntegerField();

    public CheckInView(CheckIns checkIns, IncubationEvidence evidence) {
        this.checkIns = checkIns;
        this.evidence = evidence;
        setId("check-in");
        addClassName("page");
        narrative.setId("checkin-narrative");
        narrative.setWidthFull();
        narrative.setMaxLength(8000);
        revenue.setId("kpi-revenue");
        employees.setId("kpi-employees");
        fundingEquity.setId("kpi-funding-equity");
        fundingDebt.setId("kpi-funding-debt");
        fundingGrant.setId("kpi-funding-grant");
        activeUsers.setId("kpi-active-users");
        datasets.setId("kpi-datasets");
        adoption.setId("kpi-adoption");
        adoption.setItems(AdoptionStage.values());
        partners.setId("kpi-partners");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            projectId = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
            periodStart = LocalDate.parse(event.getRouteParameters().get("period").orElse(""));
            detail = checkIns.checkIn(projectId, periodStart);
        } catch (NotFoundException | NumberFormatException | DateTimeParseException unknownOrForeign) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
        } catch (UserFacingException futureOrUnknownPeriod) {
            refusal = futureOrUnknownPeriod;
        }
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        render();
    }

    private void render() {
        removeAll();
        if (refusal != null) {
            // translated here, not on entry, so that a language switch changes it too; days in the viewer's format
            Paragraph problem = new Paragraph(getTranslation(refusal.getMessageKey(),
                    Arrays.stream(refusal.getArguments())
                            .map(argument -> argument instanceof LocalDate day ? IncubationUi.date(day) : argument)
                            .toArray()));
            problem.setId("checkin-refused");
            add(problem, back());
            return;
        }
        if (detail == null) {
            return;
        }
        add(new H1(getTranslation("incubation.checkIn.heading", IncubationUi.text(detail.projectTitle()),
                        IncubationUi.date(detail.period().start()), IncubationUi.date(detail.period().end()))),
                back());
        Paragraph status = new Paragraph(getTranslation("incubation.checkIn.statusLine",
                getTranslation("incubation.checkInStatus." + detail.status()), IncubationUi.date(detail.period().due())));
        status.setId("checkin-status");
        add(status);
        if (detail.reviewComment() != null) {
            add(new Paragraph(getTranslation("incubation.checkIn.reviewed", detail.reviewedBy(),
                    detail.reviewComment())));
        }
        labels();
        fill(detail.kpis());
        narrative.setValue(detail.narrative() == null ? "" : detail.narrative());
        boolean editable = detail.editable();
        FormLayout form = new FormLayout(revenue, employees, fundingEquity, fundingDebt, fundingGrant, activeUsers,
                datasets, adoption, partners);
        form.getChildren().forEach(field -> field.getElement().setProperty("readonly", !editable));
        adoption.setReadOnly(!editable);
        narrative.setReadOnly(!editable);
        add(new Paragraph(getTranslation("incubation.kpi.definitions")), form, narrative);
        add(new H3(getTranslation("incubation.evidence.title")), new EvidenceLinks(evidence, detail.evidence()));
        if (editable) {
            add(actions());
        }
        if (detail.viewer().incubator() && detail.status() == CheckInStatus.SUBMITTED) {
            add(review());
        }
    }

    private Div actions() {
        Div box = new Div();
        if (detail.id() != null) {
            box.add(new EvidenceUpload("checkin-evidence",
                    (content, name) -> evidence.uploadForCheckIn(detail.id(), content, name), this::reload));
        } else {
            box.add(new Paragraph(getTranslation("incubation.evidence.saveFirst")));
        }
        Button save = new Button(getTranslation("incubation.checkIn.save"));
        save.setId("checkin-save");
        SingleSubmit.onClick(save, () -> {
            detail = checkIns.save(projectId, periodStart, detail.version(), narrative.getValue(), kpis());
            Notices.success("incubation.checkIn.saved");
            render();
        });
        Button submit = new Button(getTranslation("incubation.checkIn.submit"));
        submit.setId("checkin-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        SingleSubmit.onClick(submit, () -> {
            detail = checkIns.submit(projectId, periodStart, detail.version(), narrative.getValue(), kpis());
            Notices.success("incubation.checkIn.submitted");
            render();
        });
        box.add(save, submit);
        return box;
    }

    private Div review() {
        TextArea comment = new TextArea(getTranslation("incubation.review.comment"));
        comment.setId("checkin-review-comment");
        comment.setWidthFull();
        Button verify = new Button(getTranslation("incubation.checkIn.verify"));
        verify.setId("checkin-verify");
        verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        SingleSubmit.onClick(verify, () -> review(true, comment.getValue()));
        Button query = new Button(getTranslation("incubation.checkIn.query"));
        query.setId("checkin-query");
        SingleSubmit.onClick(query, () -> review(false, comment.getValue()));
        Div box = new Div(new H3(getTranslation("incubation.checkIn.reviewTitle")), comment, verify, query);
        box.addClassName("card");
        return box;
    }

    private void review(boolean verified, String comment) {
        detail = checkIns.review(detail.id(), detail.version(), verified, comment);
        Notices.success(verified ? "incubation.checkIn.verifiedDone" : "incubation.checkIn.queriedDone");
        render();
    }

    private void reload() {
        detail = checkIns.checkIn(projectId, periodStart);
        render();
    }

    private Anchor back() {
        return new Anchor("incubation/projects/" + projectId, getTranslation("incubation.checkIn.back"));
    }

    private void labels() {
        narrative.setLabel(getTranslation("incubation.checkIn.narrative"));
        revenue.setLabel(getTranslation("incubation.kpi.revenue"));
        employees.setLabel(getTranslation("incubation.kpi.employees"));
        fundingEquity.setLabel(getTranslation("incubation.kpi.fundingEquity"));
        fundingDebt.setLabel(getTranslation("incubation.kpi.fundingDebt"));
        fundingGrant.setLabel(getTranslation("incubation.kpi.fundingGrant"));
        activeUsers.setLabel(getTranslation("incubation.kpi.activeUsers"));
        datasets.setLabel(getTranslation("incubation.kpi.datasetsInUse"));
        adoption.setLabel(getTranslation("incubation.kpi.adoption"));
        adoption.setItemLabelGenerator(stage -> getTranslation("incubation.adoption." + stage));
        partners.setLabel(getTranslation("incubation.kpi.partners"));
    }

    private void fill(Kpis kpis) {
        revenue.setValue(kpis.revenue());
        employees.setValue(kpis.employees());
        fundingEquity.setValue(kpis.fundingEquity());
        fundingDebt.setValue(kpis.fundingDebt());
        fundingGrant.setValue(kpis.fundingGrant());
        activeUsers.setValue(kpis.activeUsers() == null ? null : (int) Math.min(Integer.MAX_VALUE, kpis.activeUsers()));
        datasets.setValue(kpis.datasetsInUse());
        adoption.setValue(kpis.adoption());
        partners.setValue(kpis.partners());
    }

    private Kpis kpis() {
        return new Kpis(revenue.getValue(), employees.getValue(), fundingEquity.getValue(), fundingDebt.getValue(),
                fundingGrant.getValue(), activeUsers.getValue() == null ? null : activeUsers.getValue().longValue(),
                datasets.getValue(), adoption.getValue(), partners.getValue());
    }

    @Override
    public String getPageTitle() {
        return detail == null ? getTranslation("incubation.checkIn.title") : getTranslation(
                "incubation.checkIn.heading", IncubationUi.text(detail.projectTitle()), IncubationUi.date(detail.period().start()),
                IncubationUi.date(detail.period().end()));
    }
}
