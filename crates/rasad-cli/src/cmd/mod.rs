//! One module per subcommand.

pub mod actors;
pub mod bench;
pub mod code;
pub mod eval;
pub mod eval_gold;
pub mod lexicon;
pub mod ner;
pub mod suggest;
pub mod tokens;
pub mod demo;
pub mod export;
pub mod ingest;
pub mod query;
pub mod recode;
pub mod serve;
