/**
 * Evaluated tracks: an organiser's hidden answer key, metrics, prediction file validation, scoring jobs on
 * db-scheduler (off the request path, once across nodes), public and private leaderboards. Depends on contest, team,
 * storage and submission (its {@code VersionSubmitted} event); nothing depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Evaluation")
package org.opencontest.evaluation;
