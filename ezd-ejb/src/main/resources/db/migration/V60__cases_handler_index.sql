-- "my cases": a clerk's own cases, newest first, without scanning the organisation's case files
create index case_file_handler_ix on case_file (organization_id, handler, opened_at);
