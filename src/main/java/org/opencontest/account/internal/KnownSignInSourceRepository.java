package org.opencontest.account.internal;

import java.time.Instant;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface KnownSignInSourceRepository extends JpaRepository<KnownSignInSource, Long> {

    boolean existsByEmailAndRemoteAddress(String email, String remoteAddress);

    /** @return the rows updated: 0 when the account has not signed in from this address yet */
    @Modifying
    @Query("update KnownSignInSource s set s.signedInAt = :at where s.email = :email and s.remoteAddress = :address")
    int touch(@Param("email") String email, @Param("address") String remoteAddress, @Param("at") Instant at);

    @Modifying
    @Query("delete from KnownSignInSource s where s.signedInAt < :before")
    void deleteOlderThan(@Param("before") Instant before);
}
