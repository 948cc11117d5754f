package org.opencontest.partnering.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.opencontest.notification.MailRequested;
import org.opencontest.shared.net.PublicBaseUrl;
import org.opencontest.shared.security.SystemIdentity;
import org.opencontest.team.TeamMember;
import org.opencontest.team.TeamMemberships;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The partnering mails ({@code mail.partnering.<name>} in both bundles). They also land in each account's
 * notification centre. Models carry the introduction or demo-day id, so identical requests within a day are one mail.
 */
@Component
public class PartnerMails {

    private final ApplicationEventPublisher events;
    private final TeamMemberships teams;
    private final PublicBaseUrl baseUrl;

    PartnerMails(ApplicationEventPublisher events, TeamMemberships teams, PublicBaseUrl baseUrl) {
        this.events = events;
        this.teams = teams;
        this.baseUrl = baseUrl;
    }

    public String link(String path) {
        return baseUrl.link(path);
    }

    public void toPerson(String email, String name, Locale locale, String template, Map<String, String> model) {
        Map<String, String> personal = new HashMap<>(model);
        personal.put("name", name);
        events.publishEvent(new MailRequested(email, locale, "partnering." + template, personal));
    }

    public void toTeam(long teamId, String template, Map<String, String> model) {
        events.publishEvent(new TeamMailRequested(teamId, template, model));
    }

    @ApplicationModuleListener
    void onTeamMail(TeamMailRequested request) {
        for (TeamMember member : SystemIdentity.call(() -> teams.members(request.teamId()))) {
            toPerson(member.email(), member.displayName(), member.locale(), request.template(), request.model());
        }
    }
}
