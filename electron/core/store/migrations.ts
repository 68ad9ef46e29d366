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
  {
    version: 2,
    name: 'extraction: pages with a full-text index, tables, cells, figures',
    sql: `
      ALTER TABLE documents ADD COLUMN extraction_status TEXT NOT NULL DEFAULT 'pending';
      ALTER TABLE documents ADD COLUMN extracted_at TEXT;
      ALTER TABLE documents ADD COLUMN extraction_error TEXT;

      CREATE TABLE pages (
        id              INTEGER PRIMARY KEY,
        document_id     INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        page            INTEGER NOT NULL,
        width           REAL    NOT NULL,
        height          REAL    NOT NULL,
        has_text_layer  INTEGER NOT NULL,
        image_coverage  REAL    NOT NULL,
        text            TEXT    NOT NULL,
        UNIQUE (document_id, page)
      );

      -- Trigram tokens index Chinese without a word segmenter; the index holds no copy of the text.
      CREATE VIRTUAL TABLE pages_fts USING fts5 (text, content = 'pages', content_rowid = 'id', tokenize = 'trigram');
      CREATE TRIGGER pages_fts_insert AFTER INSERT ON pages BEGIN
        INSERT INTO pages_fts (rowid, text) VALUES (new.id, new.text);
      END;
      CREATE TRIGGER pages_fts_delete AFTER DELETE ON pages BEGIN
        INSERT INTO pages_fts (pages_fts, rowid, text) VALUES ('delete', old.id, old.text);
      END;

      CREATE TABLE extracted_tables (
        id           INTEGER PRIMARY KEY,
        document_id  INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        seq          INTEGER NOT NULL,
        page_start   INTEGER NOT NULL,
        page_end     INTEGER NOT NULL,
        title        TEXT,
        kind         TEXT    NOT NULL,
        unit         TEXT,
        scale        TEXT,
        currency     TEXT,
        row_count    INTEGER NOT NULL,
        col_count    INTEGER NOT NULL,
        header_rows  INTEGER NOT NULL,
        ruled        INTEGER NOT NULL,
        regions      TEXT    NOT NULL,
        UNIQUE (document_id, seq)
      );

      CREATE TABLE cells (
        id          INTEGER PRIMARY KEY,
        table_id    INTEGER NOT NULL REFERENCES extracted_tables (id) ON DELETE CASCADE,
        row         INTEGER NOT NULL,
        col         INTEGER NOT NULL,
        row_span    INTEGER NOT NULL,
        col_span    INTEGER NOT NULL,
        page        INTEGER NOT NULL,
        x0 REAL NOT NULL, y0 REAL NOT NULL, x1 REAL NOT NULL, y1 REAL NOT NULL,
        text        TEXT    NOT NULL,
        is_header   INTEGER NOT NULL,
        value_kind  TEXT    NOT NULL,
        value       TEXT,
        precision   INTEGER,
        UNIQUE (table_id, row, col)
      );

      CREATE TABLE figures (
        id                 INTEGER PRIMARY KEY,
        document_id        INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        source             TEXT    NOT NULL CHECK (source IN ('table', 'text')),
        table_id           INTEGER REFERENCES extracted_tables (id) ON DELETE CASCADE,
        cell_id            INTEGER REFERENCES cells (id) ON DELETE CASCADE,
        page               INTEGER NOT NULL,
        x0 REAL NOT NULL, y0 REAL NOT NULL, x1 REAL NOT NULL, y1 REAL NOT NULL,
        metric             TEXT    NOT NULL,
        canonical          TEXT,
        row_path           TEXT    NOT NULL,
        column_path        TEXT    NOT NULL,
        period_kind        TEXT,
        period_label       TEXT,
        period_start       TEXT,
        period_end         TEXT,
        value              TEXT    NOT NULL,
        unit               TEXT,
        scale              TEXT,
        precision          INTEGER NOT NULL,
        percent            INTEGER NOT NULL,
        percentage_points  INTEGER NOT NULL,
        direction          TEXT,
        span_start         INTEGER,
        span_end           INTEGER,
        context            TEXT
      );
      CREATE INDEX figures_document_canonical ON figures (document_id, canonical);
      CREATE INDEX figures_cell ON figures (cell_id);
      CREATE INDEX cells_table ON cells (table_id);
    `,
  },
  {
    version: 3,
    name: 'checks: stored results with the figures they read, user-defined checks',
    sql: `
      ALTER TABLE documents ADD COLUMN checked_at TEXT;

      CREATE TABLE check_results (
        id              INTEGER PRIMARY KEY,
        document_id     INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        key             TEXT    NOT NULL,
        family          TEXT    NOT NULL,
        rule            TEXT    NOT NULL,
        description_zh  TEXT    NOT NULL,
        description_en  TEXT    NOT NULL,
        expected        TEXT,
        actual          TEXT,
        difference      TEXT,
        tolerance       TEXT,
        status          TEXT    NOT NULL CHECK (status IN ('pass', 'rounding', 'fail', 'cannot_evaluate')),
        reason_zh       TEXT,
        reason_en       TEXT,
        checked_at      TEXT    NOT NULL,
        UNIQUE (document_id, key)
      );
      CREATE INDEX check_results_document_status ON check_results (document_id, status);

      -- Which figures a result read, in order (the first is the one checked).
      CREATE TABLE check_result_figures (
        check_id   INTEGER NOT NULL REFERENCES check_results (id) ON DELETE CASCADE,
        position   INTEGER NOT NULL,
        figure_id  INTEGER NOT NULL REFERENCES figures (id) ON DELETE CASCADE,
        PRIMARY KEY (check_id, position)
      );
      CREATE INDEX check_result_figures_figure ON check_result_figures (figure_id);

      -- A reviewer's own formula, for one filing, or a template (document_id NULL) by table kind.
      CREATE TABLE custom_checks (
        id           INTEGER PRIMARY KEY,
        document_id  INTEGER REFERENCES documents (id) ON DELETE CASCADE,
        table_kind   TEXT,
        name         TEXT    NOT NULL,
        formula      TEXT    NOT NULL,
        created_by   TEXT    NOT NULL,
        created_at   TEXT    NOT NULL
      );
    `,
  },
  {
    version: 4,
    name: 'review: users, annotations, corrections, filing status, the hash-chained audit log',
    sql: `
      CREATE TABLE users (
        id             INTEGER PRIMARY KEY,
        username       TEXT    NOT NULL UNIQUE COLLATE NOCASE,
        display_name   TEXT    NOT NULL,
        role           TEXT    NOT NULL CHECK (role IN ('reviewer', 'supervisor', 'admin')),
        password_hash  TEXT    NOT NULL,
        active         INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
        created_at     TEXT    NOT NULL
      );

      ALTER TABLE documents ADD COLUMN review_reason TEXT;
      ALTER TABLE documents ADD COLUMN review_changed_by TEXT;
      ALTER TABLE documents ADD COLUMN review_changed_at TEXT;
      ALTER TABLE documents ADD COLUMN submitted_by TEXT;
      -- "host:pid" of the process running an extraction, so another process does not mark it interrupted.
      ALTER TABLE documents ADD COLUMN extraction_owner TEXT;

      -- In PDF coordinates, never written into the PDF; the anchor names a cell or figure by its stable key.
      CREATE TABLE annotations (
        id           INTEGER PRIMARY KEY,
        document_id  INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        anchor_kind  TEXT    NOT NULL CHECK (anchor_kind IN ('region', 'text', 'cell', 'figure')),
        page         INTEGER NOT NULL,
        rects        TEXT    NOT NULL,
        quote        TEXT,
        target_key   TEXT,
        comment      TEXT    NOT NULL,
        tags         TEXT    NOT NULL,
        status       TEXT    NOT NULL CHECK (status IN ('open', 'resolved')),
        author       TEXT    NOT NULL,
        created_at   TEXT    NOT NULL,
        updated_at   TEXT    NOT NULL
      );
      CREATE INDEX annotations_document ON annotations (document_id, status);

      CREATE TABLE annotation_replies (
        id             INTEGER PRIMARY KEY,
        annotation_id  INTEGER NOT NULL REFERENCES annotations (id) ON DELETE CASCADE,
        author         TEXT    NOT NULL,
        body           TEXT    NOT NULL,
        created_at     TEXT    NOT NULL
      );
      CREATE INDEX annotation_replies_annotation ON annotation_replies (annotation_id);

      -- Never overwrites what was extracted: the reviewed value is the latest approved correction.
      CREATE TABLE corrections (
        id                INTEGER PRIMARY KEY,
        document_id       INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        target_key        TEXT    NOT NULL,
        field             TEXT    NOT NULL CHECK (field IN ('value', 'text', 'row', 'column', 'unit', 'period')),
        old_value         TEXT,
        new_value         TEXT    NOT NULL,
        extracted_value   TEXT,
        page              INTEGER NOT NULL,
        x0 REAL NOT NULL, y0 REAL NOT NULL, x1 REAL NOT NULL, y1 REAL NOT NULL,
        label             TEXT    NOT NULL,
        reason            TEXT    NOT NULL,
        status            TEXT    NOT NULL CHECK (status IN ('pending', 'approved', 'rejected', 'withdrawn')),
        proposed_by       TEXT    NOT NULL,
        proposed_at       TEXT    NOT NULL,
        decided_by        TEXT,
        decided_at        TEXT,
        decision_comment  TEXT
      );
      CREATE INDEX corrections_document ON corrections (document_id, status);
      CREATE INDEX corrections_status ON corrections (status);
      -- Corrections and annotations find a text figure by page and offset.
      CREATE INDEX figures_text_span ON figures (document_id, page, span_start);

      -- Append-only; each row holds the SHA-256 of the one before, so any edit breaks the chain.
      CREATE TABLE audit_log (
        id           INTEGER PRIMARY KEY,
        at           TEXT    NOT NULL,
        actor        TEXT    NOT NULL,
        action       TEXT    NOT NULL,
        entity       TEXT    NOT NULL,
        entity_id    TEXT,
        document_id  INTEGER,
        target_key   TEXT,
        old_value    TEXT,
        new_value    TEXT,
        reason       TEXT,
        prev_hash    TEXT    NOT NULL,
        hash         TEXT    NOT NULL
      );
      CREATE INDEX audit_log_document ON audit_log (document_id, target_key);
      CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
      CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
    `,
  },
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.reduce((max, m) => Math.max(max, m.version), 0);
