package org.opencontest.submission;

import java.io.Serializable;

/** A team's final version with its description (both languages), as judging takes it into a round. */
public record FinalVersion(VersionSummary summary, PackageInput input) implements Serializable {
}
