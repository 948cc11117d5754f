package org.opencontest.dataset.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface DatasetRepository extends JpaRepository<Dataset, Long>, JpaSpecificationExecutor<Dataset> {

    Optional<Dataset> findBySlug(String slug);

    boolean existsBySlug(String slug);

    boolean existsBySlugAndIdNot(String slug, Long id);

    /** A page of the datasets the user owns or that are released to one of the given contests. */
    @Query("""
            select distinct d from Dataset d left join d.contestIds c
            where d.ownerId = :userId or c in :contestIds""")
    List<Dataset> findManagedBy(@Param("userId") long userId, @Param("contestIds") List<Long> contestIds,
                                Pageable pageable);

    @Query("""
            select count(distinct d) from Dataset d left join d.contestIds c
            where d.ownerId = :userId or c in :contestIds""")
    long countManagedBy(@Param("userId") long userId, @Param("contestIds") List<Long> contestIds);

    /** Datasets released to a contest, in the order they were created. */
    @Query("select d from Dataset d join d.contestIds c where c = :contestId order by d.id")
    List<Dataset> findReleasedTo(@Param("contestId") long contestId);

    /** Datasets released to a contest with a published release (embargoed or not), in the order they were created. */
    @Query("""
            select d from Dataset d join d.contestIds c where c = :contestId and exists (
                select r.id from DatasetRelease r where r.dataset = d
                and r.status = org.opencontest.dataset.internal.ReleaseStatus.PUBLISHED)
            order by d.id""")
    List<Dataset> findPublishedTo(@Param("contestId") long contestId);

    /** Datasets of the given ids that have a published release. */
    @Query("""
            select d from Dataset d where d.id in :ids and exists (
                select r.id from DatasetRelease r where r.dataset = d
                and r.status = org.opencontest.dataset.internal.ReleaseStatus.PUBLISHED)
            order by d.id""")
    List<Dataset> findPublishedByIds(@Param("ids") java.util.Collection<Long> ids);
}
