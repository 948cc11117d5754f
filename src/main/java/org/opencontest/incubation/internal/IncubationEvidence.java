package org.opencontest.incubation.internal;

import java.io.InputStream;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;

import jakarta.annotation.security.PermitAll;

import org.opencontest.shared.error.NotFoundException;
import org.opencontest.shared.error.UserFacingException;
import org.opencontest.shared.security.CurrentUser;
import org.opencontest.storage.ObjectStorage;
import org.opencontest.storage.StoredObject;
import org.opencontest.storage.UploadRefusedException;
import org.opencontest.storage.UploadRules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Evidence files for milestones and check-ins. Uploads stream into the object store with no transaction held (the
 * sniffed type is checked on the first bytes, the size while streaming); the row is written afterwards, and a
 * refused or failed upload removes its object. Downloads are short presigned links issued after the access check.
 */
@Service
public class IncubationEvidence {

    public static final long MAX_BYTES = 20L * 1024 * 1024;
    /** Documents, spreadsheets, images and archives: what evidence of a pilot or of revenue usually is. */
    static final Set<String> ACCEPTED_TYPES = Set.of("application/pdf", "image/png", "image/jpeg", "image/webp",
            "text/plain", "text/csv", "application/zip", "application/x-tika-ooxml",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation");
    public static final UploadRules UPLOAD_RULES = UploadRules.ofTypes(MAX_BYTES, ACCEPTED_TYPES);
    private static final Duration LINK_EXPIRY = Duration.ofMinutes(5);
    private static final int MAX_NAME = 200;
    private static final Logger LOG = LoggerFactory.getLogger(IncubationEvidence.class);

    private final EvidenceRepository evidence;
    private final MilestoneRepository milestones;
    private final CheckInRepository checkIns;
    private final ProjectAccess access;
    private final ObjectStorage storage;
    private final Clock clock;
    private final TransactionTemplate transaction;

    IncubationEvidence(EvidenceRepository evidence, MilestoneRepository milestones, CheckInRepository checkIns,
                       ProjectAccess access, ObjectStorage storage, Clock clock,
                       PlatformTransactionManager transactions) {
        this.evidence = evidence;
        this.milestones = milestones;
        this.checkIns = checkIns;
        this.access = access;
        this.storage = storage;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Evidence for a milestone, by its team or incubators. */
    @PermitAll
    public EvidenceView uploadForMilestone(long milestoneId, InputStream content, String fileName) {
        long projectId = transaction.execute(status -> {
            Milestone milestone = milestones.findById(milestoneId).orElseThrow(NotFoundException::new);
            return uploader(milestone.getProjectId()).getId();
        });
        return store(projectId, milestoneId, null, content, fileName);
    }

    /** Evidence for a check-in the team can still edit (save the draft first). */
    @PermitAll
    public EvidenceView uploadForCheckIn(long checkInId, InputStream content, String fileName) {
        long projectId = transaction.execute(status -> {
            CheckIn checkIn = checkIns.findById(checkInId).orElseThrow(NotFoundException::new);
            Project project = access.forTeam(checkIn.getProjectId());
            if (!checkIn.getStatus().editableByTeam()) {
                throw new UserFacingException("incubation.checkIn.error.notEditable");
            }
            return project.getId();
        });
        return store(projectId, null, checkInId, content, fileName);
    }

    /** A five-minute download link, for anyone who may read the project. */
    @PermitAll
    public URI link(long evidenceId) {
        Evidence file = transaction.execute(status -> {
            Evidence found = evidence.findById(evidenceId).orElseThrow(NotFoundException::new);
            access.readable(found.getProjectId());
            return found;
        });
        return storage.presignedGet(file.getObjectKey(), LINK_EXPIRY, file.getName());
    }

    private Project uploader(long projectId) {
        Project project = access.readable(projectId);
        var viewer = access.viewer(project);
        if (!viewer.team() && !viewer.incubator()) {
            throw new NotFoundException();
        }
        return project;
    }

    private EvidenceView store(long projectId, Long milestoneId, Long checkInId, InputStream content,
                               String fileName) {
        String name = displayName(fileName);
        StoredObject stored = put(projectId, content, name);
        try {
            if (stored.size() == 0) {
                throw new UserFacingException("incubation.evidence.error.empty", name);
            }
            return transaction.execute(status -> ProjectDtos.evidence(evidence.save(new Evidence(projectId,
                    milestoneId, checkInId, stored, name, CurrentUser.require().displayName(), clock.instant()))));
        } catch (RuntimeException e) {
            deleteQuietly(stored.key());
            throw e;
        }
    }

    private StoredObject put(long projectId, InputStream content, String name) {
        try {
            return storage.put("incubation/" + projectId + "/evidence", content, name, UPLOAD_RULES);
        } catch (UploadRefusedException refused) {
            throw refused.orForRefusedType(() -> new UserFacingException("incubation.evidence.error.type", name));
        }
    }

    private void deleteQuietly(String key) {
        try {
            storage.delete(key);
        } catch (RuntimeException e) {
            LOG.warn("Could not delete refused evidence object {}; the integrity scrub removes orphans", key, e);
        }
    }

    /** The last path segment of the sent name, without control characters, shortened. */
    static String displayName(String sent) {
        String name = sent == null ? "" : sent.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty()) {
            name = "evidence";
        }
        return name.length() > MAX_NAME ? name.substring(name.length() - MAX_NAME) : name;
    }
}
