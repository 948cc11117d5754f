package org.opencontest.account.internal;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface LoginFailureRepository extends JpaRepository<LoginFailure, Long> {

    String GROUP = "select new org.opencontest.account.internal.FailureGroup(f.email, f.remoteAddress, count(f), "
            + "max(f.failedAt)) from LoginFailure f where f.failedAt > :since and f.failedAt <= :until ";

    /** The failures that bear on a sign-in for this e-mail from this address. */
    @Query(GROUP + "and (f.email = :email or f.remoteAddress = :address) group by f.email, f.remoteAddress")
    List<FailureGroup> groupsTouching(@Param("email") String email, @Param("address") String remoteAddress,
                                      @Param("since") Instant since, @Param("until") Instant until);

    @Query(GROUP + "group by f.email, f.remoteAddress")
    List<FailureGroup> groups(@Param("since") Instant since, @Param("until") Instant until);

    @Modifying
    @Query("delete from LoginFailure f where f.email = :email and f.remoteAddress = :address")
    void deleteByEmailAndAddress(@Param("email") String email, @Param("address") String remoteAddress);

    @Modifying
    @Query("delete from LoginFailure f where f.failedAt < :before")
    void deleteOlderThan(@Param("before") Instant before);
}
