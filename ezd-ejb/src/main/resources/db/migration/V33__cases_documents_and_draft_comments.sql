-- Documents in a case file, each with its role there (draft of a reply, outgoing letter, other);
-- a document is in a case file once and stays there (the file is never thinned).
create table case_document (
    case_id      bigint       not null references case_file (id),
    document_id  bigint       not null references document (id),
    document_role varchar(16) not null,
    attached_at  timestamp with time zone not null,
    attached_by  varchar(100) not null,
    primary key (case_id, document_id)
);
create index case_document_document_ix on case_document (document_id);

-- What approvers said about a version of a draft (approved, returned with guidance); rows are
-- only ever inserted, so a returned version and its comments stay in the case file.
create sequence draft_comment_seq start with 1 increment by 50;
create table draft_comment (
    id              bigint        not null primary key,
    case_id         bigint        not null references case_file (id),
    document_id     bigint        not null references document (id),
    version_number  integer       not null,
    outcome         varchar(16)   not null,
    comment_text    varchar(4000),
    author          varchar(100)  not null,
    author_name     varchar(200)  not null,
    author_post     varchar(255)  not null,
    written_at      timestamp with time zone not null
);
create index draft_comment_case_ix on draft_comment (case_id, written_at);
