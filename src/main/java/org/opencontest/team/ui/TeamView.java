package org.opencontest.team.ui;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import org.opencontest.contest.PhaseKind;
import org.opencontest.shared.error.NotFoundException;
import org.opencontest.shared.security.Roles;
import org.opencontest.shared.time.DateTimes;
import org.opencontest.shared.ui.LoadedView;
import org.opencontest.shared.ui.Notices;
import org.opencontest.shared.ui.SingleSubmit;
import org.opencontest.shared.ui.ViewerZone;
import org.opencontest.team.TeamDetail;
import org.opencontest.team.TeamInvitations;
import org.opencontest.team.internal.TeamMerges;
import org.opencontest.team.internal.TeamPage;
import org.opencontest.team.TeamService;
import org.opencontest.team.TeamStatus;

/**
 * A team as its members see it: status, deadlines, members, the invite code; for the leader also invitations by
 * e-mail, removing members, handing over leadership and merge proposals. Every action reloads the page from the
 * server, which decides what is still allowed.
 */
@Route("teams/:teamId")
@RolesAllowed(Roles.PARTICIPANT)
public class TeamView extends LoadedView implements HasDynamicTitle {

    private final transient TeamService teams;
    private final transient TeamInvitations invitations;
    private final transient TeamMerges merges;
    private long teamId;
    private TeamPage page;

    public TeamView(TeamService teams, TeamInvitations invitations, TeamMerges merges) {
        this.teams = teams;
        this.invitations = invitations;
        this.merges = merges;
        addClassName("page");
        setId("team-page");
    }

    @Override
    protected void load(BeforeEnterEvent event) {
        teamId = idParameter(event, "teamId");
        page = teams.teamPage(teamId);
    }

    private void reload() {
        try {
            page = teams.teamPage(teamId);
            refresh();
        } catch (NotFoundException gone) {
            getUI().ifPresent(ui -> ui.navigate(MyTeamsView.class));
        }
    }

    @Override
    protected void render() {
        TeamDetail team = page.team();
        H1 name = new H1(team.name());
        name.setId("team-name-heading");
        HorizontalLayout heading = new HorizontalLayout(name, TeamUi.statusBadge(this, team.status()));
        heading.setAlignItems(FlexComponent.Alignment.BASELINE);
        Anchor contest = new Anchor("contests/" + page.contest().slug(), page.contest().title().in(TeamUi.locale()));
        add(heading, new Paragraph(contest));
        if (page.contest().timeline().phase(PhaseKind.RESULTS).isPresent()) {
            // the judging module's feedback page (linked by route, so the modules stay independent)
            Anchor feedback = new Anchor("contests/" + page.contest().slug() + "/feedback",
                    getTranslation("judging.results.feedback.link"));
            feedback.setId("team-feedback-link");
            add(new Paragraph(feedback));
        }
        if (team.description() != null) {
            add(new Paragraph(team.description()));
        }
        if (team.decisionReason() != null
                && (team.status() == TeamStatus.REJECTED || team.status() == TeamStatus.DISQUALIFIED)) {
            Paragraph reason = new Paragraph(getTranslation("team.page.reason", team.decisionReason()));
            reason.setId("team-decision-reason");
            add(reason);
        }
        if (page.belowMinimum()) {
            Span warning = new Span(getTranslation("team.warning.belowMinimum", page.contest().teamSizeMin()));
            warning.getElement().getThemeList().add("badge warning");
            warning.setId("team-below-minimum");
            add(new Div(warning));
        }
        add(deadlines());
        add(new H3(getTranslation("team.page.members", team.memberCount(), page.contest().teamSizeMax())),
                members(team));
        if (!team.solo() && !page.locked()) {
            add(inviteCode(team));
        }
        if (page.leader() && !team.solo() && !page.locked()) {
            add(inviteByMail());
        }
        if (!page.merges().isEmpty() || page.leader() && page.mergeOpen() && !team.solo()) {
            add(mergeSection());
        }
        if (!page.locked()) {
            Button leave = new Button(getTranslation("team.page.leave"), VaadinIcon.SIGN_OUT.create());
            leave.setId("team-leave");
            leave.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            leave.addClickListener(click -> confirm(getTranslation("team.page.leaveConfirm"), () -> {
                teams.leave(teamId);
                Notices.success("team.page.left", team.name());
                getUI().ifPresent(ui -> ui.navigate(MyTeamsView.class));
            }));
            add(new Div(leave));
        }
    }

    private Div deadlines() {
        Div box = new Div();
        box.addClassName("muted");
        box.setId("team-deadlines");
        if (page.locked()) {
            box.add(new Div(getTranslation("team.page.locked")));
        } else {
            box.add(new Div(getTranslation("team.page.lockAt", TeamUi.when(page.lockAt(), page.contest().zone()))));
            if (page.mergeOpen()) {
                box.add(new Div(getTranslation("team.page.mergeDeadline",
                        TeamUi.when(page.mergeDeadline(), page.contest().zone()))));
            }
        }
        return box;
    }

    private Grid<TeamDetail.Member> members(TeamDetail team) {
        Grid<TeamDetail.Member> grid = new Grid<>();
        grid.setId("team-members");
        grid.addColumn(TeamDetail.Member::displayName).setHeader(getTranslation("team.column.member"))
                .setFlexGrow(2);
        grid.addColumn(member -> getTranslation(member.leader() ? "team.role.leader" : "team.role.member"))
                .setHeader(getTranslation("team.column.role"));
        grid.addColumn(member -> DateTimes.formatDate(member.joinedAt(), ViewerZone.get(), TeamUi.locale()))
                .setHeader(getTranslation("team.column.joined"));
        if (page.leader()) {
            grid.addComponentColumn(this::memberActions).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        }
        grid.setItems(team.members());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_COMPACT);
        return grid;
    }

    private Component memberActions(TeamDetail.Member member) {
        HorizontalLayout actions = new HorizontalLayout();
        if (member.leader()) {
            return actions;
        }
        Button handOver = new Button(getTranslation("team.page.handOver"), click -> confirm(
                getTranslation("team.page.handOverConfirm", member.displayName()), () -> {
                    teams.handOver(teamId, member.userId());
                    Notices.success("team.page.handedOver", member.displayName());
                    reload();
                }));
        handOver.setId("handover-" + member.userId());
        handOver.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        actions.add(handOver);
        if (!page.locked()) {
            Button remove = new Button(getTranslation("team.page.remove"), click -> confirm(
                    getTranslation("team.page.removeConfirm", member.displayName()), () -> {
                        teams.removeMember(teamId, member.userId());
                        Notices.success("team.page.removed", member.displayName());
                        reload();
                    }));
            remove.setId("remove-" + member.userId());
            remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            actions.add(remove);
        }
        return actions;
    }

    private Div inviteCode(TeamDetail team) {
        Span code = new Span(team.inviteCode());
        code.setId("team-invite-code");
        code.addClassName("invite-code");
        Div box = new Div(new H3(getTranslation("team.page.code")), new Paragraph(getTranslation("team.page.codeHint")),
                code);
        if (page.leader()) {
            Button renew = new Button(getTranslation("team.page.renewCode"), VaadinIcon.REFRESH.create());
            renew.setId("team-renew-code");
            renew.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            SingleSubmit.onClick(renew, () -> {
                teams.renewInviteCode(teamId);
                reload();
            });
            box.add(renew);
        }
        return box;
    }

    private Div inviteByMail() {
        EmailField email = new EmailField(getTranslation("team.page.inviteEmail"));
        email.setId("invite-email");
        email.setWidth("22em");
        Button send = new Button(getTranslation("team.page.invite"), VaadinIcon.ENVELOPE.create());
        send.setId("invite-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        SingleSubmit.onClick(send, () -> {
            TeamPage.PendingInvitation sent = invitations.invite(teamId, email.getValue());
            Notices.success("team.page.invited", sent.email());
            reload();
        });
        HorizontalLayout row = new HorizontalLayout(email, send);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        Div box = new Div(new H3(getTranslation("team.page.invitations")), row);
        box.setId("team-invitations");
        for (TeamPage.PendingInvitation invitation : page.invitations()) {
            Button revoke = new Button(getTranslation("team.page.revoke"), click -> {
                invitations.revoke(invitation.id());
                reload();
            });
            revoke.setId("revoke-" + invitation.id());
            revoke.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            Span line = new Span(getTranslation("team.page.invitationLine", invitation.email(),
                    DateTimes.format(invitation.expiresAt(), ViewerZone.get(), TeamUi.locale())));
            HorizontalLayout item = new HorizontalLayout(line, revoke);
            item.setAlignItems(FlexComponent.Alignment.BASELINE);
            item.addClassName("pending-invitation");
            box.add(item);
        }
        return box;
    }

    private Div mergeSection() {
        Div box = new Div(new H3(getTranslation("team.page.merge")));
        box.setId("team-merge");
        for (TeamPage.MergeProposal proposal : page.merges()) {
            Span text = new Span(getTranslation(proposal.incoming() ? "team.page.mergeIncoming"
                    : "team.page.mergeOutgoing", proposal.otherTeamName(), proposal.otherMemberCount()));
            HorizontalLayout item = new HorizontalLayout(text);
            item.setAlignItems(FlexComponent.Alignment.BASELINE);
            if (page.leader() && proposal.incoming()) {
                Button accept = new Button(getTranslation("team.page.mergeAccept"), click -> confirm(
                        getTranslation("team.page.mergeAcceptConfirm", proposal.otherTeamName()), () -> {
                            merges.accept(proposal.id());
                            Notices.success("team.page.merged", proposal.otherTeamName());
                            reload();
                        }));
                accept.setId("merge-accept-" + proposal.id());
                accept.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
                Button decline = new Button(getTranslation("team.page.mergeDecline"), click -> {
                    merges.decline(proposal.id());
                    reload();
                });
                decline.setId("merge-decline-" + proposal.id());
                decline.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                item.add(accept, decline);
            } else if (page.leader()) {
                Button withdraw = new Button(getTranslation("team.page.mergeWithdraw"), click -> {
                    merges.withdraw(proposal.id());
                    reload();
                });
                withdraw.setId("merge-withdraw-" + proposal.id());
                withdraw.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                item.add(withdraw);
            }
            box.add(item);
        }
        if (page.leader() && page.mergeOpen()) {
            TextField other = new TextField(getTranslation("team.page.mergeWith"));
            other.setId("merge-team");
            Button propose = new Button(getTranslation("team.page.mergePropose"));
            propose.setId("merge-propose");
            SingleSubmit.onClick(propose, () -> {
                merges.propose(teamId, other.getValue());
                Notices.success("team.page.mergeProposed", other.getValue().strip());
                reload();
            });
            HorizontalLayout row = new HorizontalLayout(other, propose);
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            box.add(new Paragraph(getTranslation("team.page.mergeHint")), row);
        }
        return box;
    }

    private void confirm(String question, Runnable action) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("team.confirm.title"));
        dialog.setText(question);
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("team.confirm.cancel"));
        dialog.setConfirmText(getTranslation("team.confirm.ok"));
        dialog.addConfirmListener(confirmed -> action.run());
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return page == null ? getTranslation("team.mine.title") : page.team().name();
    }
}
