-- Delivered notifications leave the live outbox for this archive once endorse.mail.archive-after has passed since
-- they were sent: the outbox stays small, and nothing is deleted.
create table notification_archive (
    id bigint not null primary key,
    message_id varchar(200) not null unique,
    kind varchar(40) not null,
    proposal_reference varchar(32),
    recipient_user varchar(64),
    recipient_address varchar(320) not null,
    subject varchar(300) not null,
    text_body varchar(100000) not null,
    html_body varchar(200000) not null,
    status varchar(16) not null,
    attempts integer not null,
    last_error varchar(2000),
    delivery_process_id varchar(64),
    created_at timestamp(6) with time zone not null,
    sent_at timestamp(6) with time zone,
    version bigint not null,
    archived_at timestamp(6) with time zone not null
);

create index notification_sent on notification (status, sent_at);
