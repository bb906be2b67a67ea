//! The HTTP API end to end: a server on an ephemeral loopback port over a database filled with
//! hand-built events, exercised with a raw HTTP/1.1 client.

use rasad_event::{
    event_id, ActorRef, Attribution, CameoCode, Country, Event, PloverType, Sector, Span, Status,
    Trigger,
};
use rasad_server::{AppState, ServerConfig, ROUTES};
use rasad_store::*;
use serde_json::Value;
use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::sync::Arc;

const TEXT_A: &str = "😀 قصفت القوات الأرمينية مواقع أذربيجانية بغزة.";
const TEXT_B: &str = "اتهمت روسيا أرمينيا بخرق الهدنة.";

fn span(text: &str, w: &str) -> Span {
    let s = text.find(w).unwrap();
    Span::new(s, s + w.len())
}

fn actor(text: &str, w: &str, name: &str, c: &str, sector: Option<Sector>) -> ActorRef {
    ActorRef {
        text: w.into(),
        span: span(text, w),
        name: name.into(),
        id: None,
        country: Some(Country::parse(c).unwrap()),
        sector,
        antecedent: None,
        inferred: None,
    }
}

fn ev(
    doc: &str,
    text: &str,
    trig: &str,
    t: PloverType,
    cameo: &str,
    src: ActorRef,
    tgt: ActorRef,
) -> Event {
    let trigger = Trigger {
        text: trig.into(),
        span: span(text, trig),
    };
    let cameo = CameoCode::parse(cameo).unwrap();
    Event {
        doc_id: doc.into(),
        event_id: event_id(doc, 0, trigger.span, t, Some(src.span), Some(tgt.span)),
        sentence: 0,
        event_type: t,
        mode: None,
        cameo,
        quad_class: t.quad_class(),
        goldstein: cameo.info().goldstein,
        source: Some(src),
        target: Some(tgt),
        date: None,
        date_precision: None,
        date_text: None,
        location: None,
        dead: None,
        injured: None,
        trigger,
        attribution: Attribution {
            claimed_by: None,
            status: Status::Asserted,
            denied_by: vec![],
        },
        negated: false,
        hypothetical: false,
        historical: false,
        background: false,
        salience: None,
        rule: "test".into(),
    }
}

fn doc(id: &str, date: &str, text: &str, events: Vec<Event>) -> CodedDocument {
    CodedDocument {
        document: DocumentRecord {
            id: id.into(),
            source: Some("test".into()),
            url: None,
            date: chrono::NaiveDate::parse_from_str(date, "%Y-%m-%d").ok(),
            title: None,
            text: text.into(),
        },
        sentences: vec![SentenceRecord {
            index: 0,
            span: Span::new(0, text.len()),
            boilerplate: None,
        }],
        mentions: text
            .find("روسيا")
            .map(|at| MentionRecord {
                sentence: 0,
                span: Span::new(at, at + "روسيا".len()),
                text: "روسيا".into(),
                kind: MentionKind::Actor,
                name: "Russia".into(),
                entry_id: None,
                country: Some(Country::parse("RUS").unwrap()),
                sector: None,
                lat: None,
                lon: None,
            })
            .into_iter()
            .collect(),
        events,
    }
}

fn fill(path: &std::path::Path) -> Vec<Event> {
    let mut s = SqliteStore::open(path).unwrap();
    let run = s
        .begin_run(&RunInfo {
            rasad_version: "t".into(),
            lexicon_hash: "h".into(),
            command: "test".into(),
        })
        .unwrap();
    let a1 = ev(
        "a",
        TEXT_A,
        "قصفت",
        PloverType::Assault,
        "195",
        actor(
            TEXT_A,
            "القوات الأرمينية",
            "Armenian forces",
            "ARM",
            Some(Sector::Mil),
        ),
        actor(TEXT_A, "مواقع أذربيجانية", "Azerbaijan", "AZE", None),
    );
    let b1 = ev(
        "b",
        TEXT_B,
        "اتهمت",
        PloverType::Accuse,
        "112",
        actor(TEXT_B, "روسيا", "Russia", "RUS", None),
        actor(TEXT_B, "أرمينيا", "Armenia", "ARM", None),
    );
    let b2 = ev(
        "b",
        TEXT_B,
        "بخرق",
        PloverType::Reject,
        "12",
        actor(TEXT_B, "أرمينيا", "Armenia", "ARM", None),
        actor(TEXT_B, "روسيا", "Russia", "RUS", None),
    );
    let docs = vec![
        doc("a", "2020-10-05", TEXT_A, vec![a1.clone()]),
        doc("b", "2020-10-12", TEXT_B, vec![b1.clone(), b2.clone()]),
    ];
    let prepared: Vec<_> = docs
        .into_iter()
        .map(|d| PreparedDocument::new(d, &rasad_text::Analyzer::default()).unwrap())
        .collect();
    s.write(run, &prepared, WriteMode::IfChanged).unwrap();
    vec![a1, b1, b2]
}

struct Server {
    addr: SocketAddr,
    _dir: tempfile::TempDir,
    events: Vec<Event>,
}

fn start(token: Option<&str>, private: bool) -> Server {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("api.db");
    let events = fill(&db);
    let mut cfg = ServerConfig::new(db);
    cfg.token = token.map(String::from);
    cfg.private = private;
    cfg.max_body = 64 * 1024;
    cfg.max_page = 100;
    // An empty lexicon: these tests are about the API, not about what the coder finds.
    let lexicon = Arc::new(rasad_lexicon::Lexicon::default());
    let coder = Arc::new(rasad_coder::Coder::new(lexicon));
    let state = Arc::new(AppState::open(cfg, coder).unwrap());
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let rt = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .unwrap();
        rt.block_on(async move {
            let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
            tx.send(listener.local_addr().unwrap()).unwrap();
            rasad_server::serve(listener, state, std::future::pending())
                .await
                .unwrap();
        });
    });
    let addr = rx.recv().unwrap();
    Server {
        addr,
        _dir: dir,
        events,
    }
}

struct Resp {
    status: u16,
    headers: String,
    body: Vec<u8>,
}

impl Resp {
    fn json(&self) -> Value {
        serde_json::from_slice(&self.body)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {}", String::from_utf8_lossy(&self.body)))
    }
}

fn dechunk(mut b: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    loop {
        let Some(nl) = b.windows(2).position(|w| w == b"\r\n") else {
            return out;
        };
        let size =
            usize::from_str_radix(std::str::from_utf8(&b[..nl]).unwrap().trim(), 16).unwrap();
        if size == 0 {
            return out;
        }
        out.extend_from_slice(&b[nl + 2..nl + 2 + size]);
        b = &b[nl + 2 + size + 2..];
    }
}

fn request(
    addr: SocketAddr,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &[u8],
) -> Resp {
    let mut s = TcpStream::connect(addr).unwrap();
    s.set_read_timeout(Some(std::time::Duration::from_secs(20)))
        .unwrap();
    let mut req = format!("{method} {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nContent-Length: {}\r\n", body.len());
    for (k, v) in headers {
        req.push_str(&format!("{k}: {v}\r\n"));
    }
    req.push_str("\r\n");
    s.write_all(req.as_bytes()).unwrap();
    // A server may answer (413) before reading a large body; ignore a reset on our side.
    let _ = s.write_all(body);
    let mut raw = Vec::new();
    let _ = s.read_to_end(&mut raw);
    let split = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .expect("no header end");
    let headers = String::from_utf8_lossy(&raw[..split]).to_string();
    let status: u16 = headers.split(' ').nth(1).unwrap().parse().unwrap();
    let mut body = raw[split + 4..].to_vec();
    if headers
        .to_ascii_lowercase()
        .contains("transfer-encoding: chunked")
    {
        body = dechunk(&body);
    }
    Resp {
        status,
        headers,
        body,
    }
}

fn get(srv: &Server, path: &str) -> Resp {
    request(srv.addr, "GET", path, &[], b"")
}

fn enc(s: &str) -> String {
    s.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

fn assert_error(r: &Resp, status: u16, code: &str) {
    assert_eq!(r.status, status, "{}", String::from_utf8_lossy(&r.body));
    let v = r.json();
    assert_eq!(v["error"], code, "{v}");
    assert!(v["message"].as_str().is_some_and(|m| !m.is_empty()));
}

#[test]
fn events_are_listed_filtered_and_paginated() {
    let srv = start(None, false);
    let all = get(&srv, "/api/events").json();
    assert_eq!(all["total"], 3);
    assert_eq!(all["events"].as_array().unwrap().len(), 3);
    // Newest first by default: document b (12 Oct) before a (5 Oct).
    assert_eq!(all["events"][0]["document"]["id"], "b");
    assert_eq!(all["events"][2]["document"]["id"], "a");

    let p1 = get(&srv, "/api/events?per_page=2&page=1&sort=date_asc").json();
    let p2 = get(&srv, "/api/events?per_page=2&page=2&sort=date_asc").json();
    assert_eq!(
        (p1["total"].as_u64(), p2["total"].as_u64()),
        (Some(3), Some(3))
    );
    assert_eq!(p1["events"].as_array().unwrap().len(), 2);
    assert_eq!(p2["events"].as_array().unwrap().len(), 1);
    assert_eq!(p1["events"][0]["document"]["id"], "a");
    let mut seen: Vec<String> = p1["events"]
        .as_array()
        .unwrap()
        .iter()
        .chain(p2["events"].as_array().unwrap())
        .map(|e| e["event_id"].as_str().unwrap().to_string())
        .collect();
    seen.sort();
    let mut want: Vec<String> = srv.events.iter().map(|e| e.event_id.clone()).collect();
    want.sort();
    assert_eq!(seen, want, "pages cover every event exactly once");

    let t = get(&srv, "/api/events?type=accuse").json();
    assert_eq!(t["total"], 1);
    assert_eq!(
        get(&srv, "/api/events?actor=ARM&as=target").json()["total"],
        1
    );
    assert_eq!(
        get(&srv, "/api/events?actor=ARM&as=source").json()["total"],
        2
    );
    assert_eq!(get(&srv, "/api/events?actor=AZE").json()["total"], 1);
    assert_eq!(
        get(&srv, "/api/events?root=19&from=2020-10-01&to=2020-10-06").json()["total"],
        1
    );
    assert_eq!(
        get(&srv, &format!("/api/events?text={}", enc("غزة"))).json()["total"],
        1
    );
    assert_eq!(get(&srv, "/api/events?status=denied").json()["total"], 0);
    assert_eq!(get(&srv, "/api/events?doc=b").json()["total"], 2);
}

#[test]
fn bad_parameters_are_400_with_json() {
    let srv = start(None, false);
    for q in [
        "type=FOO",
        "root=99x",
        "from=2020-13-01",
        "to=yesterday",
        "status=maybe",
        "as=both",
        "per_page=0",
        "per_page=101",
        "page=0",
        "page=abc",
        "sort=random",
        "text=%20%D8%8C%20",
    ] {
        assert_error(&get(&srv, &format!("/api/events?{q}")), 400, "bad_request");
    }
    assert_error(&get(&srv, "/api/actors?limit=1000"), 400, "bad_request");
    assert_error(
        &get(&srv, "/api/stats/timeline?bucket=year"),
        400,
        "bad_request",
    );
    assert_error(&get(&srv, "/api/nope"), 404, "not_found");
    assert_error(
        &request(srv.addr, "DELETE", "/api/events", &[], b""),
        405,
        "method_not_allowed",
    );
}

#[test]
fn single_event_and_document_with_both_span_units() {
    let srv = start(None, false);
    let id = &srv.events[0].event_id;
    let e = get(&srv, &format!("/api/events/{id}")).json();
    assert_eq!(e["event_id"], id.as_str());
    assert_eq!(e["event_type"], "ASSAULT");
    assert_error(&get(&srv, "/api/events/ffffffffffffffff"), 404, "not_found");

    let d = get(&srv, "/api/documents/a").json();
    let text = d["text"].as_str().unwrap();
    assert_eq!(text, TEXT_A);
    let utf16: Vec<u16> = text.encode_utf16().collect();
    assert_eq!(d["text_utf16_length"], utf16.len());
    let ev = &d["events"][0];
    for key in ["trigger", "source", "target"] {
        let b = &ev[key]["span"];
        let u = &ev[key]["span_utf16"];
        let (bs, be) = (
            b[0].as_u64().unwrap() as usize,
            b[1].as_u64().unwrap() as usize,
        );
        let (us, ue) = (
            u[0].as_u64().unwrap() as usize,
            u[1].as_u64().unwrap() as usize,
        );
        assert_eq!(
            String::from_utf16(&utf16[us..ue]).unwrap(),
            &text[bs..be],
            "{key}"
        );
        assert!(
            bs > us,
            "the emoji and Arabic letters make bytes and UTF-16 differ"
        );
    }
    assert_eq!(d["sentences"][0]["span_utf16"][1], utf16.len());
    assert_eq!(
        get(&srv, "/api/documents/b").json()["mentions"]
            .as_array()
            .unwrap()
            .len(),
        1
    );
    assert_error(&get(&srv, "/api/documents/zzz"), 404, "not_found");
}

#[test]
fn aggregates_answer() {
    let srv = start(None, false);
    let a = get(&srv, "/api/actors?limit=2").json();
    let actors = a["actors"].as_array().unwrap();
    assert_eq!(actors.len(), 2);
    assert_eq!(actors[0]["name"], "Armenia");
    assert_eq!(actors[0]["total"], 2);
    let t = get(&srv, "/api/stats/timeline?bucket=week").json();
    assert_eq!(t["bucket"], "week");
    let periods: Vec<&str> = t["points"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["period"].as_str().unwrap())
        .collect();
    assert_eq!(periods, vec!["2020-10-05", "2020-10-12", "2020-10-12"]);
    let n = get(&srv, "/api/network?type=ACCUSE").json();
    assert_eq!(n["dyads"].as_array().unwrap().len(), 1);
    assert_eq!(n["dyads"][0]["source"], "Russia");
    let s = get(&srv, "/api/stats").json();
    assert_eq!(
        (s["documents"].as_u64(), s["events"].as_u64()),
        (Some(2), Some(3))
    );
    let home = get(&srv, "/");
    assert_eq!(home.status, 200);
    assert!(home.headers.to_ascii_lowercase().contains("text/html"));
}

#[test]
fn openapi_lists_exactly_the_routes() {
    let srv = start(None, false);
    let doc = get(&srv, "/api/openapi.json").json();
    let mut documented: Vec<(String, String)> = doc["paths"]
        .as_object()
        .unwrap()
        .iter()
        .flat_map(|(p, ops)| {
            ops.as_object()
                .unwrap()
                .keys()
                .map(move |m| (m.to_uppercase(), p.clone()))
        })
        .collect();
    documented.sort();
    let mut routes: Vec<(String, String)> = ROUTES
        .iter()
        .map(|(m, p)| (m.to_string(), p.to_string()))
        .collect();
    routes.sort();
    assert_eq!(documented, routes);
    // And every route answers (not the 404 fallback).
    for (m, p) in ROUTES {
        let p = p.replace("{id}", "a");
        let r = request(
            srv.addr,
            m,
            &p,
            &[("Content-Type", "application/json")],
            b"{}",
        );
        let body = String::from_utf8_lossy(&r.body);
        assert!(
            !body.contains("no such route") && r.status != 405,
            "{m} {p}: {} {body}",
            r.status
        );
    }
}

#[test]
fn writes_need_the_token() {
    let srv = start(None, false);
    let body = br#"{"id":"n1","text":"\u0642\u0635\u0641"}"#;
    let json = [("Content-Type", "application/json")];
    assert_error(
        &request(srv.addr, "POST", "/api/documents", &json, body),
        403,
        "forbidden",
    );

    let srv = start(Some("s3cret"), false);
    let no = request(srv.addr, "POST", "/api/documents", &json, body);
    assert_error(&no, 401, "unauthorized");
    assert!(no
        .headers
        .to_ascii_lowercase()
        .contains("www-authenticate: bearer"));
    let bad = [
        ("Content-Type", "application/json"),
        ("Authorization", "Bearer wrong"),
    ];
    assert_error(
        &request(srv.addr, "POST", "/api/documents", &bad, body),
        401,
        "unauthorized",
    );
    let ok = [
        ("Content-Type", "application/json"),
        ("Authorization", "Bearer s3cret"),
    ];
    let r = request(srv.addr, "POST", "/api/documents", &ok, body);
    assert_eq!(r.status, 201, "{}", String::from_utf8_lossy(&r.body));
    assert_eq!(r.json()["status"], "inserted");
    let again = request(srv.addr, "POST", "/api/documents", &ok, body);
    assert_eq!(
        (again.status, again.json()["status"].as_str()),
        (200, Some("unchanged"))
    );
    let changed = request(
        srv.addr,
        "POST",
        "/api/documents",
        &ok,
        br#"{"id":"n1","text":"x y","date":"20201005"}"#,
    );
    assert_eq!(changed.json()["status"], "replaced");
    let d = get(&srv, "/api/documents/n1").json();
    assert_eq!(
        (d["text"].as_str(), d["date"].as_str()),
        (Some("x y"), Some("2020-10-05"))
    );
    assert_eq!(get(&srv, "/api/stats").json()["documents"], 3);

    // Bad bodies.
    assert_error(
        &request(srv.addr, "POST", "/api/documents", &ok, b"{not json"),
        400,
        "bad_request",
    );
    assert_error(
        &request(srv.addr, "POST", "/api/documents", &ok, br#"{"text":"  "}"#),
        400,
        "bad_request",
    );
    assert_error(
        &request(
            srv.addr,
            "POST",
            "/api/documents",
            &ok,
            br#"{"text":"a","extra":1}"#,
        ),
        400,
        "bad_request",
    );
    assert_error(
        &request(
            srv.addr,
            "POST",
            "/api/documents",
            &ok,
            br#"{"text":"a","date":"soon"}"#,
        ),
        400,
        "bad_request",
    );
    let auth_only = [("Authorization", "Bearer s3cret")];
    assert_error(
        &request(srv.addr, "POST", "/api/documents", &auth_only, body),
        415,
        "unsupported_media_type",
    );
    let big = format!(r#"{{"text":"{}"}}"#, "ب".repeat(40_000));
    assert_error(
        &request(srv.addr, "POST", "/api/documents", &ok, big.as_bytes()),
        413,
        "too_large",
    );
    // Reads stay open.
    assert_eq!(get(&srv, "/api/events").status, 200);
}

#[test]
fn private_servers_close_reads_too() {
    let srv = start(Some("t0k"), true);
    assert_error(&get(&srv, "/api/events"), 401, "unauthorized");
    assert_error(&get(&srv, "/api/openapi.json"), 401, "unauthorized");
    let r = request(
        srv.addr,
        "GET",
        "/api/events",
        &[("Authorization", "Bearer t0k")],
        b"",
    );
    assert_eq!(r.status, 200);
    assert_eq!(r.json()["total"], 3);
}
