-- ePUAP system certificate encrypted at rest (issue 6, docs/epuap.md "Secrets at rest"): the
-- PKCS#12 file and its password are kept sealed (AES-256-GCM envelope encryption) with a master
-- key that lives in a key file outside the database; secret_key_id names the key, so a rotation
-- finds the rows to seal again. The plaintext columns of V40 (certificate_p12,
-- certificate_password) stay for rows written before this version: the start-up step
-- (EpuapSecretsAtRest) seals them and empties those columns; nothing writes them any more.
alter table epuap_inbox add column certificate_sealed bytea;
alter table epuap_inbox add column certificate_password_sealed bytea;
alter table epuap_inbox add column secret_key_id varchar(100);
create index epuap_inbox_secret_key_ix on epuap_inbox (secret_key_id);
