-- The JRWA (file plan) of each organisation as versioned catalogues: a version (jrwa) is in
-- force from valid_from up to valid_to (open while it is the current one); its classes keep
-- their own validity so cases opened under a superseded version keep their class.
create sequence jrwa_seq start with 1 increment by 50;
create table jrwa (
    id               bigint       not null primary key,
    organization_id  bigint       not null references organization (id),
    label            varchar(100) not null,
    valid_from       date         not null,
    valid_to         date,
    status           varchar(16)  not null,
    imported_at      timestamp with time zone not null,
    imported_by      varchar(100) not null,
    source_sha256    varchar(64)  not null,
    version          bigint       not null,
    constraint jrwa_label_uk unique (organization_id, label),
    constraint jrwa_valid_from_uk unique (organization_id, valid_from)
);

create sequence jrwa_class_seq start with 1 increment by 50;
create table jrwa_class (
    id              bigint        not null primary key,
    jrwa_id         bigint        not null references jrwa (id),
    parent_id       bigint        references jrwa_class (id),
    symbol          varchar(4)    not null,
    title           varchar(1000) not null,
    final_class     boolean       not null,
    -- kategoria archiwalna in the home unit and in other units: A, B<n>, BE<n>, Bc (final classes only)
    home_category   varchar(8),
    other_category  varchar(8),
    valid_from      date          not null,
    valid_to        date,
    version         bigint        not null,
    constraint jrwa_class_symbol_uk unique (jrwa_id, symbol)
);
create index jrwa_class_parent_ix on jrwa_class (parent_id);
