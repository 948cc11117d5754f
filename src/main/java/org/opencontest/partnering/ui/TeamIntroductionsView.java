package org.opencontest.partnering.ui;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import org.opencontest.partnering.IntroductionOutcome;
import org.opencontest.partnering.internal.IntroductionStatus;
import org.opencontest.partnering.Introductions;
import org.opencontest.shared.security.Roles;
import org.opencontest.shared.ui.LoadedView;
import org.opencontest.shared.ui.Notices;
import org.opencontest.shared.ui.SingleSubmit;

/**
 * A team's introduction requests from partners: who and why, accept or decline; accepting shows the partner's
 * address (and gives the partner the answering member's). An accepted introduction can be linked to funding or a
 * government adoption reported in one of the project's check-ins.
 */
@Route("incubation/introductions")
@RolesAllowed(Roles.PARTICIPANT)
@Menu(title = "nav.partners.teamIntroductions", order = 46, icon = "vaadin:connect")
public class TeamIntroductionsView extends LoadedView implements HasDynamicTitle {

    private final transient Introductions introductions;
    private List<Introductions.TeamSide> requests;
    /** The filed check-in periods per project, read once per rendering. */
    private final java.util.Map<Long, List<LocalDate>> filed = new java.util.HashMap<>();

    public TeamIntroductionsView(Introductions introductions) {
        this.introductions = introductions;
        setId("team-introductions");
        addClassName("page");
    }

    @Override
    protected void load(BeforeEnterEvent event) {
        requests = introductions.forMyTeams();
    }

    private void reload() {
        requests = introductions.forMyTeams();
        refresh();
    }

    @Override
    protected void render() {
        filed.clear();
        add(new H1(getTranslation("partnering.team.title")), new Paragraph(getTranslation("partnering.team.intro")));
        if (requests.isEmpty()) {
            add(new Paragraph(getTranslation("partnering.team.none")));
        }
        for (Introductions.TeamSide intro : requests) {
            Div card = new Div(new H3(getTranslation("partnering.team.from", intro.partnerName(),
                    intro.organisation() == null ? "–" : intro.organisation(), intro.partnerKind() == null ? "–"
                            : getTranslation("partnering.kind." + intro.partnerKind()))),
                    new Paragraph(getTranslation("partnering.team.project", PartnerUi.text(intro.project()),
                            getTranslation("partnering.status." + intro.status()))));
            if (intro.interests() != null) {
                card.add(new Paragraph(getTranslation("partnering.team.interests", intro.interests())));
            }
            Paragraph message = new Paragraph(intro.message());
            message.setId("introduction-message-" + intro.id());
            card.add(message);
            card.addClassName("card");
            card.setId("introduction-" + intro.id());
            if (intro.status() == IntroductionStatus.REQUESTED) {
                Button accept = new Button(getTranslation("partnering.team.accept"));
                accept.setId("accept-" + intro.id());
                accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                SingleSubmit.onClick(accept, () -> {
                    introductions.answer(intro.id(), true);
                    Notices.success("partnering.team.accepted");
                    reload();
                });
                Button decline = new Button(getTranslation("partnering.team.decline"));
                decline.setId("decline-" + intro.id());
                decline.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
                SingleSubmit.onClick(decline, () -> {
                    introductions.answer(intro.id(), false);
                    reload();
                });
                card.add(new Div(accept, decline));
            } else if (intro.status() == IntroductionStatus.ACCEPTED) {
                Paragraph contact = new Paragraph(getTranslation("partnering.team.contact", intro.partnerName(),
                        intro.partnerEmail()));
                contact.setId("partner-contact-" + intro.id());
                card.add(contact, outcome(intro));
            }
            add(card);
        }
    }

    private Div outcome(Introductions.TeamSide intro) {
        Select<IntroductionOutcome> kind = new Select<>();
        kind.setLabel(getTranslation("partnering.outcome.kind"));
        kind.setItems(Arrays.asList(IntroductionOutcome.values()));
        kind.setEmptySelectionAllowed(true);
        kind.setItemLabelGenerator(k -> k == null ? getTranslation("partnering.outcome.none")
                : getTranslation("partnering.outcome." + k));
        kind.setValue(intro.outcome());
        kind.setId("outcome-kind-" + intro.id());
        Select<LocalDate> period = new Select<>();
        period.setLabel(getTranslation("partnering.outcome.period"));
        period.setItems(filed.computeIfAbsent(intro.projectId(), introductions::filedPeriods));
        period.setItemLabelGenerator(date -> date == null ? "–" : date.toString());
        period.setValue(intro.outcomePeriod());
        period.setId("outcome-period-" + intro.id());
        Button link = new Button(getTranslation("partnering.outcome.save"));
        link.setId("outcome-save-" + intro.id());
        SingleSubmit.onClick(link, () -> {
            introductions.linkOutcome(intro.id(), kind.getValue(), period.getValue());
            Notices.success("partnering.outcome.saved");
            reload();
        });
        Div box = new Div(new Paragraph(getTranslation("partnering.outcome.help")), kind, period, link);
        box.addClassName("filter-bar");
        return box;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("partnering.team.title");
    }
}
