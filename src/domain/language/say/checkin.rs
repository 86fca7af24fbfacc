//! Messages for check-ins: "how I feel" and "how therapy is going for me".
//!
//! Feeling words, scale steps and safety steps are stored as their English tokens; these are
//! only the words shown for them. Spanish avoids assuming the person's gender: nouns for
//! feelings ("cansancio", not "cansado/a"), and steps that describe the weight or the act of
//! sharing, never the person.
use crate::domain::language::{messages, plurals};

messages! {
    // ---- The feeling scale, from heaviest to lightest (weight, never worth) ----
    feeling_very_heavy => "Very heavy", "Me pesa mucho";
    feeling_heavy => "Heavy", "Me pesa";
    feeling_in_between => "Somewhere in between", "Entre una cosa y otra";
    feeling_fairly_light => "Fairly light", "Me pesa poco";
    feeling_light => "Light", "Con ligereza";

    // ---- The safety scale, finishing "Sharing in sessions feels…" ----
    safety_not_yet => "Not safe yet", "Todavía no es seguro";
    safety_a_little => "A little safe", "Un poco seguro";
    safety_somewhat => "Somewhat safe", "Algo seguro";
    safety_mostly => "Mostly safe", "Bastante seguro";
    safety_fully => "Safe", "Seguro";

    // ---- Feeling words, shown for their stored tokens ----
    word_anxious => "anxious", "ansiedad";
    word_calm => "calm", "calma";
    word_confused => "confused", "confusión";
    word_content => "content", "satisfacción";
    word_disappointed => "disappointed", "decepción";
    word_frustrated => "frustrated", "frustración";
    word_grateful => "grateful", "gratitud";
    word_hopeful => "hopeful", "esperanza";
    word_hurt => "hurt", "dolor";
    word_lonely => "lonely", "soledad";
    word_numb => "numb", "desconexión";
    word_overwhelmed => "overwhelmed", "agobio";
    word_proud => "proud", "orgullo";
    word_relieved => "relieved", "alivio";
    word_restless => "restless", "inquietud";
    word_sad => "sad", "tristeza";
    word_safe => "safe", "seguridad";
    word_tender => "tender", "sensibilidad";
    word_tired => "tired", "cansancio";
    word_worried => "worried", "preocupación";

    // ---- The feedback card's questions ----
    question_helped => "What helped", "Lo que me ayudó";
    question_did_not_land => "What didn't quite land", "Lo que no terminó de encajar";
    question_unsaid => "Something I didn't say", "Algo que no dije";
    question_more_or_less => "What I'd like more or less of", "De qué me gustaría más, o menos";
    safety_question => "How safe it feels to share", "Lo seguro que me resulta compartir";

    // ---- A check-in's lines in lists, summaries and copies ----
    how_i_feel => "How I feel", "Cómo me siento";
    feeling_words => "Feeling words", "Palabras para lo que siento";

    // ---- Why a form cannot be saved yet ----
    no_feeling => "Choose a step on the scale whenever you're ready. There's no wrong answer.",
        "Elige un punto de la escala cuando quieras. No hay respuestas equivocadas.";
    too_many_words(limit) => "You can choose up to {limit} feeling words. Which ones feel closest?",
        "Puedes elegir hasta {limit} palabras. ¿Cuáles se acercan más a lo que sientes?";
    /// `word` is what was typed, not one of ours.
    unknown_word(word) => "\"{word}\" isn't one of the feeling words here. You could write it in the note instead.",
        "\"{word}\" no está entre las palabras de aquí. Puedes escribirla en la nota.";
    empty_feedback => "There's nothing here yet. Answer any one question whenever you're ready; the rest can stay empty.",
        "Aquí todavía no hay nada. Responde a cualquier pregunta cuando quieras; las demás pueden quedarse en blanco.";
    /// `how_far` is one of journal's `over_*` messages ("a little over", "un poco más de").
    answer_too_long(field, length, how_far, limit) => "\"{field}\" is {length} characters, {how_far} the {limit} that fit. Could you shorten it? Nothing you typed has been lost.",
        "\"{field}\" tiene {length} caracteres, {how_far} los {limit} que caben. ¿Podrías acortarlo? No se ha perdido nada de lo que escribiste.";

    // ---- The check-in page ----
    check_in_heading => "Check in", "Cómo estoy";
    check_in_lede => "Two short, gentle forms. Fill in as much or as little as you like; each is kept as an entry in your journal, and nothing is shared unless you choose it for a summary.",
        "Dos formularios cortos y tranquilos. Responde tanto o tan poco como quieras; cada uno se guarda como una entrada en tu diario, y no se comparte nada a menos que lo elijas para un resumen.";
    how_i_feel_heading => "How I feel", "Cómo me siento";
    how_therapy_is_going => "How therapy is going for me", "Cómo me está yendo la terapia";
    back_to_journal => "Back to your journal", "Volver a tu diario";

    // ---- The two forms ----
    legend_feeling => "How I feel right now", "Cómo me siento ahora";
    legend_words => "Feeling words (optional, up to 5)", "Palabras para lo que siento (opcional, hasta 5)";
    legend_safety => "How safe it feels to share (optional)", "Lo seguro que me resulta compartir (opcional)";
    a_note => "A note (optional)", "Una nota (opcional)";
    feedback_help => "For you and, only if you choose to share it, your therapist. Answer any question you like; the rest can stay empty.",
        "Para ti y, solo si decides compartirlo, para tu terapeuta. Responde a las preguntas que quieras; las demás pueden quedarse en blanco.";
    check_in_help => "A gentle check-in. Choose the step that fits; everything else is optional.",
        "Un momento para ver cómo estás. Elige el punto de la escala que encaje; todo lo demás es opcional.";
    /// Followed by a link to the journal, so it ends with a space.
    saved_in_journal => "Saved in your journal. ", "Se guardó en tu diario. ";
    see_it => "See it in your journal", "Verlo en tu diario";
    save_feedback => "Save feedback", "Guardar mis respuestas";
    save_check_in => "Save check-in", "Guardar cómo estoy";
}

plurals! {}
