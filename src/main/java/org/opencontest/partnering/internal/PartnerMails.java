package org.opencontest.partnering.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.opencontest.account.UserDirectory;
import org.opencontest.notification.MailRequested;
import org.opencontest.shared.i18n.LocalizedText;
import org.opencontest.shared.net.PublicBaseUrl;
import org.opencontest.shared.security.SystemIdentity;
import org.opencontest.shared.time.CalendarFile;
import org.opencontest.team.TeamMember;
import org.opencontest.team.TeamMemberships;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The partnering mails ({@code mail.partnering.<name>} in both bundles). They also land in each account's
 * notification centre. Models carry the introduction or demo-day id, so identical requests within a day are one mail.
 * A demo-day mail may carry a calendar invitation ({@link DemoDayInvitation}): it is written for each recipient, in
 * their zone (their profile's; the demo day's when unknown) and language, with them as the attendee, and the mail
 * says the same time in words ({@code {when}}) in that zone.
 */
@Component
public class PartnerMails {

    static final String PRODUCT_ID = "-//OpenContest//Demo day//EN";

    private final ApplicationEventPublisher events;
    private final TeamMemberships teams;
    private final PublicBaseUrl baseUrl;
    private final UserDirectory users;
    private final MessageSource messages;

    PartnerMails(ApplicationEventPublisher events, TeamMemberships teams, PublicBaseUrl baseUrl, UserDirectory users,
                 MessageSource messages) {
        this.events = events;
        this.teams = teams;
        this.baseUrl = baseUrl;
        this.users = users;
        this.messages = messages;
    }

    public String link(String path) {
        return baseUrl.link(path);
    }

    public void toPerson(String email, String name, Locale locale, String template, Map<String, String> model) {
        toPerson(email, name, locale, template, model, null);
    }

    /** A mail to one person; with an {@code invitation}, it carries it as a calendar invitation in their zone. */
    public void toPerson(String email, String name, Locale locale, String template, Map<String, String> model,
                         DemoDayInvitation invitation) {
        Map<String, String> personal = new HashMap<>(model);
        personal.put("name", name);
        String calendar = null;
        if (invitation != null) {
            Locale language = locale == null ? Locale.ENGLISH : locale;
            ZoneId zone = users.zonesByEmail(List.of(email)).getOrDefault(email, ZoneId.of(invitation.dayZone()));
            personal.put("when", window(invitation.starts(), invitation.ends(), zone, language));
            LocalizedText project = invitation.project();
            if (project != null) {
                personal.put("project", project.in(language));
            }
            calendar = CalendarFile.request(PRODUCT_ID, invitation.stamp(), event(invitation, language), 0,
                    new CalendarFile.Person(invitation.organizerEmail(), invitation.organizerName()),
                    new CalendarFile.Person(email, name), zone);
        }
        events.publishEvent(new MailRequested(email, locale, "partnering." + template, personal, calendar));
    }

    public void toTeam(long teamId, String template, Map<String, String> model) {
        toTeam(teamId, template, model, null);
    }

    public void toTeam(long teamId, String template, Map<String, String> model, DemoDayInvitation invitation) {
        events.publishEvent(new TeamMailRequested(teamId, template, model, invitation));
    }

    @ApplicationModuleListener
    void onTeamMail(TeamMailRequested request) {
        for (TeamMember member : SystemIdentity.call(() -> teams.members(request.teamId()))) {
            toPerson(member.email(), member.displayName(), member.locale(), request.template(), request.model(),
                    request.invitation());
        }
    }

    /** The event as the recipient's calendar shows it, in their language. */
    private CalendarFile.Event event(DemoDayInvitation invitation, Locale locale) {
        LocalizedText project = invitation.project();
        String summary = project == null ? invitation.title() : messages.getMessage("partnering.ics.slot",
                new Object[] {invitation.title(), project.in(locale)}, locale);
        String description = messages.getMessage("partnering.ics.description",
                new Object[] {invitation.location(), invitation.link()}, locale);
        return new CalendarFile.Event(invitation.uid(), invitation.starts(), invitation.ends(), summary, description,
                invitation.link(), invitation.location());
    }

    /** "Dec 15, 2026, 9:00 AM – 9:50 AM (America/New_York)": the end without its date when it is the same day. */
    static String window(Instant starts, Instant ends, ZoneId zone, Locale locale) {
        DateTimeFormatter full = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(zone);
        boolean sameDay = starts.atZone(zone).toLocalDate().equals(ends.atZone(zone).toLocalDate());
        DateTimeFormatter end = sameDay ? DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale)
                .withZone(zone) : full;
        return full.format(starts) + " – " + end.format(ends) + " (" + zone.getId() + ")";
    }
}
