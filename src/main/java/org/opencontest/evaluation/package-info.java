/**
 * Evaluated tracks: an organiser's hidden answer key, metrics, prediction file validation, scoring jobs on
 * db-scheduler (off the request path, once across nodes), public and private leaderboards. Depends on contest, team,
 * storage, submission (its {@code VersionSubmitted} event), dataset (the published sample file) and judging
 * (advancing the private ranking into a jury round); nothing depends on it except the demo data.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Evaluation")
package org.opencontest.evaluation;
