/**
 * Demo data for a local run: a gmina of the Kujawsko-Pomorskie region with units, one user per
 * role and a few items already in circulation, so the inbox is not empty. Created only into an
 * empty database, and only on the embedded H2 unless configured otherwise
 * ({@code ezd.demo-data} = {@code auto} | {@code true} | {@code false}; never {@code true} in production).
 */
package pl.ezd.demo;
