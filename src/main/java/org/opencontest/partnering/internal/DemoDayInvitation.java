package org.opencontest.partnering.internal;

import java.time.Instant;

import org.opencontest.shared.i18n.LocalizedText;

/**
 * What a demo-day mail's calendar invitation is made of, before it is put into each recipient's language and zone
 * ({@link PartnerMails}): the whole demo day (first slot to last) or one booked presentation. Plain values, because
 * it travels inside an event through the publication registry.
 *
 * @param uid       stable per demo day or per slot, the same as in the downloaded {@code .ics}, so calendars update
 *                  one event rather than add a second
 * @param stamp     the moment of the invitation or booking (the DTSTAMP), so a repeated request is the same text
 * @param projectEn the presenting project's title for a slot (both sides), null for the whole demo day
 * @param dayZone   the demo day's zone, used for recipients whose own zone is unknown
 */
public record DemoDayInvitation(String uid, Instant starts, Instant ends, Instant stamp, String title,
                                String location, String link, String projectEn, String projectZh,
                                String organizerEmail, String organizerName, String dayZone) {

    /** The presenting project, or null for the whole demo day. */
    LocalizedText project() {
        return projectEn == null && projectZh == null ? null : LocalizedText.orEmpty(new LocalizedText(projectEn,
                projectZh));
    }
}
