package org.opencontest.dataset;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.annotation.security.PermitAll;

import org.eclipse.rdf4j.rio.RDFFormat;
import org.opencontest.dataset.AccessTier;
import org.opencontest.dataset.DatasetPage;
import org.opencontest.dataset.internal.AccessRefusal;
import org.opencontest.dataset.internal.AccessRefusedException;
import org.opencontest.dataset.internal.CatalogFilters;
import org.opencontest.dataset.internal.CatalogQuery;
import org.opencontest.dataset.internal.CatalogSearch;
import org.opencontest.dataset.internal.ContestRef;
import org.opencontest.dataset.internal.DataFile;
import org.opencontest.dataset.internal.DataFileRepository;
import org.opencontest.dataset.internal.Dataset;
import org.opencontest.dataset.internal.DatasetAccess;
import org.opencontest.dataset.internal.DatasetDtos;
import org.opencontest.dataset.internal.DatasetRelease;
import org.opencontest.dataset.internal.DatasetReleaseRepository;
import org.opencontest.dataset.internal.DatasetRepository;
import org.opencontest.dataset.internal.DatasetRules;
import org.opencontest.dataset.internal.DatasetSummary;
import org.opencontest.dataset.internal.DcatExport;
import org.opencontest.dataset.internal.DownloadLink;
import org.opencontest.dataset.internal.DownloadRecord;
import org.opencontest.dataset.internal.DownloadRecordRepository;
import org.opencontest.dataset.internal.ReleaseFiles;
import org.opencontest.dataset.internal.TeamRef;
import org.opencontest.dataset.internal.TermsAcceptance;
import org.opencontest.dataset.internal.TermsAcceptanceRepository;
import org.opencontest.shared.error.NotFoundException;
import org.opencontest.shared.error.UserFacingException;
import org.opencontest.shared.i18n.LocalizedText;
import org.opencontest.shared.security.AppPrincipal;
import org.opencontest.shared.security.CurrentUser;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The open data catalog for everyone: search, dataset pages, terms acceptance, downloads through presigned links,
 * checksum manifests and the DCAT export.
 * <p>
 * What a caller sees is decided here, not in the views: a dataset appears once one of its releases is published and
 * past its embargo (its organisers see everything); a file is handed out only after the tier's check (see
 * {@link AccessTier}), and every issued link is recorded with who, which team, which file and when. Hidden and
 * unknown things both answer {@link NotFoundException}.
 */
@Service
public class DatasetCatalog {

    private static final int CATALOG_LIMIT = 200;

    private final DatasetRepository datasets;
    private final DatasetReleaseRepository releases;
    private final DataFileRepository files;
    private final TermsAcceptanceRepository acceptances;
    private final DownloadRecordRepository downloads;
    private final DatasetAccess access;
    private final DatasetDtos dtos;
    private final ReleaseFiles objects;
    private final DcatExport dcat;
    private final Clock clock;

    DatasetCatalog(DatasetRepository datasets, DatasetReleaseRepository releases, DataFileRepository files,
                   TermsAcceptanceRepository acceptances, DownloadRecordRepository downloads, DatasetAccess access,
                   DatasetDtos dtos, ReleaseFiles objects, DcatExport dcat, Clock clock) {
        this.datasets = datasets;
        this.releases = releases;
        this.files = files;
        this.acceptances = acceptances;
        this.downloads = downloads;
        this.access = access;
        this.dtos = dtos;
        this.objects = objects;
        this.dcat = dcat;
        this.clock = clock;
    }

    /** Public datasets matching the query, most recently updated first (at most 200). */
    @PermitAll
    @Transactional(readOnly = true)
    public List<DatasetSummary> search(CatalogQuery query) {
        Instant now = clock.instant();
        List<Dataset> found = datasets.findAll(CatalogSearch.publicMatching(query, now),
                PageRequest.of(0, CATALOG_LIMIT, Sort.by(Sort.Direction.DESC, "updatedAt"))).getContent();
        return dtos.summaries(found, true, now);
    }

    /** The public datasets released to a contest, for contest pages and teams. */
    @PermitAll
    @Transactional(readOnly = true)
    public List<DatasetSummary> forContest(long contestId) {
        return search(new CatalogQuery(null, null, null, null, contestId, null));
    }

    /** What the catalog's filters offer: values that occur among public datasets. */
    @PermitAll
    @Transactional(readOnly = true)
    public CatalogFilters filters() {
        List<DatasetSummary> all = search(CatalogQuery.ALL);
        Map<String, CatalogFilters.ThemeChoice> themes = new LinkedHashMap<>();
        all.stream().map(DatasetSummary::theme).distinct().sorted()
                .forEach(theme -> themes.put(theme.name(), new CatalogFilters.ThemeChoice(theme.name(), theme, null)));
        all.stream().map(DatasetSummary::localTheme).filter(local -> !local.isEmpty()).distinct()
                .sorted(Comparator.comparing(LocalizedText::en))
                .forEach(local -> themes.putIfAbsent("local:" + local.en() + local.zh(), new CatalogFilters.ThemeChoice(
                        local.en().isEmpty() ? local.zh() : local.en(), null, local)));
        List<String> publishers = all.stream().map(DatasetSummary::publisherName).distinct().sorted().toList();
        List<String> formats = all.stream().flatMap(summary -> summary.formats().stream()).distinct().sorted().toList();
        List<ContestRef> contests = all.stream().flatMap(summary -> summary.contests().stream())
                .collect(Collectors.toMap(ContestRef::id, ref -> ref, (a, b) -> a, LinkedHashMap::new)).values()
                .stream().sorted(Comparator.comparing(ContestRef::slug)).toList();
        return new CatalogFilters(List.copyOf(themes.values()), publishers, formats, contests);
    }

    /** A dataset's page as the caller may see it. */
    @PermitAll
    @Transactional(readOnly = true)
    public DatasetPage page(String slug) {
        Dataset dataset = datasets.findBySlug(slug).orElseThrow(NotFoundException::new);
        return dtos.page(dataset, visibleAs(dataset), clock.instant());
    }

    /**
     * Records that the caller accepts the terms they were shown ({@code termsVersion}), for their team if they have
     * one in the dataset's contests. Accepting again is harmless; terms changed meanwhile are refused.
     */
    @PermitAll
    @Transactional
    public DatasetPage acceptTerms(long datasetId, int termsVersion) {
        Dataset dataset = datasets.findById(datasetId).orElseThrow(NotFoundException::new);
        boolean manager = visibleAs(dataset);
        AppPrincipal user = CurrentUser.get().orElseThrow(() -> new AccessRefusedException(AccessRefusal.SIGN_IN));
        if (dataset.getAccessTier() != AccessTier.AGREEMENT) {
            throw new UserFacingException("dataset.error.noTerms");
        }
        if (dataset.getTermsVersion() != termsVersion) {
            throw new UserFacingException("dataset.error.termsChanged");
        }
        if (!access.hasAccepted(dataset)) {
            TeamRef team = access.teamFor(dataset.getContestIds());
            acceptances.saveAndFlush(new TermsAcceptance(dataset.getId(), user.userId(), team, termsVersion,
                    clock.instant()));
        }
        return dtos.page(dataset, manager, clock.instant());
    }

    /**
     * A short-lived presigned link to a file, issued only when the caller may see the release and passes the
     * dataset's tier; the issued link is recorded (caller, team, file, instant).
     *
     * @throws AccessRefusedException when the dataset is visible but its tier asks for more
     */
    @PermitAll
    @Transactional
    public DownloadLink downloadLink(long fileId) {
        DataFile file = files.findById(fileId).orElseThrow(NotFoundException::new);
        DatasetRelease release = file.getRelease();
        Dataset dataset = release.getDataset();
        boolean manager = access.manages(dataset);
        if (!access.sees(release, manager, clock.instant())) {
            throw new NotFoundException();
        }
        AccessRefusal refusal = access.refusal(dataset, manager);
        if (refusal != null) {
            throw new AccessRefusedException(refusal);
        }
        Instant now = clock.instant();
        Long userId = CurrentUser.get().map(AppPrincipal::userId).orElse(null);
        downloads.save(new DownloadRecord(dataset.getId(), release.getId(), file.getId(), userId,
                access.teamFor(dataset.getContestIds()), now));
        return new DownloadLink(objects.link(file.getObjectKey(), file.getName()), now.plus(DatasetRules.LINK_EXPIRY),
                file.getName(), file.getSize(), file.getSha256());
    }

    /** The release's {@code SHA256SUMS} manifest ({@code sha256sum -c} format) for a release the caller may see. */
    @PermitAll
    @Transactional(readOnly = true)
    public String sha256Sums(long releaseId) {
        DatasetRelease release = visibleRelease(releaseId);
        return files.findByReleaseIdOrderByNameAsc(release.getId()).stream()
                .map(file -> file.getSha256() + "  " + file.getName() + "\n")
                .collect(Collectors.joining());
    }

    /** A CSV file's data dictionary as a Frictionless Table Schema (JSON). */
    @PermitAll
    @Transactional(readOnly = true)
    public String tableSchema(long fileId) {
        DataFile file = files.findById(fileId).orElseThrow(NotFoundException::new);
        visibleRelease(file.getRelease().getId());
        if (file.getSchemaJson() == null) {
            throw new NotFoundException();
        }
        return file.getSchemaJson();
    }

    /** The public catalog as DCAT-AP (JSON-LD or Turtle): public datasets and releases only, whoever asks. */
    @PermitAll
    @Transactional(readOnly = true)
    public String dcatCatalog(RDFFormat format) {
        Instant now = clock.instant();
        List<DatasetPage> pages = datasets.findAll(CatalogSearch.publicMatching(CatalogQuery.ALL, now),
                        Sort.by("slug")).stream()
                .map(dataset -> dtos.page(dataset, false, now)).toList();
        return dcat.catalog(pages, format);
    }

    /** One public dataset as DCAT-AP. */
    @PermitAll
    @Transactional(readOnly = true)
    public String dcatDataset(String slug, RDFFormat format) {
        Instant now = clock.instant();
        Dataset dataset = datasets.findBySlug(slug).orElseThrow(NotFoundException::new);
        DatasetPage page = dtos.page(dataset, false, now);
        if (page.releases().isEmpty()) {
            throw new NotFoundException();
        }
        return dcat.dataset(page, format);
    }

    /** Whether the caller manages the dataset; throws when they may not see it at all. */
    private boolean visibleAs(Dataset dataset) {
        return access.visibleAs(dataset, clock.instant());
    }

    private DatasetRelease visibleRelease(long releaseId) {
        DatasetRelease release = releases.findById(releaseId).orElseThrow(NotFoundException::new);
        if (!access.sees(release, access.manages(release.getDataset()), clock.instant())) {
            throw new NotFoundException();
        }
        return release;
    }
}
