-- The audit trail: every state change, who made it and when. Rows are only ever inserted.
create sequence audit_entry_seq start with 1 increment by 50;
create table audit_entry (
    id               bigint        not null primary key,
    organization_id  bigint        not null,
    occurred_at      timestamp with time zone not null,
    actor            varchar(100)  not null,
    action           varchar(64)   not null,
    subject_type     varchar(64)   not null,
    subject_id       varchar(64)   not null,
    detail           varchar(2000)
);
create index audit_entry_subject_ix on audit_entry (organization_id, subject_type, subject_id);
