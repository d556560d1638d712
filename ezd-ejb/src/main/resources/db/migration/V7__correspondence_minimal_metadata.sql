-- The minimal metadata set of an incoming item (instrukcja kancelaryjna; REQUIREMENTS §2).
-- Items registered before this migration get what can be derived, and "not public" access
-- until a clerk reviews them.
alter table incoming_item add column sender_postcode varchar(10);
alter table incoming_item add column sender_town varchar(100);
alter table incoming_item add column sender_street varchar(100);
alter table incoming_item add column sender_building varchar(20);
alter table incoming_item add column sender_flat varchar(20);
alter table incoming_item add column sender_po_box varchar(20);
alter table incoming_item add column sender_country varchar(2);
alter table incoming_item add column sender_email varchar(255);
alter table incoming_item add column date_on_letter date;
alter table incoming_item add column date_sent date;
alter table incoming_item add column document_kind varchar(100);
alter table incoming_item add column access varchar(20);
alter table incoming_item add column dcmi_type varchar(32);
alter table incoming_item add column delivery_method varchar(32);
alter table incoming_item add column sender_reference varchar(100);
alter table incoming_item add column attachments_count integer;
alter table incoming_item add column format varchar(100);
alter table incoming_item add column notes varchar(2000);
alter table incoming_item add column do_not_open boolean;
alter table incoming_item add column storage_location varchar(100);

update incoming_item set sender_town = '(nie podano)', sender_country = 'PL', date_on_letter = received_on,
    access = 'NOT_PUBLIC', dcmi_type = 'Text', attachments_count = 0, do_not_open = false;

alter table incoming_item alter column sender_town set not null;
alter table incoming_item alter column sender_country set not null;
alter table incoming_item alter column date_on_letter set not null;
alter table incoming_item alter column access set not null;
alter table incoming_item alter column dcmi_type set not null;
alter table incoming_item alter column attachments_count set not null;
alter table incoming_item alter column do_not_open set not null;
