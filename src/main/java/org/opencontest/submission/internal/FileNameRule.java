package org.opencontest.submission.internal;

import org.opencontest.shared.error.UserFacingException;
import org.opencontest.shared.text.FileNames;

/**
 * The name a submitted file is listed under: the last segment of the name the browser sent (the storage module has
 * already removed control and direction-override characters and shortened it), so "../../etc/passwd" is listed as
 * "passwd". Names are only ever labels: object keys are generated.
 */
public final class FileNameRule {

    private FileNameRule() {
    }

    public static String displayName(String cleanedName) {
        String name = FileNames.baseName(cleanedName);
        if (FileNames.isBlank(name)) {
            throw new UserFacingException("submission.error.fileName");
        }
        return name;
    }
}
