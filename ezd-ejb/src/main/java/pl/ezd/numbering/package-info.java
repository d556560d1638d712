/**
 * Numbering of the office's registers: the RPW (per organisation and calendar year) and the
 * spis spraw (per organisation, unit, JRWA class and year). Numbers come from a counter row, never
 * from {@code max()+1}: the increment locks the row until the registering transaction ends, so
 * concurrent registrations queue, a number is never given twice, and a rolled-back registration
 * gives its number back (consecutive, as the instrukcja kancelaryjna requires).
 */
package pl.ezd.numbering;
