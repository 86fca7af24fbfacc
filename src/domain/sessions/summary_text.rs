//! The summary as Markdown and as plain text. Both are written by one function from the
//! same [`Summary`], so what is printed, copied and downloaded always agrees.
//!
//! Every word of ours is said in the current language when the text is made (`say::summary`):
//! headings, dates, the foot's lines. The person's own words pass through as typed.
use crate::domain::language::say::summary as say;
use crate::domain::sessions::summary::{not_ready_line, ItemBody, Summary, SummaryItem};

pub use crate::domain::language::say::summary::{
    agenda_heading, carried_over_note, crisis_line, from_last_time_heading, goals_heading,
    homework_heading, how_ive_been_heading, leave_with_heading, nothing_chosen, questions_heading,
    read_together_line,
};

/// The summary as Markdown, with the person's words escaped so they cannot add headings,
/// lists, links or HTML.
pub fn to_markdown(summary: &Summary) -> String {
    render(summary, true)
}

/// The summary as plain text, for a message or an email.
pub fn to_plain_text(summary: &Summary) -> String {
    render(summary, false)
}

/// "Between — summary for Sam", or "Between — my summary" without a name.
pub fn title(summary: &Summary) -> String {
    match &summary.header.first_name {
        Some(name) => say::title_for(name),
        None => say::my_summary_title().to_string(),
    }
}

fn render(summary: &Summary, markdown: bool) -> String {
    let mut out = Out {
        text: String::new(),
        markdown,
    };
    let header = &summary.header;
    out.heading(1, &title(summary));
    out.line(
        &say::date_range(header.from.long(), header.to.long()),
        "",
        "",
    );
    if let Some(next) = header.next_session {
        out.line(&say::next_session(next.long()), "", "");
    }
    out.text.push('\n');
    if summary.is_empty() {
        out.line(nothing_chosen(), "", "");
    }
    let how = summary.how_ive_been();
    if !how.is_empty() {
        out.heading(2, how_ive_been_heading());
        for line in &how {
            out.line(line, "", "");
        }
        out.text.push('\n');
    }
    let mut notes_written = false;
    for section in &summary.sections {
        if !section.part.is_before_notes() && !notes_written {
            out.notes(summary);
            notes_written = true;
        }
        out.heading(2, section.heading);
        for item in &section.items {
            out.item(item);
        }
    }
    if !notes_written {
        out.notes(summary);
    }
    if !summary.chart.is_empty() {
        out.line(&summary.chart.text_alternative(), "", "");
        out.text.push('\n');
    }
    out.line(read_together_line(), "", "");
    out.line(crisis_line(), "", "");
    out.text
}

struct Out {
    text: String,
    markdown: bool,
}

impl Out {
    /// Our own words, with a hard line break in Markdown so the header lines stay apart.
    fn line(&mut self, a: &str, b: &str, c: &str) {
        self.text.push_str(a);
        self.text.push_str(b);
        self.text.push_str(c);
        self.text
            .push_str(if self.markdown { "  \n" } else { "\n" });
    }

    fn heading(&mut self, level: usize, heading: &str) {
        if self.markdown {
            self.text.push_str(&"#".repeat(level));
            self.text.push(' ');
            push_escaped_line(&mut self.text, heading);
            self.text.push_str("\n\n");
        } else {
            self.text.push_str(heading);
            self.text.push('\n');
            let underline = if level == 1 { "=" } else { "-" };
            self.text
                .push_str(&underline.repeat(heading.chars().count()));
            self.text.push_str("\n\n");
        }
    }

    /// The agenda's notes and the homework review, between the agenda and the entries.
    fn notes(&mut self, summary: &Summary) {
        for (heading, note) in [
            (questions_heading(), &summary.questions),
            (leave_with_heading(), &summary.leave_with),
        ] {
            if let Some(note) = note {
                self.heading(2, heading);
                self.user_paragraph(note);
            }
        }
        self.homework(summary);
        if summary.goals.is_empty() {
            return;
        }
        self.heading(2, goals_heading());
        for goal in &summary.goals {
            self.bold_title(&goal.title);
            if let Some(agreed) = &goal.agreed {
                self.user_text(agreed);
            }
            match &goal.details {
                None => {
                    self.user_text(not_ready_line());
                    self.text.push('.');
                }
                Some(lines) => lines.iter().for_each(|line| self.user_text(line)),
            }
            self.text.push_str("\n\n");
        }
    }

    /// "- **Title**": a list item led by someone's title, on one line.
    fn bold_title(&mut self, title: &str) {
        self.text.push_str("- ");
        let title = title.replace(['\n', '\r'], " ");
        if self.markdown {
            self.text.push_str("**");
            push_escaped_line(&mut self.text, &title);
            self.text.push_str("**");
        } else {
            self.text.push_str(&title);
        }
    }

    fn homework(&mut self, summary: &Summary) {
        if summary.homework.is_empty() {
            return;
        }
        self.heading(2, homework_heading());
        for homework in &summary.homework {
            self.bold_title(&homework.title);
            match &homework.details {
                None => {
                    self.user_text(not_ready_line());
                    self.text.push('.');
                }
                Some(lines) => {
                    for line in lines {
                        self.user_text(line);
                    }
                    for (label, answer) in &homework.review {
                        self.user_text(&format!("{label}: {answer}"));
                    }
                }
            }
            self.text.push_str("\n\n");
        }
    }

    /// The person's own note as a paragraph of its own, escaped like every word of theirs;
    /// each of its lines stays a line, blank ones go.
    fn user_paragraph(&mut self, text: &str) {
        let lines = text.lines().map(str::trim).filter(|l| !l.is_empty());
        for (n, line) in lines.enumerate() {
            if n > 0 {
                self.text
                    .push_str(if self.markdown { "  \n" } else { "\n" });
            }
            if self.markdown {
                push_escaped_line(&mut self.text, line);
            } else {
                self.text.push_str(line);
            }
        }
        self.text.push_str("\n\n");
    }

    fn item(&mut self, item: &SummaryItem) {
        self.text.push_str("- ");
        let meta = item.meta();
        let (date, marks) = match &item.body {
            ItemBody::OwnTopic { .. } => ("", meta.as_str()),
            _ => meta.split_at(meta.find(" · ").unwrap_or(meta.len())),
        };
        if self.markdown && !date.is_empty() {
            self.text.push_str("**");
            self.text.push_str(date);
            self.text.push_str("**");
        } else {
            self.text.push_str(date);
        }
        self.text.push_str(marks);
        match &item.body {
            ItemBody::OwnTopic { text } => {
                self.user_text(text);
            }
            ItemBody::TopicOnly { title } => {
                self.user_text(title);
                self.user_text(not_ready_line());
                self.text.push('.');
            }
            ItemBody::Full {
                text,
                prompt,
                tags,
                details,
                ..
            } => {
                if let Some(prompt) = prompt {
                    self.user_text(&say::prompt_line(prompt));
                }
                for (label, answer) in details {
                    self.user_text(&format!("{label}: {answer}"));
                }
                self.user_text(text);
                if !tags.is_empty() {
                    self.user_text(&say::tags_line(tags.join(", ")));
                }
            }
        }
        self.text.push_str("\n\n");
    }

    /// Continues the current list item with `text`, one indented line per line of text.
    /// Blank lines become one paragraph break; leading spaces go (they would make code).
    fn user_text(&mut self, text: &str) {
        let mut blank = false;
        for line in text.lines().map(str::trim) {
            if line.is_empty() {
                blank = true;
                continue;
            }
            // A hard break ends the line before, except at a paragraph break.
            self.text.push_str(if self.markdown && !blank {
                "  \n"
            } else {
                "\n"
            });
            if blank {
                self.text.push('\n');
                blank = false;
            }
            self.text.push_str("  ");
            if self.markdown {
                push_escaped_line(&mut self.text, line);
            } else {
                self.text.push_str(line);
            }
        }
    }
}

/// Appends one line of someone's words so Markdown shows them as typed: punctuation that
/// could start emphasis, code, links, headings or HTML is backslash-escaped anywhere, and
/// characters that only mean something at the start of a line (quotes, lists, underlines)
/// are escaped there. Full stops and hyphens inside sentences stay as they are.
pub fn push_escaped_line(out: &mut String, line: &str) {
    // "1." or "2)" at the start would begin a numbered list.
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    let list_marker =
        (digits > 0 && matches!(line.as_bytes().get(digits), Some(b'.' | b')'))).then_some(digits);
    for (i, c) in line.char_indices() {
        let escape = match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '~' | '&' | '#' => true,
            '-' | '+' | '=' => i == 0,
            '.' | ')' => list_marker == Some(i),
            _ => false,
        };
        if escape {
            out.push('\\');
        }
        out.push(c);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn escaped(line: &str) -> String {
        let mut out = String::new();
        push_escaped_line(&mut out, line);
        out
    }

    #[test]
    fn structure_is_escaped_and_sentences_stay_readable() {
        assert_eq!(escaped("# not a heading"), "\\# not a heading");
        assert_eq!(escaped("- not a list"), "\\- not a list");
        assert_eq!(escaped("12. not a list"), "12\\. not a list");
        assert_eq!(escaped("3) not a list"), "3\\) not a list");
        assert_eq!(escaped("> quote"), "\\> quote");
        assert_eq!(escaped("<b>*hi*</b>"), "\\<b\\>\\*hi\\*\\</b\\>");
        assert_eq!(escaped("[a](http://x)"), "\\[a\\](http://x)");
        assert_eq!(
            escaped("I went for a walk - it helped. Then 2. more."),
            "I went for a walk - it helped. Then 2. more."
        );
    }
}
