package org.opencontest.incubation.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.opencontest.notification.MailRequested;
import org.opencontest.shared.i18n.SupportedLocales;
import org.opencontest.shared.net.PublicBaseUrl;
import org.opencontest.shared.security.SystemIdentity;
import org.opencontest.team.TeamMember;
import org.opencontest.team.TeamMemberships;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The incubation module's mails ({@code mail.incubation.<name>} in both bundles), requested inside the causing
 * transaction. Each model carries the project id and what makes the mail unique (a period, an event), because
 * identical requests within a day are sent once.
 */
@Component
public class IncubationMails {

    private final ApplicationEventPublisher events;
    private final TeamMemberships teams;
    private final IncubatorMemberRepository members;
    private final ProjectRepository projects;
    private final MessageSource messages;
    private final PublicBaseUrl baseUrl;

    IncubationMails(ApplicationEventPublisher events, TeamMemberships teams, IncubatorMemberRepository members,
                    ProjectRepository projects, MessageSource messages,
                    PublicBaseUrl baseUrl) {
        this.events = events;
        this.projects = projects;
        this.messages = messages;
        this.teams = teams;
        this.members = members;
        this.baseUrl = baseUrl;
    }

    public String projectLink(long projectId) {
        return baseUrl.link("/incubation/projects/" + projectId);
    }

    /**
     * The team's members, read with the system identity: the callers (the reminder job, the after-commit mail
     * listener) run outside any request and have passed this module's own checks.
     */
    public List<TeamMember> teamOf(Project project) {
        return SystemIdentity.call(() -> teams.members(project.getTeamId()));
    }

    /** The responsible incubators, or every member of the organisation when nobody is assigned yet. */
    public List<IncubatorMember> incubatorsOf(Project project) {
        return project.getResponsibleMemberIds().isEmpty()
                ? members.findByOrgIdOrderByDisplayNameAsc(project.getOrgId())
                : members.findByIdIn(project.getResponsibleMemberIds());
    }

    /**
     * The same mail to each team member. The team module shows members only to the team and the contest's
     * organisers, and inside a Vaadin request the system identity cannot stand in (the session's user wins), so
     * the members are looked up after commit, outside the request, by {@link #onTeamMail}.
     */
    public void toTeam(Project project, String template, Map<String, String> model) {
        events.publishEvent(new TeamMailRequested(project.getId(), template, model, null));
    }

    /** As {@link #toTeam(Project, String, Map)} with the stage named in each reader's language. */
    public void toTeamWithStage(Project project, String template, MessageSourceResolvable stage) {
        events.publishEvent(new TeamMailRequested(project.getId(), template, Map.of(), stage.getCodes()[0]));
    }

    @ApplicationModuleListener
    void onTeamMail(TeamMailRequested request) {
        projects.findById(request.projectId()).ifPresent(project -> {
            for (TeamMember member : teamOf(project)) {
                Map<String, String> model = new HashMap<>(request.model());
                if (request.stageKey() != null) {
                    model.put("stage", messages.getMessage(request.stageKey(), null,
                            SupportedLocales.closest(member.locale())));
                }
                send(member.email(), member.displayName(), member.locale(), project, request.template(), model);
            }
        });
    }

    public void toIncubators(Project project, String template, Map<String, String> model) {
        for (IncubatorMember member : incubatorsOf(project)) {
            send(member.getEmail(), member.getDisplayName(), member.getLocale(), project, template, model);
        }
    }

    public void send(String email, String name, Locale locale, Project project, String template,
                     Map<String, String> model) {
        Map<String, String> personal = new HashMap<>(model);
        personal.put("name", name);
        personal.put("project", project.getTitle().in(locale));
        personal.put("team", project.getTeamName());
        personal.put("projectId", Long.toString(project.getId()));
        personal.put("link", projectLink(project.getId()));
        events.publishEvent(new MailRequested(email, locale, "incubation." + template, personal));
    }
}
