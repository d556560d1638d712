-- The second number of a znak like GK.6730.2.5.2026 is the podteczka (sub-series of the JRWA
-- class, numbered in its own spis spraw), as the instrukcja kancelaryjna puts it; name it so.
alter table case_file rename column sub_number to podteczka;

-- Notes in a case file (notatka służbowa): written once, never edited or removed.
create sequence case_note_seq start with 1 increment by 50;
create table case_note (
    id            bigint        not null primary key,
    case_id       bigint        not null references case_file (id),
    note_text     varchar(4000) not null,
    author        varchar(100)  not null,
    author_name   varchar(200)  not null,
    author_post   varchar(255)  not null,
    written_at    timestamp with time zone not null
);
create index case_note_case_ix on case_note (case_id, written_at);
