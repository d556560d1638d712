package pl.ezd.audit.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import pl.ezd.audit.entity.AuditChain;

/**
 * Makes the audit trail tamper-evident: adds the chain columns and the chain heads, and chains
 * the entries already recorded (per organisation, in the order they were written) with the same
 * hash the application uses, so no earlier entry stays outside the chain.
 */
public class AuditChainMigration implements JavaMigration {

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("6");
    }

    @Override
    public String getDescription() {
        return "audit hash chain";
    }

    @Override
    public Integer getChecksum() {
        return 6_001;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        try (Statement ddl = c.createStatement()) {
            ddl.execute("alter table audit_entry add column seq bigint");
            ddl.execute("alter table audit_entry add column previous_hash varchar(64)");
            ddl.execute("alter table audit_entry add column entry_hash varchar(64)");
            ddl.execute("""
                    create table audit_chain_head (
                        organization_id  bigint      not null primary key,
                        last_seq         bigint      not null,
                        last_hash        varchar(64) not null
                    )""");
        }
        chainExistingEntries(c);
        try (Statement ddl = c.createStatement()) {
            ddl.execute("alter table audit_entry alter column seq set not null");
            ddl.execute("alter table audit_entry alter column previous_hash set not null");
            ddl.execute("alter table audit_entry alter column entry_hash set not null");
            ddl.execute("create unique index audit_entry_chain_uk on audit_entry (organization_id, seq)");
        }
    }

    private static void chainExistingEntries(Connection c) throws Exception {
        long organization = -1;
        long seq = 0;
        String previous = AuditChain.GENESIS;
        try (Statement select = c.createStatement();
             ResultSet rows = select.executeQuery("""
                     select id, organization_id, occurred_at, actor, action, subject_type, subject_id, detail
                     from audit_entry order by organization_id, occurred_at, id""");
             PreparedStatement update = c.prepareStatement(
                     "update audit_entry set occurred_at = ?, seq = ?, previous_hash = ?, entry_hash = ? where id = ?");
             PreparedStatement head = c.prepareStatement(
                     "insert into audit_chain_head (organization_id, last_seq, last_hash) values (?, ?, ?)")) {
            while (rows.next()) {
                long org = rows.getLong(2);
                if (org != organization) {
                    if (organization != -1) {
                        insertHead(head, organization, seq, previous);
                    }
                    organization = org;
                    seq = 0;
                    previous = AuditChain.GENESIS;
                }
                Instant occurredAt = rows.getObject(3, OffsetDateTime.class).toInstant().truncatedTo(ChronoUnit.MICROS);
                seq++;
                String hash = AuditChain.hash(previous, seq, org, occurredAt, rows.getString(4), rows.getString(5),
                        rows.getString(6), rows.getString(7), rows.getString(8));
                update.setObject(1, occurredAt.atOffset(java.time.ZoneOffset.UTC));
                update.setLong(2, seq);
                update.setString(3, previous);
                update.setString(4, hash);
                update.setLong(5, rows.getLong(1));
                update.executeUpdate();
                previous = hash;
            }
            if (organization != -1) {
                insertHead(head, organization, seq, previous);
            }
        }
    }

    private static void insertHead(PreparedStatement head, long organization, long seq, String hash) throws Exception {
        head.setLong(1, organization);
        head.setLong(2, seq);
        head.setString(3, hash);
        head.executeUpdate();
    }
}
