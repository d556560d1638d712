-- The outgoing register: numbered per organisation and calendar year (register_counter, 'OUT'),
-- with the minimal metadata of an outgoing item (REQUIREMENTS §5) and the documents sent.
create sequence outgoing_item_seq start with 1 increment by 50;
create table outgoing_item (
    id                 bigint        not null primary key,
    organization_id    bigint        not null references organization (id),
    register_number    integer       not null,
    register_year      integer       not null,
    case_id            bigint        references case_file (id),
    case_reference     varchar(40),
    title              varchar(500)  not null,
    addressee_name     varchar(300)  not null,
    street             varchar(200),
    postal_code        varchar(6),
    city               varchar(100),
    electronic_address varchar(320),
    channel            varchar(24)   not null,
    date_on_letter     date,
    sent_on            date          not null,
    author             varchar(100)  not null,
    author_name        varchar(200)  not null,
    author_post        varchar(255)  not null,
    notes              varchar(2000),
    registered_at      timestamp with time zone not null,
    registered_by      varchar(100)  not null
);
create unique index outgoing_item_number_uk on outgoing_item (organization_id, register_year, register_number);
create index outgoing_item_sent_ix on outgoing_item (organization_id, sent_on);

create table outgoing_item_document (
    item_id         bigint   not null references outgoing_item (id),
    position_no     integer  not null,
    document_id     bigint   not null references document (id),
    version_number  integer  not null,
    primary key (item_id, position_no)
);
