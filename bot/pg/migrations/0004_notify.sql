-- /wic notify: servers that want new editions announced, and what each has been sent. One
-- claim row per (server, edition year) makes "announce these dates here" happen once, whichever
-- process gets there first.
CREATE TABLE notify_settings (
    guild   bigint  PRIMARY KEY,
    channel bigint  NOT NULL,
    events  boolean NOT NULL
);
CREATE TABLE notify_claims (
    guild     bigint  NOT NULL,
    year      integer NOT NULL,
    start_day date,
    end_day   date,
    event_id  bigint,
    PRIMARY KEY (guild, year)
);
CREATE TABLE notify_notices (
    guild   bigint NOT NULL,
    problem text   NOT NULL,
    PRIMARY KEY (guild, problem)
);
