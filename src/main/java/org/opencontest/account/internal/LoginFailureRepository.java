package org.opencontest.account.internal;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface LoginFailureRepository extends JpaRepository<LoginFailure, Long> {

    @Query("select f.failedAt from LoginFailure f where f.email = :email and f.failedAt > :since "
            + "and f.failedAt <= :until order by f.failedAt")
    List<Instant> failureTimes(@Param("email") String email, @Param("since") Instant since,
                               @Param("until") Instant until);

    @Modifying
    @Query("delete from LoginFailure f where f.email = :email")
    void deleteByEmail(@Param("email") String email);

    @Modifying
    @Query("delete from LoginFailure f where f.failedAt < :before")
    void deleteOlderThan(@Param("before") Instant before);
}
