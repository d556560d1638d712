/**
 * Cases (sprawy): matters handled under one case reference ({@link pl.ezd.cases.entity.ZnakSprawy}),
 * numbered from the spis spraw of (unit, JRWA class or one of its podteczki, year), with notes in
 * the case file ({@link pl.ezd.cases.entity.CaseNote}) and their case history
 * ({@link pl.ezd.cases.entity.MetrykaEntry}); the spis spraw and the metryka print as PDF.
 *
 * <p>Legal basis: instrukcja kancelaryjna (PRM of 18 Jan 2011, Dz.U. 2011 nr 14 poz. 67) §§ on
 * the znak sprawy and spis spraw (numbers consecutive, never reused, never duplicated); KPA art.
 * 66a on the metryka sprawy (date, person and post, action, document identifier; never edited);
 * regulation of 30 Oct 2006 §6: closed cases cannot be changed.
 */
package pl.ezd.cases;
