package org.opencontest.account.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

    Optional<ApiToken> findByTokenHash(String tokenHash);

    List<ApiToken> findByUserIdOrderByCreatedAtDescIdDesc(Long userId);

    Optional<ApiToken> findByIdAndUserId(Long id, Long userId);

    @Query("select count(t) from ApiToken t where t.userId = :userId and t.revokedAt is null and t.expiresAt > :now")
    long countActive(@Param("userId") long userId, @Param("now") Instant now);

    @Query("select count(t) > 0 from ApiToken t where t.userId = :userId and lower(t.name) = lower(:name) "
            + "and t.revokedAt is null and t.expiresAt > :now")
    boolean activeNameExists(@Param("userId") long userId, @Param("name") String name, @Param("now") Instant now);

    /**
     * Records a use without the optimistic-lock version (a request must not make a revocation in progress fail),
     * and only when the recorded one is older than {@code staleBefore}.
     */
    @Modifying
    @Query("update ApiToken t set t.lastUsedAt = :now where t.id = :id "
            + "and (t.lastUsedAt is null or t.lastUsedAt < :staleBefore)")
    int recordUse(@Param("id") long id, @Param("now") Instant now, @Param("staleBefore") Instant staleBefore);
}
