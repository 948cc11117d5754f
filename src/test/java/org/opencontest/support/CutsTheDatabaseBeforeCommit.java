package org.opencontest.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.opencontest.submission.VersionSubmitted;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Test-only, in {@link OutageTest}'s application: a listener inside the submit transaction, called when it is about
 * to commit ({@code BEFORE_COMMIT} of {@link VersionSubmitted}): the files are in the object store, the version row
 * is flushed, the receipt is signed; the event publication and the package's update wait for the commit's flush. It
 * does something only for the team a test arms it with.
 */
public final class CutsTheDatabaseBeforeCommit {

    private final List<String> keys = new CopyOnWriteArrayList<>();
    private volatile Long team;
    private volatile Runnable cut;

    @TestConfiguration(proxyBeanMethods = false)
    static class Config {

        @Bean
        CutsTheDatabaseBeforeCommit cutsTheDatabaseBeforeCommit() {
            return new CutsTheDatabaseBeforeCommit();
        }
    }

    /** The next submit of {@code teamId} runs {@code cutTheDatabase} just before it commits. */
    public void arm(long teamId, Runnable cutTheDatabase) {
        keys.clear();
        cut = cutTheDatabase;
        team = teamId;
    }

    public boolean fired() {
        return team == null && !keys.isEmpty();
    }

    /** The object keys of the version whose commit was cut, as the submit transaction had them. */
    public List<String> keysOfTheCutVersion() {
        return List.copyOf(keys);
    }

    public void disarm() {
        team = null;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void aboutToCommit(VersionSubmitted version) {
        Long armed = team;
        if (armed != null && armed == version.teamId()) {
            team = null;
            version.files().forEach(file -> keys.add(file.objectKey()));
            cut.run();
        }
    }
}
