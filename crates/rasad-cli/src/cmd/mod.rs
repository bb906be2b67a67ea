//! One module per subcommand.

pub mod actors;
pub mod bench;
pub mod code;
pub mod demo;
pub mod eval;
pub mod eval_detection;
pub mod eval_gold;
pub mod export;
pub mod ingest;
pub mod lexicon;
pub mod ner;
pub mod query;
pub mod recode;
pub mod serve;
pub mod suggest;
pub mod tokens;
pub mod vectors;
