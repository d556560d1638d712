/**
 * The ePUAP screens: the letter that came by ePUAP on the item page and the task view, the
 * "needs attention" list and one received document, the import of an export package, the
 * organisation's inbox with its counts, and the region's overview. Backing beans call the epuap
 * boundary only; texts in the {@code epu} bundle.
 */
package pl.ezd.web.epuap;
