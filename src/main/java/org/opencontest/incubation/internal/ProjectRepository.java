package org.opencontest.incubation.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.opencontest.incubation.Stage;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ProjectRepository extends JpaRepository<Project, Long> {

    List<Project> findByOrgIdInOrderByUpdatedAtDesc(Collection<Long> orgIds);

    List<Project> findByContestIdOrderByCreatedAtAsc(long contestId);

    List<Project> findByTeamIdInOrderByCreatedAtDesc(Collection<Long> teamIds);

    Optional<Project> findByContestIdAndTeamId(long contestId, long teamId);

    List<Project> findByConsentAndShowPublicTrueOrderByUpdatedAtDesc(Consent consent);

    @Query("select p from Project p where p.consent = org.opencontest.incubation.internal.Consent.ACCEPTED"
            + " and p.stage not in (org.opencontest.incubation.Stage.GRADUATED,"
            + " org.opencontest.incubation.Stage.DISCONTINUED)")
    List<Project> findReporting();

    String PARTNER_LISTED = " from Project p where p.showPartners = true"
            + " and p.consent = org.opencontest.incubation.internal.Consent.ACCEPTED"
            + " and p.stage <> org.opencontest.incubation.Stage.DISCONTINUED"
            + " and (:theme is null or lower(p.theme.en) = :theme or lower(p.theme.zh) = :theme)"
            + " and (:stage is null or p.stage = :stage)"
            + " and (:city is null or lower(p.partnerCity) = :city)";

    @Query("select p" + PARTNER_LISTED + " order by p.updatedAt desc, p.id desc")
    List<Project> findPartnerListed(@Param("theme") String theme, @Param("stage") Stage stage,
                                    @Param("city") String city, Pageable page);

    @Query("select count(p)" + PARTNER_LISTED)
    long countPartnerListed(@Param("theme") String theme, @Param("stage") Stage stage, @Param("city") String city);

    @Query("select distinct p.partnerCity from Project p where p.showPartners = true and p.partnerCity is not null"
            + " and p.consent = org.opencontest.incubation.internal.Consent.ACCEPTED order by p.partnerCity")
    List<String> findPartnerCities();

    List<Project> findByIdInAndShowPartnersTrue(Collection<Long> ids);
}
