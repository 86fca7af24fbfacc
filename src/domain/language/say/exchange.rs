//! Messages for bringing a journal in from other apps and taking it out as Markdown and CSV.
use crate::domain::language::{messages, plurals};

messages! {
    tags => "Tags", "Etiquetas";
    yes => "Yes", "Sí";
    column_id => "Id", "Id";
    column_date => "Date", "Fecha";
    column_time => "Time", "Hora";
    column_kind => "Kind", "Tipo";
    column_text => "Text", "Texto";
    column_priority => "Priority", "Prioridad";
    column_prompt => "Prompt", "Pregunta";
    column_feeling => "How I feel", "Cómo me siento";
    column_feeling_words => "Feeling words", "Palabras de sentimiento";
    column_safety => "How safe it feels to share", "Qué tan seguro se siente compartir";
    /// The quiet mark on an entry brought in from another app; `app` is its own name.
    from_app(app) => "From {app}", "De {app}";
    from_another_app => "From another app", "De otra aplicación";
}

plurals! {}
