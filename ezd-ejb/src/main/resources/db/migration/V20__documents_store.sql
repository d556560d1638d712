-- Documents: an identity (with the number of its current version) and its versions. A version
-- row describes content written once to the content store and never overwritten; only the
-- outcome of the background text extraction is filled in later.
create sequence document_seq start with 1 increment by 50;
create table document (
    id               bigint        not null primary key,
    organization_id  bigint        not null references organization (id),
    title            varchar(500)  not null,
    kind             varchar(16)   not null,
    current_version  integer       not null,
    created_at       timestamp with time zone not null,
    created_by       varchar(100)  not null,
    version          bigint        not null
);
create index document_organization_ix on document (organization_id, created_at);

create sequence document_version_seq start with 1 increment by 50;
create table document_version (
    id                 bigint        not null primary key,
    document_id        bigint        not null references document (id),
    version_number     integer       not null,
    file_name          varchar(255)  not null,
    media_type         varchar(255)  not null,
    size_bytes         bigint        not null,
    sha256             varchar(64)   not null,
    storage_key        varchar(255)  not null,
    created_at         timestamp with time zone not null,
    created_by         varchar(100)  not null,
    extraction_status  varchar(16)   not null,
    extracted_text     varchar(1000000),
    text_truncated     boolean       not null,
    extraction_failure varchar(1000),
    extracted_at       timestamp with time zone
);
create unique index document_version_number_uk on document_version (document_id, version_number);
create unique index document_version_storage_uk on document_version (storage_key);
