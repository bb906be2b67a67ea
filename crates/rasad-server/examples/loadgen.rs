//! A tiny, bounded loopback load generator for `rasad serve` latency numbers.
//!
//! `cargo run --release -p rasad-server --example loadgen -- ADDR CONCURRENCY REQUESTS MAX_SECS PATH...`
//!
//! Each of CONCURRENCY threads keeps one HTTP/1.1 connection alive and sends requests (cycling
//! through the PATHs) until REQUESTS have been sent in total or MAX_SECS have passed. Refuses
//! non-loopback addresses. Prints p50/p90/p99/max latency and throughput; every answer must be 200.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

fn one(reader: &mut BufReader<TcpStream>, path: &str) -> std::io::Result<(u16, usize)> {
    // One write per request: `write!` on a bare socket would send pieces that Nagle holds back.
    let req = format!("GET {path} HTTP/1.1\r\nHost: loadgen\r\n\r\n");
    reader.get_mut().write_all(req.as_bytes())?;
    let mut line = String::new();
    reader.read_line(&mut line)?;
    let status: u16 = line
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let mut len = 0usize;
    loop {
        line.clear();
        reader.read_line(&mut line)?;
        if line == "\r\n" || line.is_empty() {
            break;
        }
        if let Some(v) = line.to_ascii_lowercase().strip_prefix("content-length:") {
            len = v.trim().parse().unwrap_or(0);
        }
    }
    let mut body = vec![0u8; len];
    reader.read_exact(&mut body)?;
    Ok((status, len))
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.len() < 5 {
        eprintln!("usage: loadgen ADDR CONCURRENCY REQUESTS MAX_SECS PATH...");
        std::process::exit(2);
    }
    let addr: SocketAddr = args[0].parse().expect("ADDR");
    assert!(addr.ip().is_loopback(), "loopback addresses only");
    let conc: usize = args[1].parse().expect("CONCURRENCY");
    let total: u64 = args[2].parse().expect("REQUESTS");
    let max = Duration::from_secs(args[3].parse().expect("MAX_SECS"));
    let paths: Arc<Vec<String>> = Arc::new(args[4..].to_vec());
    let sent = Arc::new(AtomicU64::new(0));
    let start = Instant::now();
    let handles: Vec<_> = (0..conc)
        .map(|t| {
            let (sent, paths) = (Arc::clone(&sent), Arc::clone(&paths));
            std::thread::spawn(move || {
                let mut lat = Vec::new();
                let mut bytes = 0usize;
                let stream = TcpStream::connect(addr).expect("connect");
                stream.set_nodelay(true).expect("nodelay");
                let mut reader = BufReader::new(stream);
                let mut i = t;
                while start.elapsed() < max && sent.fetch_add(1, Ordering::Relaxed) < total {
                    let path = &paths[i % paths.len()];
                    i += 1;
                    let t0 = Instant::now();
                    let (status, n) = one(&mut reader, path).expect("request");
                    lat.push(t0.elapsed());
                    assert_eq!(status, 200, "{path}");
                    bytes += n;
                }
                (lat, bytes)
            })
        })
        .collect();
    let mut lat = Vec::new();
    let mut bytes = 0;
    for h in handles {
        let (l, b) = h.join().expect("thread");
        lat.extend(l);
        bytes += b;
    }
    let wall = start.elapsed();
    lat.sort();
    let q = |p: f64| lat[((lat.len() as f64 * p) as usize).min(lat.len() - 1)];
    println!(
        "{} requests in {:.2}s ({:.0} req/s, {} concurrent, avg body {} B): p50 {:.2?} p90 {:.2?} p99 {:.2?} max {:.2?}",
        lat.len(),
        wall.as_secs_f64(),
        lat.len() as f64 / wall.as_secs_f64(),
        conc,
        bytes / lat.len().max(1),
        q(0.50),
        q(0.90),
        q(0.99),
        lat[lat.len() - 1]
    );
}
