package org.opencontest.incubation.internal;

import java.time.LocalDate;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ReminderRepository extends JpaRepository<Reminder, Long> {

    boolean existsByProjectIdAndDueDateAndEventAndRecipient(long projectId, LocalDate dueDate,
                                                             ReminderSchedule.Event event, String recipient);

    long countByProjectIdAndEvent(long projectId, ReminderSchedule.Event event);
}
