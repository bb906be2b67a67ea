//! Event types: [`PloverType`], [`CameoCode`], [`QuadClass`], and the CAMEO reference table
//! (CAMEO → PLOVER category/mode/context, Goldstein weight), compiled from the reference files
//! under `data/` (see `data/README.md` for origin and licence).

use crate::{EventError, EventErrorKind};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::fmt;
use std::str::FromStr;
use std::sync::OnceLock;

macro_rules! plover {
    ($($v:ident => $s:literal, $quad:ident;)*) => {
        /// The 16 PLOVER event categories.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum PloverType { $($v,)* }

        impl PloverType {
            pub const ALL: [PloverType; 16] = [$(PloverType::$v,)*];

            pub fn as_str(&self) -> &'static str {
                match self { $(PloverType::$v => $s,)* }
            }

            /// The PLOVER/GDELT quad class of the category.
            pub fn quad_class(&self) -> QuadClass {
                match self { $(PloverType::$v => QuadClass::$quad,)* }
            }

            pub fn parse(s: &str) -> Result<PloverType, EventError> {
                match s.trim() {
                    $($s => Ok(PloverType::$v),)*
                    _ => Err(EventError::new(EventErrorKind::UnknownPlover(s.to_string()))),
                }
            }
        }
    };
}

plover! {
    Agree => "AGREE", VerbalCooperation;
    Consult => "CONSULT", VerbalCooperation;
    Support => "SUPPORT", VerbalCooperation;
    Concede => "CONCEDE", VerbalCooperation;
    Cooperate => "COOPERATE", MaterialCooperation;
    Aid => "AID", MaterialCooperation;
    Retreat => "RETREAT", MaterialCooperation;
    Request => "REQUEST", VerbalConflict;
    Accuse => "ACCUSE", VerbalConflict;
    Reject => "REJECT", VerbalConflict;
    Threaten => "THREATEN", VerbalConflict;
    Protest => "PROTEST", MaterialConflict;
    Sanction => "SANCTION", MaterialConflict;
    Mobilize => "MOBILIZE", MaterialConflict;
    Coerce => "COERCE", MaterialConflict;
    Assault => "ASSAULT", MaterialConflict;
}

impl FromStr for PloverType {
    type Err = EventError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        PloverType::parse(s)
    }
}

impl fmt::Display for PloverType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for PloverType {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for PloverType {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        PloverType::parse(&String::deserialize(d)?).map_err(serde::de::Error::custom)
    }
}

/// GDELT/PLOVER quad class, serialized as its number 1–4.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum QuadClass {
    VerbalCooperation = 1,
    MaterialCooperation = 2,
    VerbalConflict = 3,
    MaterialConflict = 4,
}

impl QuadClass {
    pub fn number(&self) -> u8 {
        *self as u8
    }

    pub fn from_number(n: u8) -> Option<QuadClass> {
        match n {
            1 => Some(QuadClass::VerbalCooperation),
            2 => Some(QuadClass::MaterialCooperation),
            3 => Some(QuadClass::VerbalConflict),
            4 => Some(QuadClass::MaterialConflict),
            _ => None,
        }
    }
}

impl Serialize for QuadClass {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_u8(self.number())
    }
}

impl<'de> Deserialize<'de> for QuadClass {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let n = u8::deserialize(d)?;
        QuadClass::from_number(n)
            .ok_or_else(|| serde::de::Error::custom(format!("bad quad class {n}")))
    }
}

/// A CAMEO event code (2–4 digits), validated against the reference table.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CameoCode {
    digits: [u8; 4],
    len: u8,
}

impl CameoCode {
    /// Parses a code and checks it exists in the reference table.
    pub fn parse(s: &str) -> Result<CameoCode, EventError> {
        let code = CameoCode::parse_syntax(s)?;
        if table().get(&code).is_none() {
            return Err(EventError::new(EventErrorKind::UnknownCameo(s.to_string())));
        }
        Ok(code)
    }

    fn parse_syntax(s: &str) -> Result<CameoCode, EventError> {
        let b = s.trim().as_bytes();
        if !(2..=4).contains(&b.len()) || !b.iter().all(|c| c.is_ascii_digit()) {
            return Err(EventError::new(EventErrorKind::UnknownCameo(s.to_string())));
        }
        let mut digits = [0u8; 4];
        digits[..b.len()].copy_from_slice(b);
        Ok(CameoCode {
            digits,
            len: b.len() as u8,
        })
    }

    pub fn as_str(&self) -> &str {
        std::str::from_utf8(&self.digits[..self.len as usize]).unwrap_or("")
    }

    /// The two-digit root (`EventRootCode` in GDELT terms).
    pub fn root(&self) -> CameoCode {
        CameoCode {
            digits: [self.digits[0], self.digits[1], 0, 0],
            len: 2,
        }
    }

    /// The three-digit base code (`EventBaseCode`), or the code itself if shorter.
    pub fn base(&self) -> CameoCode {
        if self.len <= 3 {
            *self
        } else {
            CameoCode {
                digits: [self.digits[0], self.digits[1], self.digits[2], 0],
                len: 3,
            }
        }
    }

    /// Reference information: PLOVER category, mode, context, Goldstein weight, description.
    pub fn info(&self) -> &'static CameoInfo {
        table().get(self).expect("validated at construction")
    }
}

impl FromStr for CameoCode {
    type Err = EventError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        CameoCode::parse(s)
    }
}

impl fmt::Debug for CameoCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "CameoCode({})", self.as_str())
    }
}

impl fmt::Display for CameoCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for CameoCode {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for CameoCode {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        CameoCode::parse(&String::deserialize(d)?).map_err(serde::de::Error::custom)
    }
}

/// What the reference tables say about one CAMEO code.
#[derive(Clone, Debug, PartialEq)]
pub struct CameoInfo {
    pub code: CameoCode,
    pub description: String,
    /// `None` for CAMEO 01x (public statements), which PLOVER does not code.
    pub plover: Option<PloverType>,
    /// PLOVER mode, e.g. `aerial`, `ceasefire`, `phone`; empty when none applies.
    pub mode: Option<String>,
    /// PLOVER contexts (`military`, `diplomatic`, …).
    pub contexts: Vec<String>,
    /// Goldstein conflict–cooperation weight (−10 … +10).
    pub goldstein: f32,
    pub quad_class: Option<QuadClass>,
}

const PLOVER_TABLE: &str = include_str!("../data/CAMEO2PLOVER-2021.txt");
const SUPPLEMENT: &str = include_str!("../data/cameo_supplement.txt");
const GOLDSTEIN: &str = include_str!("../data/cameo_goldstein.tsv");

/// The compiled CAMEO table.
pub fn table() -> &'static HashMap<CameoCode, CameoInfo> {
    static TABLE: OnceLock<HashMap<CameoCode, CameoInfo>> = OnceLock::new();
    TABLE.get_or_init(build_table)
}

/// All known CAMEO codes, sorted.
pub fn all_codes() -> Vec<CameoCode> {
    let mut v: Vec<CameoCode> = table().keys().copied().collect();
    v.sort();
    v
}

fn build_table() -> HashMap<CameoCode, CameoInfo> {
    let mut goldstein: HashMap<String, f32> = HashMap::new();
    for line in GOLDSTEIN.lines().skip(1) {
        let mut f = line.split('\t');
        if let (Some(c), Some(g)) = (f.next(), f.next()) {
            if let Ok(g) = g.trim().parse::<f32>() {
                goldstein.insert(c.trim().to_string(), g);
            }
        }
    }
    let mut out: HashMap<CameoCode, CameoInfo> = HashMap::new();
    // Table rows first, then the supplement (which overrides).
    for src in [PLOVER_TABLE, SUPPLEMENT] {
        for line in src.lines() {
            let Some(row) = parse_row(line) else { continue };
            out.insert(row.code, row);
        }
    }
    // CAMEO 01x statements exist in the Goldstein table but have no PLOVER category.
    for (code, g) in &goldstein {
        if let Ok(c) = CameoCode::parse_syntax(code) {
            out.entry(c).or_insert_with(|| CameoInfo {
                code: c,
                description: String::new(),
                plover: None,
                mode: None,
                contexts: vec![],
                goldstein: *g,
                quad_class: None,
            });
        }
    }
    for info in out.values_mut() {
        // Goldstein: exact code, else its base, else its root.
        let g = goldstein
            .get(info.code.as_str())
            .or_else(|| goldstein.get(info.code.base().as_str()))
            .or_else(|| goldstein.get(info.code.root().as_str()));
        if let Some(g) = g {
            info.goldstein = *g;
        }
        info.quad_class = info.plover.map(|p| p.quad_class());
    }
    out
}

/// Parses `CODE: PLOVER, mode, context # description`. Category header lines (`03: AGREE`)
/// are rows for the two-digit root.
fn parse_row(line: &str) -> Option<CameoInfo> {
    let line = line.trim();
    if line.is_empty() || line.starts_with('#') || line.starts_with('~') {
        return None;
    }
    let (code, rest) = line.split_once(':')?;
    let code = CameoCode::parse_syntax(code).ok()?;
    let (fields, description) = match rest.split_once('#') {
        Some((f, d)) => (f, d.trim().to_string()),
        None => (rest, String::new()),
    };
    let mut parts = fields.split(',');
    let plover = PloverType::parse(parts.next()?.trim()).ok()?;
    let mode = parts
        .next()
        .map(|m| m.trim().to_string())
        .filter(|m| !m.is_empty());
    let contexts = parts
        .next()
        .map(|c| {
            c.split(';')
                .map(|x| x.trim().to_string())
                .filter(|x| !x.is_empty())
                .collect()
        })
        .unwrap_or_default();
    Some(CameoInfo {
        code,
        description,
        plover: Some(plover),
        mode,
        contexts,
        goldstein: 0.0,
        quad_class: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_maps_known_codes() {
        let c = CameoCode::parse("0871").unwrap();
        let i = c.info();
        assert_eq!(i.plover, Some(PloverType::Retreat));
        assert_eq!(i.mode.as_deref(), Some("ceasefire"));
        assert_eq!(c.root().as_str(), "08");
        let a = CameoCode::parse("195").unwrap().info();
        assert_eq!(
            (a.plover, a.mode.as_deref()),
            (Some(PloverType::Assault), Some("aerial"))
        );
        assert!(a.goldstein < -9.0);
        let r = CameoCode::parse("020").unwrap().info();
        assert_eq!(r.plover, Some(PloverType::Request));
        assert_eq!(r.quad_class, Some(QuadClass::VerbalConflict));
    }

    #[test]
    fn every_plover_type_has_codes() {
        for p in PloverType::ALL {
            assert!(table().values().any(|i| i.plover == Some(p)), "{p}");
        }
    }

    #[test]
    fn rejects_unknown_codes() {
        assert!(CameoCode::parse("999").is_err());
        assert!(CameoCode::parse("abc").is_err());
    }
}
