package org.opencontest.contest.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.opencontest.contest.ContestService;
import org.opencontest.shared.error.NotFoundException;
import org.opencontest.shared.i18n.SupportedLocales;
import org.opencontest.storage.StorageUnavailableException;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Public HTTP endpoints of a contest (permitted for anonymous visitors under {@code /api/public/**}):
 * <ul>
 *   <li>{@code GET /api/public/contests/{slug}/timeline.ics[?lang=en|zh]}: the timeline as iCalendar, in the
 *       language of {@code lang}, else of {@code Accept-Language};</li>
 *   <li>{@code GET /api/public/contests/{slug}/cover}: redirects to a fresh short-lived presigned link of the cover
 *       image, so pages can use a stable image URL while the object store stays private.</li>
 * </ul>
 * Both answer 404 for unknown contests and for contests the caller may not see.
 */
@RestController
class PublicContestController {

    static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private final ContestService contests;

    PublicContestController(ContestService contests) {
        this.contests = contests;
    }

    @GetMapping("/api/public/contests/{slug}/timeline.ics")
    ResponseEntity<String> timeline(@PathVariable String slug, @RequestParam(required = false) String lang,
                                    Locale requestLocale) {
        Locale locale = SupportedLocales.closest(lang == null || lang.isBlank() ? requestLocale : Locale.forLanguageTag(lang));
        String ics = contests.timelineCalendar(slug, locale);
        return ResponseEntity.ok()
                .contentType(TEXT_CALENDAR)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(slug + ".ics").build().toString())
                .cacheControl(CacheControl.noCache())
                .body(ics);
    }

    @GetMapping("/api/public/contests/{slug}/cover")
    ResponseEntity<Void> cover(@PathVariable String slug) {
        return ResponseEntity.status(HttpStatus.FOUND)
                .location(contests.coverLink(slug))
                .cacheControl(CacheControl.noStore())
                .build();
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Void> notFound() {
        return ResponseEntity.notFound().build();
    }

    @ExceptionHandler(StorageUnavailableException.class)
    ResponseEntity<Void> storageUnavailable() {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).build();
    }
}
