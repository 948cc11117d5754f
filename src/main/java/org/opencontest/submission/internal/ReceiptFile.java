package org.opencontest.submission.internal;

import java.io.Serializable;

/** One file as a receipt lists it. */
public record ReceiptFile(String name, long size, String sha256) implements Serializable {
}
