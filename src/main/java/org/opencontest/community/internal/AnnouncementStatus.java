package org.opencontest.community.internal;

/** Where an announcement stands: being written, waiting for its publication time, or public (and mailed). */
public enum AnnouncementStatus {
    DRAFT, SCHEDULED, PUBLISHED;

    public String messageKey() {
        return "community.announcement.status." + name();
    }
}
