//! The dictionary source files: one format for all of them (documented in `lexicon/README.md`).
//!
//! Every file is UTF-8 TSV: `#` comment lines and blank lines are ignored, the first other line is
//! the header naming the columns (checked against the file kind, so a column shift is an error,
//! not silently wrong data), multi-valued cells separate values with `|`, and `-` means empty.
//! The file kind follows from the file name prefix: `countries*`, `places*`, `agents*`,
//! `actors*`/`people*`, `not-names*`.
//!
//! Parsing validates each cell and turns it into typed values ([`Country`], [`Sector`],
//! [`NaiveDate`]); every problem becomes a [`LexiconError`] with `file:line`, and parsing goes on
//! so that `rasad lexicon check` reports all problems at once.

use crate::error::{LexiconError, LexiconErrorKind as K, Origin, Problems};
use chrono::NaiveDate;
use rasad_event::{Country, Sector};

/// What a source file holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum FileKind {
    Countries,
    Places,
    Agents,
    Actors,
    /// Phrases that contain a name but are none (`مسقط رأسه`, a birthplace, not Muscat).
    NotNames,
}

impl FileKind {
    /// The kind of a file from its name; `None` for files that are not actor/place dictionaries.
    pub fn of(file_name: &str) -> Option<FileKind> {
        if !file_name.ends_with(".tsv") {
            return None;
        }
        let f = file_name;
        if f.starts_with("countries") {
            Some(FileKind::Countries)
        } else if f.starts_with("places") {
            Some(FileKind::Places)
        } else if f.starts_with("agents") {
            Some(FileKind::Agents)
        } else if f.starts_with("actors") || f.starts_with("people") {
            Some(FileKind::Actors)
        } else if f.starts_with("not-names") {
            Some(FileKind::NotNames)
        } else {
            None
        }
    }

    pub fn header(self) -> &'static [&'static str] {
        match self {
            FileKind::Countries => &["code", "name", "names", "nisba", "plural"],
            FileKind::Places => &["id", "name", "country", "lat", "lon", "capital", "names"],
            FileKind::Agents => &["id", "sector", "kind", "names"],
            FileKind::Actors => &["id", "name", "type", "codes", "names"],
            FileKind::NotNames => &["id", "names", "why"],
        }
    }
}

/// How a name relates to its entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum NameRole {
    /// The entry's own name (country, place, actor, agent word).
    Name,
    /// A masculine singular nisba, expanded to its inflections at compile time.
    Nisba,
    /// An irregular plural/collective (أتراك, أكراد), with and without the article.
    Plural,
    /// A place name written `~عمان`: another entry's name that names this place too (Amman,
    /// besides Oman), read so only when the sentence names this place's country.
    Alternate,
}

#[derive(Clone, Debug)]
pub(crate) struct Name {
    pub text: String,
    pub role: NameRole,
}

/// A date-ranged code: a person is GOV only while in office.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Role {
    pub country: Option<Country>,
    pub sector: Option<Sector>,
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
}

impl Role {
    pub fn covers(&self, d: NaiveDate) -> bool {
        self.from.is_none_or(|f| f <= d) && self.to.is_none_or(|t| d < t)
    }
}

/// What a named actor is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ActorType {
    Person,
    Organisation,
    /// Intergovernmental organisation (country code `IGO`).
    Igo,
    /// Armed group, militia, insurgency.
    Group,
    Party,
    Media,
}

impl ActorType {
    fn parse(s: &str) -> Option<ActorType> {
        Some(match s {
            "person" => ActorType::Person,
            "organisation" => ActorType::Organisation,
            "igo" => ActorType::Igo,
            "group" => ActorType::Group,
            "party" => ActorType::Party,
            "media" => ActorType::Media,
            _ => return None,
        })
    }
}

/// One parsed entry of any file.
#[derive(Clone, Debug)]
pub(crate) enum Entry {
    Country {
        code: Country,
        name: String,
    },
    Place {
        id: String,
        name: String,
        country: Option<Country>,
        lat: Option<f64>,
        lon: Option<f64>,
        capital_of: Option<Country>,
    },
    Agent {
        id: String,
        sector: Sector,
        title: bool,
        /// Names an actor only with a nationality, country or place after it (`الخارجية
        /// التركية`; bare `الخارجية` is the adjective "foreign").
        head: bool,
    },
    Actor {
        id: String,
        name: String,
        kind: ActorType,
        roles: Vec<Role>,
    },
    /// Phrases that are no name although a name starts them or lies inside them: the
    /// recognizer skips their words (`مسقط رأسه`, "his birthplace", is no Muscat).
    NotName {
        id: String,
    },
}

impl Entry {
    pub fn id(&self) -> String {
        match self {
            Entry::Country { code, .. } => code.as_str().to_string(),
            Entry::Place { id, .. }
            | Entry::Agent { id, .. }
            | Entry::Actor { id, .. }
            | Entry::NotName { id } => id.clone(),
        }
    }
}

#[derive(Clone, Debug)]
pub(crate) struct Row {
    pub entry: Entry,
    pub names: Vec<Name>,
    pub origin: Origin,
}

/// Parses one source file. Rows with errors are reported in `problems` and left out; the
/// caller refuses to build a lexicon when there is any problem, so nothing disappears silently.
pub(crate) fn parse_file(
    kind: FileKind,
    file_idx: u16,
    file_name: &str,
    text: &str,
    problems: &mut Problems,
) -> Vec<Row> {
    let mut rows = Vec::new();
    let mut header_seen = false;
    for (i, raw) in text.lines().enumerate() {
        let lineno = i + 1;
        let line = raw.trim_end_matches('\r');
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let err = |k, m: String| LexiconError::new(file_name, lineno, k, m);
        let cells: Vec<&str> = line.split('\t').map(str::trim).collect();
        if !header_seen {
            header_seen = true;
            if cells != kind.header() {
                problems.push(err(
                    K::Format,
                    format!(
                        "header must be '{}' for this file, found '{}'",
                        kind.header().join("<TAB>"),
                        cells.join("<TAB>")
                    ),
                ));
                return rows;
            }
            continue;
        }
        if cells.len() != kind.header().len() {
            problems.push(err(
                K::Format,
                format!(
                    "expected {} tab-separated columns ({}), found {}",
                    kind.header().len(),
                    kind.header().join(", "),
                    cells.len()
                ),
            ));
            continue;
        }
        let origin = Origin {
            file: file_idx,
            line: lineno as u32,
        };
        match parse_row(kind, &cells) {
            Ok((entry, names)) => rows.push(Row {
                entry,
                names,
                origin,
            }),
            Err((k, m)) => problems.push(err(k, m)),
        }
    }
    if !header_seen {
        problems.push(LexiconError::new(
            file_name,
            0,
            K::Format,
            format!(
                "no header line (expected '{}')",
                kind.header().join("<TAB>")
            ),
        ));
    }
    rows
}

type CellError = (crate::LexiconErrorKind, String);

fn required<'a>(col: &str, v: &'a str) -> Result<&'a str, CellError> {
    if v.is_empty() || v == "-" {
        Err((K::Format, format!("column '{col}' must not be empty")))
    } else {
        Ok(v)
    }
}

fn optional(v: &str) -> Option<&str> {
    (!v.is_empty() && v != "-").then_some(v)
}

fn country(v: &str) -> Result<Country, CellError> {
    Country::parse(v).map_err(|_| (K::UnknownCode, format!("unknown country code '{v}'")))
}

fn sector(v: &str) -> Result<Sector, CellError> {
    Sector::parse(v).map_err(|_| (K::UnknownCode, format!("unknown sector code '{v}'")))
}

fn names(v: &str, role: NameRole, out: &mut Vec<Name>) -> Result<(), CellError> {
    let Some(v) = optional(v) else { return Ok(()) };
    for n in v.split('|') {
        let n = n.trim();
        if n.is_empty() {
            return Err((K::Format, format!("empty name in '{v}' (stray '|')")));
        }
        let (text, role) = match n.strip_prefix('~') {
            Some(rest) if role == NameRole::Name => (rest.trim(), NameRole::Alternate),
            Some(_) => {
                return Err((
                    K::Format,
                    format!("'{n}': `~` (an alternate reading) marks only place names"),
                ))
            }
            None => (n, role),
        };
        if text.is_empty() {
            return Err((K::Format, format!("empty name in '{v}' (stray '~')")));
        }
        out.push(Name {
            text: text.to_string(),
            role,
        });
    }
    Ok(())
}

fn coord(col: &str, v: &str, max: f64) -> Result<Option<f64>, CellError> {
    let Some(v) = optional(v) else {
        return Ok(None);
    };
    match v.parse::<f64>() {
        Ok(x) if x.is_finite() && x.abs() <= max => Ok(Some(x)),
        _ => Err((K::Invalid, format!("bad {col} '{v}'"))),
    }
}

fn date(v: &str, whole: &str) -> Result<Option<NaiveDate>, CellError> {
    if v.is_empty() {
        return Ok(None);
    }
    NaiveDate::parse_from_str(v, "%Y-%m-%d")
        .map(Some)
        .map_err(|_| {
            (
                K::DateRange,
                format!("malformed date '{v}' in '{whole}' (want YYYY-MM-DD)"),
            )
        })
}

/// `CTY/SEC`, `CTY`, `/SEC` or `-/SEC`, optionally `@FROM..TO` (either side may be empty).
pub(crate) fn parse_role(s: &str) -> Result<Role, CellError> {
    let (code, range) = match s.split_once('@') {
        Some((c, r)) => (c, Some(r)),
        None => (s, None),
    };
    let (c, sec) = match code.split_once('/') {
        Some((c, s)) => (c, s),
        None => (code, ""),
    };
    let country = optional(c).map(country).transpose()?;
    let sector = optional(sec).map(sector).transpose()?;
    if country.is_none() && sector.is_none() {
        return Err((
            K::Format,
            format!("code '{s}' has neither country nor sector"),
        ));
    }
    let (from, to) = match range {
        None => (None, None),
        Some(r) => {
            let Some((a, b)) = r.split_once("..") else {
                return Err((
                    K::DateRange,
                    format!("malformed date range '{r}' (want FROM..TO)"),
                ));
            };
            let (from, to) = (date(a.trim(), r)?, date(b.trim(), r)?);
            if let (Some(f), Some(t)) = (from, to) {
                if f > t {
                    return Err((
                        K::DateRange,
                        format!("date range '{r}' ends before it starts"),
                    ));
                }
            }
            (from, to)
        }
    };
    Ok(Role {
        country,
        sector,
        from,
        to,
    })
}

fn parse_row(kind: FileKind, c: &[&str]) -> Result<(Entry, Vec<Name>), CellError> {
    let mut ns = Vec::new();
    let entry = match kind {
        FileKind::Countries => {
            let code = country(required("code", c[0])?)?;
            names(c[2], NameRole::Name, &mut ns)?;
            names(c[3], NameRole::Nisba, &mut ns)?;
            names(c[4], NameRole::Plural, &mut ns)?;
            Entry::Country {
                code,
                name: required("name", c[1])?.to_string(),
            }
        }
        FileKind::Places => {
            let id = required("id", c[0])?.to_string();
            let place_country = optional(c[2]).map(country).transpose()?;
            let capital_of = optional(c[5]).map(country).transpose()?;
            names(required("names", c[6])?, NameRole::Name, &mut ns)?;
            Entry::Place {
                id,
                name: required("name", c[1])?.to_string(),
                country: place_country,
                lat: coord("lat", c[3], 90.0)?,
                lon: coord("lon", c[4], 180.0)?,
                capital_of,
            }
        }
        FileKind::NotNames => {
            let id = required("id", c[0])?.to_string();
            names(required("names", c[1])?, NameRole::Name, &mut ns)?;
            // the reason is for the next editor: a phrase nobody can explain is not kept
            required("why", c[2])?;
            Entry::NotName { id }
        }
        FileKind::Agents => {
            let id = required("id", c[0])?.to_string();
            let sector = sector(required("sector", c[1])?)?;
            let (title, head) = match c[2] {
                "agent" => (false, false),
                "title" => (true, false),
                "head" => (false, true),
                k => {
                    return Err((
                        K::Format,
                        format!("kind must be 'agent', 'title' or 'head', not '{k}'"),
                    ))
                }
            };
            names(required("names", c[3])?, NameRole::Name, &mut ns)?;
            Entry::Agent {
                id,
                sector,
                title,
                head,
            }
        }
        FileKind::Actors => {
            let id = required("id", c[0])?.to_string();
            let kind = ActorType::parse(c[2]).ok_or_else(|| {
                (
                    K::Format,
                    format!(
                        "type must be one of person, organisation, igo, group, party, media; not '{}'",
                        c[2]
                    ),
                )
            })?;
            let roles = required("codes", c[3])?
                .split(';')
                .map(|r| parse_role(r.trim()))
                .collect::<Result<Vec<_>, _>>()?;
            names(required("names", c[4])?, NameRole::Name, &mut ns)?;
            Entry::Actor {
                id,
                name: required("name", c[1])?.to_string(),
                kind,
                roles,
            }
        }
    };
    if !matches!(entry, Entry::Place { .. }) {
        if let Some(n) = ns.iter().find(|n| n.role == NameRole::Alternate) {
            return Err((
                K::Format,
                format!(
                    "'~{}': `~` (an alternate reading) marks only place names",
                    n.text
                ),
            ));
        }
    }
    Ok((entry, ns))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_parse_and_validate() {
        let r = parse_role("ARM/GOV@2018-05-08..").unwrap();
        assert_eq!(r.country.unwrap().as_str(), "ARM");
        assert_eq!(r.sector, Some(Sector::Gov));
        assert!(r.to.is_none());
        assert!(parse_role("IGO").unwrap().sector.is_none());
        assert!(parse_role("-/UAF").unwrap().country.is_none());
        assert_eq!(
            parse_role("ARM/GOV@2019-01-01..2018-01-01").unwrap_err().0,
            K::DateRange
        );
        assert_eq!(
            parse_role("ARM/GOV@2019-13-01..").unwrap_err().0,
            K::DateRange
        );
        assert_eq!(parse_role("XYZ/GOV").unwrap_err().0, K::UnknownCode);
        assert_eq!(parse_role("ARM/XXX").unwrap_err().0, K::UnknownCode);
    }
}
