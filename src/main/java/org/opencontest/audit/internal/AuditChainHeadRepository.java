package org.opencontest.audit.internal;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface AuditChainHeadRepository extends JpaRepository<AuditChainHead, Integer> {

    /** {@code SELECT ... FOR UPDATE} on the head row: concurrent appends (on any node) wait for each other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select h from AuditChainHead h where h.id = " + AuditChainHead.ID)
    AuditChainHead lockHead();

    @Query("select h from AuditChainHead h where h.id = " + AuditChainHead.ID)
    AuditChainHead head();
}
