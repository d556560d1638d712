-- One counter table for every register the office numbers (RPW, spis spraw), replacing
-- rpw_counter; then cases under a znak sprawy and their metryka (rows only ever inserted).
create table register_counter (
    organization_id  bigint      not null references organization (id),
    register_name    varchar(32) not null,
    -- the series within the register: '*' for the RPW, 'GK/0012' for a spis spraw
    register_key     varchar(64) not null,
    counter_year     integer     not null,
    last_number      integer     not null,
    primary key (organization_id, register_name, register_key, counter_year)
);
insert into register_counter (organization_id, register_name, register_key, counter_year, last_number)
    select organization_id, 'RPW', '*', rpw_year, last_number from rpw_counter;
drop table rpw_counter;

create sequence case_file_seq start with 1 increment by 50;
create table case_file (
    id               bigint        not null primary key,
    organization_id  bigint        not null references organization (id),
    unit_symbol      varchar(20)   not null,
    jrwa_symbol      varchar(10)   not null,
    case_number      integer       not null,
    -- 0 for a main case, n for the n-th case of its sub-series (so the unique index sees it)
    sub_number       integer       not null,
    case_year        integer       not null,
    title            varchar(500)  not null,
    description      varchar(2000),
    handler          varchar(100)  not null,
    status           varchar(16)   not null,
    opened_on        date          not null,
    opened_at        timestamp with time zone not null,
    settled_on       date,
    version          bigint        not null
);
-- the spis spraw never repeats a znak
create unique index case_file_znak_uk on case_file (organization_id, unit_symbol, jrwa_symbol, case_year, case_number, sub_number);

create sequence metryka_entry_seq start with 1 increment by 50;
create table metryka_entry (
    id           bigint        not null primary key,
    case_id      bigint        not null references case_file (id),
    occurred_at  timestamp with time zone not null,
    person_name  varchar(200)  not null,
    person_post  varchar(255)  not null,
    action       varchar(255)  not null,
    document_id  varchar(100)
);
create index metryka_entry_case_ix on metryka_entry (case_id, occurred_at);
