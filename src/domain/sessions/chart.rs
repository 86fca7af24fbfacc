//! How the weeks went, as counts of shared entries per week, with the geometry of a stacked
//! bar chart (so the page draws plain SVG shapes, never markup from strings) and a sentence
//! that says the same in words.
use crate::domain::calendar::date_text::{short_date, week_start};
use crate::domain::calendar::time::Date;
use crate::domain::journal::entry::EntryKind;
use crate::domain::language::say::summary as say;
use crate::domain::sessions::consent::Scope;
use crate::domain::sessions::items::{kinds_in_summary_order, ItemBody, SummaryItem};

/// Longer scopes get no chart: a year of thin bars says nothing faster than words.
pub const MAX_CHART_WEEKS: usize = 53;
/// Share of each week's slot left empty between bars.
const GAP_SHARE: f32 = 0.25;

/// Shared entries per week across the summary's dates. Built only from summary items, so
/// a left-out entry is never counted.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct WeeklyChart {
    pub weeks: Vec<WeekCounts>,
    /// The tallest week's total; 0 when nothing is shared.
    pub max_total: u32,
    /// Per week, the average feeling step (1 very heavy to 5 light) of fully shared
    /// check-ins; `None` for a week without any. Drawn as a line, said in words, never shown
    /// as a number.
    pub feeling: Vec<Option<f32>>,
}

/// One week, Monday to Sunday.
#[derive(Clone, Debug, PartialEq)]
pub struct WeekCounts {
    /// The Monday the week starts on.
    pub start: Date,
    /// Every kind in summary order, zeros included, so each week has the same shape.
    pub counts: Vec<(EntryKind, u32)>,
}

impl WeekCounts {
    pub fn total(&self) -> u32 {
        self.counts.iter().map(|(_, n)| n).sum()
    }
}

/// The feeling scale's own words for an average step, so the trend reads like the scale.
fn weight_words(step: f32) -> &'static str {
    match step {
        s if s < 1.5 => say::weight_very_heavy(),
        s if s < 2.5 => say::weight_heavy_side(),
        s if s < 3.5 => say::weight_in_between(),
        s if s < 4.5 => say::weight_fairly_light(),
        _ => say::weight_light(),
    }
}

/// One block of a stacked bar, in a box `width` by `height` with y growing downwards.
#[derive(Clone, Debug, PartialEq)]
pub struct Bar {
    pub x: f32,
    pub y: f32,
    pub w: f32,
    pub h: f32,
    pub kind: EntryKind,
    pub count: u32,
    pub week_index: usize,
}

/// A label under a week's bar; `x` is the bar's centre.
#[derive(Clone, Debug, PartialEq)]
pub struct AxisLabel {
    pub x: f32,
    pub text: String,
    pub week_index: usize,
}

impl WeeklyChart {
    /// Counts the items written within `scope` (carried-over concerns from before it are
    /// in the summary but not in these weeks).
    pub fn new(scope: Scope, items: &[SummaryItem]) -> Self {
        let first = week_start(scope.from);
        let week_count = first.days_until(scope.to) / 7 + 1;
        if week_count as usize > MAX_CHART_WEEKS {
            return Self::default();
        }
        let kinds = kinds_in_summary_order();
        let mut weeks: Vec<WeekCounts> = (0..week_count)
            .map(|i| WeekCounts {
                start: first.add_days(i * 7),
                counts: kinds.iter().map(|k| (*k, 0)).collect(),
            })
            .collect();
        for item in items.iter().filter(|i| scope.contains(i.date)) {
            let week = &mut weeks[(first.days_until(item.date) / 7) as usize];
            if let Some((_, n)) = week.counts.iter_mut().find(|(k, _)| *k == item.kind) {
                *n += 1;
            }
        }
        let mut steps = vec![(0u32, 0u32); weeks.len()];
        for item in items.iter().filter(|i| scope.contains(i.date)) {
            if let ItemBody::Full {
                feeling: Some(feeling),
                ..
            } = &item.body
            {
                let week = &mut steps[(first.days_until(item.date) / 7) as usize];
                week.0 += u32::from(feeling.step());
                week.1 += 1;
            }
        }
        let feeling = steps
            .iter()
            .map(|(sum, n)| (*n > 0).then(|| *sum as f32 / *n as f32))
            .collect();
        let max_total = weeks.iter().map(WeekCounts::total).max().unwrap_or(0);
        Self {
            weeks,
            max_total,
            feeling,
        }
    }

    /// True when at least one fully shared check-in gives the chart a feeling line.
    pub fn has_feeling(&self) -> bool {
        self.feeling.iter().any(Option::is_some)
    }

    /// Points of the feeling line in the same box as [`WeeklyChart::bars`]: one per week
    /// with check-ins, at the centre of its bar, light at the top and heavy at the bottom.
    pub fn feeling_points(&self, width: f32, height: f32) -> Vec<(f32, f32)> {
        let slot = width / self.weeks.len().max(1) as f32;
        self.feeling
            .iter()
            .enumerate()
            .filter_map(|(i, step)| {
                let step = (*step)?;
                Some((
                    (i as f32 + 0.5) * slot,
                    height - (step - 1.0) / 4.0 * height,
                ))
            })
            .collect()
    }

    /// "How I felt: mostly in between, lighter in the last week." Words only, in the app's
    /// own scale of weight, never a score; `None` without fully shared check-ins.
    pub fn feeling_words(&self) -> Option<String> {
        let (mut sum, mut weeks_with) = (0.0f32, 0usize);
        for step in self.feeling.iter().flatten() {
            sum += step;
            weeks_with += 1;
        }
        if weeks_with == 0 {
            return None;
        }
        let overall = sum / weeks_with as f32;
        let weight = weight_words(overall);
        let mut words = if weeks_with > 1 {
            say::mostly(weight)
        } else {
            weight.to_string()
        };
        // The last week against the weeks before it, only when both have check-ins.
        if let (Some(Some(last)), true) = (self.feeling.last(), weeks_with > 1) {
            let before = (sum - last) / (weeks_with - 1) as f32;
            if last - before >= 0.5 {
                words = say::lighter_last_week(words);
            } else if before - last >= 0.5 {
                words = say::heavier_last_week(words);
            }
        }
        Some(say::how_i_felt(words))
    }

    /// True when there is nothing to draw.
    pub fn is_empty(&self) -> bool {
        self.max_total == 0
    }

    /// "Entries per week: week of 2 Nov — 2 concerns to raise, 1 small win; week of 9 Nov — none."
    pub fn text_alternative(&self) -> String {
        if self.is_empty() {
            return say::entries_per_week_none().to_string();
        }
        let mut weeks = String::new();
        for (i, week) in self.weeks.iter().enumerate() {
            if i > 0 {
                weeks.push_str("; ");
            }
            let mut counts = String::new();
            for (kind, n) in week.counts.iter().filter(|(_, n)| *n > 0) {
                if !counts.is_empty() {
                    counts.push_str(", ");
                }
                counts.push_str(&n.to_string());
                counts.push(' ');
                let words = if *n == 1 { kind.label() } else { kind.plural() };
                counts.push_str(&words.to_lowercase());
            }
            if counts.is_empty() {
                counts.push_str(say::week_none());
            }
            weeks.push_str(&say::week_of(short_date(week.start), counts));
        }
        let mut text = say::entries_per_week(weeks);
        if let Some(words) = self.feeling_words() {
            text.push(' ');
            text.push_str(&words);
        }
        text
    }

    /// Stacked bars, one column per week, kinds stacked from the bottom in summary order.
    /// Zero counts have no block.
    pub fn bars(&self, width: f32, height: f32) -> Vec<Bar> {
        if self.is_empty() {
            return Vec::new();
        }
        let slot = width / self.weeks.len() as f32;
        let unit = height / self.max_total as f32;
        let mut bars = Vec::new();
        for (week_index, week) in self.weeks.iter().enumerate() {
            let mut stacked = 0;
            for (kind, count) in week.counts.iter().filter(|(_, n)| *n > 0) {
                stacked += count;
                bars.push(Bar {
                    x: week_index as f32 * slot + slot * GAP_SHARE / 2.0,
                    y: height - stacked as f32 * unit,
                    w: slot * (1.0 - GAP_SHARE),
                    h: *count as f32 * unit,
                    kind: *kind,
                    count: *count,
                    week_index,
                });
            }
        }
        bars
    }

    /// "2 Nov" under each week, centred on its bar.
    pub fn axis_labels(&self, width: f32) -> Vec<AxisLabel> {
        let slot = width / self.weeks.len().max(1) as f32;
        self.weeks
            .iter()
            .enumerate()
            .map(|(week_index, week)| AxisLabel {
                x: (week_index as f32 + 0.5) * slot,
                text: short_date(week.start),
                week_index,
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::journal::checkin::Feeling;
    use crate::domain::EntryId;

    fn day(d: u32) -> Date {
        Date::from_ymd(2026, 11, d).unwrap()
    }

    fn item(kind: EntryKind, date: Date) -> SummaryItem {
        SummaryItem {
            id: EntryId::new(1, 1),
            kind,
            date,
            carried_over: false,
            resolved: false,
            priority: false,
            rank: None,
            body: ItemBody::TopicOnly {
                title: String::new(),
            },
        }
    }

    fn chart() -> WeeklyChart {
        // Wednesday 4 to Tuesday 17 November: three weeks starting Monday 2, 9 and 16.
        let scope = Scope::new(day(4), day(17)).unwrap();
        WeeklyChart::new(
            scope,
            &[
                item(EntryKind::Concern, day(4)),
                item(EntryKind::Concern, day(8)),
                item(EntryKind::Win, day(5)),
                item(EntryKind::Win, day(17)),
                item(EntryKind::Win, day(1)), // carried over from before the scope
            ],
        )
    }

    #[test]
    fn weeks_start_on_monday_and_count_by_kind() {
        let chart = chart();
        let starts: Vec<Date> = chart.weeks.iter().map(|w| w.start).collect();
        assert_eq!(starts, [day(2), day(9), day(16)]);
        assert_eq!(
            chart.weeks[0].counts,
            [
                (EntryKind::Concern, 2),
                (EntryKind::Win, 1),
                (EntryKind::Reflection, 0),
                (EntryKind::CheckIn, 0),
                (EntryKind::Feedback, 0)
            ]
        );
        assert_eq!(chart.weeks[1].total(), 0);
        assert_eq!(chart.weeks[2].total(), 1);
        assert_eq!(chart.max_total, 3);
        assert_eq!(
            chart.text_alternative(),
            "Entries per week: week of 2 Nov — 2 concerns to raise, 1 small win; week of 9 Nov — none; week of 16 Nov — 1 small win."
        );
    }

    #[test]
    fn bars_stack_from_the_bottom_and_fill_the_tallest_week() {
        let bars = chart().bars(300.0, 90.0);
        assert_eq!(bars.len(), 3);
        let (concerns, wins) = (&bars[0], &bars[1]);
        assert_eq!(
            (concerns.kind, concerns.week_index),
            (EntryKind::Concern, 0)
        );
        assert_eq!((concerns.y, concerns.h), (30.0, 60.0));
        assert_eq!((wins.y, wins.h), (0.0, 30.0));
        assert_eq!((concerns.x, concerns.w), (12.5, 75.0));
        assert_eq!((bars[2].week_index, bars[2].y), (2, 60.0));
        let labels = chart().axis_labels(300.0);
        assert_eq!((labels[1].x, labels[1].text.as_str()), (150.0, "9 Nov"));
    }

    fn check_in(date: Date, feeling: Feeling) -> SummaryItem {
        SummaryItem {
            body: ItemBody::Full {
                text: String::new(),
                prompt: None,
                tags: Vec::new(),
                details: Vec::new(),
                feeling: Some(feeling),
            },
            ..item(EntryKind::CheckIn, date)
        }
    }

    #[test]
    fn shared_check_ins_give_a_gentle_feeling_line_in_words() {
        let scope = Scope::new(day(2), day(22)).unwrap();
        let chart = WeeklyChart::new(
            scope,
            &[
                check_in(day(3), Feeling::Heavy),
                check_in(day(4), Feeling::InBetween),
                check_in(day(11), Feeling::InBetween),
                check_in(day(20), Feeling::FairlyLight),
                // Topic only: how it felt is not shared, so it is not drawn.
                item(EntryKind::CheckIn, day(21)),
            ],
        );
        assert_eq!(chart.feeling, [Some(2.5), Some(3.0), Some(4.0)]);
        let points = chart.feeling_points(300.0, 80.0);
        assert_eq!(points, [(50.0, 50.0), (150.0, 40.0), (250.0, 20.0)]);
        let words = chart.feeling_words().unwrap();
        assert_eq!(
            words,
            "How I felt: mostly in between, lighter in the last week."
        );
        assert!(chart.text_alternative().ends_with(&words));
        for digit in '0'..='9' {
            assert!(!words.contains(digit), "no scores: {words}");
        }
        let one = WeeklyChart::new(scope, &[check_in(day(3), Feeling::VeryHeavy)]);
        assert_eq!(
            one.feeling_words().as_deref(),
            Some("How I felt: very heavy.")
        );
        let topic_only = WeeklyChart::new(scope, &[item(EntryKind::CheckIn, day(3))]);
        assert!(!topic_only.has_feeling());
        assert_eq!(topic_only.feeling_words(), None);
        assert!(!topic_only.text_alternative().contains("How I felt"));
    }

    #[test]
    fn the_chart_is_said_in_spanish_when_made_in_spanish() {
        use crate::domain::language::{speaking, Lang};
        let scope = Scope::new(day(2), day(22)).unwrap();
        let chart = WeeklyChart::new(
            scope,
            &[
                check_in(day(3), Feeling::Heavy),
                check_in(day(11), Feeling::InBetween),
                check_in(day(20), Feeling::FairlyLight),
            ],
        );
        let (words, text) = speaking(Lang::Es, || {
            (chart.feeling_words().unwrap(), chart.text_alternative())
        });
        assert_eq!(
            words,
            "Cómo me he sentido: sobre todo a medio camino, con más ligereza en la última semana."
        );
        assert!(
            text.starts_with("Entradas por semana: semana del 2 nov — 1 "),
            "{text}"
        );
        assert!(text.contains("; semana del 9 nov — 1 "), "{text}");
        assert!(text.ends_with(&format!(". {words}")), "{text}");
        let empty = WeeklyChart::new(scope, &[]);
        assert_eq!(
            speaking(Lang::Es, || empty.text_alternative()),
            "Entradas por semana: no se comparte ninguna."
        );
        let heavy = WeeklyChart::new(scope, &[check_in(day(3), Feeling::VeryHeavy)]);
        assert_eq!(
            speaking(Lang::Es, || heavy.feeling_words()).as_deref(),
            Some("Cómo me he sentido: con mucho peso.")
        );
    }

    #[test]
    fn nothing_shared_draws_nothing() {
        let chart = WeeklyChart::new(Scope::new(day(1), day(30)).unwrap(), &[]);
        assert!(chart.is_empty());
        assert!(chart.bars(100.0, 100.0).is_empty());
        assert_eq!(chart.text_alternative(), "Entries per week: none shared.");
        let long = Scope::new(day(1), day(1).add_days(400)).unwrap();
        assert!(WeeklyChart::new(long, &[item(EntryKind::Win, day(2))])
            .weeks
            .is_empty());
    }
}
