-- What members asked that the bot could not answer: one row per normalised question per guild
-- (0 = direct messages), shared by every process. No user ids are stored.
CREATE TABLE unanswered (
    question   text        NOT NULL,
    guild      bigint      NOT NULL DEFAULT 0,
    reason     text        NOT NULL,
    count      integer     NOT NULL DEFAULT 1,
    first_seen timestamptz NOT NULL,
    last_seen  timestamptz NOT NULL,
    status     text        NOT NULL DEFAULT 'open'
               CHECK (status IN ('open', 'dismissed', 'taught')),
    PRIMARY KEY (question, guild)
);
CREATE INDEX unanswered_recent ON unanswered (status, last_seen);
