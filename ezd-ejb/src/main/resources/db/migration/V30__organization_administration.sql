-- Administration of an organisation's structure and people (issue 3).
-- A unit (komórka) has a validity period and may sit under a parent unit. Its symbol must be
-- unique among the units valid in the same year (the znak sprawy is UNIT.JRWA.NUMBER.YEAR), so
-- the old unique key on (organization, symbol) goes: OrganizationUnits checks years, under a lock
-- of the organisation row. A symbol can be reused once the unit that had it has ended.
alter table organizational_unit drop constraint organizational_unit_symbol_uk;
alter table organizational_unit add column valid_from date default date '2000-01-01' not null;
alter table organizational_unit add column valid_to date;
alter table organizational_unit add column parent_id bigint references organizational_unit (id);
create index organizational_unit_org_symbol_ix on organizational_unit (organization_id, symbol);

-- A post (stanowisko) is granted from a day and may be ended; only posts in force give roles
-- (Elytron's jdbc-realm and Caller read the same condition).
alter table employee_position add column valid_from date default date '2000-01-01' not null;
alter table employee_position add column valid_to date;

-- zastępstwo: who stands in for whom, from and to which day (inclusive), and why.
create sequence substitution_seq start with 1 increment by 50;
create table substitution (
    id                bigint       not null primary key,
    organization_id   bigint       not null references organization (id),
    absent_id         bigint       not null references employee (id),
    substitute_id     bigint       not null references employee (id),
    valid_from        date         not null,
    valid_to          date         not null,
    reason            varchar(500) not null,
    cancelled         boolean      not null,
    created_by        varchar(100) not null,
    created_at        timestamp with time zone not null,
    version           bigint       not null,
    constraint substitution_period_ck check (valid_to >= valid_from),
    constraint substitution_self_ck check (absent_id <> substitute_id)
);
create index substitution_org_day_ix on substitution (organization_id, valid_from, valid_to);
create index substitution_substitute_ix on substitution (substitute_id);
create index substitution_absent_ix on substitution (absent_id);
