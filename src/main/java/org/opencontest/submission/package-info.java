/**
 * Solution submission: a contest's stages (one by default) with their own windows, rules and shortlists, one
 * package (the draft) per team, streamed uploads into the object store, immutable numbered versions with a final
 * pick, deadlines with late policy, grace period and extensions, Ed25519-signed receipts and their public
 * verification, the organiser's overview and bulk export.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Submission")
package org.opencontest.submission;
