//! Prints the segmentation of each word read from standard input (first TAB-separated field of
//! each line): a quick way to review the segmenter over a word list, e.g.
//! `head -2000 data/wordfreq.tsv | cargo run -p rasad-text --example segment`.

use rasad_text::{Normalizer, Segmenter, Span};
use std::io::{BufRead, Write};

fn main() {
    let seg = Segmenter::default();
    let norm = Normalizer::standard();
    let stdin = std::io::stdin();
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for line in stdin.lock().lines().map_while(Result::ok) {
        if line.starts_with('#') {
            continue;
        }
        let word = norm.normalize_str(line.split('\t').next().unwrap_or(""));
        if word.is_empty() {
            continue;
        }
        let segs = seg.segment_token(&word, Span::new);
        let joined: Vec<&str> = segs.iter().map(|s| s.text.as_str()).collect();
        let _ = writeln!(out, "{word}\t{}", joined.join("+"));
    }
}
