-- The verification report of a signed version (XAdES, PAdES), kept with the version it checked.
alter table document_version add column signature_verdict varchar(16);
alter table document_version add column signature_summary varchar(4000);
alter table document_version add column signature_report varchar(200000);
alter table document_version add column signature_checked_at timestamp with time zone;
