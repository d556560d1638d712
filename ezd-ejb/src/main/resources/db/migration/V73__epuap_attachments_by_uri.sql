-- Attachments given by URI in ePUAP documents are fetched during the import (issue 6,
-- docs/epuap.md "Attachments by URI"): only from the file repository whose base address the
-- inbox names; a transient failure keeps the document pending and is counted.
alter table epuap_inbox add column file_repository_url varchar(500);
alter table epuap_received add column attachment_attempts integer default 0 not null;

-- The simulator's file repository (demo and tests only): the files its letters point at by URI.
create sequence epuap_sim_file_seq start with 1 increment by 50;
create table epuap_sim_file (
    id                    bigint        not null primary key,
    name                  varchar(255)  not null,
    media_type            varchar(100),
    content               bytea         not null,
    unavailable_remaining integer       not null,
    requests              integer       not null,
    stored_at             timestamp with time zone not null
);
create unique index epuap_sim_file_name_uk on epuap_sim_file (name);
