-- Incoming correspondence registered in the RPW, numbered per organisation and calendar year
-- from a counter row (never max()+1), so numbers stay unique and consecutive.
create table rpw_counter (
    organization_id  bigint  not null references organization (id),
    rpw_year         integer not null,
    last_number      integer not null,
    primary key (organization_id, rpw_year)
);

create sequence incoming_item_seq start with 1 increment by 50;
create table incoming_item (
    id               bigint       not null primary key,
    organization_id  bigint       not null references organization (id),
    rpw_year         integer      not null,
    rpw_number       integer      not null,
    title            varchar(500) not null,
    sender_name      varchar(255) not null,
    received_on      date         not null,
    registered_at    timestamp with time zone not null,
    registered_by    varchar(100) not null,
    version          bigint       not null,
    constraint incoming_item_rpw_uk unique (organization_id, rpw_year, rpw_number)
);
