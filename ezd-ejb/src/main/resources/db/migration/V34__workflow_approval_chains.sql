-- Approval chains of drafts: one for the whole organisation (unit_symbol '*') and optionally one
-- per unit, which overrides it. Steps in order: provisional approvers, then exactly one final
-- approver; each step is a role in a unit or a named person.
create sequence approval_chain_seq start with 1 increment by 50;
create table approval_chain (
    id               bigint        not null primary key,
    organization_id  bigint        not null references organization (id),
    unit_symbol      varchar(20)   not null,
    updated_at       timestamp with time zone not null,
    updated_by       varchar(100)  not null,
    version          bigint        not null
);
create unique index approval_chain_uk on approval_chain (organization_id, unit_symbol);

create table approval_chain_step (
    chain_id       bigint       not null references approval_chain (id),
    step_position  integer      not null,
    final_step     boolean      not null,
    unit_symbol    varchar(20),
    role_name      varchar(16),
    username       varchar(100),
    primary key (chain_id, step_position)
);
