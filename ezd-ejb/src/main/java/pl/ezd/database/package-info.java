/**
 * The EZD database schema: Flyway migrations ({@code db/migration}) run while Hibernate builds the
 * persistence unit, before it validates the mapping, on H2 and on PostgreSQL alike.
 *
 * <p>Guarantees of the regulation of 30 Oct 2006 §6 (content and metadata intact, changes only
 * through documented procedures) start here: the schema changes only by versioned migrations.
 */
package pl.ezd.database;
