package org.opencontest.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opencontest.dataset.DatasetFixtures.ACCIDENTS_CSV;
import static org.opencontest.dataset.DatasetFixtures.metadata;
import static org.opencontest.dataset.DatasetFixtures.sha256;
import static org.opencontest.dataset.DatasetFixtures.uniqueSlug;
import static org.opencontest.dataset.DatasetFixtures.utf8;
import static org.opencontest.support.Actors.anonymously;
import static org.opencontest.support.Actors.as;
import static org.opencontest.support.Actors.person;

import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;

import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.model.util.Models;
import org.eclipse.rdf4j.model.vocabulary.DCAT;
import org.eclipse.rdf4j.model.vocabulary.DCTERMS;
import org.eclipse.rdf4j.model.vocabulary.RDF;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.Test;
import org.opencontest.dataset.DatasetFixtures.Published;
import org.opencontest.dataset.internal.AccessRefusal;
import org.opencontest.dataset.internal.AccessRefusedException;
import org.opencontest.dataset.internal.CatalogFilters;
import org.opencontest.dataset.internal.CatalogQuery;
import org.opencontest.dataset.DatasetCatalog;
import org.opencontest.dataset.internal.DatasetStatistics;
import org.opencontest.dataset.internal.DatasetSummary;
import org.opencontest.dataset.internal.DownloadLink;
import org.opencontest.dataset.internal.DownloadStatistics;
import org.opencontest.shared.error.NotFoundException;
import org.opencontest.shared.error.UserFacingException;
import org.opencontest.shared.i18n.LocalizedText;
import org.opencontest.shared.security.AppPrincipal;
import org.opencontest.shared.security.Role;
import org.opencontest.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

/** What visitors, participants and organisers may see and download, enforced in the service; DCAT export. */
class DatasetCatalogIT extends IntegrationTest {

    private static final SimpleValueFactory VF = SimpleValueFactory.getInstance();

    @Autowired
    DatasetPublishing publishing;

    @Autowired
    DownloadStatistics downloads;

    @Autowired
    DatasetCatalog catalog;

    @Autowired
    Clock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Value("${opencontest.base-url}")
    String baseUrl;

    final AppPrincipal organiser = person(Role.ORGANISER);
    final AppPrincipal participant = person(Role.PARTICIPANT);

    @Test
    void openDataIsDownloadedByAnyoneThroughAPresignedLinkWhoseBytesMatchTheChecksum() throws Exception {
        Published published = publish(AccessTier.OPEN, null);

        DownloadLink link = anonymously(() -> catalog.downloadLink(published.file().id()));

        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(link.url()).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(sha256(response.body())).isEqualTo(link.sha256()).isEqualTo(published.file().sha256())
                .isEqualTo(sha256(ACCIDENTS_CSV.getBytes(StandardCharsets.UTF_8)));
        assertThat(response.headers().firstValue("Content-Disposition").orElse("")).contains("accidents.csv");
        assertThat(link.expiresAt()).isBefore(clock.instant().plus(Duration.ofMinutes(6)));
        DatasetStatistics stats = as(organiser, () -> downloads.statistics(published.datasetId(), ZoneId.of("UTC")));
        assertThat(stats.downloads()).isEqualTo(1);
        assertThat(stats.distinctUsers()).isZero();
    }

    @Test
    void registeredDataNeedsASignedInUser() {
        Published published = publish(AccessTier.REGISTERED, null);

        assertThat(anonymously(() -> catalog.page(published.slug())).access().refusal()).isEqualTo(AccessRefusal.SIGN_IN);
        refused(() -> anonymously(() -> catalog.downloadLink(published.file().id())), AccessRefusal.SIGN_IN);

        assertThat(as(participant, () -> catalog.downloadLink(published.file().id())).url()).isNotNull();
        DatasetStatistics stats = as(organiser, () -> downloads.statistics(published.datasetId(), ZoneId.of("UTC")));
        assertThat(stats.distinctUsers()).isEqualTo(1);
        assertThat(stats.perDay()).hasSize(1);
    }

    @Test
    void agreementDataNeedsTheCurrentTermsAcceptedAndNewTermsAskAgain() {
        Published published = publish(AccessTier.AGREEMENT, null);
        DatasetPage page = as(participant, () -> catalog.page(published.slug()));
        assertThat(page.access().refusal()).isEqualTo(AccessRefusal.ACCEPT_TERMS);
        refused(() -> as(participant, () -> catalog.downloadLink(published.file().id())), AccessRefusal.ACCEPT_TERMS);
        refused(() -> anonymously(() -> catalog.acceptTerms(page.id(), page.termsVersion())), AccessRefusal.SIGN_IN);

        DatasetPage accepted = as(participant, () -> catalog.acceptTerms(page.id(), page.termsVersion()));
        assertThat(accepted.access().mayDownload()).isTrue();
        assertThat(accepted.access().termsAccepted()).isTrue();
        assertThat(as(participant, () -> catalog.downloadLink(published.file().id())).url()).isNotNull();

        DatasetPage current = as(organiser, () -> publishing.edit(page.id()));
        DatasetMetadata m = current.metadata();
        as(organiser, () -> publishing.update(page.id(), current.version(), new DatasetMetadata(m.slug(), m.title(),
                m.description(), m.publisherName(), m.publisherUrl(), m.publisherEmail(), m.publisherType(), m.keywords(),
                m.theme(), m.localTheme(), m.licence(), m.temporalStart(), m.temporalEnd(), m.spatial(),
                m.spatialUri(), m.frequency(), m.landingPage(), m.contestIds(), m.accessTier(),
                new LocalizedText(m.terms().en() + " Cite the source.", m.terms().zh() + " 注明来源。"))));

        DatasetPage afterChange = as(participant, () -> catalog.page(published.slug()));
        assertThat(afterChange.termsVersion()).isEqualTo(page.termsVersion() + 1);
        assertThat(afterChange.access().refusal()).isEqualTo(AccessRefusal.ACCEPT_TERMS);
        refused(() -> as(participant, () -> catalog.downloadLink(published.file().id())), AccessRefusal.ACCEPT_TERMS);
        assertThatThrownBy(() -> as(participant, () -> catalog.acceptTerms(page.id(), page.termsVersion())))
                .isInstanceOf(UserFacingException.class)
                .hasFieldOrPropertyWithValue("messageKey", "dataset.error.termsChanged");
        as(participant, () -> catalog.acceptTerms(page.id(), afterChange.termsVersion()));
        assertThat(as(participant, () -> catalog.downloadLink(published.file().id())).url()).isNotNull();
    }

    @Test
    void anEmbargoedReleaseIsHiddenFromEveryoneButTheOrganisersUntilItLifts() {
        Published published = publish(AccessTier.OPEN, clock.instant().plus(Duration.ofHours(1)));

        assertThatThrownBy(() -> anonymously(() -> catalog.page(published.slug()))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(participant, () -> catalog.downloadLink(published.file().id())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> anonymously(() -> catalog.sha256Sums(published.releaseId())))
                .isInstanceOf(NotFoundException.class);
        assertThat(anonymously(() -> catalog.search(new CatalogQuery(published.slug(), null, null, null, null, null))))
                .isEmpty();
        assertThat(anonymously(() -> catalog.dcatCatalog(RDFFormat.TURTLE))).doesNotContain(published.slug());
        assertThat(as(organiser, () -> catalog.page(published.slug())).releases().get(0).isEmbargoedAt(clock.instant()))
                .isTrue();
        assertThat(as(organiser, () -> catalog.downloadLink(published.file().id())).url()).isNotNull();

        // the hour passes: the embargo moves into the past as the service's clock would see it, without real waiting
        jdbc.update("UPDATE dataset_release SET embargo_until = ? WHERE id = ?",
                Timestamp.from(clock.instant().minusSeconds(1)), published.releaseId());
        assertThat(anonymously(() -> catalog.page(published.slug())).releases()).hasSize(1);
        assertThat(anonymously(() -> catalog.downloadLink(published.file().id())).url()).isNotNull();
    }

    @Test
    void draftsAndUnknownFilesAreNotFound() {
        DatasetPage dataset = as(organiser, () -> publishing.create(metadata(uniqueSlug("draft"), AccessTier.OPEN, Set.of())));
        ReleaseView release = as(organiser, () -> publishing.createRelease(dataset.id(), dataset.version(), "", null));
        DataFileView file = as(organiser, () -> publishing.uploadFile(release.id(), utf8(ACCIDENTS_CSV), "a.csv"));

        assertThatThrownBy(() -> anonymously(() -> catalog.page(dataset.metadata().slug())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(participant, () -> catalog.downloadLink(file.id())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> anonymously(() -> catalog.downloadLink(Long.MAX_VALUE)))
                .isInstanceOf(NotFoundException.class);
        assertThat(as(organiser, () -> catalog.page(dataset.metadata().slug())).releases()).hasSize(1);
    }

    @Test
    void theCatalogSearchesAndFilters() {
        Published published = publish(AccessTier.REGISTERED, null);

        assertThat(search(new CatalogQuery(published.slug().toUpperCase(), null, null, null, null, null))).hasSize(1);
        assertThat(search(new CatalogQuery(published.slug(), "TRAN", "Shanghai Traffic Police", "CSV", null,
                AccessTier.REGISTERED))).hasSize(1);
        assertThat(search(new CatalogQuery(published.slug(), "交通", null, null, null, null))).hasSize(1);
        assertThat(search(new CatalogQuery(published.slug(), "ENVI", null, null, null, null))).isEmpty();
        assertThat(search(new CatalogQuery(published.slug(), null, null, "ZIP", null, null))).isEmpty();
        assertThat(search(new CatalogQuery(published.slug(), null, null, null, null, AccessTier.OPEN))).isEmpty();
        assertThat(search(new CatalogQuery("100%_", null, null, null, null, null))).isEmpty();
        CatalogFilters filters = anonymously(() -> catalog.filters());
        assertThat(filters.formats()).contains("CSV");
        assertThat(filters.publishers()).contains("Shanghai Traffic Police");
        assertThat(filters.themes()).extracting(CatalogFilters.ThemeChoice::value).contains("TRAN", "Traffic");
    }

    @Test
    void theDcatExportParsesAsRdfAndHoldsEachPublicDatasetWithItsDistributions() throws Exception {
        Published published = publish(AccessTier.AGREEMENT, null);
        IRI dataset = VF.createIRI(baseUrl + "/data/" + published.slug());
        IRI distribution = VF.createIRI(baseUrl + "/api/datasets/files/" + published.file().id());

        for (RDFFormat format : new RDFFormat[] {RDFFormat.JSONLD, RDFFormat.TURTLE}) {
            Model model = Rio.parse(new StringReader(anonymously(() -> catalog.dcatCatalog(format))), baseUrl, format);

            Resource catalogNode = Models.subject(model.filter(null, RDF.TYPE, DCAT.CATALOG)).orElseThrow();
            assertThat(model.contains(catalogNode, DCAT.HAS_DATASET, dataset)).as(format.getName()).isTrue();
            assertThat(model.contains(dataset, RDF.TYPE, DCAT.DATASET)).isTrue();
            assertThat(Models.objectLiterals(model.filter(dataset, DCTERMS.TITLE, null)))
                    .anyMatch(title -> title.getLanguage().orElse("").equals("zh")
                            && title.getLabel().startsWith("道路交通事故"));
            assertThat(model.contains(dataset, DCAT.THEME,
                    VF.createIRI("http://publications.europa.eu/resource/authority/data-theme/TRAN"))).isTrue();
            assertThat(model.contains(dataset, DCAT.HAS_DISTRIBUTION, distribution)).isTrue();
            assertThat(model.contains(distribution, DCAT.DOWNLOAD_URL,
                    VF.createIRI(baseUrl + "/api/datasets/files/" + published.file().id() + "/download"))).isTrue();
            assertThat(Models.objectLiteral(model.filter(distribution, DCAT.BYTE_SIZE, null)).orElseThrow().longValue())
                    .isEqualTo(published.file().size());
            Resource checksum = Models.objectResource(model.filter(distribution,
                    VF.createIRI("http://spdx.org/rdf/terms#checksum"), null)).orElseThrow();
            assertThat(Models.objectLiteral(model.filter(checksum,
                    VF.createIRI("http://spdx.org/rdf/terms#checksumValue"), null)).orElseThrow().getLabel())
                    .isEqualTo(published.file().sha256());
            assertThat(model.contains(dataset, DCAT.HAS_CURRENT_VERSION,
                    VF.createIRI(dataset.stringValue() + "/releases/1"))).isTrue();
        }
        Model single = Rio.parse(new StringReader(anonymously(() -> catalog.dcatDataset(published.slug(),
                RDFFormat.TURTLE))), baseUrl, RDFFormat.TURTLE);
        assertThat(single.contains(dataset, DCAT.HAS_DISTRIBUTION, distribution)).isTrue();
    }

    // ----- helpers ----------------------------------------------------------------------------------------------

    private Published publish(AccessTier tier, Instant embargoUntil) {
        return DatasetFixtures.publish(publishing, organiser, tier, Set.of(), embargoUntil);
    }

    private java.util.List<DatasetSummary> search(CatalogQuery query) {
        return anonymously(() -> catalog.search(query));
    }

    private static void refused(Runnable action, AccessRefusal reason) {
        assertThatThrownBy(action::run).isInstanceOf(AccessRefusedException.class)
                .extracting(e -> ((AccessRefusedException) e).reason()).isEqualTo(reason);
    }
}
