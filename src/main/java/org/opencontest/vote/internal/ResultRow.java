package org.opencontest.vote.internal;

import java.io.Serializable;

import org.opencontest.shared.i18n.LocalizedText;

/** An entry's count of votes after voiding. */
public record ResultRow(long entryId, String teamName, LocalizedText title, long votes) implements Serializable {
}
