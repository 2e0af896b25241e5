-- Knowledge revisions: the full YAML text of both files, one row per committed version.
-- The head is the revision with the highest id. Each revision names its parent; the unique
-- index on parent makes a lost update impossible even if the compare-and-swap in the code were
-- bypassed: two writers building on the same parent cannot both commit.
CREATE TABLE kb_revision (
    id              bigserial   PRIMARY KEY,
    parent          bigint      REFERENCES kb_revision (id),
    digest          text        NOT NULL,  -- the engine's version id (sha256 of both files)
    facts_name      text        NOT NULL,
    facts           text        NOT NULL,
    vocabulary_name text        NOT NULL,
    vocabulary      text        NOT NULL,
    author          text        NOT NULL,
    message         text        NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX kb_revision_one_child ON kb_revision (parent);
CREATE UNIQUE INDEX kb_revision_one_root ON kb_revision ((parent IS NULL)) WHERE parent IS NULL;
CREATE INDEX kb_revision_digest ON kb_revision (digest);

-- Who changed what, written in the same transaction as the revision it describes.
CREATE TABLE kb_audit (
    id         bigserial   PRIMARY KEY,
    at         timestamptz NOT NULL DEFAULT now(),
    who        text        NOT NULL,
    action     text        NOT NULL,  -- import | edit | push | rollback
    revision   bigint      NOT NULL REFERENCES kb_revision (id),
    base       bigint      REFERENCES kb_revision (id),
    files      text        NOT NULL,  -- which files changed, comma-separated
    summary    text        NOT NULL
);
CREATE INDEX kb_audit_revision ON kb_audit (revision);
