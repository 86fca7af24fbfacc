//! Day and month names and the long date, in each language, written from whole numbers so
//! no calendar tables ship. "Tuesday 1 December 2026" / "martes, 1 de diciembre de 2026".
use super::{current, Lang};

const WEEKDAYS_EN: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
const WEEKDAYS_ES: [&str; 7] = [
    "lunes",
    "martes",
    "miércoles",
    "jueves",
    "viernes",
    "sábado",
    "domingo",
];
const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const MONTHS_ES: [&str; 12] = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
];

/// The weekday's name, Monday = 0.
pub fn weekday_name(from_monday: usize) -> &'static str {
    match current() {
        Lang::En => WEEKDAYS_EN[from_monday % 7],
        Lang::Es => WEEKDAYS_ES[from_monday % 7],
    }
}

/// The month's name, January = 1.
pub fn month_name(month: u32) -> &'static str {
    let index = (month.clamp(1, 12) - 1) as usize;
    match current() {
        Lang::En => MONTHS_EN[index],
        Lang::Es => MONTHS_ES[index],
    }
}

/// "2 Nov" / "2 nov": short enough to sit under a chart bar.
pub fn short_date(month: u32, day: u32) -> String {
    let month: String = month_name(month).chars().take(3).collect();
    format!("{day} {month}")
}

/// "Tuesday 1 December 2026" / "martes, 1 de diciembre de 2026".
pub fn long_date(from_monday: usize, day: u32, month: u32, year: i64) -> String {
    let (weekday, month) = (weekday_name(from_monday), month_name(month));
    match current() {
        Lang::En => format!("{weekday} {day} {month} {year}"),
        Lang::Es => format!("{weekday}, {day} de {month} de {year}"),
    }
}

/// "1 December 2026" / "1 de diciembre de 2026", without the weekday.
pub fn day_month_year(day: u32, month: u32, year: i64) -> String {
    let month = month_name(month);
    match current() {
        Lang::En => format!("{day} {month} {year}"),
        Lang::Es => format!("{day} de {month} de {year}"),
    }
}
