package org.opencontest.dataset.internal;

import java.io.StringWriter;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

import org.eclipse.rdf4j.model.BNode;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Resource;
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
import org.opencontest.dataset.AccessTier;
import org.opencontest.dataset.DataFileView;
import org.opencontest.dataset.DatasetMetadata;
import org.opencontest.dataset.DatasetPage;
import org.opencontest.dataset.Licence;
import org.opencontest.dataset.ReleaseView;
import org.opencontest.shared.i18n.LocalizedText;
import org.opencontest.shared.i18n.SupportedLocales;
import org.opencontest.shared.net.PublicBaseUrl;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The public catalog as DCAT-AP 3.0.0, built as an RDF model (rdf4j) and written as JSON-LD or Turtle; the field to
 * property map is in docs/dcat.md.
 * <p>
 * Each dataset is a {@code dcat:Dataset} at {@code {base}/data/{slug}} with its metadata and, as distributions, the
 * files of its public releases; each release is also a full {@code dcat:Dataset} (title, description, publisher,
 * themes...) that is a version of it ({@code dcat:hasVersion}/{@code dct:isVersionOf}, {@code dcat:version},
 * {@code adms:versionNotes} from the changelog, {@code dcat:hasCurrentVersion} for the latest) with its own files.
 * A distribution's {@code dcat:downloadURL} is the app's access-checked download endpoint, never the object store;
 * its SHA-256 is an {@code spdx:checksum}. Every value whose DCAT-AP range is a class states that class, because
 * harvesters validate without inference.
 */
@Component
public class DcatExport {

    static final String SPDX = "http://spdx.org/rdf/terms#";
    static final String ADMS = "http://www.w3.org/ns/adms#";
    static final String DCATAP = "http://data.europa.eu/r5r/";
    private static final ValueFactory VF = SimpleValueFactory.getInstance();
    private static final IRI HAS_VERSION = VF.createIRI(DCAT.NAMESPACE, "hasVersion");
    private static final IRI VERSION_NOTES = VF.createIRI(ADMS, "versionNotes");
    private static final IRI AVAILABILITY = VF.createIRI(DCATAP, "availability");
    private static final IRI CHECKSUM = VF.createIRI(SPDX, "Checksum");
    private static final IRI CHECKSUM_ALGORITHM = VF.createIRI(SPDX, "ChecksumAlgorithm");
    private static final IRI SHA256 = VF.createIRI(SPDX, "checksumAlgorithm_sha256");

    private final PublicBaseUrl baseUrl;
    private final String publisherName;
    private final String publisherUrl;
    private final MessageSource messages;

    DcatExport(PublicBaseUrl baseUrl,
               @Value("${opencontest.catalog.publisher-name:OpenContest}") String publisherName,
               @Value("${opencontest.catalog.publisher-url:}") String publisherUrl, MessageSource messages) {
        this.baseUrl = baseUrl;
        this.publisherName = publisherName;
        this.publisherUrl = publisherUrl.isBlank() ? baseUrl.value() : publisherUrl;
        this.messages = messages;
    }

    /** The access-checked download address of a file, as distributions and pages give it. */
    public String downloadUrl(long fileId) {
        return baseUrl.link("/api/datasets/files/" + fileId + "/download");
    }

    public String catalog(List<DatasetPage> datasets, RDFFormat format) {
        Model model = model();
        IRI catalog = VF.createIRI(baseUrl.link("/api/catalog"));
        model.add(catalog, RDF.TYPE, DCAT.CATALOG);
        localized(model, catalog, DCTERMS.TITLE, locale -> message("dcat.catalog.title", locale));
        localized(model, catalog, DCTERMS.DESCRIPTION, locale -> message("dcat.catalog.description", locale));
        BNode publisher = VF.createBNode();
        model.add(publisher, RDF.TYPE, FOAF.AGENT);
        model.add(publisher, FOAF.NAME, VF.createLiteral(publisherName));
        model.add(publisher, FOAF.HOMEPAGE, document(model, publisherUrl));
        model.add(catalog, DCTERMS.PUBLISHER, publisher);
        model.add(catalog, FOAF.HOMEPAGE, document(model, baseUrl.link("/data")));
        for (String language : List.of(DcatVocabulary.ENGLISH, DcatVocabulary.CHINESE)) {
            model.add(catalog, DCTERMS.LANGUAGE, typed(model, language, DCTERMS.LINGUISTIC_SYSTEM));
        }
        model.add(catalog, DCAT.THEME_TAXONOMY, themeScheme(model));
        datasets.stream().map(DatasetPage::updatedAt).max(Comparator.naturalOrder())
                .ifPresent(modified -> model.add(catalog, DCTERMS.MODIFIED, instant(modified)));
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
        String pageUrl = baseUrl.link("/data/" + metadata.slug());
        IRI dataset = VF.createIRI(pageUrl);
        Description description = new Description(metadata, pageUrl, model);
        model.add(dataset, RDF.TYPE, DCAT.DATASET);
        model.add(dataset, DCTERMS.IDENTIFIER, VF.createLiteral(metadata.slug()));
        texts(model, dataset, DCTERMS.TITLE, metadata.title());
        description.addTo(dataset);
        if (!metadata.landingPage().isEmpty()) {
            model.add(dataset, DCAT.LANDING_PAGE, document(model, metadata.landingPage()));
        }
        model.add(dataset, DCTERMS.ACCRUAL_PERIODICITY,
                typed(model, metadata.frequency().iri().toString(), DCTERMS.FREQUENCY));
        model.add(dataset, DCTERMS.MODIFIED, instant(page.updatedAt()));
        for (ContestRef contest : page.contests()) {
            model.add(dataset, DCTERMS.IS_REFERENCED_BY, VF.createIRI(baseUrl.link("/contests/" + contest.slug())));
        }
        List<ReleaseView> releases = page.releases().stream()
                .sorted(Comparator.comparingInt(ReleaseView::number)).toList();
        releases.stream().map(ReleaseView::publishedAt).filter(Objects::nonNull).findFirst()
                .ifPresent(first -> model.add(dataset, DCTERMS.ISSUED, instant(first)));
        IRI licence = licence(model, metadata.licence(), pageUrl);
        IRI previous = null;
        for (ReleaseView release : releases) {
            IRI version = VF.createIRI(pageUrl + "/releases/" + release.number());
            model.add(version, RDF.TYPE, DCAT.DATASET);
            localized(model, version, DCTERMS.TITLE, locale -> title(metadata.title(), locale).isEmpty() ? ""
                    : message("dcat.release.title", locale, title(metadata.title(), locale), release.label()));
            description.addTo(version);
            model.add(version, DCAT.VERSION, VF.createLiteral(release.label()));
            model.add(version, DCTERMS.IS_VERSION_OF, dataset);
            texts(model, version, VERSION_NOTES, release.changelog());
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
                IRI distribution = addDistribution(model, file, release, metadata, licence, pageUrl);
                model.add(version, DCAT.HAS_DISTRIBUTION, distribution);
                model.add(dataset, DCAT.HAS_DISTRIBUTION, distribution);
            }
            previous = version;
        }
        return dataset;
    }

    private IRI addDistribution(Model model, DataFileView file, ReleaseView release, DatasetMetadata metadata,
                                IRI licence, String pageUrl) {
        IRI distribution = VF.createIRI(baseUrl.link("/api/datasets/files/" + file.id()));
        model.add(distribution, RDF.TYPE, DCAT.DISTRIBUTION);
        model.add(distribution, DCTERMS.TITLE, VF.createLiteral(file.name() + " (" + release.label() + ")"));
        localized(model, distribution, DCTERMS.DESCRIPTION, locale -> message("dcat.distribution.description",
                locale, file.name(), release.label(), title(metadata.title(), locale)));
        model.add(distribution, DCAT.DOWNLOAD_URL, VF.createIRI(downloadUrl(file.id())));
        model.add(distribution, DCAT.ACCESS_URL, VF.createIRI(pageUrl));
        model.add(distribution, DCAT.BYTE_SIZE, VF.createLiteral(String.valueOf(file.size()), XSD.NON_NEGATIVE_INTEGER));
        DcatVocabulary.mediaType(file.mediaType()).ifPresent(mediaType ->
                model.add(distribution, DCAT.MEDIA_TYPE, typed(model, mediaType, DCTERMS.MEDIA_TYPE)));
        DcatVocabulary.fileType(file.format()).ifPresent(fileType ->
                model.add(distribution, DCTERMS.FORMAT, typed(model, fileType, DCTERMS.MEDIA_TYPE_OR_EXTENT)));
        model.add(distribution, DCTERMS.LICENSE, licence);
        model.add(distribution, DCTERMS.ISSUED, instant(file.uploadedAt()));
        model.add(distribution, AVAILABILITY, concept(model, DcatVocabulary.STABLE,
                locale -> message("dcat.availability.STABLE", locale)));
        BNode checksum = VF.createBNode();
        model.add(checksum, RDF.TYPE, CHECKSUM);
        model.add(SHA256, RDF.TYPE, CHECKSUM_ALGORITHM);
        model.add(checksum, VF.createIRI(SPDX, "algorithm"), SHA256);
        model.add(checksum, VF.createIRI(SPDX, "checksumValue"), VF.createLiteral(file.sha256(), XSD.HEXBINARY));
        model.add(distribution, VF.createIRI(SPDX, "checksum"), checksum);
        if (file.schema() != null) {
            IRI schema = typed(model, baseUrl.link("/api/datasets/files/" + file.id() + "/schema.json"),
                    DCTERMS.STANDARD);
            localized(model, schema, DCTERMS.TITLE, locale -> message("dcat.schema.title", locale, file.name()));
            model.add(distribution, DCTERMS.CONFORMS_TO, schema);
        }
        return distribution;
    }

    /** A licence document with its ADMS licence type; a dataset's own terms are the terms section of its page. */
    private IRI licence(Model model, Licence licence, String pageUrl) {
        URI url = licence == Licence.CONTEST_TERMS ? URI.create(pageUrl + "#terms") : licence.url();
        IRI document = typed(model, url.toString(), DCTERMS.LICENSE_DOCUMENT);
        String type = DcatVocabulary.licenceTypeCode(licence);
        model.add(document, DCTERMS.TYPE, concept(model, DcatVocabulary.licenceType(type),
                locale -> message("dcat.licenceType." + type, locale)));
        return document;
    }

    /**
     * What a dataset and each of its versions say alike: description, publisher, contact point, keywords, themes,
     * access rights, spatial and temporal coverage. The nodes are built once per dataset and shared.
     */
    private final class Description {

        private final Model model;
        private final DatasetMetadata metadata;
        private final BNode publisher = VF.createBNode();
        private final BNode contact;
        private final IRI theme;
        private final BNode localTheme;
        private final IRI accessRights;
        private final IRI location;
        private final BNode period;
        private final IRI landingPage;

        Description(DatasetMetadata metadata, String pageUrl, Model model) {
            this.model = model;
            this.metadata = metadata;
            model.add(publisher, RDF.TYPE, FOAF.AGENT);
            model.add(publisher, FOAF.NAME, VF.createLiteral(metadata.publisherName()));
            if (!metadata.publisherUrl().isEmpty()) {
                model.add(publisher, FOAF.HOMEPAGE, document(model, metadata.publisherUrl()));
            }
            if (metadata.publisherType() != null) {
                model.add(publisher, DCTERMS.TYPE, concept(model, metadata.publisherType().iri().toString(),
                        locale -> message(metadata.publisherType().messageKey(), locale)));
            }
            contact = contactPoint();
            theme = concept(model, metadata.theme().iri().toString(),
                    locale -> message(metadata.theme().messageKey(), locale));
            model.add(theme, SKOS.IN_SCHEME, themeScheme(model));
            localTheme = metadata.localTheme().isEmpty() ? null : VF.createBNode();
            if (localTheme != null) {
                model.add(localTheme, RDF.TYPE, SKOS.CONCEPT);
                texts(model, localTheme, SKOS.PREF_LABEL, metadata.localTheme());
            }
            accessRights = typed(model, DcatVocabulary.accessRight(metadata.accessTier() == AccessTier.OPEN),
                    DCTERMS.RIGHTS_STATEMENT);
            location = metadata.spatialUri().isEmpty() ? null
                    : typed(model, metadata.spatialUri(), DCTERMS.LOCATION);
            if (location != null) {
                texts(model, location, SKOS.PREF_LABEL, metadata.spatial());
            }
            period = metadata.temporalStart() == null && metadata.temporalEnd() == null ? null : VF.createBNode();
            if (period != null) {
                model.add(period, RDF.TYPE, DCTERMS.PERIOD_OF_TIME);
                date(model, period, DCAT.START_DATE, metadata.temporalStart());
                date(model, period, DCAT.END_DATE, metadata.temporalEnd());
            }
            landingPage = document(model, pageUrl);
        }

        private BNode contactPoint() {
            if (metadata.publisherEmail().isEmpty() && metadata.publisherUrl().isEmpty()) {
                return null;
            }
            BNode kind = VF.createBNode();
            model.add(kind, RDF.TYPE, VCARD4.KIND);
            model.add(kind, VCARD4.FN, VF.createLiteral(metadata.publisherName()));
            if (!metadata.publisherEmail().isEmpty()) {
                model.add(kind, VCARD4.HAS_EMAIL, VF.createIRI("mailto:" + metadata.publisherEmail()));
            }
            if (!metadata.publisherUrl().isEmpty()) {
                model.add(kind, VCARD4.HAS_URL, VF.createIRI(metadata.publisherUrl()));
            }
            return kind;
        }

        /** A dataset without a description is described by its title, as DCAT-AP requires a description. */
        void addTo(Resource subject) {
            texts(model, subject, DCTERMS.DESCRIPTION,
                    metadata.description().isEmpty() ? metadata.title() : metadata.description());
            model.add(subject, DCTERMS.PUBLISHER, publisher);
            if (contact != null) {
                model.add(subject, DCAT.CONTACT_POINT, contact);
            }
            metadata.keywords().forEach(keyword -> model.add(subject, DCAT.KEYWORD, VF.createLiteral(keyword)));
            model.add(subject, DCAT.THEME, theme);
            if (localTheme != null) {
                model.add(subject, DCAT.THEME, localTheme);
            }
            model.add(subject, DCTERMS.ACCESS_RIGHTS, accessRights);
            if (location != null) {
                model.add(subject, DCTERMS.SPATIAL, location);
            }
            if (period != null) {
                model.add(subject, DCTERMS.TEMPORAL, period);
            }
            model.add(subject, DCAT.LANDING_PAGE, landingPage);
        }
    }

    private IRI themeScheme(Model model) {
        IRI scheme = typed(model, DcatVocabulary.DATA_THEME_SCHEME, SKOS.CONCEPT_SCHEME);
        localized(model, scheme, DCTERMS.TITLE, locale -> message("dcat.themeTaxonomy.title", locale));
        return scheme;
    }

    /** A concept of a controlled vocabulary with its label in both languages (SKOS asks for a preferred label). */
    private IRI concept(Model model, String iri, Function<Locale, String> label) {
        IRI concept = typed(model, iri, SKOS.CONCEPT);
        localized(model, concept, SKOS.PREF_LABEL, label);
        return concept;
    }

    private static IRI document(Model model, String url) {
        return typed(model, url, FOAF.DOCUMENT);
    }

    private static IRI typed(Model model, String iri, IRI type) {
        IRI resource = VF.createIRI(iri);
        model.add(resource, RDF.TYPE, type);
        return resource;
    }

    private String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    private static String title(LocalizedText title, Locale locale) {
        return SupportedLocales.isChinese(locale) ? title.zh() : title.en();
    }

    /** One literal per supported language, tagged {@code en} and {@code zh}; blank texts are left out. */
    private static void localized(Model model, Resource subject, IRI predicate, Function<Locale, String> text) {
        texts(model, subject, predicate, new LocalizedText(text.apply(SupportedLocales.ENGLISH),
                text.apply(SupportedLocales.CHINESE)));
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
        model.setNamespace("dcatap", DCATAP);
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
