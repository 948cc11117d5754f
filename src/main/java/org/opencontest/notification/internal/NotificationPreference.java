package org.opencontest.notification.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.opencontest.shared.persistence.BaseEntity;

/** A user's choice for one category; categories without a row are delivered {@link Delivery#MAIL_AND_IN_APP}. */
@Entity
@Table(name = "notification_preference")
class NotificationPreference extends BaseEntity {

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private NotificationCategory category;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Delivery delivery;

    protected NotificationPreference() {
    }

    NotificationPreference(long userId, NotificationCategory category, Delivery delivery) {
        this.userId = userId;
        this.category = category;
        this.delivery = delivery;
    }

    NotificationCategory getCategory() {
        return category;
    }

    Delivery getDelivery() {
        return delivery;
    }

    void setDelivery(Delivery delivery) {
        this.delivery = delivery;
    }
}
