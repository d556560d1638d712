/**
 * Organisations served by the installation (tenants: gmina, powiat, województwo office,
 * subordinate units), their organisational units (komórki, with validity periods and a tree),
 * employees, posts (stanowiska) and the roles attached to posts, login accounts, substitutions
 * (zastępstwa), and who the caller is.
 *
 * <p>Every row of the EZD belongs to exactly one organisation and nothing of one organisation
 * is visible to another's staff (instrukcja kancelaryjna, PRM of 18 Jan 2011, Dz.U. 2011 nr 14
 * poz. 67; regulation of 30 Oct 2006 §6 on access control). The caller's organisation is part
 * of who they are: {@link pl.ezd.organization.boundary.Caller} gives it to every query.
 * Regional administrators set up organisations
 * ({@link pl.ezd.organization.boundary.OrganizationAdministration}) but read none of their
 * records; an organisation's administrator manages its own units, posts, people and
 * substitutions ({@link pl.ezd.organization.boundary.StaffAdministration},
 * {@link pl.ezd.organization.boundary.Substitutions}). A unit's symbol is unique among the units
 * valid in the same year because the znak sprawy ({@code UNIT.JRWA.NUMBER.YEAR}) names the unit
 * by symbol and year.
 */
package pl.ezd.organization;
