-- A case references the JRWA final class (a versioned catalogue entry) it was opened in, so its
-- archival category is the one in force when it started, whatever later versions say.
alter table case_file add column jrwa_class_id bigint references jrwa_class (id);
create index case_file_jrwa_class_ix on case_file (jrwa_class_id);
