/**
 * People's choice: votes per contest or per track over a window in the judging or results phase, cast by signed-in
 * accounts with a confirmed address, with layered fraud controls (minimum account age, disposable domains refused,
 * rate limits per account and per source network), an anomaly review where organisers void suspicious votes, and a
 * published result kept apart from the jury's awards. Opening, closing, voiding and publication are links of the
 * contest's judging log ({@link org.opencontest.judging.DecisionLog}). Nothing depends on it, so its base package
 * holds no API: services, records and the ballot store live in {@code internal}, views in {@code ui}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "People's choice vote")
package org.opencontest.vote;
