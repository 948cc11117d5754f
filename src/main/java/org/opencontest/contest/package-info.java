/**
 * Contests: the bilingual contest aggregate (texts, tracks, prizes, timeline of phases), its lifecycle
 * (draft, published, archived) and the public pages and calendar feed visitors see.
 * <p>
 * Public API: {@link org.opencontest.contest.ContestService} with its records, and the pure domain class
 * {@link org.opencontest.contest.Timeline}. Entities and helpers live in {@code internal}, views in {@code ui},
 * the public HTTP endpoints (calendar feed, cover redirect) in {@code web}.
 */
package org.opencontest.contest;
