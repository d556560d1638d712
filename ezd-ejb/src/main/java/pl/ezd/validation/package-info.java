/**
 * Refusal of bad input, shared by every component: an {@link pl.ezd.validation.boundary.InvalidInputException}
 * names each field that is wrong with a Polish message, so a screen shows it beside the field and
 * the REST API answers with the same list (docs/api.md). Nothing is stored when it is thrown.
 */
package pl.ezd.validation;
