package org.opencontest.dataset.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.opencontest.contest.ContestPage;
import org.opencontest.contest.ContestService;
import org.opencontest.dataset.DataFileView;
import org.opencontest.dataset.DatasetPage;
import org.opencontest.dataset.ReleaseView;
import org.opencontest.shared.error.NotFoundException;
import org.springframework.stereotype.Component;

/** Builds the views of datasets for one viewer: only the releases they may see, files loaded in one query. */
@Component
public class DatasetDtos {

    private final DatasetReleaseRepository releases;
    private final DataFileRepository files;
    private final DatasetAccess access;
    private final ContestService contests;

    DatasetDtos(DatasetReleaseRepository releases, DataFileRepository files, DatasetAccess access,
                ContestService contests) {
        this.releases = releases;
        this.files = files;
        this.access = access;
        this.contests = contests;
    }

    /** The dataset's page for the current viewer; the validation reports only for managers. */
    public DatasetPage page(Dataset dataset, boolean manager, Instant now) {
        List<DatasetRelease> visible = releases.findByDatasetIdOrderByNumberDesc(dataset.getId()).stream()
                .filter(release -> access.sees(release, manager, now)).toList();
        Map<Long, List<DataFile>> filesByRelease = filesOf(visible);
        Long latest = visible.stream().filter(release -> release.isPublicAt(now)).findFirst()
                .map(DatasetRelease::getId).orElse(null);
        List<ReleaseView> views = visible.stream()
                .map(release -> release(release, filesByRelease.getOrDefault(release.getId(), List.of()),
                        release.getId().equals(latest), manager))
                .toList();
        ViewerAccess viewer = new ViewerAccess(access.refusal(dataset, manager), access.hasAccepted(dataset));
        return new DatasetPage(dataset.getId(), dataset.getVersion(), dataset.metadata(), dataset.getTermsVersion(),
                contestRefs(dataset.getContestIds()), views, viewer, manager, dataset.getUpdatedAt());
    }

    /** Summaries for lists; {@code publicOnly} counts only public releases (the catalog), else every release. */
    public List<DatasetSummary> summaries(List<Dataset> datasets, boolean publicOnly, Instant now) {
        Map<Long, List<DatasetRelease>> releasesByDataset = releases
                .findByDatasetIdInOrderByNumberDesc(datasets.stream().map(Dataset::getId).toList()).stream()
                .collect(Collectors.groupingBy(release -> release.getDataset().getId()));
        List<DatasetRelease> all = releasesByDataset.values().stream().flatMap(List::stream).toList();
        Map<Long, List<DataFile>> filesByRelease = filesOf(all);
        Map<Long, Optional<ContestRef>> contestCache = new HashMap<>();
        List<DatasetSummary> summaries = new ArrayList<>();
        for (Dataset dataset : datasets) {
            List<DatasetRelease> own = releasesByDataset.getOrDefault(dataset.getId(), List.of());
            List<DatasetRelease> counted = publicOnly ? own.stream().filter(r -> r.isPublicAt(now)).toList() : own;
            List<String> formats = counted.stream()
                    .flatMap(release -> filesByRelease.getOrDefault(release.getId(), List.of()).stream())
                    .map(DataFile::getFormat).distinct().sorted().toList();
            String latest = counted.stream().findFirst().map(DatasetRelease::getLabel).orElse(null);
            List<ContestRef> refs = dataset.getContestIds().stream().sorted()
                    .map(id -> contestCache.computeIfAbsent(id, this::contestRef))
                    .flatMap(Optional::stream).toList();
            var metadata = dataset.metadata();
            summaries.add(new DatasetSummary(dataset.getId(), dataset.getSlug(), metadata.title(),
                    metadata.description(), metadata.publisherName(), metadata.theme(), metadata.localTheme(),
                    metadata.accessTier(), formats, refs, latest, own.stream().anyMatch(r -> r.isPublicAt(now)),
                    dataset.getUpdatedAt()));
        }
        return summaries;
    }

    public ReleaseView release(DatasetRelease release, List<DataFile> releaseFiles, boolean latest, boolean manager) {
        return new ReleaseView(release.getId(), release.getVersion(), release.getNumber(), release.getLabel(),
                release.getChangelog(), release.getStatus(), release.getPublishedAt(), release.getEmbargoUntil(),
                latest, releaseFiles.stream().map(file -> file(file, manager)).toList());
    }

    public DataFileView file(DataFile file, boolean manager) {
        return new DataFileView(file.getId(), file.getVersion(), file.getName(), file.getSize(), file.getSha256(),
                file.getMediaType(), file.getFormat(), file.getUploadedAt(), DatasetJson.schema(file.getSchemaJson()),
                DatasetJson.preview(file.getPreviewJson()), manager ? DatasetJson.report(file.getReportJson()) : null);
    }

    public List<ContestRef> contestRefs(Collection<Long> contestIds) {
        return contestIds.stream().sorted().map(this::contestRef).flatMap(Optional::stream)
                .sorted(Comparator.comparing(ContestRef::slug)).toList();
    }

    /** The contest as the viewer may see it; a draft contest of someone else stays unnamed. */
    public Optional<ContestRef> contestRef(long contestId) {
        try {
            ContestPage page = contests.page(contestId);
            return Optional.of(new ContestRef(page.id(), page.slug(), page.title()));
        } catch (NotFoundException hidden) {
            return Optional.empty();
        }
    }

    private Map<Long, List<DataFile>> filesOf(List<DatasetRelease> releaseList) {
        if (releaseList.isEmpty()) {
            return Map.of();
        }
        return files.findByReleaseIdInOrderByNameAsc(releaseList.stream().map(DatasetRelease::getId).toList())
                .stream().collect(Collectors.groupingBy(file -> file.getRelease().getId()));
    }
}
