/**
 * Documents: an identity ({@link pl.ezd.documents.entity.Document}) with immutable versions
 * ({@link pl.ezd.documents.entity.DocumentVersion}) whose content lies in a content store, written
 * durably before the record commits and verified by its SHA-256 whenever it is read. Media type and
 * text come from Apache Tika in the background, bounded in time and size; PDFs get a first-page
 * preview.
 *
 * <p>Legal basis: instrukcja kancelaryjna (PRM of 18 Jan 2011, Dz.U. 2011 nr 14 poz. 67) on
 * documents kept in the EZD and their versions (a registered document is never replaced, a new
 * version is added); rozporządzenie w sprawie niezbędnych elementów struktury dokumentów
 * elektronicznych (NES) on the metadata kept with each document; KPA art. 66a on the integrity of
 * the case file.
 */
package pl.ezd.documents;
