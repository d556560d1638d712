/**
 * Secrets at rest: values the EZD must keep but nobody may read from the database or its backups
 * (an ePUAP inbox's system certificate and its password) are sealed by envelope encryption
 * (AES-256-GCM with a fresh data key per value, the data key wrapped by a master key). The master
 * keys live in a PKCS#12 key file in the server's configuration directory, never in the database;
 * each sealed value names the key that sealed it, so keys can be rotated. See docs/epuap.md
 * ("Secrets at rest").
 */
package pl.ezd.secrets;
