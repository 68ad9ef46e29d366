/**
 * Numbered schema migrations. Each runs once, in its own transaction, and sets
 * PRAGMA user_version to its number; never edit a released one, add the next.
 */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'documents',
    sql: `
      CREATE TABLE documents (
        id               INTEGER PRIMARY KEY,
        sha256           TEXT    NOT NULL UNIQUE CHECK (length(sha256) = 64),
        file_name        TEXT    NOT NULL,
        bytes            INTEGER NOT NULL CHECK (bytes >= 0),
        pages            INTEGER NOT NULL CHECK (pages >= 0),
        producer         TEXT,
        has_text_layer   INTEGER NOT NULL CHECK (has_text_layer IN (0, 1)),
        document_type    TEXT    NOT NULL,
        title            TEXT,
        security_code    TEXT,
        short_name       TEXT,
        company          TEXT,
        report_period    TEXT,
        disclosure_date  TEXT,
        review_status    TEXT    NOT NULL DEFAULT 'new',
        imported_at      TEXT    NOT NULL,
        imported_by      TEXT    NOT NULL
      );
      CREATE INDEX documents_security_code ON documents (security_code);
    `,
  },
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.reduce((max, m) => Math.max(max, m.version), 0);
