//! Drawing the consent list: per section its heading, counts and whole-section actions;
//! a few entries drawn as they are, many grouped by week and drawn only when a week is
//! opened, or the entries that match a search. Drawn with plain DOM calls, every word as
//! text; a change of choice only ticks boxes and updates counts (`sync`), so focus stays.
//! Entries brought in from other apps carry a quiet "From Daylio", and a section holding
//! any says its actions skip them and offers to include them.
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, HtmlInputElement};

use super::sheet_dom::add;
use crate::domain::calendar::date_text::week_start;
use crate::domain::calendar::time::Date;
use crate::domain::exchange::source_mark::source_mark;
use crate::domain::language::{self, say::summary as say};
use crate::domain::sessions::summary::{default_topic_title, Consent, SummaryChoices};
use crate::domain::{Entry, EntryId, EntryKind, Journal};

/// A section with at most this many entries in scope is drawn whole, without weeks.
pub const FLAT_SECTION: usize = 12;
/// Search shows at most this many entries, so typing stays quick in a long journal.
pub const MAX_FOUND: usize = 40;

/// One entry the person can choose for: its section, the Monday of its week, its
/// revision (so an edited entry's excerpt is drawn again) and whether it was imported.
#[derive(Clone, PartialEq)]
pub struct Choosable {
    pub kind: EntryKind,
    pub week: Date,
    pub id: EntryId,
    pub revision: u64,
    pub imported: bool,
}

impl Choosable {
    pub fn of(entry: &Entry) -> Self {
        Self {
            kind: entry.kind,
            week: week_start(entry.created_at.local_date()),
            id: entry.id.clone(),
            revision: entry.revision,
            imported: entry.source.is_some(),
        }
    }
}

/// What is on screen, to tick and count without drawing again.
#[derive(Default)]
pub struct Drawn {
    choices: Vec<DrawnChoice>,
    /// Elements showing "n entries, k shared" for a section (`None`) or one of its weeks.
    counts: Vec<(Element, EntryKind, Option<Date>)>,
    /// Per section holding imported entries, its "include them too" box.
    imported_boxes: Vec<(HtmlInputElement, EntryKind)>,
}

/// A drawn radio (or title box) and the entry it belongs to.
struct DrawnChoice {
    input: HtmlInputElement,
    id: EntryId,
    /// `None` for the title box, whose wrapper shows only for topic only.
    level: Option<Consent>,
    wrapper: Option<Element>,
}

/// The whole-section actions: the words and the consent level each sets.
fn section_actions() -> [(&'static str, usize); 3] {
    [
        (say::include_all_full(), 2),
        (say::include_all_topic(), 1),
        (say::leave_all_out(), 0),
    ]
}

/// A short line naming an entry on screen: its first words, or a check-in's first answer.
pub fn excerpt(entry: &Entry) -> String {
    let first = entry.text.lines().map(str::trim).find(|l| !l.is_empty());
    let line = match (first, &entry.details) {
        (Some(line), _) => line.to_string(),
        (None, Some(details)) => details
            .lines()
            .first()
            .map(|(label, answer)| format!("{label}: {answer}"))
            .unwrap_or_default(),
        (None, None) => String::new(),
    };
    match line.char_indices().nth(70) {
        Some((cut, _)) => format!("{}…", line[..cut].trim_end()),
        None => line,
    }
}

/// Draws every section with entries in scope. With `found` (a search), only those
/// entries are drawn, flat, and the whole-section actions are not offered.
pub fn draw(
    root: &Element,
    all: &[Choosable],
    found: Option<&[EntryId]>,
    journal: &Journal,
) -> Drawn {
    root.set_text_content(None);
    let mut drawn = Drawn::default();
    let Some(doc) = root.owner_document() else {
        return drawn;
    };
    for kind in EntryKind::SUMMARY_ORDER {
        let rows: Vec<&Choosable> = all
            .iter()
            .filter(|c| c.kind == kind && found.is_none_or(|f| f.contains(&c.id)))
            .collect();
        if rows.is_empty() {
            continue;
        }
        let section = add(&doc, root, "section", "consent-section", "");
        let heading_id = format!("choose-{}", kind.slug());
        let _ = section.set_attribute("aria-labelledby", &heading_id);
        add(&doc, &section, "h3", "", kind.plural()).set_id(&heading_id);
        let count = add(&doc, &section, "p", "section-count", "");
        if found.is_some() {
            let found = match rows.len() {
                n if language::is_one(n) => say::one_found().to_string(),
                n => say::n_found(n),
            };
            count.set_text_content(Some(&found));
        } else {
            drawn.counts.push((count, kind, None));
            let actions = add(&doc, &section, "div", "section-actions", "");
            for (label, level) in section_actions() {
                let button = add(&doc, &actions, "button", "button button--quiet", label);
                let _ = button.set_attribute("type", "button");
                let _ = button.set_attribute("data-kind", kind.slug());
                let _ = button.set_attribute("data-level", &level.to_string());
            }
            if rows.iter().any(|c| c.imported) {
                draw_imported_choice(&doc, &section, kind, &mut drawn);
            }
        }
        if found.is_some() || rows.len() <= FLAT_SECTION {
            for row in rows {
                if let Some(entry) = journal.get(&row.id) {
                    draw_choice(&doc, &section, entry, &mut drawn);
                }
            }
            continue;
        }
        let mut week: Option<Date> = None;
        for row in rows {
            if week == Some(row.week) {
                continue;
            }
            week = Some(row.week);
            let group = add(&doc, &section, "details", "consent-week", "");
            let _ = group.set_attribute("data-kind", kind.slug());
            let _ = group.set_attribute("data-week", &row.week.to_string());
            let label = add(&doc, &group, "summary", "", "");
            drawn.counts.push((label, kind, Some(row.week)));
        }
    }
    if found.is_some_and(<[EntryId]>::is_empty) {
        add(&doc, root, "p", "empty-note", say::no_match());
    }
    drawn
}

/// Says the section's actions skip imported entries, with the box that includes them.
fn draw_imported_choice(doc: &Document, section: &Element, kind: EntryKind, drawn: &mut Drawn) {
    let note_id = format!("imported-note-{}", kind.slug());
    add(doc, section, "p", "field-help", say::imported_in_section()).set_id(&note_id);
    let label = add(doc, section, "label", "choice imported-choice", "");
    let input: HtmlInputElement = add(doc, &label, "input", "", "").unchecked_into();
    input.set_type("checkbox");
    let _ = input.set_attribute("data-imported-kind", kind.slug());
    let _ = input.set_attribute("aria-describedby", &note_id);
    add(doc, &label, "span", "", say::include_imported());
    drawn.imported_boxes.push((input, kind));
}

/// Draws the entries of one week into its (just opened) group, once.
pub fn draw_week(group: &Element, all: &[Choosable], journal: &Journal, drawn: &mut Drawn) {
    let (Some(doc), Some(kind), Some(week)) = (
        group.owner_document(),
        group
            .get_attribute("data-kind")
            .and_then(|k| EntryKind::from_slug(&k)),
        group
            .get_attribute("data-week")
            .and_then(|w| Date::parse(&w)),
    ) else {
        return;
    };
    if group
        .toggle_attribute_with_force("data-drawn", true)
        .is_err()
    {
        return;
    }
    for row in all.iter().filter(|c| c.kind == kind && c.week == week) {
        if let Some(entry) = journal.get(&row.id) {
            draw_choice(&doc, group, entry, drawn);
        }
    }
}

/// A fieldset naming the entry, with Leave out / Topic only / Full and a title box.
fn draw_choice(doc: &Document, parent: &Element, entry: &Entry, drawn: &mut Drawn) {
    let id = &entry.id;
    let date = entry.created_at.local_date();
    let mut legend = format!("{}, {}", entry.kind.label(), date.long());
    let words = excerpt(entry);
    if !words.is_empty() {
        legend.push_str(": ");
        legend.push_str(&words);
    }
    let set = add(doc, parent, "fieldset", "choice-group consent-choice", "");
    let legend = add(doc, &set, "legend", "", &legend);
    if let Some(mark) = source_mark(entry) {
        let _ = legend.append_with_str_1(" ");
        add(doc, &legend, "span", "source-mark", &mark);
    }
    let choices = add(doc, &set, "div", "choices", "");
    for (level, consent) in Consent::ALL.into_iter().enumerate() {
        let label = add(doc, &choices, "label", "choice", "");
        let input = input(doc, &label, id, "radio");
        input.set_name(&format!("consent-{}", id.as_str()));
        input.set_value(&level.to_string());
        let _ = label.append_with_str_1(&format!(" {}", consent.label()));
        drawn.choices.push(DrawnChoice {
            input,
            id: id.clone(),
            level: Some(consent),
            wrapper: None,
        });
    }
    let wrapper = add(doc, &set, "div", "field topic-title", "");
    let box_id = format!("topic-{}", id.as_str());
    let label = add(doc, &wrapper, "label", "field-label", say::short_title());
    let _ = label.set_attribute("for", &box_id);
    let title = input(doc, &wrapper, id, "text");
    title.set_id(&box_id);
    title.set_max_length(80);
    title.set_placeholder(&default_topic_title(entry.kind, date));
    drawn.choices.push(DrawnChoice {
        input: title,
        id: id.clone(),
        level: None,
        wrapper: Some(wrapper),
    });
}

fn input(doc: &Document, parent: &Element, id: &EntryId, kind: &str) -> HtmlInputElement {
    let input: HtmlInputElement = add(doc, parent, "input", "", "").unchecked_into();
    input.set_type(kind);
    let _ = input.set_attribute("data-id", id.as_str());
    input
}

/// "1 entry", "214 entries" (the number as given, as it always was).
fn entries(n: usize) -> String {
    if language::is_one(n) {
        say::one_entry().to_string()
    } else {
        say::n_entries(n)
    }
}

/// Ticks each drawn radio and fills each title box from the choices, without drawing.
pub fn tick(drawn: &Drawn, journal: &Journal, choices: &SummaryChoices) {
    for d in &drawn.choices {
        let chosen = journal
            .get(&d.id)
            .map_or(Consent::LeaveOut, |e| choices.consent_of(e));
        match (d.level, &d.wrapper) {
            (Some(level), _) => d.input.set_checked(chosen == level),
            (None, Some(wrapper)) => {
                let _ = wrapper.toggle_attribute_with_force("hidden", chosen != Consent::TopicOnly);
                let title = choices.topic_titles.get(&d.id).map_or("", String::as_str);
                if d.input.value() != title {
                    d.input.set_value(title);
                }
            }
            (None, None) => {}
        }
    }
    for (input, kind) in &drawn.imported_boxes {
        input.set_checked(choices.section_includes_imported(*kind));
    }
}

/// Says how many entries are shared, per section and per week, in one pass over the
/// entries in scope however many sections and weeks are drawn.
pub fn count(drawn: &Drawn, all: &[Choosable], journal: &Journal, choices: &SummaryChoices) {
    // `all` runs section by section and, within one, week by week; so do the drawn counts.
    // Tallies are made in that order (each section's total before its weeks) and matched
    // to the drawn counts in one walk.
    let mut tally: Vec<(EntryKind, Option<Date>, usize, usize)> = Vec::new();
    let mut section = 0;
    for row in all {
        let shared = usize::from(
            journal
                .get(&row.id)
                .is_some_and(|e| choices.consent_of(e) != Consent::LeaveOut),
        );
        if tally.get(section).is_none_or(|t| t.0 != row.kind) {
            section = tally.len();
            tally.push((row.kind, None, 0, 0));
        }
        tally[section].2 += 1;
        tally[section].3 += shared;
        match tally.last_mut() {
            Some(week) if week.0 == row.kind && week.1 == Some(row.week) => {
                week.2 += 1;
                week.3 += shared;
            }
            _ => tally.push((row.kind, Some(row.week), 1, shared)),
        }
    }
    let mut tallies = tally.into_iter();
    for (element, kind, week) in &drawn.counts {
        let Some((_, _, total, shared)) = tallies.find(|t| t.0 == *kind && t.1 == *week) else {
            return;
        };
        let text = match week {
            None if language::is_one(total) => say::one_in_dates(shared),
            None => say::n_in_dates(total, shared),
            Some(monday) => say::week_count(monday.long(), entries(total), shared),
        };
        if element.text_content().as_deref() != Some(text.as_str()) {
            element.set_text_content(Some(&text));
        }
    }
}
