-- ePUAP inbound import (issue 6): each organisation's inbox (skrytka) configuration, and every
-- document received from it, stored with its transport data before anything else happens.

create sequence epuap_inbox_seq start with 1 increment by 50;
create table epuap_inbox (
    id                    bigint        not null primary key,
    organization_id       bigint        not null references organization (id),
    podmiot               varchar(100)  not null,
    adres_skrytki         varchar(200)  not null,
    nazwa_skrytki         varchar(200)  not null,
    endpoint_url          varchar(500)  not null,
    account               varchar(100)  not null,
    certificate_p12       bytea,
    certificate_password  varchar(200),
    certificate_subject   varchar(500),
    certificate_not_after timestamp with time zone,
    poll_interval_seconds integer       not null,
    enabled               boolean       not null,
    lease_until           timestamp with time zone,
    last_poll_at          timestamp with time zone,
    last_poll_error       varchar(1000),
    version               integer       not null
);
create unique index epuap_inbox_org_uk on epuap_inbox (organization_id);

-- A received document. idempotence_key = SHA-256 over inbox address, SHA-1 of the document,
-- dataNadania and the sender's identifier (docs/epuap.md): a redelivery finds the row it made.
create sequence epuap_received_seq start with 1 increment by 50;
create table epuap_received (
    id               bigint         not null primary key,
    organization_id  bigint         not null references organization (id),
    idempotence_key  varchar(64)    not null,
    source           varchar(8)     not null,
    adres_skrytki    varchar(200)   not null,
    document_sha1    varchar(40)    not null,
    data_nadania     timestamp with time zone not null,
    sender_id        varchar(200)   not null,
    sender_name      varchar(300),
    sender_kind      varchar(1),
    sender_user      varchar(200),
    sender_system    varchar(200),
    reply_address    varchar(200),
    test_document    boolean        not null,
    file_name        varchar(255)   not null,
    file_type        varchar(100),
    content          bytea          not null,
    content_size     bigint         not null,
    additional_data  bytea,
    upp_file_name    varchar(255),
    upp_content      bytea,
    state            varchar(20)    not null,
    attempts         integer        not null,
    reason           varchar(2000),
    stored_at        timestamp with time zone not null,
    processed_at     timestamp with time zone,
    acknowledged_at  timestamp with time zone,
    item_id          bigint         references incoming_item (id),
    rpw_number       varchar(40),
    document_id      bigint         references document (id),
    signature_verdict varchar(20),
    signature_summary varchar(2000),
    version          integer        not null
);
create unique index epuap_received_key_uk on epuap_received (organization_id, idempotence_key);
create index epuap_received_state_ix on epuap_received (organization_id, state);
create index epuap_received_item_ix on epuap_received (item_id);

-- The ePUAP simulator (on only in the demo and the tests): its queue per inbox and the system
-- certificates of the accounts allowed to pull.
create sequence epuap_sim_document_seq start with 1 increment by 50;
create table epuap_sim_document (
    id              bigint        not null primary key,
    adres_skrytki   varchar(200)  not null,
    podmiot         varchar(100),
    sender_id       varchar(200)  not null,
    sender_kind     varchar(1)    not null,
    sender_first    varchar(100),
    sender_name     varchar(300)  not null,
    sender_user     varchar(200),
    data_nadania    timestamp with time zone not null,
    file_name       varchar(255)  not null,
    file_type       varchar(100),
    content         bytea         not null,
    sha1            varchar(40)   not null,
    queued_at       timestamp with time zone not null,
    delivery_count  integer       not null,
    ack_failures    integer       not null,
    last_delivered_at timestamp with time zone,
    acknowledged_at timestamp with time zone
);
create index epuap_sim_document_queue_ix on epuap_sim_document (adres_skrytki, acknowledged_at, id);

create sequence epuap_sim_client_seq start with 1 increment by 50;
create table epuap_sim_client (
    id           bigint        not null primary key,
    podmiot      varchar(100)  not null,
    certificate  bytea         not null,
    subject      varchar(500)  not null,
    registered_at timestamp with time zone not null
);
