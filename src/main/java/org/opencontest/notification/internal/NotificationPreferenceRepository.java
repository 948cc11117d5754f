package org.opencontest.notification.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface NotificationPreferenceRepository extends JpaRepository<NotificationPreference, Long> {

    List<NotificationPreference> findByUserId(long userId);

    Optional<NotificationPreference> findByUserIdAndCategory(long userId, NotificationCategory category);

    default Delivery deliveryOf(long userId, NotificationCategory category) {
        return findByUserIdAndCategory(userId, category).map(NotificationPreference::getDelivery)
                .orElse(Delivery.MAIL_AND_IN_APP);
    }
}
