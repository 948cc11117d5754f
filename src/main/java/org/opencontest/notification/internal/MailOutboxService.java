package org.opencontest.notification.internal;

import java.time.Clock;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;

import org.opencontest.notification.MailRequested;
import org.opencontest.shared.error.NotFoundException;
import org.opencontest.shared.error.UserFacingException;
import org.opencontest.shared.net.PublicBaseUrl;
import org.opencontest.shared.persistence.LikePatterns;
import org.opencontest.shared.security.AppPrincipal;
import org.opencontest.shared.security.CurrentUser;
import org.opencontest.shared.security.Roles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@RolesAllowed(Roles.ADMIN)
@Transactional(readOnly = true)
class MailOutboxService implements MailOutbox {

    static final String TEST_TEMPLATE = "notification.test";

    private final OutboundMailRepository mails;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final PublicBaseUrl baseUrl;

    MailOutboxService(OutboundMailRepository mails, ApplicationEventPublisher events, Clock clock,
                      PublicBaseUrl baseUrl) {
        this.mails = mails;
        this.events = events;
        this.clock = clock;
        this.baseUrl = baseUrl;
    }

    @Override
    public List<MailSummary> page(MailFilter filter, Pageable pageable) {
        return mails.findSummaries(statuses(filter), recipientPattern(filter),
                PageRequest.of(pageable.getPageNumber(), pageable.getPageSize()));
    }

    @Override
    public long count(MailFilter filter) {
        return mails.countMatching(statuses(filter), recipientPattern(filter));
    }

    @Override
    public MailDetails get(long id) {
        return mails.findById(id).map(OutboundMail::toDetails).orElseThrow(NotFoundException::new);
    }

    @Override
    @Transactional
    public void resend(long id) {
        OutboundMail mail = mails.findById(id).orElseThrow(NotFoundException::new);
        if (mail.getStatus() == MailStatus.PENDING) {
            throw new UserFacingException("notification.error.alreadyQueued");
        }
        mail.requeue(clock.instant());
        events.publishEvent(new MailQueued(id));
    }

    @Override
    public Map<MailStatus, Long> countByStatus() {
        Map<MailStatus, Long> counts = new EnumMap<>(MailStatus.class);
        for (MailStatus status : MailStatus.values()) {
            counts.put(status, 0L);
        }
        mails.countByStatus().forEach(count -> counts.put(count.getStatus(), count.getMails()));
        return counts;
    }

    @Override
    @Transactional
    public void sendTestMailToMe(Locale locale) {
        AppPrincipal admin = CurrentUser.require();
        events.publishEvent(new MailRequested(admin.email(), locale, TEST_TEMPLATE, Map.of(
                "name", admin.displayName(),
                "link", baseUrl.link("/admin/mailbox"),
                // the instant makes every test mail distinct: identical requests within a day count as one mail
                "sentAt", clock.instant().toString())));
    }

    private static Collection<MailStatus> statuses(MailFilter filter) {
        return filter.statusOption().map(EnumSet::of).orElseGet(() -> EnumSet.allOf(MailStatus.class));
    }

    private static String recipientPattern(MailFilter filter) {
        return LikePatterns.contains(filter.recipientText().orElse(""));
    }
}
