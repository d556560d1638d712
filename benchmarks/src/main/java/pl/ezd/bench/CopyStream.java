package pl.ezd.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * One table filled by {@code COPY ... FROM STDIN} (text format) on its own connection, so that many
 * tables can be written in one pass over the generated data. Foreign-key triggers are off for the
 * session ({@code session_replication_role = replica}): the generator writes consistent ids, and
 * the unique indexes rebuilt after the load check what matters.
 */
final class CopyStream implements AutoCloseable {

    private final Connection connection;
    private final PGCopyOutputStream out;
    private final BufferedWriter writer;
    private final StringBuilder line = new StringBuilder(512);
    private long rows;

    CopyStream(Connection connection, String table, String columns) throws SQLException {
        this.connection = connection;
        try (var statement = connection.createStatement()) {
            statement.execute("set session_replication_role = replica");
        }
        this.out = new PGCopyOutputStream(connection.unwrap(PGConnection.class), "copy " + table + " (" + columns + ") from stdin", 1 << 20);
        this.writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 20);
    }

    /** One row; {@code null} is SQL NULL, everything else is written with {@code toString()}. */
    void row(Object... values) {
        line.setLength(0);
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                line.append('\t');
            }
            Object value = values[i];
            if (value == null) {
                line.append("\\N");
            } else {
                escape(value.toString());
            }
        }
        line.append('\n');
        try {
            writer.append(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        rows++;
    }

    private void escape(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> line.append("\\\\");
                case '\t' -> line.append("\\t");
                case '\n' -> line.append("\\n");
                case '\r' -> line.append("\\r");
                default -> line.append(c);
            }
        }
    }

    long rows() {
        return rows;
    }

    @Override
    public void close() throws Exception {
        writer.flush();
        out.endCopy();
        try (var statement = connection.createStatement()) {
            statement.execute("set session_replication_role = origin");
        }
        connection.close();
    }
}
