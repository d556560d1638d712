/**
 * Classification: the organisation's file plan (JRWA, jednolity rzeczowy wykaz akt) as a
 * versioned catalogue of decimal classes, each final class carrying its archival category
 * (kategoria archiwalna) in the home unit and in other units; import and export in the NDAP
 * {@code WykazAkt} XML format; finding the final class a case is opened in.
 *
 * <p>Legal basis: instrukcja kancelaryjna and the JRWA for gminy, powiaty and samorząd
 * województwa (PRM of 18 Jan 2011, Dz.U. 2011 nr 14 poz. 67, załączniki 2–4): decimal classes,
 * archival categories only in final classes; ustawa o narodowym zasobie archiwalnym i archiwach
 * (categories {@code A}, {@code B<n>}, {@code BE<n>}, {@code Bc}); regulation of 30 Oct 2006 §6
 * item 11 (classification by the JRWA).
 */
package pl.ezd.classification;
