package org.endorse.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.LongFunction;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.sql.DataSource;

/**
 * Open proposals in bulk, as copies of one real template: a nomination submitted through the API and waiting for
 * the secretariat's check. Through the services, 100,000 would take hours; copied with JDBC batches (a transaction
 * per thousand copies) they take a minute or two.
 *
 * <p>A copy has the template's rows in Endorse's tables (the proposal, its nomination, its timeline and its
 * notifications) and in the engine's runtime tables (the executions of its processes, the check task, its
 * candidate group, the variables, and whatever else refers to them), with each of the template's own ids replaced
 * by one of the copy's: its reference, the ids of those engine rows and of their activity instances, and the message
 * ids of its mails. Its moments are the template's, moved back a minute per copy. Nothing else changes, so a copy
 * reads like any proposal waiting for its check. The engine's history is not copied: no list reads it.
 */
final class OpenProposalCopies {

    /** The engine's runtime tables, each before those that refer to it. */
    private static final List<String> ENGINE_TABLES = List.of("ACT_GE_BYTEARRAY", "ACT_RU_EXECUTION",
            "ACT_RU_TASK", "ACT_RU_IDENTITYLINK", "ACT_RU_VARIABLE", "ACT_RU_EVENT_SUBSCR", "ACT_RU_JOB",
            "ACT_RU_EXT_TASK", "ACT_RU_INCIDENT", "ACT_RU_AUTHORIZATION");

    /** The copies' numeric ids start here, far above what the identity columns hand out meanwhile. */
    private static final long FIRST_COPY_ID = 1_000_000_000L;
    private static final int COPIES_PER_TRANSACTION = 1000;
    private static final Pattern UUID = Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private final DataSource dataSource;
    private final OwnIds ownIds;
    private final List<TableTemplate> tables;
    private long copied;

    private OpenProposalCopies(DataSource dataSource, OwnIds ownIds, List<TableTemplate> tables) {
        this.dataSource = dataSource;
        this.ownIds = ownIds;
        this.tables = tables;
    }

    /** Reads the template's rows, the proposal with this reference and the engine's rows of its processes. */
    static OpenProposalCopies of(DataSource dataSource, String reference) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            List<Rows> domain = domainRows(connection, reference);
            List<Rows> engine = engineRows(connection, reference);
            Set<String> ids = new LinkedHashSet<>();
            ids.add(reference);
            for (Rows rows : engine) {
                ids.addAll(rows.ids());
                ids.addAll(rows.uuidsIn(column -> column.endsWith("ACT_INST_ID_")));
            }
            domain.stream().filter(rows -> rows.table().equals("notification"))
                    .forEach(rows -> ids.addAll(rows.uuidsIn(column -> column.equals("MESSAGE_ID"))));
            OwnIds ownIds = new OwnIds(List.copyOf(ids));
            List<TableTemplate> tables = new ArrayList<>();
            for (Rows rows : domain) {
                tables.add(TableTemplate.of(rows, ownIds));
            }
            for (Rows rows : engine) {
                tables.add(TableTemplate.of(rows.parentsFirst(), ownIds));
            }
            return new OpenProposalCopies(dataSource, ownIds, tables);
        }
    }

    /** How many rows of each table one copy writes, such as {@code ACT_RU_TASK=1}. */
    Map<String, Integer> rowsPerCopy() {
        return tables.stream().collect(Collectors.toMap(TableTemplate::table, table -> table.rows().size(),
                (a, b) -> a, LinkedHashMap::new));
    }

    int rowsPerCopy(String table) {
        return rowsPerCopy().getOrDefault(table, 0);
    }

    /** The reference of the copy written last. */
    String lastReference() {
        return ownIds.inCopy(0, copied);
    }

    /**
     * Writes this many more copies, each numbered after those written before, then has the database update its
     * statistics, so that it plans for the tables' new size. PostgreSQL's autovacuum would soon vacuum and analyze
     * tables grown so much; vacuumed, a count reads an index alone.
     */
    void add(int count) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            for (int done = 0; done < count; done += COPIES_PER_TRANSACTION) {
                long first = copied + done + 1;
                long last = copied + Math.min(count, done + COPIES_PER_TRANSACTION);
                for (TableTemplate table : tables) {
                    table.insert(connection, first, last);
                }
                connection.commit();
            }
            copied += count;
            connection.setAutoCommit(true);
            try (Statement statistics = connection.createStatement()) {
                statistics.execute(connection.getMetaData().getDatabaseProductName().equals("PostgreSQL")
                        ? "vacuum analyze" : "analyze");
            }
        }
    }

    private static List<Rows> domainRows(Connection connection, String reference) throws SQLException {
        Rows proposal = Rows.read(connection, "proposal", "reference = ?", reference);
        if (proposal.rows().size() != 1) {
            throw new IllegalStateException("No proposal " + reference + " to copy");
        }
        Object proposalId = proposal.value(0, "id");
        return List.of(proposal, Rows.read(connection, "nomination", "proposal_id = ?", proposalId),
                Rows.read(connection, "proposal_event", "proposal_id = ?", proposalId),
                Rows.read(connection, "notification", "proposal_reference = ?", reference));
    }

    /**
     * The engine's runtime rows of the template: its process instances (those carrying its reference as business
     * key, and the trees they root), every row that refers to one of those rows, and every row they refer to,
     * followed until nothing more is found.
     */
    private static List<Rows> engineRows(Connection connection, String reference) throws SQLException {
        Map<String, Rows> all = new LinkedHashMap<>();
        for (String table : ENGINE_TABLES) {
            all.put(table, table.equals("ACT_GE_BYTEARRAY")
                    ? Rows.read(connection, table, "DEPLOYMENT_ID_ is null")
                    : Rows.read(connection, table, "1 = 1"));
        }
        Rows executions = all.get("ACT_RU_EXECUTION");
        Set<String> ids = new HashSet<>();
        for (int row = 0; row < executions.rows().size(); row++) {
            if (reference.equals(executions.value(row, "BUSINESS_KEY_"))) {
                ids.add((String) executions.value(row, "ROOT_PROC_INST_ID_"));
            }
        }
        if (ids.isEmpty()) {
            throw new IllegalStateException("No process of " + reference + " is running");
        }
        Map<String, Set<Integer>> captured = new LinkedHashMap<>();
        Set<String> referenced = new HashSet<>();
        boolean found = true;
        while (found) {
            found = false;
            for (Rows rows : all.values()) {
                Set<Integer> ofTable = captured.computeIfAbsent(rows.table(), table -> new LinkedHashSet<>());
                for (int row = 0; row < rows.rows().size(); row++) {
                    String id = (String) rows.value(row, "ID_");
                    if (!ofTable.contains(row) && (ids.contains(id) || referenced.contains(id)
                            || rows.texts(row).stream().anyMatch(ids::contains))) {
                        ofTable.add(row);
                        ids.add(id);
                        referenced.addAll(rows.texts(row));
                        found = true;
                    }
                }
            }
        }
        return all.values().stream().map(rows -> rows.only(captured.get(rows.table()))).toList();
    }

    /** Rows of one table as JDBC reads them, with their columns' names and types. */
    private record Rows(String table, List<String> columns, List<Integer> types, List<Object[]> rows) {

        static Rows read(Connection connection, String table, String where, Object... parameters)
                throws SQLException {
            try (PreparedStatement select = connection.prepareStatement("select * from " + table + " where " + where)) {
                for (int i = 0; i < parameters.length; i++) {
                    select.setObject(i + 1, parameters[i]);
                }
                try (ResultSet result = select.executeQuery()) {
                    ResultSetMetaData metadata = result.getMetaData();
                    List<String> columns = new ArrayList<>();
                    List<Integer> types = new ArrayList<>();
                    for (int column = 1; column <= metadata.getColumnCount(); column++) {
                        columns.add(metadata.getColumnName(column));
                        types.add(metadata.getColumnType(column));
                    }
                    List<Object[]> rows = new ArrayList<>();
                    while (result.next()) {
                        Object[] row = new Object[columns.size()];
                        for (int column = 0; column < row.length; column++) {
                            row[column] = value(result, column + 1, types.get(column));
                        }
                        rows.add(row);
                    }
                    return new Rows(table, columns, types, rows);
                }
            }
        }

        /** Binary and large text values as bytes and strings, which every driver writes back as they were. */
        private static Object value(ResultSet result, int column, int type) throws SQLException {
            return switch (type) {
                case Types.BLOB, Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY -> result.getBytes(column);
                case Types.CLOB, Types.NCLOB -> result.getString(column);
                default -> result.getObject(column);
            };
        }

        int column(String name) {
            for (int column = 0; column < columns.size(); column++) {
                if (columns.get(column).equalsIgnoreCase(name)) {
                    return column;
                }
            }
            throw new IllegalArgumentException(table + " has no column " + name);
        }

        Object value(int row, String column) {
            return rows.get(row)[column(column)];
        }

        List<String> texts(int row) {
            List<String> texts = new ArrayList<>();
            for (Object value : rows.get(row)) {
                if (value instanceof String text) {
                    texts.add(text);
                }
            }
            return texts;
        }

        List<String> ids() {
            List<String> ids = new ArrayList<>();
            for (int row = 0; row < rows.size(); row++) {
                ids.add((String) value(row, "ID_"));
            }
            return ids;
        }

        /** The UUIDs within the values of the columns whose upper-case names match. */
        List<String> uuidsIn(Predicate<String> columnName) {
            List<String> uuids = new ArrayList<>();
            for (int column = 0; column < columns.size(); column++) {
                if (columnName.test(columns.get(column).toUpperCase(Locale.ROOT))) {
                    for (Object[] row : rows) {
                        Matcher uuid = UUID.matcher(String.valueOf(row[column]));
                        while (uuid.find()) {
                            uuids.add(uuid.group());
                        }
                    }
                }
            }
            return uuids;
        }

        Rows only(Collection<Integer> selected) {
            return new Rows(table, columns, types, selected.stream().map(rows::get).toList());
        }

        /** The rows ordered so that each comes after the rows of this table it refers to (a parent execution). */
        Rows parentsFirst() {
            List<Object[]> ordered = new ArrayList<>();
            Set<String> placed = new HashSet<>();
            Set<String> ids = new HashSet<>(ids());
            List<Integer> waiting = new ArrayList<>();
            for (int row = 0; row < rows.size(); row++) {
                waiting.add(row);
            }
            while (!waiting.isEmpty()) {
                int before = waiting.size();
                waiting.removeIf(row -> {
                    String id = (String) value(row, "ID_");
                    boolean ready = texts(row).stream().allMatch(text -> text.equals(id) || !ids.contains(text)
                            || placed.contains(text));
                    if (ready) {
                        ordered.add(rows.get(row));
                        placed.add(id);
                    }
                    return ready;
                });
                if (waiting.size() == before) {
                    throw new IllegalStateException(table + " rows refer to each other in a circle");
                }
            }
            return new Rows(table, columns, types, ordered);
        }
    }

    /** A table's template rows, each value as a function of the copy's number. */
    private record TableTemplate(String table, List<String> columns, List<Integer> types,
            List<List<LongFunction<Object>>> rows) {

        static TableTemplate of(Rows template, OwnIds ownIds) {
            List<List<LongFunction<Object>>> rows = new ArrayList<>();
            int rowsPerCopy = template.rows().size();
            for (int row = 0; row < rowsPerCopy; row++) {
                List<LongFunction<Object>> values = new ArrayList<>();
                for (int column = 0; column < template.columns().size(); column++) {
                    values.add(valueOfCopy(template, row, column, ownIds));
                }
                rows.add(values);
            }
            return new TableTemplate(template.table(), template.columns(), template.types(), rows);
        }

        /**
         * Endorse's numeric keys get a copy's own (its proposal's id, or a row id of its own), text holding one of
         * the template's own ids gets the copy's instead, anything else is kept.
         */
        private static LongFunction<Object> valueOfCopy(Rows template, int row, int column, OwnIds ownIds) {
            Object value = template.rows().get(row)[column];
            String name = template.columns().get(column).toLowerCase(Locale.ROOT);
            boolean engine = template.table().startsWith("ACT_");
            if (!engine && (name.equals("proposal_id") || (name.equals("id") && template.table().equals("proposal")))) {
                return copy -> FIRST_COPY_ID + copy;
            }
            if (!engine && name.equals("id")) {
                int rowsPerCopy = template.rows().size();
                return copy -> FIRST_COPY_ID + copy * rowsPerCopy + row;
            }
            if (value instanceof String text) {
                return Text.of(text, ownIds);
            }
            if (value instanceof Timestamp || value instanceof OffsetDateTime) {
                return copy -> earlier(value, copy);
            }
            return copy -> value;
        }

        /**
         * A copy's moments lie a minute before the previous copy's: lists sort by them, and a hundred thousand rows
         * of one moment would make the database sort them all to page by their ids.
         */
        private static Object earlier(Object moment, long copy) {
            return moment instanceof Timestamp timestamp
                    ? Timestamp.from(timestamp.toInstant().minus(copy, ChronoUnit.MINUTES))
                    : ((OffsetDateTime) moment).minusMinutes(copy);
        }

        void insert(Connection connection, long firstCopy, long lastCopy) throws SQLException {
            if (rows.isEmpty()) {
                return;
            }
            String sql = "insert into " + table + " (" + columns.stream().map(column -> '"' + column + '"')
                    .collect(Collectors.joining(", ")) + ") values (" + columns.stream().map(column -> "?")
                    .collect(Collectors.joining(", ")) + ")";
            try (PreparedStatement insert = connection.prepareStatement(sql)) {
                for (long copy = firstCopy; copy <= lastCopy; copy++) {
                    for (List<LongFunction<Object>> row : rows) {
                        for (int column = 0; column < columns.size(); column++) {
                            Object value = row.get(column).apply(copy);
                            if (value == null) {
                                insert.setNull(column + 1, types.get(column));
                            } else if (value instanceof byte[] bytes) {
                                insert.setBytes(column + 1, bytes);
                            } else {
                                insert.setObject(column + 1, value);
                            }
                        }
                        insert.addBatch();
                    }
                }
                insert.executeBatch();
            }
        }
    }

    /**
     * The template's own ids, its reference first; a copy has its reference followed by its number
     * ({@code NOM-2026-0042-S17}) and a seed id for each of the others ({@code seed-17-3}).
     */
    private record OwnIds(List<String> values) {

        String inCopy(int id, long copy) {
            return id == 0 ? values.get(0) + "-S" + copy : "seed-" + copy + "-" + id;
        }
    }

    /** A text of the template cut around the template's own ids it holds, which a copy fills with its own. */
    private record Text(List<String> literals, List<Integer> ids, OwnIds ownIds) implements LongFunction<Object> {

        static LongFunction<Object> of(String text, OwnIds ownIds) {
            List<String> literals = new ArrayList<>();
            List<Integer> ids = new ArrayList<>();
            int from = 0;
            while (true) {
                int next = -1;
                int id = -1;
                for (int i = 0; i < ownIds.values().size(); i++) {
                    int at = text.indexOf(ownIds.values().get(i), from);
                    if (at >= 0 && (next < 0 || at < next)) {
                        next = at;
                        id = i;
                    }
                }
                if (next < 0) {
                    break;
                }
                literals.add(text.substring(from, next));
                ids.add(id);
                from = next + ownIds.values().get(id).length();
            }
            if (ids.isEmpty()) {
                return copy -> text;
            }
            literals.add(text.substring(from));
            return new Text(literals, ids, ownIds);
        }

        @Override
        public Object apply(long copy) {
            StringBuilder text = new StringBuilder(literals.get(0));
            for (int i = 0; i < ids.size(); i++) {
                text.append(ownIds.inCopy(ids.get(i), copy)).append(literals.get(i + 1));
            }
            return text.toString();
        }
    }
}
