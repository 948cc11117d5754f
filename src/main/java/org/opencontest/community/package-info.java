/**
 * Community: a contest's announcements (bilingual markdown, drafts, scheduled publication, pinning), shown on the
 * contest page (as a {@link org.opencontest.contest.ContestPageSection}), mailed to the contest's teams and offered
 * as an Atom feed; and each contest's Q&A board (threads, official answers collected into a FAQ, moderation, reports,
 * followers) in {@code internal.qa} and {@code ui.qa}. Data-quality issues live in {@code dataset.issue} (they close
 * with a dataset release) and the notification centre in {@code notification}. Nothing depends on it, so its base package holds no API yet: entities, repositories and the services its own
 * views call live in {@code internal}, views in {@code ui}, the feed in {@code web}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Community")
package org.opencontest.community;
