/**
 * Organisations served by the installation (tenants: gmina, powiat, województwo office,
 * subordinate units), their organisational units, employees, posts and the roles attached to
 * posts, and who the caller is.
 *
 * <p>Every row of the EZD belongs to exactly one organisation and nothing of one organisation
 * is visible to another's staff (instrukcja kancelaryjna, PRM of 18 Jan 2011, Dz.U. 2011 nr 14
 * poz. 67; regulation of 30 Oct 2006 §6 on access control). The caller's organisation is part
 * of who they are: {@link pl.ezd.organization.boundary.Caller} gives it to every query.
 */
package pl.ezd.organization;
