//! Messages for prompts: the built-in library, the person's choices and the welcome back.
//!
//! The built-in prompts are written in Spanish, not translated word for word: the same
//! invitation, in words that read naturally with *tú*.
use crate::domain::language::{messages, plurals};

/// Declares the built-in prompts with the other messages, and each prompt's English wording
/// as a constant too (`HARD_1`): older entries, homework links and other parts still hold
/// that wording, so it is kept exactly, in one place.
macro_rules! with_english_wording {
    ([$($name:ident / $english:ident => $en:literal, $es:literal;)*] $($rest:tt)*) => {
        messages! { $($name => $en, $es;)* $($rest)* }
        $(
            #[doc = concat!("The English wording of `", stringify!($name), "`.")]
            pub const $english: &str = $en;
        )*
    };
}

with_english_wording! {
    [
        hard_1 / HARD_1 => "This is a hard moment. In a few words, what feels hard right now?",
            "Este es un momento difícil. En pocas palabras, ¿qué te está resultando duro ahora mismo?";
        hard_2 / HARD_2 => "Other people have felt something like this too. What changes, even a little, when you remember you're not the only one?",
            "Otras personas también han sentido algo parecido. ¿Qué cambia, aunque sea un poco, al recordar que no te pasa solo a ti?";
        hard_3 / HARD_3 => "What kind words would help right now? Write them to yourself, the way you'd offer them to someone you care about.",
            "¿Qué palabras amables te ayudarían ahora? Escríbetelas, como se las dirías a alguien que te importa.";
        hard_4 / HARD_4 => "Where do you notice this feeling in your body? What might that part of you need?",
            "¿En qué parte del cuerpo notas esto que sientes? ¿Qué podría necesitar esa parte de ti?";
        hard_5 / HARD_5 => "What is one small thing that could make the next hour a little easier?",
            "¿Qué pequeña cosa podría hacer la próxima hora un poco más llevadera?";
        hard_6 / HARD_6 => "If this feeling could speak, what would it want you to know?",
            "Si esto que sientes pudiera hablar, ¿qué querría que supieras?";
        friend_1 / FRIEND_1 => "What would you say to a friend who went through today?",
            "¿Qué le dirías a alguien que quieres si hubiera pasado por el día de hoy?";
        friend_2 / FRIEND_2 => "Imagine someone you love told you they felt this way. How would you answer them?",
            "Imagina que alguien a quien quieres te contara que se siente así. ¿Qué le responderías?";
        friend_3 / FRIEND_3 => "How do you usually talk to yourself when things go wrong? How might a warm friend put it instead?",
            "¿Cómo sueles hablarte cuando las cosas salen mal? ¿Cómo te lo diría, en cambio, alguien que te quiere bien?";
        friend_4 / FRIEND_4 => "What would a friend who knows your whole story want you to remember tonight?",
            "¿Qué querría que recordaras esta noche alguien que conoce toda tu historia?";
        friend_5 / FRIEND_5 => "If you could be a little gentler with yourself about one thing, what would it be?",
            "Si pudieras tratarte con un poco más de suavidad en una sola cosa, ¿cuál sería?";
        friend_6 / FRIEND_6 => "Write yourself a short note, as you would to a friend having a day like yours.",
            "Escríbete una nota breve, como se la escribirías a alguien querido que estuviera teniendo un día como el tuyo.";
        setback_1 / SETBACK_1 => "Something didn't go the way you hoped. What happened, told as plainly and kindly as you can?",
            "Algo no salió como esperabas. ¿Qué pasó? Cuéntalo con toda la sencillez y la amabilidad que puedas.";
        setback_2 / SETBACK_2 => "Setbacks are part of changing anything. What did this one show you about what you need?",
            "Los tropiezos forman parte de cualquier cambio. ¿Qué te mostró este sobre lo que necesitas?";
        setback_3 / SETBACK_3 => "What was still true about you, and about your progress, before this happened?",
            "¿Qué era verdad sobre ti, y sobre lo que has avanzado, antes de que esto pasara, y lo sigue siendo ahora?";
        setback_4 / SETBACK_4 => "What was out of your hands here, and what might you try differently next time?",
            "¿Qué no dependía de ti en esto, y qué podrías probar de otra manera la próxima vez?";
        setback_5 / SETBACK_5 => "What would help you rest and start again tomorrow, without blaming yourself tonight?",
            "¿Qué te ayudaría a descansar y volver a empezar mañana, sin culparte esta noche?";
        setback_6 / SETBACK_6 => "Many people stumble on the way to something that matters to them. What matters to you underneath this?",
            "Mucha gente tropieza en el camino hacia algo que le importa. En el fondo de todo esto, ¿qué es lo que te importa a ti?";
        strength_1 / STRENGTH_1 => "What is one thing you did today that took effort, even if no one saw it?",
            "¿Qué hiciste hoy que te costó esfuerzo, aunque nadie lo viera?";
        strength_2 / STRENGTH_2 => "When did you handle something a little better than you might have a while ago?",
            "¿En qué momento llevaste algo un poco mejor de lo que quizá lo habrías llevado hace un tiempo?";
        strength_3 / STRENGTH_3 => "What is a quality of yours that helped you this week?",
            "¿Qué cualidad tuya te ayudó esta semana?";
        strength_4 / STRENGTH_4 => "What did you keep going with, even though it was hard?",
            "¿Con qué seguiste adelante, aunque te costara?";
        strength_5 / STRENGTH_5 => "What is something you are learning about yourself lately?",
            "¿Qué estás aprendiendo sobre ti últimamente?";
        strength_6 / STRENGTH_6 => "Who or what helped you recently, and what did you do to let that help in?",
            "¿Quién o qué te ayudó hace poco, y qué hiciste para dejarte ayudar?";
        conversation_1 / CONVERSATION_1 => "What would you most like the other person to understand?",
            "¿Qué es lo que más te gustaría que entendiera la otra persona?";
        conversation_2 / CONVERSATION_2 => "What are you afraid might happen? What might happen instead?",
            "¿Qué temes que pase? ¿Y qué otra cosa podría pasar?";
        conversation_3 / CONVERSATION_3 => "What is one sentence you would like to be able to say? Try writing it here first.",
            "¿Qué frase te gustaría poder decir? Puedes ensayarla aquí primero, por escrito.";
        conversation_4 / CONVERSATION_4 => "What do you need from this conversation, and what could you let go of?",
            "¿Qué necesitas de esta conversación, y qué podrías soltar?";
        conversation_5 / CONVERSATION_5 => "How could you look after yourself before and after you talk?",
            "¿Cómo podrías cuidarte antes y después de hablar?";
        conversation_6 / CONVERSATION_6 => "If it doesn't go the way you hope, what would you want to tell yourself afterwards?",
            "Si no sale como esperas, ¿qué te gustaría decirte después?";
        session_1 / SESSION_1 => "What stayed with you from the session?",
            "¿Qué te llevas de la sesión?";
        session_2 / SESSION_2 => "Was there a moment that felt hard, rushed or unfinished? You could bring it up next time.",
            "¿Hubo algún momento que se te hiciera difícil, con prisas o a medias? Podrías mencionarlo la próxima vez.";
        session_3 / SESSION_3 => "What felt helpful, even in a small way?",
            "¿Qué te ayudó, aunque fuera un poco?";
        session_4 / SESSION_4 => "Is there anything you wished you had said? There is room for it next time.",
            "¿Hay algo que te habría gustado decir? La próxima vez también hay espacio para ello.";
        session_5 / SESSION_5 => "How are you feeling now, a little while after the session?",
            "¿Cómo te sientes ahora, un rato después de la sesión?";
        session_6 / SESSION_6 => "What would you like to carry into the days until the next one?",
            "¿Qué te gustaría llevarte a los días que quedan hasta la próxima?";
        gentle_start / GENTLE_START => "What's on your mind today? There's no right place to begin, so start wherever you are.",
            "¿Qué tienes hoy en la cabeza? No hay un sitio correcto por donde empezar, así que empieza por donde estés.";
    ]

    // ---- The library's themes and credits ----
    theme_hard_moment => "A hard moment right now", "Un momento difícil ahora mismo";
    theme_as_a_friend => "Talking to yourself as to a friend",
        "Hablarte como le hablarías a alguien que quieres";
    theme_after_a_setback => "After a setback", "Después de un tropiezo";
    theme_strengths_and_effort => "Noticing strengths and effort",
        "Fijarte en tus fortalezas y en tu esfuerzo";
    theme_difficult_conversation => "Before a difficult conversation",
        "Antes de una conversación difícil";
    theme_after_a_session => "After a session", "Después de una sesión";
    /// A source the library retells, for the About page.
    neff_break => "Kristin Neff, the self-compassion break",
        "Kristin Neff, la pausa de autocompasión";
    neff_break_retold => "The three steps behind the first prompts for a hard moment: noticing that this is hard, remembering that other people feel this too, and offering yourself some kindness. Retold in our own words.",
        "Los tres pasos en los que se apoyan las primeras propuestas para un momento difícil: darte cuenta de que esto es duro, recordar que otras personas también lo sienten y ofrecerte algo de amabilidad. Contados con nuestras propias palabras.";

    // ---- Where a prompt comes from ----
    origin_own => "Your own", "Escrita por ti";
    origin_gentle_start => "A gentle start", "Un comienzo suave";

    // ---- A prompt of one's own that cannot be added ----
    prompt_empty => "There's nothing here yet. Write your prompt whenever you're ready.",
        "Aquí todavía no hay nada. Escribe tu propuesta cuando quieras.";
    /// `length` and `limit` are written with `language::number`.
    prompt_too_long(length, limit) => "This prompt is {length} characters; prompts can be up to {limit}. Could you shorten it? Nothing you typed has been lost.",
        "Esta propuesta tiene {length} caracteres, y caben hasta {limit}. ¿Podrías acortarla? No se ha perdido nada de lo que escribiste.";
    prompt_too_many(limit) => "You have {limit} prompts of your own, which is as many as fit. You could remove one you no longer use.",
        "Tienes {limit} propuestas propias, que son todas las que caben. Podrías quitar alguna que ya no uses.";
    prompt_not_saved => "This prompt couldn't be saved just now. You could try again; nothing you typed has been lost.",
        "Ahora mismo no se pudo guardar esta propuesta. Puedes volver a intentarlo; no se ha perdido nada de lo que escribiste.";

    // ---- The welcome back ----
    welcome_back_heading => "Welcome back. It's good to see you.", "Hola de nuevo. Qué alegría verte.";
    welcome_back_line => "There's nothing to catch up on. You can start with whatever is on your mind today.",
        "No hay nada que recuperar. Puedes empezar por lo que tengas hoy en la cabeza.";
    recent_wins_heading => "A few small wins you noted before",
        "Algunos pequeños logros que anotaste antes";

    // ---- The prompt above a reflection ----
    prompt_hidden_here => "That prompt won't be offered again; you can bring it back from the prompt library. Here is another one.",
        "Esa propuesta no volverá a aparecer; puedes recuperarla desde la biblioteca de propuestas. Aquí tienes otra.";
    a_prompt_if_it_helps => "A prompt, if it helps", "Una propuesta, por si te ayuda";
    another_prompt => "Another prompt", "Otra propuesta";
    dont_show_again => "Don't show this prompt again", "No volver a mostrar esta propuesta";
    browse_all => "Browse all prompts", "Ver todas las propuestas";
    favourite_this => "Favourite this prompt", "Guardar como favorita";

    // ---- The prompt library ----
    offered_again => "This prompt can be offered again.", "Esta propuesta puede volver a aparecer.";
    hidden_now => "This prompt won't be offered again. It is in the list of hidden prompts.",
        "Esta propuesta no volverá a aparecer. Está en la lista de propuestas ocultas.";
    own_removed => "Your prompt was removed.", "Se quitó tu propuesta.";
    own_added => "Your prompt was added.", "Se añadió tu propuesta.";
    write_about_this => "Write about this", "Escribir sobre esto";
    show_again => "Show again", "Volver a mostrar";
    remove => "Remove", "Quitar";
    prompts_heading => "Prompts", "Propuestas";
    prompts_lede => "Prompts are here if they help. Keep the ones that speak to you as favourites, hide any that don't, or write your own.",
        "Las propuestas están aquí por si te ayudan. Guarda como favoritas las que te lleguen, oculta las que no, o escribe las tuyas.";
    back_to_journal => "Back to your journal", "Volver a tu diario";
    own_prompts_heading => "Your own prompts", "Tus propias propuestas";
    write_own_label => "Write a prompt of your own", "Escribe una propuesta propia";
    own_prompt_help(limit) => "Up to {limit} characters. It is kept only in this browser.",
        "Hasta {limit} caracteres. Se guarda solo en este navegador.";
    add_prompt => "Add prompt", "Añadir propuesta";
    hidden_prompts => "Hidden prompts", "Propuestas ocultas";
}

plurals! {}
