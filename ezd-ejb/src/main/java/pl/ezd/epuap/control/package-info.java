/**
 * The ePUAP document itself, apart from how it travels: reading the XML of a CRD template (the
 * "pismo ogólne do podmiotu publicznego" and, generically, any template built from the CRD
 * structures) into an {@link pl.ezd.epuap.control.EpuapLetter}; writing and generating realistic
 * sample letters; rendering a letter readably for the clerk (HTML, and a PDF copy for the case
 * file); reading the export package (ZIP with {@code Deskryptor.xml}) downloaded from the ePUAP web
 * inbox. Pure control classes: no endpoints, no entities; the import pipeline, storage and
 * endpoints use them.
 *
 * <p>Legal basis: rozporządzenie Prezesa Rady Ministrów z 8 stycznia 2021 r. w sprawie sporządzania
 * pism w formie dokumentów elektronicznych, doręczania dokumentów elektronicznych oraz udostępniania
 * formularzy, wzorów i kopii dokumentów elektronicznych (Dz.U. 2021 poz. 54: templates from the
 * central repository of templates, CRD); instrukcja kancelaryjna (Dz.U. 2011 nr 14 poz. 67) on
 * registering an electronic item with its original document and receipt.
 */
package pl.ezd.epuap.control;
