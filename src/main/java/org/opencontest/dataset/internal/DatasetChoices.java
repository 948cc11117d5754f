package org.opencontest.dataset.internal;

import java.util.Collection;
import java.util.List;

import jakarta.annotation.security.PermitAll;

import org.opencontest.dataset.ContestDatasetChoices;
import org.opencontest.dataset.DatasetChoice;
import org.opencontest.dataset.DatasetLinks;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Implements the ports that name a contest's published datasets for other modules. Anyone may ask: titles and slugs
 * of published datasets are what the contest page shows to every visitor.
 */
@Service
public class DatasetChoices implements ContestDatasetChoices, DatasetLinks {

    private final DatasetRepository datasets;

    DatasetChoices(DatasetRepository datasets) {
        this.datasets = datasets;
    }

    @Override
    @PermitAll
    @Transactional(readOnly = true)
    public List<DatasetChoice> choicesFor(long contestId) {
        return datasets.findPublishedTo(contestId).stream().map(DatasetChoices::choice).toList();
    }

    @Override
    @PermitAll
    @Transactional(readOnly = true)
    public List<DatasetChoice> linksTo(Collection<Long> datasetIds) {
        if (datasetIds.isEmpty()) {
            return List.of();
        }
        return datasets.findPublishedByIds(datasetIds).stream().map(DatasetChoices::choice).toList();
    }

    private static DatasetChoice choice(Dataset dataset) {
        return new DatasetChoice(dataset.getId(), dataset.getSlug(), dataset.getTitle());
    }
}
