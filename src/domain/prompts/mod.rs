//! Prompts for reflection: the built-in library, the person's own choices (favourites, hidden,
//! their own prompts, recent use), and the gentle welcome after a while away.
pub mod choice;
pub mod library;
pub mod welcome;
