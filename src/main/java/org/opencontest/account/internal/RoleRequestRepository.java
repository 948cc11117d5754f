package org.opencontest.account.internal;

import java.util.List;

import org.opencontest.shared.security.Role;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RoleRequestRepository extends JpaRepository<RoleRequest, Long> {

    boolean existsByUserIdAndRoleAndStatus(long userId, Role role, RoleRequestStatus status);

    List<RoleRequest> findByUserIdOrderByCreatedAtDesc(long userId);

    List<RoleRequest> findByStatusOrderByCreatedAt(RoleRequestStatus status);

    long countByStatus(RoleRequestStatus status);
}
