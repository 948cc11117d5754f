/**
 * Judging and results: rubrics, rounds, judges, conflicts of interest, balanced assignment, score sheets,
 * aggregation with optional per-judge normalisation, deterministic ties, awards and the tamper-evident log.
 * The maths lives in plain classes in {@code internal} (no Spring) and is explained in docs/judging.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Judging")
package org.opencontest.judging;
