-- Lists come a page at a time in their default order: the newest proposals and mails first. These indexes let the
-- database read a page in that order without sorting every row, and find a proposal's mails without reading them all.
create index proposal_created on proposal (created_at);
create index notification_created on notification (created_at);
create index notification_proposal on notification (proposal_reference);
