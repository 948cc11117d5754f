package org.opencontest.community.internal;

import java.util.List;

import org.opencontest.contest.ContestPage;

/** What the Atom feed shows: a public contest and its published announcements, pinned first, then newest. */
public record AnnouncementFeed(ContestPage contest, List<PublishedAnnouncement> entries) {
}
