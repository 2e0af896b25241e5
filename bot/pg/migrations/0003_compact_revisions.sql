-- Compact revisions: each file's text is stored once, compressed (zlib), keyed by the SHA-256 of
-- its text; a revision names the blobs of its two files. An edit of one file adds one blob
-- (~12 KB for the shipped facts file instead of ~41 KB per revision for both texts), and a
-- rollback or an unchanged vocabulary adds nothing. Rows written before this migration keep
-- their texts in the old columns (TOAST-compressed by PostgreSQL) and are read as before.
CREATE TABLE kb_blob (
    sha256 text    PRIMARY KEY,  -- hex SHA-256 of the UTF-8 text
    size   integer NOT NULL,     -- of the text, in bytes
    zdata  bytea   NOT NULL      -- zlib-compressed text
);
-- Already compressed: PostgreSQL need not try again.
ALTER TABLE kb_blob ALTER COLUMN zdata SET STORAGE EXTERNAL;

ALTER TABLE kb_revision
    ALTER COLUMN facts DROP NOT NULL,
    ALTER COLUMN vocabulary DROP NOT NULL,
    ADD COLUMN facts_blob text REFERENCES kb_blob (sha256),
    ADD COLUMN vocabulary_blob text REFERENCES kb_blob (sha256);
