package org.opencontest.dataset.internal;

import java.io.Serializable;

import org.opencontest.dataset.AccessTier;

/**
 * What the current viewer may do with a dataset's files.
 *
 * @param refusal       null when the viewer may download
 * @param termsAccepted the viewer accepted the current terms (meaningful for {@link AccessTier#AGREEMENT})
 */
public record ViewerAccess(AccessRefusal refusal, boolean termsAccepted) implements Serializable {

    public boolean mayDownload() {
        return refusal == null;
    }
}
