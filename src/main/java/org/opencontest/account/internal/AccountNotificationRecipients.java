package org.opencontest.account.internal;

import java.util.Optional;

import org.opencontest.notification.NotificationRecipient;
import org.opencontest.notification.NotificationRecipients;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells the notification module which account's notification centre a mail address belongs to. */
@Component
class AccountNotificationRecipients implements NotificationRecipients {

    private final UserAccountRepository users;

    AccountNotificationRecipients(UserAccountRepository users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<NotificationRecipient> findByEmail(String email) {
        return email == null || email.isBlank() ? Optional.empty()
                : users.findByEmail(UserAccount.normaliseEmail(email)).filter(UserAccount::isEnabled)
                        .map(user -> new NotificationRecipient(user.getId(), user.getLocale()));
    }
}
