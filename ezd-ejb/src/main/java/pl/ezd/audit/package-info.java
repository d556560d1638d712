/**
 * The audit trail: every state change of the EZD, who made it, when, and what it concerned.
 * Entries are written in the same transaction as the change and are never changed or deleted
 * (regulation of 30 Oct 2006, Dz.U. 2006 nr 206 poz. 1518, §6: every user identified and every
 * change to documents and metadata logged).
 */
package pl.ezd.audit;
