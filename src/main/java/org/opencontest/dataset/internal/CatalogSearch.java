package org.opencontest.dataset.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import org.opencontest.dataset.DataTheme;
import org.opencontest.shared.persistence.LikePatterns;
import org.springframework.data.jpa.domain.Specification;

/** The catalog's query as a JPA specification: public datasets (a public release exists) matching every criterion. */
public final class CatalogSearch {

    private CatalogSearch() {
    }

    public static Specification<Dataset> publicMatching(CatalogQuery query, Instant now) {
        return (root, criteria, cb) -> {
            criteria.distinct(true);
            List<Predicate> rules = new ArrayList<>();
            rules.add(cb.exists(publicRelease(root, criteria.subquery(Long.class), cb, now, null)));
            if (query.text() != null && !query.text().isBlank()) {
                String pattern = LikePatterns.contains(query.text());
                rules.add(cb.or(like(cb, root.get("title").get("en"), pattern),
                        like(cb, root.get("title").get("zh"), pattern),
                        like(cb, root.get("description").get("en"), pattern),
                        like(cb, root.get("description").get("zh"), pattern),
                        like(cb, root.get("keywords"), pattern),
                        like(cb, root.get("publisherName"), pattern)));
            }
            if (query.theme() != null && !query.theme().isBlank()) {
                rules.add(themeRule(root, cb, query.theme()));
            }
            if (query.publisher() != null && !query.publisher().isBlank()) {
                rules.add(cb.equal(root.get("publisherName"), query.publisher()));
            }
            if (query.format() != null && !query.format().isBlank()) {
                rules.add(cb.exists(publicRelease(root, criteria.subquery(Long.class), cb, now,
                        query.format().toUpperCase(Locale.ROOT))));
            }
            if (query.contestId() != null) {
                rules.add(cb.isMember(query.contestId(), root.get("contestIds")));
            }
            if (query.tier() != null) {
                rules.add(cb.equal(root.get("accessTier"), query.tier()));
            }
            return cb.and(rules.toArray(Predicate[]::new));
        };
    }

    private static Predicate themeRule(Root<Dataset> root, CriteriaBuilder cb, String theme) {
        for (DataTheme eu : DataTheme.values()) {
            if (eu.name().equals(theme)) {
                return cb.equal(root.get("theme"), eu);
            }
        }
        return cb.or(cb.equal(root.get("localTheme").get("en"), theme),
                cb.equal(root.get("localTheme").get("zh"), theme));
    }

    /** A public release of the dataset (with a file of the format, when given). */
    private static Subquery<Long> publicRelease(Root<Dataset> dataset, Subquery<Long> sub, CriteriaBuilder cb,
                                                Instant now, String format) {
        List<Predicate> rules = new ArrayList<>();
        Root<?> from;
        jakarta.persistence.criteria.Path<DatasetRelease> release;
        if (format == null) {
            Root<DatasetRelease> releases = sub.from(DatasetRelease.class);
            from = releases;
            release = releases;
        } else {
            Root<DataFile> files = sub.from(DataFile.class);
            from = files;
            release = files.get("release");
            rules.add(cb.equal(files.get("format"), format));
        }
        rules.add(cb.equal(release.get("dataset"), dataset));
        rules.add(cb.equal(release.get("status"), ReleaseStatus.PUBLISHED));
        rules.add(cb.or(cb.isNull(release.get("embargoUntil")),
                cb.lessThanOrEqualTo(release.<Instant>get("embargoUntil"), now)));
        return sub.select(from.get("id").as(Long.class)).where(rules.toArray(Predicate[]::new));
    }

    private static Predicate like(CriteriaBuilder cb, Expression<String> field, String pattern) {
        return cb.like(cb.lower(field), pattern, LikePatterns.ESCAPE);
    }
}
