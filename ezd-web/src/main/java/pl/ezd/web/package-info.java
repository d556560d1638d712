/**
 * The EZD's screens (Jakarta Faces with PrimeFaces) and its versioned JSON REST API. Views and
 * resources stay thin: they call the boundaries of {@code ezd-ejb} and hold no business rule.
 */
package pl.ezd.web;
