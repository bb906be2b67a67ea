//! # rasad-event — the domain types
//!
//! The vocabulary every other crate speaks: actor codes ([`Country`], [`Sector`]), event
//! types ([`PloverType`], [`CameoCode`], [`QuadClass`]) with the CAMEO→PLOVER/Goldstein reference
//! table compiled in, and the [`Event`] record that `rasad code` emits and the store persists.
//!
//! Codes are parsed once, at the boundary (dictionary files, gold files, database rows), into
//! typed values; absent codes are `None` and serialize as `null`, never as the string "None".

mod cameo;
mod codes;
mod error;
mod event;

pub use cameo::{all_codes, table as cameo_table, CameoCode, CameoInfo, PloverType, QuadClass};
pub use codes::{Country, Sector};
pub use error::{EventError, EventErrorKind};
pub use event::{
    event_id, ActorRef, Attribution, Count, CountQualifier, DatePrecision, Event, Inferred,
    Location, Status, Trigger,
};
pub use rasad_text::Span;
