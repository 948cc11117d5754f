package org.opencontest.submission.internal;

import org.opencontest.shared.error.UserFacingException;

/**
 * The name a submitted file is listed under: the last segment of the name the browser sent (the storage module has
 * already removed control and direction-override characters and shortened it), so "../../etc/passwd" is listed as
 * "passwd". Names are only ever labels: object keys are generated.
 */
public final class FileNameRule {

    private FileNameRule() {
    }

    public static String displayName(String cleanedName) {
        String name = cleanedName == null ? "" : cleanedName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
        if (name.isEmpty() || name.chars().allMatch(c -> c == '.')) {
            throw new UserFacingException("submission.error.fileName");
        }
        return name;
    }
}
