package org.opencontest.audit.internal;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AuditEntryRepository extends JpaRepository<AuditEntry, Long> {

    /** Newest first; {@code pattern} comes from {@code LikePatterns.contains}. */
    @Query("""
            select e from AuditEntry e
            where :pattern = '%'
               or lower(e.action) like :pattern escape '\\'
               or lower(e.subject) like :pattern escape '\\'
               or lower(e.actorEmail) like :pattern escape '\\'
               or lower(e.details) like :pattern escape '\\'
            order by e.id desc""")
    Slice<AuditEntry> search(@Param("pattern") String pattern, Pageable pageable);

    /** Keyset paging in chain order, for verification. */
    List<AuditEntry> findTop500ByIdGreaterThanAndIdLessThanEqualOrderByIdAsc(long afterId, long upToId);
}
