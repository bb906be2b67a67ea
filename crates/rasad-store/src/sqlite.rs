//! The embedded SQLite backend.

use crate::schema;
use crate::search;
use crate::utf16::Utf16Index;
use crate::*;
use chrono::NaiveDate;
use rasad_event::{Event, PloverType, Span};
use rasad_text::Analyzer;
use rusqlite::types::Value;
use rusqlite::{params, params_from_iter, Connection, OpenFlags, OptionalExtension, Row};
use std::collections::HashMap;
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// A [`Store`] in one SQLite file (WAL mode). One `SqliteStore` is one connection: use one per
/// thread; many readers and one writer can share a file.
pub struct SqliteStore {
    conn: Connection,
    analyzer: Analyzer,
    time_limit: Option<Duration>,
    deadline: Arc<Mutex<Option<Instant>>>,
}

impl std::fmt::Debug for SqliteStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SqliteStore")
            .field("path", &self.conn.path())
            .finish()
    }
}

const EVENT_SELECT: &str = "SELECT e.id, e.json, d.id, d.source, d.url, d.title, d.date, \
     r.id, r.lexicon_hash, r.started \
     FROM events e JOIN documents d ON d.rowid = e.doc JOIN coding_runs r ON r.id = e.run_id";

impl SqliteStore {
    /// Opens (creating if needed) and migrates a database file.
    pub fn open(path: &Path) -> Result<SqliteStore, StoreError> {
        let conn = Connection::open(path)?;
        SqliteStore::setup(conn, false)
    }

    /// Opens an existing database read-only (the server's readers).
    pub fn open_read_only(path: &Path) -> Result<SqliteStore, StoreError> {
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        SqliteStore::setup(conn, true)
    }

    /// A private in-memory database (tests).
    pub fn open_in_memory() -> Result<SqliteStore, StoreError> {
        SqliteStore::setup(Connection::open_in_memory()?, false)
    }

    fn setup(mut conn: Connection, read_only: bool) -> Result<SqliteStore, StoreError> {
        conn.busy_timeout(Duration::from_secs(10))?;
        if !read_only {
            // WAL: readers never block the writer; NORMAL sync is durable against process
            // crashes (kill -9), only an OS crash may lose the last commits.
            conn.pragma_update(None, "journal_mode", "WAL")?;
            conn.pragma_update(None, "synchronous", "NORMAL")?;
            schema::migrate(&mut conn)?;
        } else {
            let v: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
            if v != schema::current_version() {
                return Err(StoreError::new(StoreErrorKind::SchemaTooNew {
                    found: v,
                    known: schema::current_version(),
                }));
            }
        }
        conn.pragma_update(None, "foreign_keys", "ON")?;
        let deadline: Arc<Mutex<Option<Instant>>> = Arc::default();
        let d = Arc::clone(&deadline);
        conn.progress_handler(
            10_000,
            Some(move || match d.lock() {
                Ok(g) => g.is_some_and(|t| Instant::now() > t),
                Err(_) => false,
            }),
        );
        Ok(SqliteStore {
            conn,
            analyzer: Analyzer::default(),
            time_limit: None,
            deadline,
        })
    }

    /// Interrupts any single read that runs longer than `limit` ([`StoreErrorKind::Timeout`]).
    pub fn set_time_limit(&mut self, limit: Option<Duration>) {
        self.time_limit = limit;
    }

    /// The analyzer used for search terms (documents and queries alike).
    pub fn search_analyzer(&self) -> &Analyzer {
        &self.analyzer
    }

    /// Runs `f` under the time limit.
    fn timed<T>(&self, f: impl FnOnce() -> Result<T, StoreError>) -> Result<T, StoreError> {
        let set = |v: Option<Instant>| {
            if let Ok(mut g) = self.deadline.lock() {
                *g = v;
            }
        };
        set(self.time_limit.map(|l| Instant::now() + l));
        let out = f();
        set(None);
        out
    }

    fn filter_sql(&self, f: &EventFilter) -> Result<(String, Vec<Value>), StoreError> {
        let mut sql = String::from("1=1");
        let mut p: Vec<Value> = Vec::new();
        if let Some(a) = f.actor.as_deref().map(str::trim).filter(|a| !a.is_empty()) {
            // See migration 2: one indexed key row per name, id, code, country, sector, text.
            sql.push_str(" AND e.id IN (SELECT event FROM event_actors WHERE key = ?");
            p.push(Value::Text(a.to_ascii_lowercase()));
            match f.role {
                Role::Source => sql.push_str(" AND role = 0)"),
                Role::Target => sql.push_str(" AND role = 1)"),
                Role::Either => sql.push(')'),
            }
        }
        if let Some(t) = f.event_type {
            sql.push_str(" AND e.event_type = ?");
            p.push(Value::Text(t.as_str().into()));
        }
        if let Some(r) = f.root {
            sql.push_str(" AND e.root = ?");
            p.push(Value::Text(r.root().as_str().into()));
        }
        if let Some(d) = f.from {
            sql.push_str(" AND e.date >= ?");
            p.push(Value::Text(d.to_string()));
        }
        if let Some(d) = f.to {
            sql.push_str(" AND e.date <= ?");
            p.push(Value::Text(d.to_string()));
        }
        if let Some(pl) = f.place.as_deref().map(str::trim).filter(|a| !a.is_empty()) {
            sql.push_str(
                " AND (e.loc_name = ? COLLATE NOCASE OR e.loc_text = ? OR e.loc_country = ? COLLATE NOCASE)",
            );
            for _ in 0..3 {
                p.push(Value::Text(pl.into()));
            }
        }
        if let Some(s) = f.status {
            sql.push_str(" AND e.status = ?");
            p.push(Value::Text(s.as_str().into()));
        }
        if let Some(id) = &f.doc_id {
            sql.push_str(" AND e.doc = (SELECT rowid FROM documents WHERE id = ?)");
            p.push(Value::Text(id.clone()));
        }
        if let Some(q) = f.text.as_deref() {
            let Some(m) = search::fts_query(&self.analyzer, q) else {
                return Err(StoreError::invalid(format!(
                    "text search {q:?} has no searchable word"
                )));
            };
            sql.push_str(" AND e.doc IN (SELECT rowid FROM doc_search WHERE doc_search MATCH ?)");
            p.push(Value::Text(m));
        }
        Ok((sql, p))
    }

    fn stored_event(row: &Row<'_>) -> rusqlite::Result<RawEvent> {
        Ok(RawEvent {
            global_id: row.get(0)?,
            json: row.get(1)?,
            doc_id: row.get(2)?,
            source: row.get(3)?,
            url: row.get(4)?,
            title: row.get(5)?,
            date: row.get(6)?,
            run_id: row.get(7)?,
            lexicon_hash: row.get(8)?,
            started: row.get(9)?,
        })
    }

    fn order_by(sort: Sort) -> &'static str {
        match sort {
            Sort::DateDesc => " ORDER BY e.date DESC, e.id DESC",
            Sort::DateAsc => " ORDER BY e.date ASC, e.id ASC",
            Sort::Id => " ORDER BY e.id ASC",
        }
    }

    fn run_ref(&self, id: i64) -> Result<CodingRunRef, StoreError> {
        Ok(self.conn.query_row(
            "SELECT id, lexicon_hash, started FROM coding_runs WHERE id = ?",
            [id],
            |r| {
                Ok(CodingRunRef {
                    id: r.get(0)?,
                    lexicon_hash: r.get(1)?,
                    started: r.get(2)?,
                })
            },
        )?)
    }
}

/// An event row before parsing.
struct RawEvent {
    global_id: i64,
    json: String,
    doc_id: String,
    source: Option<String>,
    url: Option<String>,
    title: Option<String>,
    date: Option<String>,
    run_id: i64,
    lexicon_hash: String,
    started: String,
}

impl RawEvent {
    fn parse(self) -> Result<StoredEvent, StoreError> {
        let json: serde_json::Value = serde_json::from_str(&self.json)
            .map_err(|e| StoreError::corrupt(format!("event {}: {e}", self.global_id)))?;
        let event: Event = serde_json::from_value(json.clone())
            .map_err(|e| StoreError::corrupt(format!("event {}: {e}", self.global_id)))?;
        Ok(StoredEvent {
            global_id: self.global_id,
            event,
            json,
            document: DocMeta {
                id: self.doc_id,
                source: self.source,
                url: self.url,
                title: self.title,
                date: parse_date(self.date.as_deref())?,
            },
            run: CodingRunRef {
                id: self.run_id,
                lexicon_hash: self.lexicon_hash,
                started: self.started,
            },
        })
    }
}

fn parse_date(s: Option<&str>) -> Result<Option<NaiveDate>, StoreError> {
    s.map(|s| {
        NaiveDate::parse_from_str(s, "%Y-%m-%d")
            .map_err(|_| StoreError::corrupt(format!("bad date {s:?}")))
    })
    .transpose()
}

fn parse_code<T, E>(
    s: Option<String>,
    f: impl Fn(&str) -> Result<T, E>,
) -> Result<Option<T>, StoreError> {
    s.map(|s| f(&s).map_err(|_| StoreError::corrupt(format!("bad code {s:?}"))))
        .transpose()
}

fn now() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

fn span(start: i64, end: i64) -> Result<Span, StoreError> {
    if start < 0 || end < start {
        return Err(StoreError::corrupt(format!("bad span {start}..{end}")));
    }
    Ok(Span::new(start as usize, end as usize))
}

impl Store for SqliteStore {
    fn begin_run(&mut self, info: &RunInfo) -> Result<RunId, StoreError> {
        self.conn.execute(
            "INSERT INTO coding_runs (rasad_version, lexicon_hash, command, started) VALUES (?, ?, ?, ?)",
            params![info.rasad_version, info.lexicon_hash, info.command, now()],
        )?;
        Ok(RunId(self.conn.last_insert_rowid()))
    }

    fn finish_run(&mut self, run: RunId) -> Result<(), StoreError> {
        self.conn.execute(
            "UPDATE coding_runs SET finished = ? WHERE id = ?",
            params![now(), run.0],
        )?;
        Ok(())
    }

    fn runs(&self) -> Result<Vec<CodingRun>, StoreError> {
        let mut st = self.conn.prepare(
            "SELECT r.id, r.rasad_version, r.lexicon_hash, r.command, r.started, r.finished, \
             (SELECT COUNT(*) FROM documents d WHERE d.run_id = r.id) FROM coding_runs r ORDER BY r.id",
        )?;
        let rows = st.query_map([], |r| {
            Ok(CodingRun {
                id: r.get(0)?,
                rasad_version: r.get(1)?,
                lexicon_hash: r.get(2)?,
                command: r.get(3)?,
                started: r.get(4)?,
                finished: r.get(5)?,
                documents: r.get::<_, i64>(6)? as u64,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    fn content_hashes(&self) -> Result<HashMap<String, String>, StoreError> {
        let mut st = self
            .conn
            .prepare("SELECT id, content_hash FROM documents")?;
        let rows = st.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    fn write(
        &mut self,
        run: RunId,
        docs: &[PreparedDocument],
        mode: WriteMode,
    ) -> Result<WriteReport, StoreError> {
        let mut report = WriteReport::default();
        let tx = self.conn.transaction()?;
        let added = now();
        for p in docs {
            let d = &p.coded.document;
            let existing: Option<(i64, String)> = tx
                .prepare_cached("SELECT rowid, content_hash FROM documents WHERE id = ?")?
                .query_row([&d.id], |r| Ok((r.get(0)?, r.get(1)?)))
                .optional()?;
            let date = d.date.map(|x| x.to_string());
            let rowid = match existing {
                Some((_, h)) if h == p.content_hash && mode == WriteMode::IfChanged => {
                    report.unchanged += 1;
                    continue;
                }
                Some((rowid, _)) => {
                    for sql in [
                        "DELETE FROM event_actors WHERE event IN (SELECT id FROM events WHERE doc = ?)",
                        "DELETE FROM events WHERE doc = ?",
                        "DELETE FROM mentions WHERE doc = ?",
                        "DELETE FROM sentences WHERE doc = ?",
                        "DELETE FROM doc_search WHERE rowid = ?",
                    ] {
                        tx.prepare_cached(sql)?.execute([rowid])?;
                    }
                    tx.prepare_cached(
                        "UPDATE documents SET source = ?, url = ?, date = ?, title = ?, text = ?, \
                         content_hash = ?, run_id = ?, added = ? WHERE rowid = ?",
                    )?
                    .execute(params![
                        d.source,
                        d.url,
                        date,
                        d.title,
                        d.text,
                        p.content_hash,
                        run.0,
                        added,
                        rowid
                    ])?;
                    report.replaced += 1;
                    rowid
                }
                None => {
                    tx.prepare_cached(
                        "INSERT INTO documents (id, source, url, date, title, text, content_hash, run_id, added) \
                         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    )?
                    .execute(params![
                        d.id, d.source, d.url, date, d.title, d.text, p.content_hash, run.0, added
                    ])?;
                    report.inserted += 1;
                    tx.last_insert_rowid()
                }
            };
            tx.prepare_cached("INSERT INTO doc_search (rowid, terms) VALUES (?, ?)")?
                .execute(params![rowid, p.search_terms])?;
            {
                let mut st = tx.prepare_cached(
                    "INSERT OR REPLACE INTO sentences (doc, idx, start, end, boilerplate) VALUES (?, ?, ?, ?, ?)",
                )?;
                for s in &p.coded.sentences {
                    st.execute(params![
                        rowid,
                        s.index as i64,
                        s.span.start as i64,
                        s.span.end as i64,
                        s.boilerplate
                    ])?;
                }
            }
            {
                let mut st = tx.prepare_cached(
                    "INSERT INTO mentions (doc, sentence, start, end, text, kind, name, entry_id, country, sector, lat, lon) \
                     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                )?;
                for m in &p.coded.mentions {
                    st.execute(params![
                        rowid,
                        m.sentence as i64,
                        m.span.start as i64,
                        m.span.end as i64,
                        m.text,
                        m.kind.as_str(),
                        m.name,
                        m.entry_id,
                        m.country.map(|c| c.as_str().to_string()),
                        m.sector.map(|s| s.as_str()),
                        m.lat,
                        m.lon
                    ])?;
                }
            }
            {
                // Same id = same event (the id hashes document, sentence, trigger, type and roles).
                let mut st = tx.prepare_cached(
                    "INSERT OR IGNORE INTO events (event_id, doc, run_id, sentence, date, event_type, cameo, root, \
                     quad_class, goldstein, status, src_name, src_code, src_id, src_country, src_sector, src_text, \
                     tgt_name, tgt_code, tgt_id, tgt_country, tgt_sector, tgt_text, loc_name, loc_text, loc_country, json) \
                     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                )?;
                for (e, json) in p.coded.events.iter().zip(&p.event_json) {
                    let actor = |a: &Option<rasad_event::ActorRef>| -> [Value; 6] {
                        match a {
                            None => std::array::from_fn(|_| Value::Null),
                            Some(a) => [
                                Value::Text(a.name.clone()),
                                Value::Text(a.code()),
                                a.id.clone().map_or(Value::Null, Value::Text),
                                a.country
                                    .map_or(Value::Null, |c| Value::Text(c.as_str().into())),
                                a.sector
                                    .map_or(Value::Null, |s| Value::Text(s.as_str().into())),
                                Value::Text(a.text.clone()),
                            ],
                        }
                    };
                    let mut v: Vec<Value> = vec![
                        Value::Text(e.event_id.clone()),
                        Value::Integer(rowid),
                        Value::Integer(run.0),
                        Value::Integer(e.sentence as i64),
                        e.date
                            .or(d.date)
                            .map_or(Value::Null, |x| Value::Text(x.to_string())),
                        Value::Text(e.event_type.as_str().into()),
                        Value::Text(e.cameo.as_str().into()),
                        Value::Text(e.cameo.root().as_str().into()),
                        Value::Integer(e.quad_class.number() as i64),
                        Value::Real(e.goldstein as f64),
                        Value::Text(e.attribution.status.as_str().into()),
                    ];
                    v.extend(actor(&e.source));
                    v.extend(actor(&e.target));
                    match &e.location {
                        Some(l) => {
                            v.push(Value::Text(l.name.clone()));
                            v.push(Value::Text(l.text.clone()));
                            v.push(
                                l.country
                                    .map_or(Value::Null, |c| Value::Text(c.as_str().into())),
                            );
                        }
                        None => v.extend([Value::Null, Value::Null, Value::Null]),
                    }
                    v.push(Value::Text(json.clone()));
                    let inserted = st.execute(params_from_iter(v))?;
                    report.events += inserted as u64;
                    if inserted == 0 {
                        continue; // a duplicate of an event already written
                    }
                    let event_row = tx.last_insert_rowid();
                    let mut keys = tx.prepare_cached(
                        "INSERT OR IGNORE INTO event_actors (key, role, event) VALUES (?, ?, ?)",
                    )?;
                    for (role, a) in [(0, &e.source), (1, &e.target)] {
                        let Some(a) = a else { continue };
                        let code = a.code();
                        let country = a.country.map(|c| c.as_str().to_string());
                        let fields = [
                            Some(a.name.as_str()),
                            a.id.as_deref(),
                            Some(code.as_str()),
                            country.as_deref(),
                            a.sector.map(|s| s.as_str()),
                            Some(a.text.as_str()),
                        ];
                        for k in fields.into_iter().flatten().filter(|k| !k.is_empty()) {
                            keys.execute(params![k.to_ascii_lowercase(), role, event_row])?;
                        }
                    }
                }
            }
        }
        tx.commit()?;
        Ok(report)
    }

    fn document_ids(&self, not_coded_with: Option<&str>) -> Result<Vec<String>, StoreError> {
        let mut st = self.conn.prepare(
            "SELECT d.id FROM documents d JOIN coding_runs r ON r.id = d.run_id \
             WHERE ?1 IS NULL OR r.lexicon_hash <> ?1 ORDER BY d.rowid",
        )?;
        let rows = st.query_map([not_coded_with], |r| r.get(0))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    fn document_record(&self, id: &str) -> Result<Option<DocumentRecord>, StoreError> {
        let row = self
            .conn
            .query_row(
                "SELECT id, source, url, date, title, text FROM documents WHERE id = ?",
                [id],
                |r| {
                    Ok((
                        r.get::<_, String>(0)?,
                        r.get(1)?,
                        r.get(2)?,
                        r.get::<_, Option<String>>(3)?,
                        r.get(4)?,
                        r.get(5)?,
                    ))
                },
            )
            .optional()?;
        row.map(|(id, source, url, date, title, text)| {
            Ok(DocumentRecord {
                id,
                source,
                url,
                date: parse_date(date.as_deref())?,
                title,
                text,
            })
        })
        .transpose()
    }

    fn document(&self, id: &str) -> Result<Option<DocumentView>, StoreError> {
        self.timed(|| {
            let Some(document) = self.document_record(id)? else {
                return Ok(None);
            };
            let (rowid, hash, run_id): (i64, String, i64) = self.conn.query_row(
                "SELECT rowid, content_hash, run_id FROM documents WHERE id = ?",
                [id],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )?;
            let index = Utf16Index::new(&document.text);
            let mut st = self.conn.prepare_cached(
                "SELECT idx, start, end, boilerplate FROM sentences WHERE doc = ? ORDER BY idx",
            )?;
            let sentences = st
                .query_map([rowid], |r| {
                    Ok((r.get::<_, i64>(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
                })?
                .map(|row| {
                    let (idx, s, e, boilerplate) = row?;
                    let sp = span(s, e)?;
                    let (a, b) = index.span(sp);
                    Ok(SentenceView {
                        index: idx as usize,
                        span: sp,
                        span_utf16: [a, b],
                        boilerplate,
                    })
                })
                .collect::<Result<Vec<_>, StoreError>>()?;
            let mut st = self.conn.prepare_cached(
                "SELECT sentence, start, end, text, kind, name, entry_id, country, sector, lat, lon \
                 FROM mentions WHERE doc = ? ORDER BY start, id",
            )?;
            let mentions = st
                .query_map([rowid], |r| {
                    Ok((
                        r.get::<_, i64>(0)?,
                        r.get::<_, i64>(1)?,
                        r.get::<_, i64>(2)?,
                        r.get::<_, String>(3)?,
                        r.get::<_, String>(4)?,
                        r.get::<_, String>(5)?,
                        r.get::<_, Option<String>>(6)?,
                        r.get::<_, Option<String>>(7)?,
                        r.get::<_, Option<String>>(8)?,
                        r.get::<_, Option<f64>>(9)?,
                        r.get::<_, Option<f64>>(10)?,
                    ))
                })?
                .map(|row| {
                    let (sentence, s, e, text, kind, name, entry_id, country, sector, lat, lon) = row?;
                    let sp = span(s, e)?;
                    let (a, b) = index.span(sp);
                    Ok(MentionView {
                        sentence: sentence as usize,
                        span: sp,
                        span_utf16: [a, b],
                        text,
                        kind: MentionKind::parse(&kind)
                            .ok_or_else(|| StoreError::corrupt(format!("bad mention kind {kind:?}")))?,
                        name,
                        entry_id,
                        country: parse_code(country, rasad_event::Country::parse)?,
                        sector: parse_code(sector, rasad_event::Sector::parse)?,
                        lat,
                        lon,
                    })
                })
                .collect::<Result<Vec<_>, StoreError>>()?;
            let mut st = self.conn.prepare_cached(&format!(
                "{EVENT_SELECT} WHERE e.doc = ? ORDER BY e.sentence, e.id"
            ))?;
            let events = st
                .query_map([rowid], SqliteStore::stored_event)?
                .map(|r| r?.parse())
                .collect::<Result<Vec<_>, StoreError>>()?;
            Ok(Some(DocumentView {
                document,
                content_hash: hash,
                run: self.run_ref(run_id)?,
                sentences,
                mentions,
                events,
            }))
        })
    }

    fn events(&self, filter: &EventFilter, page: &Page) -> Result<EventPage, StoreError> {
        self.timed(|| {
            let (w, mut p) = self.filter_sql(filter)?;
            let total: i64 = self.conn.query_row(
                &format!("SELECT COUNT(*) FROM events e WHERE {w}"),
                params_from_iter(p.iter()),
                |r| r.get(0),
            )?;
            let sql = format!(
                "{EVENT_SELECT} WHERE {w}{} LIMIT ? OFFSET ?",
                SqliteStore::order_by(page.sort)
            );
            p.push(Value::Integer(page.limit.min(i64::MAX as u64) as i64));
            p.push(Value::Integer(page.offset.min(i64::MAX as u64) as i64));
            let mut st = self.conn.prepare_cached(&sql)?;
            let events = st
                .query_map(params_from_iter(p.iter()), SqliteStore::stored_event)?
                .map(|r| r?.parse())
                .collect::<Result<Vec<_>, StoreError>>()?;
            Ok(EventPage {
                total: total as u64,
                events,
            })
        })
    }

    fn for_each_event(
        &self,
        filter: &EventFilter,
        sort: Sort,
        f: &mut dyn FnMut(StoredEvent) -> Result<(), StoreError>,
    ) -> Result<u64, StoreError> {
        let (w, p) = self.filter_sql(filter)?;
        let sql = format!("{EVENT_SELECT} WHERE {w}{}", SqliteStore::order_by(sort));
        let mut st = self.conn.prepare(&sql)?;
        let mut rows = st.query(params_from_iter(p.iter()))?;
        let mut n = 0;
        while let Some(row) = rows.next()? {
            f(SqliteStore::stored_event(row)?.parse()?)?;
            n += 1;
        }
        Ok(n)
    }

    fn event(&self, event_id: &str) -> Result<Option<StoredEvent>, StoreError> {
        self.timed(|| {
            let raw = self
                .conn
                .query_row(
                    &format!("{EVENT_SELECT} WHERE e.event_id = ?"),
                    [event_id],
                    SqliteStore::stored_event,
                )
                .optional()?;
            raw.map(RawEvent::parse).transpose()
        })
    }

    fn actors(&self, filter: &EventFilter, limit: u64) -> Result<Vec<ActorCount>, StoreError> {
        self.timed(|| {
            let (w, p) = self.filter_sql(filter)?;
            let sql = format!(
                "SELECT name, code, SUM(s), SUM(t) FROM ( \
                   SELECT e.src_name AS name, e.src_code AS code, 1 AS s, 0 AS t FROM events e \
                   WHERE e.src_name IS NOT NULL AND {w} \
                   UNION ALL \
                   SELECT e.tgt_name, e.tgt_code, 0, 1 FROM events e WHERE e.tgt_name IS NOT NULL AND {w}) \
                 GROUP BY name, code ORDER BY SUM(s) + SUM(t) DESC, name LIMIT ?"
            );
            let mut all: Vec<Value> = p.clone();
            all.extend(p);
            all.push(Value::Integer(limit.min(i64::MAX as u64) as i64));
            let mut st = self.conn.prepare_cached(&sql)?;
            let rows = st.query_map(params_from_iter(all.iter()), |r| {
                let s: i64 = r.get(2)?;
                let t: i64 = r.get(3)?;
                Ok(ActorCount {
                    name: r.get(0)?,
                    code: r.get::<_, Option<String>>(1)?.unwrap_or_default(),
                    as_source: s as u64,
                    as_target: t as u64,
                    total: (s + t) as u64,
                })
            })?;
            Ok(rows.collect::<Result<_, _>>()?)
        })
    }

    fn timeline(
        &self,
        filter: &EventFilter,
        bucket: Bucket,
    ) -> Result<Vec<TimelinePoint>, StoreError> {
        self.timed(|| {
            let (w, p) = self.filter_sql(filter)?;
            let period = match bucket {
                Bucket::Day => "e.date",
                Bucket::Week => "date(e.date, '-6 days', 'weekday 1')",
            };
            let sql = format!(
                "SELECT {period} AS period, e.event_type, COUNT(*) FROM events e \
                 WHERE e.date IS NOT NULL AND {w} GROUP BY period, e.event_type ORDER BY period, e.event_type"
            );
            let mut st = self.conn.prepare_cached(&sql)?;
            let rows = st.query_map(params_from_iter(p.iter()), |r| {
                Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?, r.get::<_, i64>(2)?))
            })?;
            rows.map(|row| {
                let (period, t, n) = row?;
                Ok(TimelinePoint {
                    period: parse_date(Some(&period))?.unwrap_or_default(),
                    event_type: PloverType::parse(&t)
                        .map_err(|_| StoreError::corrupt(format!("bad event type {t:?}")))?,
                    count: n as u64,
                })
            })
            .collect()
        })
    }

    fn network(&self, filter: &EventFilter, limit: u64) -> Result<Vec<Dyad>, StoreError> {
        self.timed(|| {
            let (w, mut p) = self.filter_sql(filter)?;
            let sql = format!(
                "SELECT e.src_name, e.src_code, e.tgt_name, e.tgt_code, COUNT(*) AS n FROM events e \
                 WHERE e.src_name IS NOT NULL AND e.tgt_name IS NOT NULL AND {w} \
                 GROUP BY 1, 2, 3, 4 ORDER BY n DESC, 1, 3 LIMIT ?"
            );
            p.push(Value::Integer(limit.min(i64::MAX as u64) as i64));
            let mut st = self.conn.prepare_cached(&sql)?;
            let rows = st.query_map(params_from_iter(p.iter()), |r| {
                Ok(Dyad {
                    source: r.get(0)?,
                    source_code: r.get::<_, Option<String>>(1)?.unwrap_or_default(),
                    target: r.get(2)?,
                    target_code: r.get::<_, Option<String>>(3)?.unwrap_or_default(),
                    count: r.get::<_, i64>(4)? as u64,
                })
            })?;
            Ok(rows.collect::<Result<_, _>>()?)
        })
    }

    fn stats(&self) -> Result<StoreStats, StoreError> {
        let count = |t: &str| -> Result<u64, StoreError> {
            let n: i64 = self
                .conn
                .query_row(&format!("SELECT COUNT(*) FROM {t}"), [], |r| r.get(0))?;
            Ok(n as u64)
        };
        Ok(StoreStats {
            documents: count("documents")?,
            sentences: count("sentences")?,
            mentions: count("mentions")?,
            events: count("events")?,
            runs: count("coding_runs")?,
        })
    }
}
