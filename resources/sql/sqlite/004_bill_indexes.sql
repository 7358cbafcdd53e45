-- DueDesk book, schema 4: indexes for the Bills list, which pages through every bill of a large book in a few
-- orders and with a status filter. Each matches an ORDER BY of BillListModel exactly, so a page is an index
-- range, not a sort of the whole table.

-- Status filter with the due-date order (id breaks ties: the rowid is part of every index).
CREATE INDEX bills_by_status_due ON bills (status, due_on);

-- "Largest balance first".
CREATE INDEX bills_by_balance ON bills ((amount_minor - paid_minor));
