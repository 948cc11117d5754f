package org.opencontest.dataset.issue;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.opencontest.account.UserContact;
import org.opencontest.account.UserDirectory;
import org.opencontest.dataset.internal.Dataset;
import org.opencontest.notification.MailRequested;
import org.opencontest.shared.net.PublicBaseUrl;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Tells the dataset's publisher of a new issue ({@code dataset.issue-reported}) and reporters what became of their
 * issues, in their current language: {@code dataset.issue-fixed} when a published release fixes it,
 * {@code dataset.issue-status} on any other status change. Requested inside the
 * changing transaction, so the outbox sends them when it commits; the notification module puts them in the
 * reporter's notification centre too, by their preferences for data issues.
 */
@Component
class DataIssueMails {

    private final ApplicationEventPublisher events;
    private final UserDirectory users;
    private final MessageSource messages;
    private final PublicBaseUrl baseUrl;

    DataIssueMails(ApplicationEventPublisher events, UserDirectory users, MessageSource messages,
                   PublicBaseUrl baseUrl) {
        this.events = events;
        this.users = users;
        this.messages = messages;
        this.baseUrl = baseUrl;
    }

    void statusChanged(DataIssue issue, Dataset dataset) {
        if (issue.getStatus() == DataIssueStatus.FIXED) {
            fixed(List.of(issue), dataset);
            return;
        }
        Locale locale = locales(List.of(issue)).getOrDefault(issue.getReporterEmail(), Locale.ENGLISH);
        Map<String, String> model = model(issue, dataset, locale);
        String status = messages.getMessage(issue.getStatus().messageKey(), null, locale);
        model.put("status", issue.getReason() == null ? status : status + " — " + issue.getReason());
        events.publishEvent(new MailRequested(issue.getReporterEmail(), locale, "dataset.issue-status", model));
    }

    /**
     * Tells the dataset's publisher (its owner) of a new issue, in their language; not when they reported it
     * themselves, nor when their account is disabled.
     */
    void reported(DataIssue issue, Dataset dataset) {
        if (dataset.isOwnedBy(issue.getReporterId())) {
            return;
        }
        UserContact owner = users.enabledContacts(List.of(dataset.getOwnerId())).get(dataset.getOwnerId());
        if (owner == null) {
            return;
        }
        Map<String, String> model = model(issue, dataset, owner.locale());
        model.put("name", owner.displayName());
        model.put("reporter", issue.getReporterName());
        model.put("kind", messages.getMessage("dataset.issue.kind." + issue.getKind().name(), null,
                owner.locale()));
        events.publishEvent(new MailRequested(owner.email(), owner.locale(), "dataset.issue-reported", model));
    }

    /** The issues' fixing release is published: one mail per issue, with the release's name. */
    void fixed(List<DataIssue> issues, Dataset dataset) {
        Map<String, Locale> locales = locales(issues);
        for (DataIssue issue : issues) {
            Locale locale = locales.getOrDefault(issue.getReporterEmail(), Locale.ENGLISH);
            Map<String, String> model = model(issue, dataset, locale);
            model.put("release", issue.getFixedIn().getNumber() + " (" + issue.getFixedIn().getLabel() + ")");
            events.publishEvent(new MailRequested(issue.getReporterEmail(), locale, "dataset.issue-fixed", model));
        }
    }

    private Map<String, Locale> locales(List<DataIssue> issues) {
        return users.localesByEmail(issues.stream().map(DataIssue::getReporterEmail).distinct().toList());
    }

    private Map<String, String> model(DataIssue issue, Dataset dataset, Locale locale) {
        Map<String, String> model = new HashMap<>();
        model.put("name", issue.getReporterName());
        model.put("issueId", String.valueOf(issue.getId()));
        model.put("title", issue.getTitle());
        model.put("dataset", dataset.getTitle().in(locale));
        model.put("link", baseUrl.link("/data/" + dataset.getSlug()));
        // identical requests within a day are one mail: a second change the same day must still be sent
        model.put("version", String.valueOf(issue.getVersion()));
        return model;
    }
}
