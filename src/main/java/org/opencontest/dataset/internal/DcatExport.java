package org.opencontest.dataset.internal;

import java.io.StringWriter;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.eclipse.rdf4j.model.BNode;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.model.impl.LinkedHashModel;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.model.vocabulary.DCAT;
import org.eclipse.rdf4j.model.vocabulary.DCTERMS;
import org.eclipse.rdf4j.model.vocabulary.FOAF;
import org.eclipse.rdf4j.model.vocabulary.RDF;
import org.eclipse.rdf4j.model.vocabulary.SKOS;
import org.eclipse.rdf4j.model.vocabulary.VCARD4;
import org.eclipse.rdf4j.model.vocabulary.XSD;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.rio.WriterConfig;
import org.eclipse.rdf4j.rio.helpers.BasicWriterSettings;
import org.eclipse.rdf4j.rio.helpers.JSONLDMode;
import org.eclipse.rdf4j.rio.helpers.JSONLDSettings;
import org.opencontest.contest.LocalizedText;
import org.opencontest.dataset.AccessTier;
import org.opencontest.dataset.ContestRef;
import org.opencontest.dataset.DataFileView;
import org.opencontest.dataset.DatasetMetadata;
import org.opencontest.dataset.DatasetPage;
import org.opencontest.dataset.Licence;
import org.opencontest.dataset.ReleaseView;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The public catalog as DCAT-AP 3, built as an RDF model (rdf4j) and written as JSON-LD or Turtle.
 * <p>
 * Each dataset is a {@code dcat:Dataset} at {@code {base}/data/{slug}} with its metadata and, as distributions, the
 * files of its public releases; each release is also a version ({@code dcat:hasVersion}, {@code dcat:version},
 * {@code dcat:hasCurrentVersion} for the latest) with its own files. A distribution's {@code dcat:downloadURL} is
 * the app's access-checked download endpoint, never the object store; its SHA-256 is an {@code spdx:checksum}.
 */
@Component
public class DcatExport {

    static final String SPDX = "http://spdx.org/rdf/terms#";
    static final String ADMS = "http://www.w3.org/ns/adms#";
    private static final String ACCESS_RIGHTS = "http://publications.europa.eu/resource/authority/access-right/";
    private static final String MEDIA_TYPES = "https://www.iana.org/assignments/media-types/";
    private static final ValueFactory VF = SimpleValueFactory.getInstance();
    private static final IRI HAS_VERSION = VF.createIRI(DCAT.NAMESPACE, "hasVersion");

    private final String baseUrl;

    DcatExport(@Value("${opencontest.base-url}") String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** The access-checked download address of a file, as distributions and pages give it. */
    public String downloadUrl(long fileId) {
        return baseUrl + "/api/datasets/files/" + fileId + "/download";
    }

    public String catalog(List<DatasetPage> datasets, RDFFormat format) {
        Model model = model();
        IRI catalog = VF.createIRI(baseUrl + "/api/catalog");
        model.add(catalog, RDF.TYPE, DCAT.CATALOG);
        model.add(catalog, DCTERMS.TITLE, VF.createLiteral("OpenContest open data catalog", "en"));
        model.add(catalog, DCTERMS.TITLE, VF.createLiteral("OpenContest 开放数据目录", "zh"));
        model.add(catalog, DCTERMS.DESCRIPTION, VF.createLiteral(
                "Datasets released to open-data innovation contests, with fixed, checksummed releases.", "en"));
        model.add(catalog, FOAF.HOMEPAGE, VF.createIRI(baseUrl + "/data"));
        for (DatasetPage dataset : datasets) {
            model.add(catalog, DCAT.HAS_DATASET, addDataset(model, dataset));
        }
        return write(model, format);
    }

    public String dataset(DatasetPage dataset, RDFFormat format) {
        Model model = model();
        addDataset(model, dataset);
        return write(model, format);
    }

    private IRI addDataset(Model model, DatasetPage page) {
        DatasetMetadata metadata = page.metadata();
        String pageUrl = baseUrl + "/data/" + metadata.slug();
        IRI dataset = VF.createIRI(pageUrl);
        model.add(dataset, RDF.TYPE, DCAT.DATASET);
        model.add(dataset, DCTERMS.IDENTIFIER, VF.createLiteral(metadata.slug()));
        texts(model, dataset, DCTERMS.TITLE, metadata.title());
        texts(model, dataset, DCTERMS.DESCRIPTION, metadata.description());
        model.add(dataset, DCAT.LANDING_PAGE, VF.createIRI(pageUrl));
        if (!metadata.landingPage().isEmpty()) {
            model.add(dataset, DCAT.LANDING_PAGE, VF.createIRI(metadata.landingPage()));
        }
        addPublisher(model, dataset, metadata);
        metadata.keywords().forEach(keyword -> model.add(dataset, DCAT.KEYWORD, VF.createLiteral(keyword)));
        model.add(dataset, DCAT.THEME, VF.createIRI(metadata.theme().iri().toString()));
        if (!metadata.localTheme().isEmpty()) {
            BNode local = VF.createBNode();
            model.add(local, RDF.TYPE, SKOS.CONCEPT);
            texts(model, local, SKOS.PREF_LABEL, metadata.localTheme());
            model.add(dataset, DCAT.THEME, local);
        }
        IRI licence = licence(metadata, pageUrl);
        model.add(dataset, DCTERMS.LICENSE, licence);
        model.add(dataset, DCTERMS.ACCESS_RIGHTS, VF.createIRI(ACCESS_RIGHTS
                + (metadata.accessTier() == AccessTier.OPEN ? "PUBLIC" : "RESTRICTED")));
        if (metadata.temporalStart() != null || metadata.temporalEnd() != null) {
            BNode period = VF.createBNode();
            model.add(period, RDF.TYPE, DCTERMS.PERIOD_OF_TIME);
            date(model, period, DCAT.START_DATE, metadata.temporalStart());
            date(model, period, DCAT.END_DATE, metadata.temporalEnd());
            model.add(dataset, DCTERMS.TEMPORAL, period);
        }
        if (!metadata.spatial().isEmpty()) {
            BNode location = VF.createBNode();
            model.add(location, RDF.TYPE, DCTERMS.LOCATION);
            texts(model, location, SKOS.PREF_LABEL, metadata.spatial());
            model.add(dataset, DCTERMS.SPATIAL, location);
        }
        model.add(dataset, DCTERMS.ACCRUAL_PERIODICITY, VF.createIRI(metadata.frequency().iri().toString()));
        model.add(dataset, DCTERMS.MODIFIED, instant(page.updatedAt()));
        for (ContestRef contest : page.contests()) {
            model.add(dataset, DCTERMS.IS_REFERENCED_BY, VF.createIRI(baseUrl + "/contests/" + contest.slug()));
        }
        List<ReleaseView> releases = page.releases().stream()
                .sorted(Comparator.comparingInt(ReleaseView::number)).toList();
        releases.stream().map(ReleaseView::publishedAt).filter(Objects::nonNull).findFirst()
                .ifPresent(first -> model.add(dataset, DCTERMS.ISSUED, instant(first)));
        IRI previous = null;
        for (ReleaseView release : releases) {
            IRI version = VF.createIRI(pageUrl + "/releases/" + release.number());
            model.add(version, RDF.TYPE, DCAT.DATASET);
            model.add(version, DCAT.VERSION, VF.createLiteral(release.label()));
            model.add(version, DCAT.IS_VERSION_OF, dataset);
            model.add(version, DCTERMS.TITLE, VF.createLiteral(metadata.title().in(Locale.ENGLISH)
                    + " — " + release.label(), "en"));
            texts(model, version, VF.createIRI(ADMS, "versionNotes"), release.changelog());
            if (release.publishedAt() != null) {
                model.add(version, DCTERMS.ISSUED, instant(release.publishedAt()));
            }
            if (previous != null) {
                model.add(version, DCAT.PREVIOUS_VERSION, previous);
            }
            model.add(dataset, HAS_VERSION, version);
            if (release.latest()) {
                model.add(dataset, DCAT.HAS_CURRENT_VERSION, version);
            }
            for (DataFileView file : release.files()) {
                IRI distribution = addDistribution(model, file, release, licence, pageUrl);
                model.add(version, DCAT.HAS_DISTRIBUTION, distribution);
                model.add(dataset, DCAT.HAS_DISTRIBUTION, distribution);
            }
            previous = version;
        }
        return dataset;
    }

    private IRI addDistribution(Model model, DataFileView file, ReleaseView release, IRI licence, String pageUrl) {
        IRI distribution = VF.createIRI(baseUrl + "/api/datasets/files/" + file.id());
        model.add(distribution, RDF.TYPE, DCAT.DISTRIBUTION);
        model.add(distribution, DCTERMS.TITLE, VF.createLiteral(file.name() + " (" + release.label() + ")"));
        model.add(distribution, DCAT.DOWNLOAD_URL, VF.createIRI(downloadUrl(file.id())));
        model.add(distribution, DCAT.ACCESS_URL, VF.createIRI(pageUrl));
        model.add(distribution, DCAT.BYTE_SIZE, VF.createLiteral(String.valueOf(file.size()), XSD.NON_NEGATIVE_INTEGER));
        model.add(distribution, DCAT.MEDIA_TYPE, VF.createIRI(MEDIA_TYPES + file.mediaType()));
        model.add(distribution, DCTERMS.FORMAT, VF.createLiteral(file.format()));
        model.add(distribution, DCTERMS.LICENSE, licence);
        model.add(distribution, DCTERMS.ISSUED, instant(file.uploadedAt()));
        BNode checksum = VF.createBNode();
        model.add(checksum, RDF.TYPE, VF.createIRI(SPDX, "Checksum"));
        model.add(checksum, VF.createIRI(SPDX, "algorithm"), VF.createIRI(SPDX, "checksumAlgorithm_sha256"));
        model.add(checksum, VF.createIRI(SPDX, "checksumValue"), VF.createLiteral(file.sha256(), XSD.HEXBINARY));
        model.add(distribution, VF.createIRI(SPDX, "checksum"), checksum);
        if (file.schema() != null) {
            model.add(distribution, DCTERMS.CONFORMS_TO,
                    VF.createIRI(baseUrl + "/api/datasets/files/" + file.id() + "/schema.json"));
        }
        return distribution;
    }

    private void addPublisher(Model model, IRI dataset, DatasetMetadata metadata) {
        BNode publisher = VF.createBNode();
        model.add(publisher, RDF.TYPE, FOAF.AGENT);
        model.add(publisher, FOAF.NAME, VF.createLiteral(metadata.publisherName()));
        if (!metadata.publisherUrl().isEmpty()) {
            model.add(publisher, FOAF.HOMEPAGE, VF.createIRI(metadata.publisherUrl()));
        }
        model.add(dataset, DCTERMS.PUBLISHER, publisher);
        if (!metadata.publisherEmail().isEmpty()) {
            BNode contact = VF.createBNode();
            model.add(contact, RDF.TYPE, VCARD4.KIND);
            model.add(contact, VCARD4.FN, VF.createLiteral(metadata.publisherName()));
            model.add(contact, VCARD4.HAS_EMAIL, VF.createIRI("mailto:" + metadata.publisherEmail()));
            model.add(dataset, DCAT.CONTACT_POINT, contact);
        }
    }

    private static IRI licence(DatasetMetadata metadata, String pageUrl) {
        URI url = metadata.licence() == Licence.CONTEST_TERMS ? URI.create(pageUrl + "#terms") : metadata.licence().url();
        return VF.createIRI(url.toString());
    }

    private static void texts(Model model, Resource subject, IRI predicate, LocalizedText text) {
        if (!text.en().isEmpty()) {
            model.add(subject, predicate, VF.createLiteral(text.en(), "en"));
        }
        if (!text.zh().isEmpty()) {
            model.add(subject, predicate, VF.createLiteral(text.zh(), "zh"));
        }
    }

    private static void date(Model model, Resource subject, IRI predicate, LocalDate date) {
        if (date != null) {
            model.add(subject, predicate, VF.createLiteral(date.toString(), XSD.DATE));
        }
    }

    private static Literal instant(Instant instant) {
        return VF.createLiteral(instant.toString(), XSD.DATETIME);
    }

    private static Model model() {
        Model model = new LinkedHashModel();
        model.setNamespace(DCAT.NS);
        model.setNamespace(DCTERMS.NS);
        model.setNamespace(FOAF.NS);
        model.setNamespace(SKOS.NS);
        model.setNamespace(VCARD4.NS);
        model.setNamespace(XSD.NS);
        model.setNamespace("spdx", SPDX);
        model.setNamespace("adms", ADMS);
        return model;
    }

    private static String write(Model model, RDFFormat format) {
        WriterConfig config = new WriterConfig();
        config.set(BasicWriterSettings.PRETTY_PRINT, true);
        if (format == RDFFormat.JSONLD) {
            config.set(JSONLDSettings.JSONLD_MODE, JSONLDMode.COMPACT);
        }
        StringWriter out = new StringWriter();
        Rio.write(model, out, format, config);
        return out.toString();
    }
}
