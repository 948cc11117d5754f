package org.opencontest.account.internal;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AccountTokenRepository extends JpaRepository<AccountToken, Long> {

    Optional<AccountToken> findByTokenHashAndPurpose(String tokenHash, TokenPurpose purpose);

    /** Conditional update, so that of two simultaneous uses only one wins. */
    @Modifying
    @Query("update AccountToken t set t.usedAt = :now where t.id = :id and t.usedAt is null")
    int markUsed(@Param("id") long id, @Param("now") Instant now);

    @Modifying
    @Query("update AccountToken t set t.usedAt = :now "
            + "where t.userId = :userId and t.purpose = :purpose and t.usedAt is null")
    int invalidateAll(@Param("userId") long userId, @Param("purpose") TokenPurpose purpose,
                      @Param("now") Instant now);

    long countByUserIdAndPurposeAndCreatedAtAfter(Long userId, TokenPurpose purpose, Instant after);
}
