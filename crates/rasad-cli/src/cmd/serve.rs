//! `rasad serve`: the HTTP API (and dashboard) over a database.

use super::ingest::load_coder;
use anyhow::{Context, Result};
use rasad_server::ServerConfig;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::time::Duration;

#[derive(clap::Args)]
pub struct Args {
    /// The database file (created if missing).
    #[arg(long, default_value = "rasad.db")]
    pub db: PathBuf,
    /// Address to listen on (port 0 picks a free port).
    #[arg(long, default_value = "127.0.0.1:8080")]
    pub addr: SocketAddr,
    /// Bearer token that allows POST /api/documents (default: $RASAD_TOKEN; none = read-only).
    #[arg(long)]
    pub token: Option<String>,
    /// Require the token for reads too.
    #[arg(long)]
    pub private: bool,
    /// Longest a query may run, in milliseconds.
    #[arg(long, default_value_t = 5000)]
    pub timeout_ms: u64,
    /// Largest page size.
    #[arg(long, default_value_t = 500)]
    pub max_page: u64,
}

pub(crate) fn serve(args: Args, lexicon: Option<&Path>) -> Result<()> {
    let coder = load_coder(lexicon)?;
    let mut cfg = ServerConfig::new(args.db.clone());
    cfg.addr = args.addr;
    cfg.token = args
        .token
        .or_else(|| std::env::var("RASAD_TOKEN").ok())
        .filter(|t| !t.is_empty());
    cfg.private = args.private;
    cfg.query_timeout = Duration::from_millis(args.timeout_ms.max(1));
    cfg.max_page = args.max_page.max(1);
    if cfg.private && cfg.token.is_none() {
        anyhow::bail!("--private needs a token (--token or RASAD_TOKEN)");
    }
    let writes = cfg.token.is_some();
    let db = args.db.display().to_string();
    rasad_server::run_blocking(cfg, coder, move |addr| {
        println!(
            "rasad: serving {db} at http://{addr}/ (API at http://{addr}/api/events; Ctrl-C stops)"
        );
        if !writes {
            println!("rasad: read-only (set --token or RASAD_TOKEN to allow POST /api/documents)");
        }
        use std::io::Write;
        let _ = std::io::stdout().flush();
    })
    .with_context(|| format!("cannot serve {}", args.db.display()))
}

pub fn run(args: Args, lexicon: Option<&Path>) -> Result<()> {
    serve(args, lexicon)
}
