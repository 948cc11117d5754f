package org.opencontest.incubation;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

import org.opencontest.shared.i18n.LocalizedText;

/**
 * Port for the partnering module: the incubated projects whose teams opted in to be shown to partners, paged and
 * filtered in the database, and which of them the caller's team runs. It never hands out a team's contact details.
 */
public interface ShowcaseProjects {

    /** Blank or null parts do not filter; {@code theme} matches either language, {@code city} ignores case. */
    record Filter(String theme, Stage stage, String city) implements Serializable {

        public static final Filter ALL = new Filter(null, null, null);
    }

    /**
     * A listed project as partners see it.
     *
     * @param kpis the latest verified figures, or null when the team keeps them private or has none
     */
    record Entry(long projectId, long contestId, long teamId, LocalizedText title, String teamName,
                 LocalizedText theme, String city, Stage stage, String summary, String datasets, Kpis kpis)
            implements Serializable {
    }

    /** A page of listed projects, most recently updated first (PARTNER, INCUBATOR, ORGANISER, ADMIN). */
    List<Entry> page(Filter filter, int offset, int limit);

    long count(Filter filter);

    /** The cities listed projects name, for the filter. */
    List<String> cities();

    /** The listed project, if it is listed. */
    Optional<Entry> listed(long projectId);

    /** The listed projects among these ids, in one query. */
    List<Entry> listed(java.util.Collection<Long> projectIds);

    /** The ids of the projects run by the caller's teams (any consent); empty for callers who are not participants. */
    List<Long> myProjectIds();
}
