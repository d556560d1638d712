-- Organisations (tenants), their units, employees, posts and the roles attached to posts,
-- and the login accounts Elytron's jdbc-realm reads (wildfly-config/cli/02-security.cli).
create sequence organization_seq start with 1 increment by 50;
create table organization (
    id          bigint       not null primary key,
    teryt       varchar(7)   not null,
    name        varchar(255) not null,
    kind        varchar(32)  not null,
    parent_id   bigint       references organization (id),
    created_at  timestamp with time zone not null,
    version     bigint       not null
);
create unique index organization_teryt_name_uk on organization (teryt, name);

create sequence organizational_unit_seq start with 1 increment by 50;
create table organizational_unit (
    id               bigint       not null primary key,
    organization_id  bigint       not null references organization (id),
    symbol           varchar(20)  not null,
    name             varchar(255) not null,
    version          bigint       not null,
    constraint organizational_unit_symbol_uk unique (organization_id, symbol)
);

create sequence employee_seq start with 1 increment by 50;
create table employee (
    id               bigint       not null primary key,
    organization_id  bigint       not null references organization (id),
    first_name       varchar(100) not null,
    last_name        varchar(100) not null,
    email            varchar(255),
    version          bigint       not null
);
create index employee_organization_ix on employee (organization_id);

create sequence user_account_seq start with 1 increment by 50;
create table user_account (
    id             bigint       not null primary key,
    employee_id    bigint       not null unique references employee (id),
    username       varchar(100) not null unique,
    -- bcrypt in modular crypt form ($2a$...), never a plain password
    password_hash  varchar(100) not null,
    active         boolean      not null,
    version        bigint       not null
);

create sequence employee_position_seq start with 1 increment by 50;
create table employee_position (
    id           bigint       not null primary key,
    unit_id      bigint       not null references organizational_unit (id),
    employee_id  bigint       not null references employee (id),
    title        varchar(255) not null,
    version      bigint       not null
);
create index employee_position_employee_ix on employee_position (employee_id);

create table position_role (
    position_id  bigint      not null references employee_position (id),
    role         varchar(32) not null,
    primary key (position_id, role)
);
