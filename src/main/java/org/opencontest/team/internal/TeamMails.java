package org.opencontest.team.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.opencontest.notification.MailRequested;
import org.opencontest.shared.net.PublicBaseUrl;
import org.opencontest.team.TeamMember;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The team module's mails, requested inside the causing transaction so that they go out exactly when the change
 * is committed. Templates are {@code mail.team.<name>} in both bundles; each model carries the team id and what
 * makes the mail unique, because identical requests within a day are sent once.
 */
@Component
public class TeamMails {

    private final ApplicationEventPublisher events;
    private final PublicBaseUrl baseUrl;

    TeamMails(ApplicationEventPublisher events, PublicBaseUrl baseUrl) {
        this.events = events;
        this.baseUrl = baseUrl;
    }

    public String invitationLink(String token) {
        return baseUrl.link("/teams/invitation?token=" + token);
    }

    public String teamLink(long teamId) {
        return baseUrl.link("/teams/" + teamId);
    }

    public void send(String recipient, Locale locale, String template, Map<String, String> model) {
        events.publishEvent(new MailRequested(recipient, locale, "team." + template, model));
    }

    /** The same mail to each member, each in their own language, with their name and the team's link. */
    public void toMembers(Collection<TeamMember> members, long teamId, String template, Map<String, String> model) {
        toMembers(members, teamId, template, model, locale -> Map.of());
    }

    /** As {@link #toMembers(Collection, long, String, Map)}, plus values that depend on the reader's language. */
    public void toMembers(Collection<TeamMember> members, long teamId, String template, Map<String, String> model,
                          Function<Locale, Map<String, String>> inLanguage) {
        for (TeamMember member : members) {
            Map<String, String> personal = new HashMap<>(model);
            personal.putAll(inLanguage.apply(member.locale()));
            personal.put("name", member.displayName());
            personal.put("teamId", Long.toString(teamId));
            personal.put("link", teamLink(teamId));
            send(member.email(), member.locale(), template, personal);
        }
    }
}
