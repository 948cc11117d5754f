package org.opencontest.shared.api;

import java.util.List;

/**
 * API paths (Ant patterns under {@code /api/v1}) that a module answers for anonymous callers too, with {@code GET}
 * only: the JSON twin of a page that visitors may read. A module declares them as a bean; the API chain permits them
 * without a token, and a token that is sent is still checked. The module's service decides what an anonymous caller
 * sees, exactly as for its page.
 */
public interface PublicApiReads {

    List<String> paths();
}
