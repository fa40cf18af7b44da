-- The notification module's own projection of each application, filled from ApplicationStateChanged: it orders
-- late or redelivered events (last_event_at) and lets the reminder job find materials deadlines by an indexed
-- query without reading the application module's tables.
CREATE TABLE notification_applications (
    application_id   BIGINT                   PRIMARY KEY,
    enterprise_id    BIGINT                   NOT NULL,
    industry         VARCHAR(32)              NOT NULL,
    level            VARCHAR(16)              NOT NULL,
    status           VARCHAR(32)              NOT NULL,
    last_event_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    last_step_key    VARCHAR(100),
    materials_due_at TIMESTAMP WITH TIME ZONE,
    remind_at        TIMESTAMP WITH TIME ZONE,
    closed           BOOLEAN                  NOT NULL
);
CREATE INDEX notification_applications_remind_ix ON notification_applications (remind_at);

-- A notification's topic (e.g. application:42) groups the to-dos of one case, so a transition can close every
-- to-do of the earlier steps with one indexed look-up.
ALTER TABLE notifications ADD COLUMN topic VARCHAR(100);
CREATE INDEX notifications_topic_ix ON notifications (topic, done_at);
-- One entry per reference key and account, also when an event is delivered twice at the same moment.
CREATE UNIQUE INDEX notifications_ref_account_ux ON notifications (account_id, ref_key);
