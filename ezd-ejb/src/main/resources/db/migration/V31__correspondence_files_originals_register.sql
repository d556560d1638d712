-- The registry office's desk: files of an incoming item, the paper original in the skład
-- chronologiczny and its loans, and what the incoming register filters on.
--
-- Files of an item are documents (of the same organisation: the correspondence boundary links only
-- documents it has just added or found in the caller's organisation).
create table incoming_item_document (
    item_id      bigint       not null references incoming_item (id),
    document_id  bigint       not null references document (id),
    file_order   integer      not null,
    attached_at  timestamp with time zone not null,
    attached_by  varchar(100) not null,
    primary key (item_id, document_id)
);
create index incoming_item_document_doc_ix on incoming_item_document (document_id);

-- A loan of a paper original out of the skład chronologiczny: who lent it, to whom, when, and
-- when and by whom it came back. At most one loan of an item is open.
create sequence original_loan_seq start with 1 increment by 50;
create table original_loan (
    id               bigint       not null primary key,
    organization_id  bigint       not null references organization (id),
    item_id          bigint       not null references incoming_item (id),
    lent_to          varchar(255) not null,
    purpose          varchar(500),
    lent_at          timestamp with time zone not null,
    lent_by          varchar(100) not null,
    returned_at      timestamp with time zone,
    returned_by      varchar(100),
    version          bigint       not null
);
create index original_loan_item_ix on original_loan (item_id, lent_at);

-- Where the item is in its circulation, and the unit it was routed to, for the register's filters.
alter table incoming_item add column status varchar(20);
alter table incoming_item add column unit_symbol varchar(20);
update incoming_item set status = 'REGISTERED';
alter table incoming_item alter column status set not null;
create index incoming_item_register_ix on incoming_item (organization_id, received_on);
