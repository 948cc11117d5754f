package org.opencontest.integrity;

import java.util.List;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A {@link StoredObjectSource} over the owning module's own query, which selects the columns {@code object_key},
 * {@code size_bytes} and {@code sha256} (the last two may be NULL) from its tables. The query text is the module's;
 * this class only pages through it and looks single keys up.
 */
public final class SqlObjectSource implements StoredObjectSource {

    private final String name;
    private final Pattern ownedKeys;
    private final JdbcClient jdbc;
    private final String select;

    private SqlObjectSource(String name, Pattern ownedKeys, JdbcClient jdbc, String select) {
        this.name = name;
        this.ownedKeys = ownedKeys;
        this.jdbc = jdbc;
        this.select = select;
    }

    /**
     * @param ownedKeys a regular expression matching the whole key of every object the module stores
     * @param select    the module's query naming its objects (see the class comment)
     */
    public static SqlObjectSource of(String name, String ownedKeys, JdbcClient jdbc, String select) {
        return new SqlObjectSource(name, Pattern.compile(ownedKeys), jdbc, select);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public boolean owns(String key) {
        return ownedKeys.matcher(key).matches();
    }

    @Override
    public boolean references(String key) {
        return jdbc.sql("SELECT COUNT(*) FROM (" + select + ") o WHERE o.object_key = ?")
                .param(key).query(Long.class).single() > 0;
    }

    @Override
    public List<ExpectedObject> after(String afterKey, int limit) {
        return jdbc.sql("SELECT DISTINCT o.object_key, o.size_bytes, o.sha256 FROM (" + select + ") o"
                        + " WHERE o.object_key > ? ORDER BY o.object_key LIMIT ?")
                .param(afterKey).param(limit)
                .query((row, number) -> new ExpectedObject(row.getString(1), row.getObject(2, Long.class),
                        row.getString(3)))
                .list();
    }
}
