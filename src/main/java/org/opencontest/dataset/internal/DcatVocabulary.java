package org.opencontest.dataset.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.opencontest.dataset.Licence;

/**
 * The controlled vocabularies DCAT-AP 3.0.0 names, as far as the export needs them: EU file types for
 * {@code dct:format}, IANA media types for {@code dcat:mediaType}, ADMS licence types, and the EU authority tables
 * (access rights, planned availability, languages, the data-theme scheme). Values outside a vocabulary are left
 * out rather than invented.
 */
final class DcatVocabulary {

    static final String EU_AUTHORITY = "http://publications.europa.eu/resource/authority/";
    static final String DATA_THEME_SCHEME = EU_AUTHORITY + "data-theme";
    static final String STABLE = EU_AUTHORITY + "planned-availability/STABLE";
    static final String ENGLISH = EU_AUTHORITY + "language/ENG";
    static final String CHINESE = EU_AUTHORITY + "language/ZHO";

    private static final String FILE_TYPE = EU_AUTHORITY + "file-type/";
    private static final String MEDIA_TYPES = "https://www.iana.org/assignments/media-types/";
    private static final String LICENCE_TYPE = "http://purl.org/adms/licencetype/";
    /** Codes of the EU file-type table that data files commonly have; the label is the upper-case extension. */
    private static final Set<String> FILE_TYPES = Set.of("CSV", "TSV", "JSON", "JSON_LD", "XML", "ZIP", "GZIP", "TAR",
            "7Z", "RAR", "PDF", "TXT", "HTML", "XLS", "XLSX", "ODS", "DOC", "DOCX", "GEOJSON", "KML", "KMZ", "SHP",
            "GPKG", "GML", "PARQUET", "RDF_TURTLE", "RDF_XML", "NETCDF", "JPEG", "PNG", "TIFF", "GIF", "SVG", "SQL",
            "YAML");
    /** Extensions whose EU file-type code is not the extension itself. */
    private static final Map<String, String> FILE_TYPE_ALIASES = Map.of("TTL", "RDF_TURTLE", "JSONLD", "JSON_LD",
            "RDF", "RDF_XML", "GZ", "GZIP", "JPG", "JPEG", "TIF", "TIFF", "NC", "NETCDF", "YML", "YAML", "HTM", "HTML");

    private DcatVocabulary() {
    }

    /** The EU file type of a format label such as {@code CSV}, or empty when the table has none. */
    static Optional<String> fileType(String format) {
        String code = format.toUpperCase(Locale.ROOT);
        code = FILE_TYPE_ALIASES.getOrDefault(code, code);
        return FILE_TYPES.contains(code) ? Optional.of(FILE_TYPE + code) : Optional.empty();
    }

    /** The IANA media type IRI, without parameters such as {@code charset}; empty for an unusable value. */
    static Optional<String> mediaType(String mediaType) {
        String bare = mediaType == null ? "" : mediaType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return bare.matches("[a-z]+/[a-z0-9.+-]+") ? Optional.of(MEDIA_TYPES + bare) : Optional.empty();
    }

    /** The ADMS licence type code, e.g. {@code Attribution}; a dataset's own terms restrict use beyond a licence. */
    static String licenceTypeCode(Licence licence) {
        return switch (licence) {
            case CC_BY_4_0 -> "Attribution";
            case CC_BY_SA_4_0, ODBL_1_0 -> "ViralEffect-ShareAlike";
            case CC0_1_0 -> "PublicDomain";
            case CONTEST_TERMS -> "OtherRestrictiveClauses";
        };
    }

    static String licenceType(String code) {
        return LICENCE_TYPE + code;
    }

    static String accessRight(boolean open) {
        return EU_AUTHORITY + "access-right/" + (open ? "PUBLIC" : "RESTRICTED");
    }
}
