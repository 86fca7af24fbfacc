//! Emergency and crisis numbers by country, for the note at the foot of every page. The list
//! is short on purpose and every number was checked against the source below; a country not
//! listed is told to call its local emergency number.
//!
//! Source: Wikipedia, "List of emergency telephone numbers"
//! (<https://en.wikipedia.org/wiki/List_of_emergency_telephone_numbers>), and each country's
//! own service pages for the crisis lines (Spain's Ministerio de Sanidad for 024, 988 Lifeline
//! in the US and Canada, Samaritans in the UK and Ireland, Lifeline Australia, 1737 in New
//! Zealand), checked December 2026.
use super::{current, Lang};

/// A number and what it reaches, in English and Spanish.
pub struct Line {
    pub number: &'static str,
    service: [&'static str; 2],
}

impl Line {
    pub fn service(&self) -> &'static str {
        pick(self.service)
    }
}

pub struct Country {
    /// ISO 3166-1 alpha-2, as in a language tag's region ("es-MX").
    pub code: &'static str,
    name: [&'static str; 2],
    pub lines: &'static [Line],
}

impl Country {
    pub fn name(&self) -> &'static str {
        pick(self.name)
    }
}

fn pick(pair: [&'static str; 2]) -> &'static str {
    match current() {
        Lang::En => pair[0],
        Lang::Es => pair[1],
    }
}

const EMERGENCY: [&str; 2] = ["emergencies", "emergencias"];
const POLICE: [&str; 2] = ["police", "policía"];
const AMBULANCE: [&str; 2] = ["ambulance", "ambulancia"];

macro_rules! country {
    ($code:literal, $en:literal, $es:literal, [$(($number:literal, $service:expr)),+]) => {
        Country {
            code: $code,
            name: [$en, $es],
            lines: &[$(Line { number: $number, service: $service }),+],
        }
    };
}

/// In the order a Spanish or English speaker is most likely to look for.
pub const COUNTRIES: &[Country] = &[
    country!(
        "ES",
        "Spain",
        "España",
        [
            ("112", EMERGENCY),
            (
                "024",
                [
                    "suicide crisis line",
                    "línea de atención a la conducta suicida"
                ]
            )
        ]
    ),
    country!("MX", "Mexico", "México", [("911", EMERGENCY)]),
    country!(
        "AR",
        "Argentina",
        "Argentina",
        [("911", POLICE), ("107", AMBULANCE)]
    ),
    country!(
        "CL",
        "Chile",
        "Chile",
        [("131", AMBULANCE), ("133", POLICE)]
    ),
    country!("CO", "Colombia", "Colombia", [("123", EMERGENCY)]),
    country!("PE", "Peru", "Perú", [("105", POLICE), ("106", AMBULANCE)]),
    country!("EC", "Ecuador", "Ecuador", [("911", EMERGENCY)]),
    country!("UY", "Uruguay", "Uruguay", [("911", EMERGENCY)]),
    country!("PY", "Paraguay", "Paraguay", [("911", EMERGENCY)]),
    country!("CR", "Costa Rica", "Costa Rica", [("911", EMERGENCY)]),
    country!("PA", "Panama", "Panamá", [("911", EMERGENCY)]),
    country!("SV", "El Salvador", "El Salvador", [("911", EMERGENCY)]),
    country!("HN", "Honduras", "Honduras", [("911", EMERGENCY)]),
    country!(
        "DO",
        "Dominican Republic",
        "República Dominicana",
        [("911", EMERGENCY)]
    ),
    country!(
        "US",
        "United States",
        "Estados Unidos",
        [
            ("911", EMERGENCY),
            (
                "988",
                [
                    "suicide and crisis line",
                    "línea de crisis y prevención del suicidio"
                ]
            )
        ]
    ),
    country!(
        "CA",
        "Canada",
        "Canadá",
        [
            ("911", EMERGENCY),
            (
                "988",
                [
                    "suicide crisis line",
                    "línea de crisis y prevención del suicidio"
                ]
            )
        ]
    ),
    country!(
        "GB",
        "United Kingdom",
        "Reino Unido",
        [
            ("999", EMERGENCY),
            ("116 123", ["Samaritans", "Samaritans (línea de escucha)"])
        ]
    ),
    country!(
        "IE",
        "Ireland",
        "Irlanda",
        [
            ("112", EMERGENCY),
            ("116 123", ["Samaritans", "Samaritans (línea de escucha)"])
        ]
    ),
    country!(
        "AU",
        "Australia",
        "Australia",
        [
            ("000", EMERGENCY),
            ("13 11 14", ["Lifeline", "Lifeline (línea de crisis)"])
        ]
    ),
    country!(
        "NZ",
        "New Zealand",
        "Nueva Zelanda",
        [
            ("111", EMERGENCY),
            (
                "1737",
                ["call or text to talk", "llamada o mensaje para hablar"]
            )
        ]
    ),
];

/// The country a language tag names by its region ("es-MX" is Mexico), if it is listed.
pub fn country_of(tag: &str) -> Option<&'static Country> {
    let region = tag.split(['-', '_']).skip(1).find(|part| part.len() == 2)?;
    COUNTRIES
        .iter()
        .find(|c| c.code.eq_ignore_ascii_case(region))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_regions_numbers_are_found_and_others_are_not_guessed() {
        assert_eq!(country_of("es-ES").unwrap().lines[0].number, "112");
        assert_eq!(country_of("es-MX").unwrap().lines[0].number, "911");
        let chile: Vec<_> = country_of("es-cl")
            .unwrap()
            .lines
            .iter()
            .map(|l| l.number)
            .collect();
        assert_eq!(chile, ["131", "133"]);
        assert_eq!(country_of("es-CO").unwrap().lines[0].number, "123");
        assert!(country_of("es").is_none());
        assert!(country_of("fr-FR").is_none());
        assert!(country_of("zh-Hant-TW").is_none());
    }

    #[test]
    fn every_country_is_named_in_both_languages() {
        for country in COUNTRIES {
            for lang in Lang::ALL {
                crate::domain::language::speaking(lang, || {
                    assert!(!country.name().is_empty());
                    assert!(country.lines.iter().all(|l| !l.service().is_empty()));
                });
            }
        }
    }
}
