#!/usr/bin/env bash
# Regenerates crates/rasad-text/data/wordfreq.tsv from the ANT news corpus.
# The list is built by the crate's own scanner and standard normalizer (examples/wordfreq.rs), so
# it is normalized exactly like the documents it is used on. Forms seen fewer than MIN_COUNT
# times are dropped to keep the file small (< 1.5 MB).
#
# Usage: tools/text/build-wordfreq.sh [CORPUS.jsonl] [MIN_COUNT]
set -euo pipefail
cd "$(dirname "$0")/../.."
corpus="${1:-../shared/data/corpus/ant_news_politics.jsonl}"
min="${2:-3}"
cargo run --quiet --release -p rasad-text --example wordfreq -- "$corpus" "$min" \
  > crates/rasad-text/data/wordfreq.tsv
wc -lc crates/rasad-text/data/wordfreq.tsv
