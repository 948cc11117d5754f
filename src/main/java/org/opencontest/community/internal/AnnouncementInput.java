package org.opencontest.community.internal;

import java.io.Serializable;

import org.opencontest.shared.i18n.LocalizedText;

/** What an organiser writes: a title and a markdown body, each in English and Chinese. */
public record AnnouncementInput(LocalizedText title, LocalizedText body) implements Serializable {

    public AnnouncementInput {
        title = LocalizedText.orEmpty(title);
        body = LocalizedText.orEmpty(body);
    }
}
