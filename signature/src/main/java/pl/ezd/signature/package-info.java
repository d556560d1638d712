/**
 * Electronic signatures of the office and of the documents it receives.
 *
 * <p>Signs what the office sends (XAdES with xades4j, PAdES for PDFs) and validates what it
 * receives (with the EU Commission's DSS). Legal basis: eIDAS (Regulation (EU) No 910/2014)
 * and the Polish act on trust services; a qualified signature of the final approver is required
 * on documents sent electronically outside the office.
 */
package pl.ezd.signature;
