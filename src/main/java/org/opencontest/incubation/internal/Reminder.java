package org.opencontest.incubation.internal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A check-in reminder that went out: one per project, due date, event and recipient. */
@Entity
@Table(name = "incubation_reminder")
public class Reminder {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "project_id", nullable = false)
    private long projectId;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReminderSchedule.Event event;

    @Column(nullable = false)
    private String recipient;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    protected Reminder() {
    }

    public Reminder(long projectId, LocalDate dueDate, ReminderSchedule.Event event, String recipient, Instant at) {
        this.projectId = projectId;
        this.dueDate = dueDate;
        this.event = event;
        this.recipient = recipient;
        this.sentAt = at;
    }
}
