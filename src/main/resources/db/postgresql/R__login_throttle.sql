-- The counts of wrong passwords by source and user name (security.LoginThrottle), shared by every node on
-- PostgreSQL; H2 runs one node and keeps them in memory. Repeatable and idempotent, so that it never takes a version
-- number from the migrations both databases share (db/migration).
create table if not exists login_throttle (
    id varchar(200) primary key,
    state bytea,
    expires_at bigint
);
create index if not exists login_throttle_expires_at on login_throttle (expires_at);
