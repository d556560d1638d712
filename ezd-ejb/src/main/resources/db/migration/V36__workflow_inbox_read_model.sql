-- The inbox read model: one row per open user task, kept in the engine's own transaction by the
-- task listeners of pl.ezd.workflow.control.InboxReadModelPlugin. The inbox reads only these
-- tables, never Camunda's variables, so a page costs one indexed query and one count.
create table inbox_task (
    task_id                varchar(64)   not null,
    organization_id        bigint        not null,
    process_instance_id    varchar(64)   not null,
    process_definition_key varchar(255)  not null,
    task_definition_key    varchar(255)  not null,
    name                   varchar(255),
    assignee               varchar(255),
    created                timestamp     not null,
    due                    timestamp,
    -- the statutory or assigned deadline (variable "deadline"), else the day the task is due
    deadline               date,
    title                  varchar(1000),
    sender                 varchar(1000),
    rpw_number             varchar(64),
    item_id                bigint,
    case_id                bigint,
    case_reference         varchar(100),
    received_on            date,
    return_reason          varchar(1000),
    constraint pk_inbox_task primary key (task_id)
);

-- Candidate groups ('G') and users ('U') of each open task; organisation, created and deadline
-- are repeated here so that "tasks of my groups in my organisation, newest first / nearest
-- deadline first" is an index range scan.
create table inbox_task_candidate (
    task_id         varchar(64)  not null,
    kind            char(1)      not null,
    identity_id     varchar(255) not null,
    organization_id bigint       not null,
    created         timestamp    not null,
    deadline        date,
    constraint pk_inbox_task_candidate primary key (task_id, kind, identity_id),
    constraint ck_inbox_task_candidate_kind check (kind in ('G', 'U'))
);

create index ix_inbox_task_assignee_created on inbox_task (organization_id, assignee, created);
create index ix_inbox_task_assignee_deadline on inbox_task (organization_id, assignee, deadline);
create index ix_inbox_task_org_created on inbox_task (organization_id, created);
create index ix_inbox_task_org_deadline on inbox_task (organization_id, deadline);
create index ix_inbox_task_process_instance on inbox_task (process_instance_id);
create index ix_inbox_candidate_created on inbox_task_candidate (identity_id, kind, organization_id, created, task_id);
create index ix_inbox_candidate_deadline on inbox_task_candidate (identity_id, kind, organization_id, deadline, task_id);
