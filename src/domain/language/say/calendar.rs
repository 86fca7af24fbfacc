//! Messages for days and times.
use crate::domain::language::{messages, plurals};

messages! {
    /// A day heading: "Today · Saturday 21 November 2026".
    today_heading(date) => "Today · {date}", "Hoy · {date}";
    yesterday_heading(date) => "Yesterday · {date}", "Ayer · {date}";
    /// To finish a sentence: "written today".
    today => "today", "hoy";
    yesterday => "yesterday", "ayer";
    on_day(date) => "on {date}", "el {date}";
}

plurals! {}
