//! The words Between says, in the person's language. Every user-facing string comes from
//! the catalogue in `say`: one plain Rust function per message, so the compiler checks
//! that each exists and LTO drops what is unused. The person's own words never pass here.
//!
//! The language in use is one per thread (the browser has one): the app sets it when it
//! starts and when the person changes it, then draws everything again. Native tests set it
//! per test thread.
use std::cell::Cell;

pub mod dates;
pub mod emergency;
pub mod record;
pub mod say;

/// A language Between speaks. Stored by its code, so records stay language-free.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    #[default]
    En,
    Es,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Es];

    /// The BCP 47 code, for `<html lang>`, stored records and links.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
        }
    }

    /// The language's own name for itself, so a person can find theirs in any language.
    pub fn own_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Es => "Español",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        match code {
            "en" => Some(Lang::En),
            "es" => Some(Lang::Es),
            _ => None,
        }
    }

    /// The first of the browser's preferred languages (`navigator.languages`) that Between
    /// speaks, matched by primary subtag ("es-MX" is Spanish); English otherwise.
    pub fn from_preferences<'a>(tags: impl IntoIterator<Item = &'a str>) -> Lang {
        tags.into_iter()
            .find_map(|tag| {
                let primary = tag.split(['-', '_']).next().unwrap_or_default();
                Lang::from_code(&primary.to_ascii_lowercase())
            })
            .unwrap_or_default()
    }
}

thread_local! {
    static CURRENT: Cell<Lang> = const { Cell::new(Lang::En) };
}

/// The language everything is said in now.
pub fn current() -> Lang {
    CURRENT.with(Cell::get)
}

/// Changes the language for what is said from now on (the caller redraws).
pub fn set_current(lang: Lang) {
    CURRENT.with(|c| c.set(lang));
}

/// Runs `say` in `lang`, then goes back: for an output made in a language other than the
/// one on screen (a test, or a therapist's link).
pub fn speaking<T>(lang: Lang, say: impl FnOnce() -> T) -> T {
    let before = current();
    set_current(lang);
    let out = say();
    set_current(before);
    out
}

#[doc(hidden)]
pub fn pick(en: &'static str, es: &'static str) -> &'static str {
    match current() {
        Lang::En => en,
        Lang::Es => es,
    }
}

/// Whether `n` takes the singular form. English and Spanish agree for whole numbers: only 1
/// (CLDR's "many" for Spanish millions is written with digits here, where "other" reads right).
pub fn is_one(n: usize) -> bool {
    n == 1
}

#[doc(hidden)]
pub fn pick_plural(n: usize, en: [&'static str; 2], es: [&'static str; 2]) -> &'static str {
    let forms = match current() {
        Lang::En => en,
        Lang::Es => es,
    };
    forms[usize::from(!is_one(n))]
}

/// Puts each `{name}` placeholder's value into `template`; dynamic dispatch keeps one copy.
#[doc(hidden)]
pub fn fill(template: &str, values: &[(&str, &dyn std::fmt::Display)]) -> String {
    use std::fmt::Write;
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else {
            out.push_str(&rest[open..]);
            return out;
        };
        let name = &after[..close];
        match values.iter().find(|(n, _)| *n == name) {
            Some((_, value)) => {
                let _ = write!(out, "{value}");
            }
            None => out.push_str(&rest[open..open + close + 2]),
        }
        rest = &after[close + 1..];
    }
    out.push_str(rest);
    out
}

/// "5,000" in English, "5000" and "10.000" in Spanish (the RAE groups only from five digits).
pub fn number(n: usize) -> String {
    let digits = n.to_string();
    let (separator, from) = match current() {
        Lang::En => (',', 4),
        Lang::Es => ('.', 5),
    };
    if digits.len() < from {
        return digits;
    }
    let mut out = String::new();
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(separator);
        }
        out.push(digit);
    }
    out
}

/// One catalogue entry, for the catalogue's own checks (never referenced by the app, so the
/// list is dropped from the build).
#[derive(Debug)]
pub struct Message {
    pub name: &'static str,
    /// English then Spanish; a plural message has its singular and plural forms.
    pub en: &'static [&'static str],
    pub es: &'static [&'static str],
    pub args: &'static [&'static str],
}

/// Declares messages, each `name => "English", "Spanish";` (returns `&'static str`) or
/// `name(a, b) => "… {a} …", "… {a} …";` (returns `String`; placeholders by argument name).
macro_rules! messages {
    (@one $(#[$doc:meta])* $name:ident => $en:literal, $es:literal) => {
        $(#[$doc])*
        pub fn $name() -> &'static str {
            $crate::domain::language::pick($en, $es)
        }
    };
    (@one $(#[$doc:meta])* $name:ident ($($arg:ident),+) => $en:literal, $es:literal) => {
        $(#[$doc])*
        pub fn $name($($arg: impl ::std::fmt::Display),+) -> String {
            $crate::domain::language::fill(
                $crate::domain::language::pick($en, $es),
                &[$((stringify!($arg), &$arg)),+],
            )
        }
    };
    ($($(#[$doc:meta])* $name:ident $(($($arg:ident),+))? => $en:literal, $es:literal;)*) => {
        $( messages!(@one $(#[$doc])* $name $(($($arg),+))? => $en, $es); )*
        /// Every message in this part of the catalogue, for its tests.
        pub const MESSAGES: &[$crate::domain::language::Message] = &[$(
            $crate::domain::language::Message {
                name: stringify!($name),
                en: &[$en],
                es: &[$es],
                args: &[$($(stringify!($arg)),+)?],
            },
        )*];
    };
}

/// Declares counted messages: `name(n) => ["{n} entry", "{n} entries"], ["{n} entrada",
/// "{n} entradas"];`. The first argument is the count that picks the form; `{n}` is written
/// with `number`, so "5,000 entries" / "5000 entradas".
macro_rules! plurals {
    ($($(#[$doc:meta])* $name:ident ($n:ident $(, $arg:ident)*) =>
        [$en1:literal, $en2:literal], [$es1:literal, $es2:literal];)*) => {
        $(
            $(#[$doc])*
            pub fn $name($n: usize $(, $arg: impl ::std::fmt::Display)*) -> String {
                $crate::domain::language::fill(
                    $crate::domain::language::pick_plural($n, [$en1, $en2], [$es1, $es2]),
                    &[
                        (stringify!($n), &$crate::domain::language::number($n)),
                        $((stringify!($arg), &$arg)),*
                    ],
                )
            }
        )*
        /// Every counted message in this part of the catalogue, for its tests.
        pub const PLURALS: &[$crate::domain::language::Message] = &[$(
            $crate::domain::language::Message {
                name: stringify!($name),
                en: &[$en1, $en2],
                es: &[$es1, $es2],
                args: &[stringify!($n) $(, stringify!($arg))*],
            },
        )*];
    };
}

pub(crate) use {messages, plurals};
