//! Versioned migrations, tracked in SQLite's `user_version`.
//!
//! Migration N (1-based) brings a database from version N-1 to N; each runs in its own
//! transaction with the version bump, so a crash mid-migration leaves the previous version.
//! Append new migrations; never edit a released one.

use crate::{StoreError, StoreErrorKind};
use rusqlite::Connection;

pub(crate) const MIGRATIONS: &[&str] = &[
    // 1: the initial schema.
    r#"
CREATE TABLE coding_runs (
    id            INTEGER PRIMARY KEY,
    rasad_version TEXT NOT NULL,
    lexicon_hash  TEXT NOT NULL,
    command       TEXT NOT NULL,
    started       TEXT NOT NULL,
    finished      TEXT
);

CREATE TABLE documents (
    rowid         INTEGER PRIMARY KEY,
    id            TEXT NOT NULL UNIQUE,
    source        TEXT,
    url           TEXT,
    date          TEXT,
    title         TEXT,
    text          TEXT NOT NULL,
    content_hash  TEXT NOT NULL,
    run_id        INTEGER NOT NULL REFERENCES coding_runs(id),
    added         TEXT NOT NULL
);
CREATE INDEX documents_run ON documents(run_id);

CREATE TABLE sentences (
    doc          INTEGER NOT NULL REFERENCES documents(rowid),
    idx          INTEGER NOT NULL,
    start        INTEGER NOT NULL,
    end          INTEGER NOT NULL,
    boilerplate  TEXT,
    PRIMARY KEY (doc, idx)
) WITHOUT ROWID;

CREATE TABLE mentions (
    id        INTEGER PRIMARY KEY,
    doc       INTEGER NOT NULL REFERENCES documents(rowid),
    sentence  INTEGER NOT NULL,
    start     INTEGER NOT NULL,
    end       INTEGER NOT NULL,
    text      TEXT NOT NULL,
    kind      TEXT NOT NULL,
    name      TEXT NOT NULL,
    entry_id  TEXT,
    country   TEXT,
    sector    TEXT,
    lat       REAL,
    lon       REAL
);
CREATE INDEX mentions_doc ON mentions(doc);

CREATE TABLE events (
    id           INTEGER PRIMARY KEY,
    event_id     TEXT NOT NULL UNIQUE,
    doc          INTEGER NOT NULL REFERENCES documents(rowid),
    run_id       INTEGER NOT NULL REFERENCES coding_runs(id),
    sentence     INTEGER NOT NULL,
    date         TEXT,
    event_type   TEXT NOT NULL,
    cameo        TEXT NOT NULL,
    root         TEXT NOT NULL,
    quad_class   INTEGER NOT NULL,
    goldstein    REAL NOT NULL,
    status       TEXT NOT NULL,
    src_name     TEXT,
    src_code     TEXT,
    src_id       TEXT,
    src_country  TEXT,
    src_sector   TEXT,
    src_text     TEXT,
    tgt_name     TEXT,
    tgt_code     TEXT,
    tgt_id       TEXT,
    tgt_country  TEXT,
    tgt_sector   TEXT,
    tgt_text     TEXT,
    loc_name     TEXT,
    loc_text     TEXT,
    loc_country  TEXT,
    json         TEXT NOT NULL
);
CREATE INDEX events_doc ON events(doc);
CREATE INDEX events_date ON events(date, id);
CREATE INDEX events_type ON events(event_type, date);
CREATE INDEX events_root ON events(root, date);
CREATE INDEX events_src ON events(src_name COLLATE NOCASE);
CREATE INDEX events_tgt ON events(tgt_name COLLATE NOCASE);
CREATE INDEX events_src_country ON events(src_country);
CREATE INDEX events_tgt_country ON events(tgt_country);

-- Arabic search over a derived, normalized, clitic-segmented copy of each document (see
-- search.rs); rowid = documents.rowid. Contentless: the terms are not stored twice.
CREATE VIRTUAL TABLE doc_search USING fts5(
    terms, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0'
);
"#,
    // 2: actor lookup keys, so `--actor` filters use an index instead of scanning every event.
    // One row per (key, role, event); keys are ASCII-lowercased names, lexicon ids, combined
    // codes, countries, sectors and the actor's text. role: 0 = source, 1 = target.
    r#"
CREATE TABLE event_actors (
    key    TEXT NOT NULL,
    role   INTEGER NOT NULL,
    event  INTEGER NOT NULL REFERENCES events(id)
);
CREATE UNIQUE INDEX event_actors_key ON event_actors(key, role, event);
CREATE INDEX event_actors_event ON event_actors(event);
INSERT OR IGNORE INTO event_actors (key, role, event)
    SELECT lower(k), r, id FROM (
        SELECT id, 0 AS r, src_name AS k FROM events UNION ALL SELECT id, 0, src_id FROM events
        UNION ALL SELECT id, 0, src_code FROM events UNION ALL SELECT id, 0, src_country FROM events
        UNION ALL SELECT id, 0, src_sector FROM events UNION ALL SELECT id, 0, src_text FROM events
        UNION ALL SELECT id, 1, tgt_name FROM events UNION ALL SELECT id, 1, tgt_id FROM events
        UNION ALL SELECT id, 1, tgt_code FROM events UNION ALL SELECT id, 1, tgt_country FROM events
        UNION ALL SELECT id, 1, tgt_sector FROM events UNION ALL SELECT id, 1, tgt_text FROM events)
    WHERE k IS NOT NULL AND k <> '';
"#,
    // 3: covering indexes for the dashboard's aggregates (`/api/actors`, `/api/network`), so a
    // count over every event reads small index pages instead of event rows with their JSON.
    r#"
CREATE INDEX events_dyad ON events(src_name, src_code, tgt_name, tgt_code, event_type, date);
CREATE INDEX events_tgt_agg ON events(tgt_name, tgt_code, event_type, date);
"#,
];

/// The schema version this build writes.
pub(crate) fn current_version() -> i64 {
    MIGRATIONS.len() as i64
}

pub(crate) fn migrate(conn: &mut Connection) -> Result<(), StoreError> {
    let found: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    if found > current_version() {
        return Err(StoreError::new(StoreErrorKind::SchemaTooNew {
            found,
            known: current_version(),
        }));
    }
    for (i, sql) in MIGRATIONS.iter().enumerate().skip(found as usize) {
        let tx = conn.transaction()?;
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", (i + 1) as i64)?;
        tx.commit()?;
    }
    Ok(())
}
