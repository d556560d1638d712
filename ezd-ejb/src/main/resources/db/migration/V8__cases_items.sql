-- Registered items in the case file: an item is attached to a case once, and stays there.
create table case_item (
    case_id      bigint       not null references case_file (id),
    item_id      bigint       not null references incoming_item (id),
    attached_at  timestamp with time zone not null,
    attached_by  varchar(100) not null,
    primary key (case_id, item_id)
);
create index case_item_item_ix on case_item (item_id);
