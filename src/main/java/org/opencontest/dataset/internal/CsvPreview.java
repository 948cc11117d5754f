package org.opencontest.dataset.internal;

import java.io.Serializable;
import java.util.List;

/** The header and the first rows of a CSV file, cells shortened, for the dataset page. */
public record CsvPreview(List<String> header, List<List<String>> rows) implements Serializable {

    public CsvPreview {
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
    }
}
