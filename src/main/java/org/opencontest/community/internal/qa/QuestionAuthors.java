package org.opencontest.community.internal.qa;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

import org.opencontest.account.UserContact;
import org.opencontest.account.UserDirectory;
import org.springframework.stereotype.Component;

/** Names for a page of posts in one query; deleted and disabled accounts are absent (a "former member"). */
@Component
class QuestionAuthors {

    private final UserDirectory directory;

    QuestionAuthors(UserDirectory directory) {
        this.directory = directory;
    }

    Map<Long, String> names(Collection<Long> userIds) {
        return directory.enabledContacts(userIds).values().stream()
                .collect(Collectors.toMap(UserContact::id, UserContact::displayName));
    }
}
