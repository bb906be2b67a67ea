//! # rasad-eval — scoring rasad against gold sets
//!
//! Evaluation is a tool (`rasad eval …`), not a unit test: each module parses one gold format
//! into typed records once, at the boundary ([`gold`]), and scores predictions handed to it by
//! the caller. The scorers take plain predictions (not a lexicon or a coder) so that this crate
//! depends only on the domain types and the text layer, and any stage can be scored in
//! isolation.

pub mod actors;
pub mod detection;
pub mod events;
pub mod gold;
