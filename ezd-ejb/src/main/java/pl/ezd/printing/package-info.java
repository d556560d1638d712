/**
 * Printing: registers and reports of the office as PDF tables (spis spraw, metryka sprawy, and
 * later the incoming and outgoing registers), in one layout and with an embedded font that prints
 * Polish letters everywhere. The instrukcja kancelaryjna expects registers kept in the EZD to be
 * printable (spis spraw, §§ on registers) and KPA art. 66a the metryka sprawy.
 */
package pl.ezd.printing;
