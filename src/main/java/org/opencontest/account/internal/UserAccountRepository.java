package org.opencontest.account.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByEmail(String normalisedEmail);

    boolean existsByEmail(String normalisedEmail);
}
