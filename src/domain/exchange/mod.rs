//! Bringing a journal in from other apps and taking it out as Markdown and CSV: the file
//! formats, free of any browser API (the edge reads and inflates zip members).
pub mod csv;
pub mod day_one;
pub mod daylio;
pub mod detect;
pub mod export;
pub mod html;
pub mod imported;
pub mod plan;
pub mod preview;
pub mod source_mark;
pub mod yaml;
pub mod zip;
