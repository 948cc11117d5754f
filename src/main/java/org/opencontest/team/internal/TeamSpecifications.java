package org.opencontest.team.internal;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import org.opencontest.shared.persistence.LikePatterns;
import org.opencontest.team.TeamQuery;
import org.springframework.data.jpa.domain.Specification;

/** The organiser's team filters as one query; member and answer filters are EXISTS subqueries. */
public final class TeamSpecifications {

    private TeamSpecifications() {
    }

    public static Specification<Team> matching(long contestId, TeamQuery query, int teamSizeMin, int teamSizeMax) {
        return (root, criteria, builder) -> {
            List<Predicate> predicates = new ArrayList<>();
            predicates.add(builder.equal(root.get("contestId"), contestId));
            if (query.text() != null && !query.text().isBlank()) {
                String pattern = LikePatterns.contains(query.text());
                Subquery<Long> member = criteria.subquery(Long.class);
                Root<Member> m = member.from(Member.class);
                member.select(m.get("id")).where(builder.equal(m.get("teamId"), root.get("id")), builder.or(
                        builder.like(builder.lower(m.get("displayName")), pattern, LikePatterns.ESCAPE),
                        builder.like(builder.lower(m.get("email")), pattern, LikePatterns.ESCAPE)));
                predicates.add(builder.or(
                        builder.like(builder.lower(root.get("name")), pattern, LikePatterns.ESCAPE),
                        builder.exists(member)));
            }
            if (query.status() != null) {
                predicates.add(builder.equal(root.get("status"), query.status()));
            }
            if (query.trackId() != null) {
                predicates.add(builder.equal(root.get("trackId"), query.trackId()));
            }
            if (query.size() != null) {
                predicates.add(size(root, builder, query.size(), teamSizeMin, teamSizeMax));
            }
            if (query.questionId() != null && query.answer() != null && !query.answer().isBlank()) {
                Subquery<Long> answered = criteria.subquery(Long.class);
                Root<Answer> a = answered.from(Answer.class);
                Root<Member> m = answered.from(Member.class);
                answered.select(a.get("id")).where(
                        builder.equal(a.get("memberId"), m.get("id")),
                        builder.equal(m.get("teamId"), root.get("id")),
                        builder.equal(a.get("questionId"), query.questionId()),
                        builder.equal(a.get("answer"), query.answer()));
                predicates.add(builder.exists(answered));
            }
            return builder.and(predicates.toArray(Predicate[]::new));
        };
    }

    private static Predicate size(Root<Team> root, CriteriaBuilder builder, TeamQuery.SizeFilter size, int min,
                                  int max) {
        Predicate solo = builder.isTrue(root.get("solo"));
        return switch (size) {
            case BELOW_MINIMUM -> builder.and(builder.not(solo), builder.lessThan(root.get("memberCount"), min));
            case OPEN_SEATS -> builder.and(builder.not(solo),
                    builder.greaterThanOrEqualTo(root.get("memberCount"), min),
                    builder.lessThan(root.get("memberCount"), max));
            case FULL -> builder.or(solo, builder.greaterThanOrEqualTo(root.get("memberCount"), max));
        };
    }
}
