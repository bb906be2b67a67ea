//! Typed actor codes: [`Country`] and [`Sector`]. Parsed once at the boundary; the string
//! "None" never travels inward (absent codes are `Option::None`, serialized as `null`).

use crate::{EventError, EventErrorKind};
use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// ISO-3166 alpha-3 codes (from the gazetteer in `shared/data/gazetteers/countries_ar.tsv`).
const ISO3: &str = "ABW AFG AGO AIA ALA ALB AND ARE ARG ARM ASM ATA ATF ATG AUS AUT AZE BDI BEL BEN BES BFA BGD BGR BHR BHS BIH BLM BLR BLZ \
BMU BOL BRA BRB BRN BTN BVT BWA CAF CAN CCK CHE CHL CHN CIV CMR COD COG COK COL COM CPV CRI CUB CUW CXR CYM CYP CZE DEU \
DJI DMA DNK DOM DZA ECU EGY ERI ESH ESP EST ETH FIN FJI FLK FRA FRO FSM GAB GBR GEO GGY GHA GIB GIN GLP GMB GNB GNQ GRC \
GRD GRL GTM GUF GUM GUY HKG HMD HND HRV HTI HUN IDN IMN IND IOT IRL IRN IRQ ISL ISR ITA JAM JEY JOR JPN KAZ KEN KGZ KHM \
KIR KNA KOR KWT LAO LBN LBR LBY LCA LIE LKA LSO LTU LUX LVA MAC MAF MAR MCO MDA MDG MDV MEX MHL MKD MLI MLT MMR MNE MNG \
MNP MOZ MRT MSR MTQ MUS MWI MYS MYT NAM NCL NER NFK NGA NIC NIU NLD NOR NPL NRU NZL OMN PAK PAN PCN PER PHL PLW PNG POL \
PRI PRK PRT PRY PSE PYF QAT REU ROU RUS RWA SAU SDN SEN SGP SGS SHN SJM SLB SLE SLV SMR SOM SPM SRB SSD STP SUR SVK SVN \
SWE SWZ SXM SYC SYR TCA TCD TGO THA TJK TKL TKM TLS TON TTO TUN TUR TUV TWN TZA UGA UKR UMI URY USA UZB VAT VCT VEN VGB \
VIR VNM VUT WLF WSM YEM ZAF ZMB ZWE";

/// CAMEO codes that stand in the country position but are not ISO countries: international
/// and regional actors (`IGO`, `INT`, `IMG`, `NGO`, `MNC`, `UIS`), regions, and the ethnic/
/// stateless codes the gold uses there (`KUR`), plus `XKX` (Kosovo, not in ISO-3166).
const CAMEO_SPECIAL: &str = "IGO INT IMG NGO MNC UIS KUR XKX AFR ASA EUR MEA WST NAF SAF WAF EAF CAF CAS SAS SEA EEU WEU NMR SAM CRB LAM BLK BAL";

/// A CAMEO country-position code: ISO-3166 alpha-3 or a CAMEO international/regional code.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Country([u8; 3]);

impl Country {
    /// Parses and validates a code (exactly three upper-case ASCII letters, and known).
    pub fn parse(s: &str) -> Result<Country, EventError> {
        let b = s.as_bytes();
        if b.len() != 3 || !b.iter().all(|c| c.is_ascii_uppercase()) {
            return Err(EventError::new(EventErrorKind::UnknownCountry(
                s.to_string(),
            )));
        }
        if !ISO3
            .split(' ')
            .chain(CAMEO_SPECIAL.split(' '))
            .any(|c| c == s)
        {
            return Err(EventError::new(EventErrorKind::UnknownCountry(
                s.to_string(),
            )));
        }
        Ok(Country([b[0], b[1], b[2]]))
    }

    pub fn as_str(&self) -> &str {
        // Only constructed from validated ASCII.
        std::str::from_utf8(&self.0).unwrap_or("???")
    }

    /// True for ISO-3166 countries (not IGO/INT/IMG/regions). A binary search over the sorted,
    /// fixed-width `ISO3` list: the coder asks this for every actor it compares.
    pub fn is_iso(&self) -> bool {
        let b = ISO3.as_bytes();
        let n = (b.len() + 1) / 4;
        let (mut lo, mut hi) = (0, n);
        while lo < hi {
            let mid = (lo + hi) / 2;
            match b[mid * 4..mid * 4 + 3].cmp(&self.0[..]) {
                std::cmp::Ordering::Less => lo = mid + 1,
                std::cmp::Ordering::Greater => hi = mid,
                std::cmp::Ordering::Equal => return true,
            }
        }
        false
    }

    pub fn is_international(&self) -> bool {
        matches!(self.as_str(), "IGO" | "INT" | "IMG" | "NGO" | "MNC")
    }
}

impl FromStr for Country {
    type Err = EventError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Country::parse(s)
    }
}

impl fmt::Debug for Country {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Country({})", self.as_str())
    }
}

impl fmt::Display for Country {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for Country {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for Country {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Country::parse(&s).map_err(serde::de::Error::custom)
    }
}

macro_rules! sectors {
    ($($v:ident => $code:literal, $desc:literal;)*) => {
        /// A CAMEO sector (agent type) code.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum Sector { $(#[doc = $desc] $v,)* }

        impl Sector {
            pub const ALL: &'static [Sector] = &[$(Sector::$v,)*];

            pub fn as_str(&self) -> &'static str {
                match self { $(Sector::$v => $code,)* }
            }

            pub fn description(&self) -> &'static str {
                match self { $(Sector::$v => $desc,)* }
            }

            pub fn parse(s: &str) -> Result<Sector, EventError> {
                match s {
                    $($code => Ok(Sector::$v),)*
                    _ => Err(EventError::new(EventErrorKind::UnknownSector(s.to_string()))),
                }
            }
        }
    };
}

sectors! {
    Gov => "GOV", "government, executive";
    Mil => "MIL", "military, armed forces";
    Cop => "COP", "police, security forces";
    Jud => "JUD", "judiciary, prosecutors";
    Leg => "LEG", "legislature, parliament";
    Spy => "SPY", "intelligence services";
    Reb => "REB", "rebels, insurgents, armed opposition";
    Uaf => "UAF", "unidentified armed forces, militants, gunmen";
    Opp => "OPP", "political opposition";
    Pty => "PTY", "political party";
    Ins => "INS", "insurgents";
    Sep => "SEP", "separatists";
    Cvl => "CVL", "civilians";
    Edu => "EDU", "education, students";
    Med => "MED", "media, journalists";
    Rel => "REL", "religious";
    Ref => "REF", "refugees, displaced";
    Bus => "BUS", "business";
    Lab => "LAB", "labour, unions";
    Agr => "AGR", "agriculture";
    Hlh => "HLH", "health";
    Hri => "HRI", "human rights organisations";
    Crm => "CRM", "criminals";
    Eli => "ELI", "elites, former officials";
    Mod => "MOD", "moderate";
    Rad => "RAD", "radical";
    Dev => "DEV", "development";
    Env => "ENV", "environment";
    Ngo => "NGO", "non-governmental organisation";
    Igo => "IGO", "intergovernmental organisation (as an agent)";
    Unk => "UNK", "unknown";
}

impl Sector {
    /// Whether actors of this sector bear arms: armed forces, police, intelligence, rebels,
    /// unidentified armed groups and insurgents. The coder asks it of a speaker (`أعلن الجيش
    /// قتل …` is the army's act, `أعلنت وزارة الصحة مقتل …` only a report) and of the subject of
    /// a gathering (troops massing are a mobilisation, not a protest).
    pub fn is_armed(&self) -> bool {
        matches!(
            self,
            Sector::Mil | Sector::Cop | Sector::Spy | Sector::Reb | Sector::Uaf | Sector::Ins
        )
    }

    /// Whether actors of this sector act by word, not by force: the executive's persons,
    /// legislators, judges, media, parties, schools and students, religious figures, rights
    /// groups and NGOs, business, labour, health, elites. The coder asks it of the subject of a
    /// verb that is criticism in such mouths (`هاجم`, trigger flag `unarmed=`). Civilians,
    /// the opposition (often armed) and the armed sectors are not.
    pub fn is_civic(&self) -> bool {
        matches!(
            self,
            Sector::Gov
                | Sector::Leg
                | Sector::Jud
                | Sector::Med
                | Sector::Pty
                | Sector::Edu
                | Sector::Rel
                | Sector::Hri
                | Sector::Ngo
                | Sector::Bus
                | Sector::Lab
                | Sector::Hlh
                | Sector::Eli
        )
    }

    /// Whether actors of this sector belong, unless the text says otherwise, to the country
    /// where they act: state bodies (government, army, police, courts, parliament,
    /// intelligence), civilians and the social sectors (media, education, religion, business,
    /// labour, health, parties, opposition, refugees, elites). CAMEO-style coding gives such an
    /// actor without a nationality the country of the event's location (`الشرطة` in Baghdad →
    /// IRQ COP). Armed groups, rebels, criminals and organisations are not local by nature:
    /// their country is never implied by the place.
    pub fn is_local(&self) -> bool {
        matches!(
            self,
            Sector::Gov
                | Sector::Mil
                | Sector::Cop
                | Sector::Jud
                | Sector::Cvl
                | Sector::Med
                | Sector::Edu
                | Sector::Bus
                | Sector::Lab
                | Sector::Leg
                | Sector::Spy
                | Sector::Hlh
                | Sector::Eli
                | Sector::Agr
                | Sector::Env
                | Sector::Ref
                | Sector::Opp
                | Sector::Pty
                | Sector::Rel
        )
    }
}

impl FromStr for Sector {
    type Err = EventError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Sector::parse(s)
    }
}

impl fmt::Display for Sector {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for Sector {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for Sector {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Sector::parse(&s).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn country_codes_validate() {
        assert_eq!(Country::parse("ARM").unwrap().as_str(), "ARM");
        assert!(Country::parse("IGO").unwrap().is_international());
        assert!(Country::parse("None").is_err());
        assert!(Country::parse("XYZ").is_err());
        assert!(Country::parse("arm").is_err());
    }

    #[test]
    fn iso_is_every_listed_country_and_no_special_code() {
        // (the binary search needs the list sorted and three letters wide)
        let list: Vec<&str> = ISO3.split(' ').collect();
        assert!(list.windows(2).all(|w| w[0] < w[1]) && list.iter().all(|c| c.len() == 3));
        for c in &list {
            assert!(Country::parse(c).unwrap().is_iso(), "{c}");
        }
        // (`CAF` is both the Central African Republic and CAMEO's Central Africa)
        for c in CAMEO_SPECIAL.split(' ').filter(|c| !list.contains(c)) {
            assert!(!Country::parse(c).unwrap().is_iso(), "{c}");
        }
    }

    #[test]
    fn sectors_round_trip() {
        for s in Sector::ALL {
            assert_eq!(Sector::parse(s.as_str()).unwrap(), *s);
        }
        assert!(Sector::parse("None").is_err());
        assert_eq!(serde_json::to_string(&Sector::Mil).unwrap(), "\"MIL\"");
    }
}
