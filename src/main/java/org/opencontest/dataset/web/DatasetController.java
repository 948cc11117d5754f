package org.opencontest.dataset.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.eclipse.rdf4j.rio.RDFFormat;
import org.opencontest.dataset.internal.AccessRefusal;
import org.opencontest.dataset.internal.AccessRefusedException;
import org.opencontest.dataset.DatasetCatalog;
import org.opencontest.shared.error.NotFoundException;
import org.opencontest.shared.i18n.SupportedLocales;
import org.opencontest.storage.StorageUnavailableException;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The open data catalog over HTTP (open to anonymous callers; {@link DatasetCatalog} decides per request, with the
 * caller's session if they are signed in):
 * <ul>
 *   <li>{@code GET /api/catalog.jsonld}, {@code /api/catalog.ttl}: the public catalog as DCAT-AP 3;</li>
 *   <li>{@code GET /api/datasets/{slug}.jsonld}, {@code .ttl}: one dataset;</li>
 *   <li>{@code GET /api/datasets/files/{id}/download}: the access check, then {@code 302} to a short-lived presigned
 *       link (the bytes come from the object store); {@code 401} when signing in would help, {@code 403} when the
 *       terms or an approved team are missing, {@code 404} for unknown or hidden files;</li>
 *   <li>{@code GET /api/datasets/files/{id}/schema.json}: a CSV file's Table Schema;</li>
 *   <li>{@code GET /api/datasets/releases/{id}/SHA256SUMS}: the release's checksum manifest.</li>
 * </ul>
 */
@RestController
class DatasetController {

    static final MediaType JSON_LD = new MediaType("application", "ld+json", StandardCharsets.UTF_8);
    static final MediaType TURTLE = new MediaType("text", "turtle", StandardCharsets.UTF_8);

    private final DatasetCatalog catalog;
    private final MessageSource messages;

    DatasetController(DatasetCatalog catalog, MessageSource messages) {
        this.catalog = catalog;
        this.messages = messages;
    }

    @GetMapping("/api/catalog.jsonld")
    ResponseEntity<String> catalogJsonLd() {
        return rdf(catalog.dcatCatalog(RDFFormat.JSONLD), JSON_LD);
    }

    @GetMapping("/api/catalog.ttl")
    ResponseEntity<String> catalogTurtle() {
        return rdf(catalog.dcatCatalog(RDFFormat.TURTLE), TURTLE);
    }

    @GetMapping("/api/datasets/{slug}.jsonld")
    ResponseEntity<String> datasetJsonLd(@PathVariable String slug) {
        return rdf(catalog.dcatDataset(slug, RDFFormat.JSONLD), JSON_LD);
    }

    @GetMapping("/api/datasets/{slug}.ttl")
    ResponseEntity<String> datasetTurtle(@PathVariable String slug) {
        return rdf(catalog.dcatDataset(slug, RDFFormat.TURTLE), TURTLE);
    }

    @GetMapping("/api/datasets/files/{id}/download")
    ResponseEntity<Void> download(@PathVariable long id) {
        return ResponseEntity.status(HttpStatus.FOUND)
                .location(catalog.downloadLink(id).url())
                .cacheControl(CacheControl.noStore())
                .build();
    }

    @GetMapping("/api/datasets/files/{id}/schema.json")
    ResponseEntity<String> schema(@PathVariable long id) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(catalog.tableSchema(id));
    }

    @GetMapping("/api/datasets/releases/{id}/SHA256SUMS")
    ResponseEntity<String> checksums(@PathVariable long id) {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("SHA256SUMS").build()
                        .toString())
                .body(catalog.sha256Sums(id));
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Void> notFound() {
        return ResponseEntity.notFound().build();
    }

    /** 401 when signing in is what is missing, 403 otherwise; the body says what to do, in the caller's language. */
    @ExceptionHandler(AccessRefusedException.class)
    ResponseEntity<String> refused(AccessRefusedException refusal, Locale locale) {
        HttpStatus status = refusal.reason() == AccessRefusal.SIGN_IN ? HttpStatus.UNAUTHORIZED : HttpStatus.FORBIDDEN;
        return ResponseEntity.status(status)
                .contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
                .body(messages.getMessage(refusal.getMessageKey(), null, SupportedLocales.closest(locale)));
    }

    @ExceptionHandler(StorageUnavailableException.class)
    ResponseEntity<Void> storageUnavailable() {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).build();
    }

    private static ResponseEntity<String> rdf(String body, MediaType type) {
        return ResponseEntity.ok().contentType(type).cacheControl(CacheControl.noCache()).body(body);
    }
}
