package org.opencontest.judging.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SentReminderRepository extends JpaRepository<SentReminder, SentReminder.Key> {
}
