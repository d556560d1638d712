-- The incoming register's page is its organisation's items in RPW order, 20 at a time, often with
-- filters (dates received, delivery method, status, unit). With only the RPW unique index a
-- filtered page walks that index backwards and reads each item's row to test the filter: on the
-- large data set (100,000 items in one office) a month of ePUAP letters from last year read 90,902
-- rows (230 ms), a status nobody has read all 100,000 (112 ms). The same order with the filter
-- columns in the index tests them on the index entries alone and reads only the rows it returns:
-- 28 ms and 10 ms, and 1.6 ms for a whole year (measured on the loaded data, docs/PERFORMANCE.md).
-- Text search (title, sender) still reads rows; it needs a trigram index, PostgreSQL only.
create index incoming_item_register_rpw_ix
    on incoming_item (organization_id, rpw_year, rpw_number, received_on, delivery_method, status, unit_symbol);
