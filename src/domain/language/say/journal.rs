//! Messages for journal: the kinds of entry, the composer, the list, editing, undo and the
//! welcome back, and what the journal's rules say when a draft cannot be saved yet.
use crate::domain::language::{messages, plurals};

messages! {
    // ---- The kinds of entry (`EntryKind`), as a name and as a plural heading ----
    kind_win => "Small win", "Pequeño logro";
    kind_concern => "Concern to raise", "Inquietud para comentar";
    kind_reflection => "Reflection", "Reflexión";
    kind_check_in => "Check-in", "Registro de cómo me siento";
    kind_feedback => "Therapy feedback", "Opinión sobre la terapia";
    kinds_win => "Small wins", "Pequeños logros";
    kinds_concern => "Concerns to raise", "Inquietudes para comentar";
    kinds_reflection => "Reflections", "Reflexiones";
    kinds_check_in => "Check-ins", "Registros de cómo me siento";
    kinds_feedback => "Therapy feedback", "Opiniones sobre la terapia";
    /// What each kind's text box asks for.
    placeholder_win => "Something that went a little better, however small…",
        "Algo que fue un poco mejor, por pequeño que sea…";
    placeholder_concern => "Something you'd like to bring up, in your own words…",
        "Algo que te gustaría comentar, con tus propias palabras…";
    placeholder_reflection => "Take your time. There is no right answer…",
        "Tómate tu tiempo. No hay una respuesta correcta…";
    placeholder_check_in => "Anything you'd like to add, if you want to…",
        "Si quieres, puedes añadir algo más…";
    placeholder_feedback => "In your own words, as much or as little as you like…",
        "Con tus propias palabras, tanto o tan poco como quieras…";

    // ---- Counting entries (the count is written as it is, as before) ----
    one_entry => "1 entry", "1 entrada";
    entries(n) => "{n} entries", "{n} entradas";

    // ---- Why a draft cannot be saved yet (`DraftError`) ----
    draft_empty => "There's nothing here yet. Write a few words whenever you're ready.",
        "Aquí todavía no hay nada. Puedes escribir unas palabras cuando quieras.";
    /// `how_far` is one of the `over_*` messages below.
    draft_too_long(length, how_far, limit) => "This is {length} characters, {how_far} the {limit} that fit in one entry. You could split it into two entries. Nothing you typed has been lost.",
        "Son {length} caracteres, {how_far} los {limit} que caben en una entrada. Podrías dividir el texto en dos entradas. No se ha perdido nada de lo que escribiste.";
    tag_too_long(limit, tag) => "Tags can be up to {limit} characters each. \"{tag}…\" is longer; could you shorten it?",
        "Cada etiqueta puede tener hasta {limit} caracteres. \"{tag}…\" es más larga; ¿podrías acortarla?";
    too_many_tags(limit) => "An entry can carry up to {limit} tags. You could remove a few.",
        "Una entrada puede llevar hasta {limit} etiquetas. Podrías quitar algunas.";
    needs_its_own_form => "Check-ins and therapy feedback have their own short form. Nothing you typed has been lost.",
        "Los registros de cómo te sientes y las opiniones sobre la terapia tienen su propio formulario breve. No se ha perdido nada de lo que escribiste.";
    /// How far over a limit, to go before "the 10,000" / "los 10.000".
    over_a_little => "a little over", "un poco más de";
    over => "over", "más de";
    over_well => "well over", "bastante más de";
    over_twice => "about twice", "alrededor del doble de";
    over_times(times) => "about {times} times", "unas {times} veces";

    // ---- Changes to the journal (`JournalError`) ----
    entry_gone => "That entry is no longer in your journal.", "Esa entrada ya no está en tu diario.";
    changed_elsewhere => "This entry was changed in another tab a moment ago, so we kept that newer version. Your words are still here in the editor, so you can copy them before you close it.",
        "Esta entrada se cambió en otra pestaña hace un momento, así que guardamos esa versión más reciente. Tus palabras siguen aquí, en el editor, para que puedas copiarlas antes de cerrarlo.";

    // ---- The journal page and the composer ----
    your_journal => "Your journal", "Tu diario";
    journal_lede => "Only you can see what you write here. It stays in this browser, on this device.",
        "Solo tú puedes ver lo que escribes aquí. Se queda en este navegador, en este dispositivo.";
    write_something => "Write something", "Escribe algo";
    what_to_write => "What would you like to write?", "¿Qué te gustaría escribir?";
    or_check_in => "Or check in: ", "O bien: ";
    how_i_feel => "How I feel", "Cómo me siento";
    how_therapy_is_going => "How therapy is going", "Cómo va la terapia";
    your_win => "Your small win", "Tu pequeño logro";
    your_concern => "Your concern to raise", "Tu inquietud para comentar";
    your_reflection => "Your reflection", "Tu reflexión";
    your_note => "Your note", "Tu nota";
    composer_help(count, limit) => "{count} of {limit} characters. Saved as a draft while you type. Ctrl+Enter saves the entry.",
        "{count} de {limit} caracteres. Se guarda como borrador mientras escribes. Ctrl+Enter guarda la entrada.";
    /// After a checkbox, so it starts with a space.
    mark_priority => " Mark as a priority to raise first", " Marcar como prioridad para comentar primero";
    /// Followed by `tags_optional`, so it ends with a space.
    tags_label => "Tags ", "Etiquetas ";
    tags_optional => "(optional, separated by commas)", "(opcional, separadas por comas)";
    save_entry => "Save entry", "Guardar entrada";

    // ---- One entry in the list ----
    priority => "Priority", "Prioridad";
    edited => "edited", "editada";
    prompt_answered => "Prompt: ", "Propuesta: ";
    tags => "Tags", "Etiquetas";
    edit => "Edit", "Editar";
    delete => "Delete", "Eliminar";
    /// Hidden after "Edit" or "Delete": " small win from 09:30".
    entry_at(kind, time) => " {kind} from {time}", " {kind} ({time})";

    // ---- Editing an entry ----
    words_copied => "Your words are copied.", "Tus palabras ya están copiadas.";
    copy_refused => "This browser didn't allow copying. You can select the words and copy them yourself.",
        "Este navegador no permitió copiar. Puedes seleccionar las palabras y copiarlas tú.";
    deleted_elsewhere => "This entry was deleted in another tab. Your words are still here.",
        "Esta entrada se borró en otra pestaña. Tus palabras siguen aquí.";
    answers_stay => "Your answers stay as you saved them. You can add or change a note and tags.",
        "Tus respuestas quedan como las guardaste. Puedes añadir o cambiar la nota y las etiquetas.";
    what_you_were_writing => "What you were writing", "Lo que estabas escribiendo";
    edit_your_note => "Edit your note", "Edita tu nota";
    /// `kind` is the kind's name in lower case: "Edit your small win".
    edit_your(kind) => "Edit your {kind}", "Edita tu {kind}";
    save_as_new => "Save as a new entry", "Guardar como entrada nueva";
    save_changes => "Save changes", "Guardar cambios";
    copy_words => "Copy the words", "Copiar las palabras";
    let_them_go => "Let them go", "Dejarlas ir";
    cancel => "Cancel", "Cancelar";

    // ---- The list ----
    your_entries => "Your entries", "Tus entradas";
    nothing_yet => "Nothing here yet, and there's no hurry. When something comes up, big or small, you can write it above.",
        "Aquí todavía no hay nada, y no hay prisa. Cuando surja algo, grande o pequeño, puedes escribirlo arriba.";
    nothing_matches => "Nothing matches that search. You could try other words or show everything.",
        "Nada coincide con esa búsqueda. Podrías probar con otras palabras o mostrarlo todo.";
    showing_newest(shown, n) => "Showing the newest {shown} of {n} entries",
        "Se muestran las {shown} más recientes de {n} entradas";
    opening_older => "Opening older entries…", "Abriendo entradas anteriores…";
    show_older => "Show older entries", "Mostrar entradas anteriores";

    // ---- Filters ----
    search_and_filter => "Search and filter your entries", "Busca y filtra tus entradas";
    search => "Search", "Buscar";
    show => "Show", "Mostrar";
    everything => "Everything", "Todo";
    tag => "Tag", "Etiqueta";
    any_tag => "Any tag", "Cualquier etiqueta";

    // ---- Undo ----
    entry_deleted => "Entry deleted.", "Entrada eliminada.";
    undo => "Undo", "Deshacer";
    dismiss => "Dismiss", "Cerrar";

    // ---- Welcome back ----
    welcome_closed => "Welcome closed.", "Bienvenida cerrada.";
    kind_prompt => "A kind prompt, if it helps", "Una propuesta amable, por si te ayuda";
    write_about_this => "Write about this", "Escribir sobre esto";
    close_welcome => "Close this welcome", "Cerrar esta bienvenida";

    // ---- Announcements ----
    /// `kind` is the kind's name in lower case: "Saved your reflection."
    saved_your(kind) => "Saved your {kind}.", "Se guardó tu {kind}.";
    changes_saved => "Your changes are saved.", "Tus cambios están guardados.";
    entry_deleted_can_undo => "Entry deleted. You can undo this.", "Entrada eliminada. Puedes deshacerlo.";
    entry_restored => "Entry restored.", "Entrada recuperada.";
}

plurals! {}
