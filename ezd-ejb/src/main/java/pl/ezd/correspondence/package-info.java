/**
 * Correspondence: incoming items registered by the registry office in the incoming register
 * (RPW), numbered per organisation and calendar year, and (later) outgoing items.
 *
 * <p>Legal basis: instrukcja kancelaryjna (PRM of 18 Jan 2011, Dz.U. 2011 nr 14 poz. 67),
 * registration of incoming items and the RPW; every item gets a system identifier unique in the
 * organisation's register, shown as {@code RPW/123/2026}.
 */
package pl.ezd.correspondence;
