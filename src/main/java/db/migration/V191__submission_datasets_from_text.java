package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Turns the free-text "datasets used" of packages and versions (one per line, as the form asked) into the relation
 * of V190: a line that names one of the contest's datasets by its English or Chinese title or its slug (ignoring
 * case and surrounding blanks) becomes a row; every other line stays in {@code other_data}, in its order. Portable
 * JDBC, so it runs on H2 and PostgreSQL alike.
 */
public class V191__submission_datasets_from_text extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        Map<Long, Map<String, Long>> datasetsByContest = datasetsByContest(connection);
        move(connection, datasetsByContest, "submission_package", "submission_package_dataset", "package_id");
        move(connection, datasetsByContest, "submission_version", "submission_version_dataset", "version_id");
    }

    /** Per contest: each dataset's lower-cased titles and slug, to its id. */
    private static Map<Long, Map<String, Long>> datasetsByContest(Connection connection) throws SQLException {
        Map<Long, Map<String, Long>> names = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT dc.contest_id, d.id, d.slug, d.title_en, d.title_zh
                FROM dataset d JOIN dataset_contest dc ON dc.dataset_id = d.id ORDER BY d.id""");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                Map<String, Long> contest = names.computeIfAbsent(rows.getLong(1), id -> new HashMap<>());
                long datasetId = rows.getLong(2);
                for (int column = 3; column <= 5; column++) {
                    String name = key(rows.getString(column));
                    if (!name.isEmpty()) {
                        contest.putIfAbsent(name, datasetId);
                    }
                }
            }
        }
        return names;
    }

    private static void move(Connection connection, Map<Long, Map<String, Long>> datasetsByContest, String table,
                             String relation, String ownerColumn) throws SQLException {
        List<Object[]> changes = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id, contest_id, other_data FROM " + table + " WHERE other_data IS NOT NULL");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                Map<String, Long> known = datasetsByContest.getOrDefault(rows.getLong(2), Map.of());
                Set<Long> matched = new LinkedHashSet<>();
                List<String> rest = new ArrayList<>();
                for (String line : rows.getString(3).split("\\R")) {
                    Long datasetId = known.get(key(line));
                    if (datasetId != null) {
                        matched.add(datasetId);
                    } else if (!line.isBlank()) {
                        rest.add(line.strip());
                    }
                }
                if (!matched.isEmpty()) {
                    changes.add(new Object[] {rows.getLong(1), matched, rest.isEmpty() ? null : String.join("\n", rest)});
                }
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO " + relation + " (" + ownerColumn + ", dataset_id) VALUES (?, ?)");
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE " + table + " SET other_data = ? WHERE id = ?")) {
            for (Object[] change : changes) {
                long id = (Long) change[0];
                @SuppressWarnings("unchecked")
                Set<Long> matched = (Set<Long>) change[1];
                for (long datasetId : matched) {
                    insert.setLong(1, id);
                    insert.setLong(2, datasetId);
                    insert.addBatch();
                }
                update.setString(1, (String) change[2]);
                update.setLong(2, id);
                update.addBatch();
            }
            insert.executeBatch();
            update.executeBatch();
        }
    }

    private static String key(String name) {
        return name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    }
}
