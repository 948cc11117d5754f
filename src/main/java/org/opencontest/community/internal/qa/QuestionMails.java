package org.opencontest.community.internal.qa;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.opencontest.account.UserContact;
import org.opencontest.account.UserDirectory;
import org.opencontest.contest.ContestPage;
import org.opencontest.notification.MailRequested;
import org.opencontest.shared.net.PublicBaseUrl;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Tells a thread's followers about a new reply or an official answer, through the notification module (category
 * Q&A, so each follower's preference decides between mail, in-app only, digest or nothing). Never the person who
 * caused it; disabled accounts are not asked. Requested inside the posting transaction, so only a committed post is
 * announced; the post id in the model makes each request unique.
 */
@Component
class QuestionMails {

    /** The mail carries the start of the post; the rest is on the page (the outbox takes about 9,000 characters). */
    static final int EXCERPT = 1000;

    private final ApplicationEventPublisher events;
    private final UserDirectory directory;
    private final PublicBaseUrl baseUrl;

    QuestionMails(ApplicationEventPublisher events, UserDirectory directory, PublicBaseUrl baseUrl) {
        this.events = events;
        this.directory = directory;
        this.baseUrl = baseUrl;
    }

    void replied(ContestPage contest, QuestionThread thread, QuestionPost reply, List<Long> followers) {
        send("community.qa-reply", contest, thread, reply, followers, reply.getAuthorId());
    }

    void answered(ContestPage contest, QuestionThread thread, QuestionPost answer, List<Long> followers, long by) {
        send("community.qa-official", contest, thread, answer, followers, by);
    }

    private void send(String template, ContestPage contest, QuestionThread thread, QuestionPost post,
                      List<Long> followers, long actor) {
        List<Long> readers = followers.stream().filter(id -> id != actor).toList();
        Map<Long, UserContact> contacts = directory.enabledContacts(readers);
        Map<Long, String> authors = directory.displayNames(List.of(post.getAuthorId()));
        for (UserContact reader : contacts.values()) {
            Locale locale = reader.locale();
            Map<String, String> model = new HashMap<>();
            model.put("name", reader.displayName());
            model.put("contest", contest.title().in(locale));
            model.put("title", thread.getTitle());
            model.put("author", authors.getOrDefault(post.getAuthorId(), ""));
            model.put("body", excerpt(post.getBody()));
            model.put("link", baseUrl.link("/contests/" + contest.slug() + "/questions/" + thread.getId()));
            model.put("postId", String.valueOf(post.getId()));
            events.publishEvent(new MailRequested(reader.email(), locale, template, model));
        }
    }

    static String excerpt(String markdown) {
        return markdown.length() <= EXCERPT ? markdown : markdown.substring(0, EXCERPT).stripTrailing() + " …";
    }
}
