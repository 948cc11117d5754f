package org.opencontest.dataset;

import java.util.Collection;
import java.util.List;

/**
 * Names and links for datasets that a submission declared (the judge's panel, the team's version, the API's slugs).
 * Only datasets with a published release are answered; an id of a draft or deleted dataset is left out.
 */
public interface DatasetLinks {

    /** The datasets of these ids, in the order they were created. */
    List<DatasetChoice> linksTo(Collection<Long> datasetIds);
}
