package org.opencontest.contest;

import org.opencontest.contest.internal.Deadline;
import org.opencontest.contest.internal.TimelineChange;
import org.opencontest.contest.internal.TimelineChangePreview;
import org.opencontest.shared.text.Slugs;
import java.io.InputStream;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;

import org.opencontest.contest.internal.Contest;
import org.opencontest.contest.internal.ContestAccess;
import org.opencontest.contest.internal.ContestCalendar;
import org.opencontest.contest.internal.ContestCovers;
import org.opencontest.contest.internal.ContestDtos;
import org.opencontest.contest.internal.ContestInputValidator;
import org.opencontest.contest.internal.ContestRepository;
import org.opencontest.contest.internal.TimelineChanges;
import org.opencontest.shared.error.NotFoundException;
import org.opencontest.shared.error.UserFacingException;
import org.opencontest.shared.security.CurrentUser;
import org.opencontest.shared.security.Roles;
import org.opencontest.storage.StoredObject;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Contests for organisers (create, edit, publish, archive, cover image) and for visitors (published pages, home
 * page lists, calendar feed). Organisers change only their own contests, administrators any; a contest the caller
 * may not see or change answers {@link NotFoundException}, exactly like a missing one.
 * <p>
 * Every edit quotes the version it started from; a stale version is refused with {@code error.concurrentEdit}.
 */
@Service
public class ContestService {

    private static final int CURRENT_LIMIT = 200;
    private static final int PAST_LIMIT = 24;
    private static final Sort RECENT_FIRST = Sort.by(Sort.Direction.DESC, "updatedAt");

    private final ContestRepository contests;
    private final ContestAccess access;
    private final ContestDtos dtos;
    private final ContestCovers covers;
    private final ContestCalendar calendar;
    private final TimelineChanges timelineChanges;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final TransactionTemplate readOnly;

    ContestService(ContestRepository contests, ContestAccess access, ContestDtos dtos, ContestCovers covers,
                   ContestCalendar calendar, TimelineChanges timelineChanges, Clock clock,
                   PlatformTransactionManager transactions) {
        this.contests = contests;
        this.access = access;
        this.dtos = dtos;
        this.covers = covers;
        this.calendar = calendar;
        this.timelineChanges = timelineChanges;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    // ----- organisers -------------------------------------------------------------------------------------------

    /** Creates a draft owned by the caller. A blank slug is derived from the English title (made unique). */
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional
    public ContestEditState create(ContestInput input) {
        ContestInputValidator.validate(input);
        String slug = chooseSlug(input.slug(), input.title().en(), null);
        Contest contest = new Contest(slug, CurrentUser.requireId(), clock.instant());
        contest.edit(input, slug, clock.instant());
        return dtos.editState(contests.saveAndFlush(contest));
    }

    /** An edit that leaves a published timeline as it is, or only extends it (see the four-argument form). */
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional
    public ContestEditState update(long id, long expectedVersion, ContestInput input) {
        return update(id, expectedVersion, input, TimelineChangeNote.NONE);
    }

    /**
     * Saves an edit. On a published contest a timeline change is recorded for its public page and announced with
     * {@link TimelineChanged}; one that shortens a phase is refused without a reason
     * ({@code contest.change.error.reason}), one that closes a phase at a moment already past without the explicit
     * confirmation in the note ({@code contest.change.error.past}).
     */
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional
    public ContestEditState update(long id, long expectedVersion, ContestInput input, TimelineChangeNote note) {
        Contest contest = access.manageable(id, expectedVersion);
        ContestInputValidator.validate(input);
        Instant now = clock.instant();
        List<TimelineShift> shifts = timelineChanges.check(contest, Timeline.of(input.phases()), note, now);
        String slug = input.slug() == null || input.slug().isBlank() ? contest.getSlug()
                : chooseSlug(input.slug(), input.title().en(), id);
        contest.edit(input, slug, now);
        ContestEditState saved = dtos.editState(contests.saveAndFlush(contest));
        timelineChanges.record(contest, shifts, note, CurrentUser.requireId(), now);
        return saved;
    }

    /** What saving {@code input} would change on the contest's published timeline, and whom it affects. */
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public TimelineChangePreview previewTimelineChange(long id, ContestInput input) {
        return timelineChanges.preview(access.manageable(id), Timeline.of(input.phases()), clock.instant());
    }

    /** The contest as its editor loads it. */
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public ContestEditState edit(long id) {
        return dtos.editState(access.manageable(id));
    }

    /** Makes a draft visible; needs titles in both languages and a valid timeline with at least one phase. */
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional
    public ContestEditState publish(long id, long expectedVersion) {
        Contest contest = access.manageable(id, expectedVersion);
        contest.publish(clock.instant());
        return dtos.editState(contests.saveAndFlush(contest));
    }

    /** Freezes a published contest: it stays visible among past contests and can no longer be edited. */
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional
    public ContestEditState archive(long id, long expectedVersion) {
        Contest contest = access.manageable(id, expectedVersion);
        contest.archive(clock.instant());
        return dtos.editState(contests.saveAndFlush(contest));
    }

    /** The caller's contests, most recently changed first; administrators see all contests. */
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public List<ContestSummary> myContests(Pageable pageable) {
        Pageable sorted = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), RECENT_FIRST);
        Page<Contest> page = CurrentUser.isAdmin() ? contests.findAll(sorted)
                : contests.findByOwnerId(CurrentUser.requireId(), sorted);
        return page.map(dtos::summary).getContent();
    }

    /**
     * Streams an uploaded image into the object store (at most {@link ContestRules#COVER_MAX_BYTES}) and makes it
     * the contest's cover. No transaction is held while the bytes stream; if the contest changed meanwhile or the
     * file is refused, the new object is removed and the contest keeps its old cover.
     */
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    public ContestEditState replaceCover(long id, long expectedVersion, InputStream content, String originalName) {
        // Check before streaming, so that a refused caller never gets bytes into the store.
        readOnly.executeWithoutResult(status -> {
            if (access.manageable(id, expectedVersion).getStatus() == ContestStatus.ARCHIVED) {
                throw new UserFacingException("contest.error.archived");
            }
        });
        StoredObject stored = covers.store(id, content, originalName);
        CoverChange change;
        try {
            change = transaction.execute(status -> changeCover(id, expectedVersion, stored));
        } catch (RuntimeException e) {
            covers.deleteQuietly(stored.key());
            throw e;
        }
        change.previousKey().ifPresent(covers::deleteQuietly);
        return change.state();
    }

    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    public ContestEditState removeCover(long id, long expectedVersion) {
        CoverChange change = transaction.execute(status -> changeCover(id, expectedVersion, null));
        change.previousKey().ifPresent(covers::deleteQuietly);
        return change.state();
    }

    private CoverChange changeCover(long id, long expectedVersion, StoredObject stored) {
        Contest contest = access.manageable(id, expectedVersion);
        Optional<String> previous = contest.replaceCover(stored == null ? null : stored.key(),
                stored == null ? null : stored.mediaType(), clock.instant());
        return new CoverChange(dtos.editState(contests.saveAndFlush(contest)), previous);
    }

    private record CoverChange(ContestEditState state, Optional<String> previousKey) {
    }

    // ----- visitors ---------------------------------------------------------------------------------------------

    /** A published or archived contest's page; a draft only for its owner and administrators (as a preview). */
    @PermitAll
    @Transactional(readOnly = true)
    public ContestPage page(String slug) {
        return dtos.page(access.visible(slug));
    }

    /**
     * A contest by id for other modules (dataset, team, …): published and archived contests for anyone, drafts only
     * for their owner and administrators, like {@link #page(String)}. Not found is an answer the caller may handle
     * inside its own transaction (a catalog leaves a hidden contest unnamed), so it does not mark that for rollback.
     */
    @PermitAll
    @Transactional(readOnly = true, noRollbackFor = NotFoundException.class)
    public ContestPage page(long id) {
        return dtos.page(access.visible(id));
    }

    /** The recorded changes of a visible contest's timeline, newest first. */
    @PermitAll
    @Transactional(readOnly = true)
    public List<TimelineChange> timelineChanges(long id) {
        Contest contest = access.visible(id);
        return timelineChanges.of(contest.getId());
    }

    /** Whether the caller organises this contest (its owner) or is an administrator; false for unknown ids. */
    @PermitAll
    @Transactional(readOnly = true)
    public boolean canManage(long id) {
        return contests.findById(id).filter(access::mayManage).isPresent();
    }

    /**
     * The home page lists, classified with the application clock: a contest is past once its competition is over
     * (only incubation may still run) or it is archived.
     */
    @PermitAll
    @Transactional(readOnly = true)
    public PublicContests publicContests() {
        Instant now = clock.instant();
        List<ContestSummary> published = contests
                .findByStatus(ContestStatus.PUBLISHED, PageRequest.of(0, CURRENT_LIMIT, RECENT_FIRST)).stream()
                .map(dtos::summary).toList();
        List<ContestSummary> archived = contests
                .findByStatus(ContestStatus.ARCHIVED, PageRequest.of(0, PAST_LIMIT, RECENT_FIRST)).stream()
                .map(dtos::summary).toList();
        List<ContestSummary> current = published.stream()
                .filter(contest -> !contest.timeline().isCompetitionOver(now))
                .sorted(Comparator.comparing((ContestSummary contest) -> contest.timeline().openAt(now).isEmpty())
                        .thenComparing(contest -> contest.timeline().nextDeadline(now).map(Deadline::at)
                                .orElse(Instant.MAX)))
                .toList();
        List<ContestSummary> past = Stream.concat(
                        published.stream().filter(contest -> contest.timeline().isCompetitionOver(now)),
                        archived.stream())
                .sorted(Comparator.comparing((ContestSummary contest) -> contest.timeline().end().orElse(Instant.MIN))
                        .reversed())
                .limit(PAST_LIMIT)
                .toList();
        return new PublicContests(current, past);
    }

    /** A short-lived link to the cover image of a contest the caller may see. */
    @PermitAll
    @Transactional(readOnly = true)
    public URI coverLink(String slug) {
        Contest contest = access.visible(slug);
        if (contest.getCoverKey() == null) {
            throw new NotFoundException();
        }
        return covers.link(contest.getCoverKey(), contest.getSlug(), contest.getCoverMediaType());
    }

    /** The timeline as iCalendar text, for published and archived contests only (never for drafts). */
    @PermitAll
    @Transactional(readOnly = true)
    public String timelineCalendar(String slug, Locale locale) {
        Contest contest = contests.findBySlug(slug).filter(c -> c.getStatus().isPublic())
                .orElseThrow(NotFoundException::new);
        return calendar.build(dtos.page(contest), locale, clock.instant());
    }

    /**
     * One event of a contest the caller may see as an iCalendar file (a team's pitch slot), written by the same
     * calendar code as the timeline feed; the module that knows the window decides who gets it.
     */
    @PermitAll
    @Transactional(readOnly = true)
    public String invitation(long contestId, CalendarWindow window, Locale locale) {
        return calendar.invitation(page(contestId), window, locale, clock.instant());
    }

    // ----- rules ------------------------------------------------------------------------------------------------

    private String chooseSlug(String requested, String englishTitle, Long contestId) {
        if (requested != null && !requested.isBlank()) {
            boolean taken = contestId == null ? contests.existsBySlug(requested)
                    : contests.existsBySlugAndIdNot(requested, contestId);
            if (taken) {
                throw new UserFacingException("contest.error.slugTaken", requested);
            }
            return requested;
        }
        return Slugs.firstFree(Slugs.fromTitle(englishTitle), contests::existsBySlug);
    }
}
