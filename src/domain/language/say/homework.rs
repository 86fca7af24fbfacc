//! Messages for homework: the therapist's composer and handout, the client's preview of a
//! link, accepted homework and how it is going. The therapist's own words (title, message,
//! prompts) never pass here.
use crate::domain::language::{messages, plurals};

messages! {
    // What to notice, as on the journal's filters.
    focus_small_wins => "Small wins", "Pequeños logros";
    focus_concerns => "Concerns to raise", "Preocupaciones para comentar";
    focus_reflections => "Reflections", "Reflexiones";
    focus_check_ins => "Check-ins", "Registros de ánimo";

    // How often: always a suggestion.
    rhythm_daily => "Once a day, if it helps", "Una vez al día, si te ayuda";
    rhythm_few_times_a_week => "A few times a week", "Unas cuantas veces por semana";
    rhythm_weekly => "Once a week", "Una vez por semana";
    rhythm_when_it_helps => "Whenever it helps", "Cuando te ayude";

    // Why an assignment can't be used, short (inside other sentences).
    title_is_empty => "title is empty", "el título está vacío";
    title_is_over(max) => "title is longer than {max} characters", "el título tiene más de {max} caracteres";
    message_is_over(max) => "message is longer than {max} characters", "el mensaje tiene más de {max} caracteres";
    prompts_are_over(max) => "more than {max} prompts", "más de {max} preguntas";
    prompt_is_empty(number) => "prompt {number} is empty", "la pregunta {number} está vacía";
    prompt_is_over(number, max) => "prompt {number} is longer than {max} characters", "la pregunta {number} tiene más de {max} caracteres";
    no_focus_given => "no kind of entry to notice", "ningún tipo de entrada en el que fijarse";
    end_is_before_start => "end date is before the start date", "la fecha final es anterior a la inicial";
    period_is_over(max) => "period is longer than {max} days", "el periodo dura más de {max} días";
    dates_are_outside(first, last) => "dates outside {first}-{last}", "fechas fuera de {first}-{last}";

    // Why an assignment can't be used, as one calm sentence.
    title_empty => "A short title helps to recognise this homework later.", "Un título breve ayuda a reconocer esta tarea más adelante.";
    title_too_long(max) => "The title can be up to {max} characters.", "El título puede tener hasta {max} caracteres.";
    message_too_long(max) => "The message can be up to {max} characters.", "El mensaje puede tener hasta {max} caracteres.";
    too_many_prompts(max) => "There can be up to {max} prompts.", "Puede haber hasta {max} preguntas.";
    prompt_empty(number) => "Prompt {number} is empty. You could write something, or remove it.", "La pregunta {number} está vacía. Puedes escribir algo o quitarla.";
    prompt_too_long(number, max) => "Prompt {number} can be up to {max} characters.", "La pregunta {number} puede tener hasta {max} caracteres.";
    no_focus => "Choose at least one kind of entry to notice.", "Elige al menos un tipo de entrada en el que fijarse.";
    end_before_start => "The last day comes before the first day. Swapping them will fix it.", "El último día es anterior al primero. Si los intercambias, quedará bien.";
    period_too_long => "Homework can last up to a year. A shorter period can always be followed by another.", "Una tarea puede durar hasta un año. Después de un periodo más corto siempre puede venir otro.";
    dates_out_of_range(first, last) => "The dates need to be between the years {first} and {last}.", "Las fechas tienen que estar entre los años {first} y {last}.";
    choose_days => "Choose a first day and a last day.", "Elige un primer día y un último día.";

    // Why a link can't be read, short.
    not_a_link => "not a homework link", "no es un enlace de tarea";
    longer_than(max) => "longer than {max} characters", "más de {max} caracteres";
    link_version(version) => "homework link version {version}", "enlace de tarea, versión {version}";
    link_cut_short => "link cut short", "enlace cortado";
    link_damaged => "link damaged", "enlace dañado";
    not_usable(error) => "homework not usable: {error}", "tarea no utilizable: {error}";
    link_would_have(chars) => "link would have {chars} characters", "el enlace tendría {chars} caracteres";

    // Why a link can't be read, as kind sentences.
    not_homework => "This doesn't look like a homework link from Between. Nothing has been added.", "Esto no parece un enlace de tarea de Between. No se ha añadido nada.";
    oversized => "This link is much longer than a homework link can be, so it hasn't been opened. Nothing has been added.", "Este enlace es mucho más largo de lo que puede ser un enlace de tarea, así que no se ha abierto. No se ha añadido nada.";
    newer_version => "This homework link was made by a newer Between. You could ask for a new link, or open the newest version of Between.", "Este enlace de tarea se hizo con una versión más reciente de Between. Puedes pedir un enlace nuevo o abrir la versión más reciente de Between.";
    truncated => "This link seems to have been cut short on its way, so it can't be read. Copying the whole link, or asking for it again, usually helps. Nothing has been added.", "Parece que este enlace se cortó por el camino, así que no se puede leer. Suele ayudar copiar el enlace completo o pedirlo de nuevo. No se ha añadido nada.";
    damaged => "This link seems to have been changed on its way, so it can't be read safely. You could ask for it again. Nothing has been added.", "Parece que este enlace cambió por el camino, así que no se puede leer con seguridad. Puedes pedirlo de nuevo. No se ha añadido nada.";
    /// `problem` is one of the calm sentences above.
    invalid(problem) => "This homework can't be used as it is: {problem} You could ask for a new link. Nothing has been added.", "Esta tarea no se puede usar tal como está: {problem} Puedes pedir un enlace nuevo. No se ha añadido nada.";
    too_long(chars, max) => "This homework makes a link of {chars} characters, and links work best under {max}. Shortening the message or a prompt will make it fit.", "Esta tarea genera un enlace de {chars} caracteres, y los enlaces funcionan mejor con menos de {max}. Si acortas el mensaje o alguna pregunta, cabrá.";

    // The accepted list's own errors.
    malformed_id => "malformed homework id", "identificador de tarea mal formado";
    id_in_use => "homework id already in use", "identificador de tarea ya en uso";
    no_such_homework => "no homework with that id", "no hay ninguna tarea con ese identificador";

    // How it is going: plain counts, never a score.
    ended_on(date) => "Ended on {date}.", "Terminó el {date}.";
    ended_and_wrote(ended, entries) => "{ended} You wrote {entries} while it ran.", "{ended} Escribiste {entries} mientras duró.";
    paused_progress => "Paused. You can pick it up again whenever you like.", "En pausa. Puedes retomarla cuando quieras.";
    starts_on(date) => "Starts on {date}.", "Empieza el {date}.";
    no_entries_this_week => "No entries yet this week — whenever you're ready.", "Aún no hay entradas esta semana — cuando te venga bien.";
    this_week(entries) => "{entries} this week", "{entries} esta semana";
    /// Counts are written as plain digits, as before (see `entries`).
    one_entry(n) => "{n} entry", "{n} entrada";
    many_entries(n) => "{n} entries", "{n} entradas";

    // QR code.
    qr_text_too_long => "text too long for a QR code", "texto demasiado largo para un código QR";
    qr_too_long => "This link is too long for a QR code. The link itself still works, and can be copied or sent.", "Este enlace es demasiado largo para un código QR. El enlace en sí sigue funcionando, y se puede copiar o enviar.";
    qr_label => "QR code for the homework link", "Código QR del enlace de la tarea";

    // The person's review for the session.
    review_tried => "What I tried", "Lo que probé";
    review_worked => "What worked", "Lo que funcionó";
    review_hard => "What was hard", "Lo que costó";

    // What a homework holds.
    period(from, to) => "From {from} to {to}", "Del {from} al {to}";
    message_term => "Message", "Mensaje";
    no_prompts => "No prompts: write in your own way.", "Sin preguntas: escribe a tu manera.";
    prompts_term => "Prompts", "Preguntas";
    entries_to_notice => "Entries to notice", "Entradas en las que fijarse";
    how_often => "How often", "Con qué frecuencia";
    never_a_target => " (a suggestion, never a target)", " (una sugerencia, nunca una meta)";
    when => "When", "Cuándo";

    // The homework form.
    own_prompt(number) => "Your own prompt {number}", "Tu propia pregunta {number}";
    remove_own_prompt(number) => "Remove your own prompt {number}", "Quitar tu propia pregunta {number}";
    title_label => "Title", "Título";
    short_message => "A short message ", "Un mensaje breve ";
    optional => "(optional)", "(opcional)";
    prompts_chosen(count, max) => "{count} of up to {max} chosen. Pick from the library, write your own, or both.", "Elegidas: {count} de {max} como máximo. Elige de la biblioteca, escribe las tuyas o combina ambas.";
    add_own_prompt => "Add a prompt of your own", "Añadir una pregunta propia";
    how_often_suggested => "How often, as a suggestion", "Con qué frecuencia, como sugerencia";
    first_day => "First day", "Primer día";
    last_day => "Last day", "Último día";

    // One accepted homework.
    back_on_journal_page => "The homework is back on your journal page.", "La tarea vuelve a estar en la página de tu diario.";
    paused_off_journal_page => "Paused. It won't show on your journal page until you resume it.", "En pausa. No aparecerá en la página de tu diario hasta que la retomes.";
    removed_can_undo => "Homework removed. You can undo this.", "Tarea quitada. Puedes deshacerlo.";
    changes_saved => "Your changes are saved.", "Tus cambios están guardados.";
    save_changes => "Save changes", "Guardar cambios";
    cancel => "Cancel", "Cancelar";
    resume => "Resume", "Retomar";
    pause => "Pause", "Pausar";
    edit => "Edit", "Editar";
    remove => "Remove", "Quitar";
    paused_tag => " (paused)", " (en pausa)";

    // The client's homework page.
    in_your_journal => "The homework is in your journal.", "La tarea está en tu diario.";
    could_not_add(error) => "This homework couldn't be added: {error}.", "No se ha podido añadir esta tarea: {error}.";
    from_your_therapist => "Homework from your therapist", "Una tarea de tu terapeuta";
    your_homework => "Your homework", "Tus tareas";
    cannot_open => "This link can't be opened", "Este enlace no se puede abrir";
    nothing_changed => "Nothing in your journal has changed.", "No ha cambiado nada en tu diario.";
    its_in_your_journal => "It's in your journal", "Ya está en tu diario";
    its_prompts_are_there => "Its prompts are on your journal page. You can change, pause or remove it here at any time.", "Sus preguntas están en la página de tu diario. Puedes cambiarla, pausarla o quitarla aquí cuando quieras.";
    go_to_journal => "Go to your journal", "Ir a tu diario";
    nothing_set_up => "Nothing was set up", "No se ha añadido nada";
    journal_as_it_was => "Your journal is just as it was.", "Tu diario está tal como estaba.";
    homework_removed => "Homework removed.", "Tarea quitada.";
    homework_back => "The homework is back.", "La tarea ha vuelto.";
    undo => "Undo", "Deshacer";
    dismiss => "Dismiss", "Cerrar";
    no_homework_yet => "No homework yet. When your therapist sends you a homework link, opening it here shows what it would set up, and you decide.", "Todavía no tienes tareas. Cuando tu terapeuta te envíe un enlace de tarea, al abrirlo aquí verás lo que añadiría, y tú decides.";
    accepted_homework => "Accepted homework", "Tareas aceptadas";
    homework_lede => "Homework is a suggestion from your therapist. It's yours: take it at your own pace.", "Una tarea es una sugerencia de tu terapeuta. Es tuya: hazla a tu ritmo.";

    // The journal page's panel.
    prompt_in_composer => "The prompt is in the composer, as a reflection.", "La pregunta está en el cuadro para escribir, como una reflexión.";
    write_about_this => "Write about this", "Escribir sobre esto";
    until(date) => "Until {date}. ", "Hasta el {date}. ";
    manage_homework => "Manage homework", "Gestionar tareas";

    // A link's preview.
    already_in_journal => "This homework is already in your journal, so there's nothing new to set up.", "Esta tarea ya está en tu diario, así que no hay nada nuevo que añadir.";
    back_to_homework => "Back to your homework", "Volver a tus tareas";
    nothing_stored_yet => "Nothing is stored until you choose Accept. Afterwards you can change, pause or remove it whenever you like.", "No se guarda nada hasta que eliges Aceptar. Después puedes cambiarla, pausarla o quitarla cuando quieras.";
    accept => "Accept", "Aceptar";
    no_thanks => "No thanks", "No, gracias";
    if_you_accept => "If you accept, Between will add this homework to your journal on this device:", "Si aceptas, Between añadirá esta tarea a tu diario en este dispositivo:";
    /// When the link was made in another language: `language` is its name in the client's
    /// language ("Spanish", "inglés"); the therapist's words are shown as written.
    written_in(language) => "Your therapist wrote this in {language}.", "Tu terapeuta escribió esto en {language}.";
    /// A language's name inside a sentence, in the language spoken now.
    english_name => "English", "inglés";
    spanish_name => "Spanish", "español";

    // The therapists' page.
    room_left(room) => "{room} characters of room left.", "Quedan {room} caracteres libres.";
    /// Spanish needs the singular; English keeps its one sentence.
    room_left_one(room) => "{room} characters of room left.", "Queda {room} carácter libre.";
    over_the_limit(over) => "{over} characters over the limit.", "Sobran {over} caracteres.";
    over_the_limit_one(over) => "{over} characters over the limit.", "Sobra {over} carácter.";
    link_copied => "The link is copied.", "Enlace copiado.";
    copy_failed => "Copying didn't work in this browser. You can select the link and copy it.", "No se ha podido copiar en este navegador. Puedes seleccionar el enlace y copiarlo.";
    link_for_client => "The link for your client", "El enlace para tu cliente";
    copy_link => "Copy link", "Copiar enlace";
    print_handout => "Print a handout", "Imprimir una hoja para entregar";
    handout_instructions => "Scan the code or type the link on your phone or computer. Between opens and shows you the homework; nothing is set up until you choose Accept. Your journal stays on your device; your therapist never sees it unless you choose to share a summary.", "Escanea el código o escribe el enlace en tu teléfono u otro dispositivo. Between se abrirá y te mostrará la tarea; no se añade nada hasta que eliges Aceptar. Tu diario se queda en tu dispositivo; tu terapeuta nunca lo ve, salvo que decidas compartir un resumen.";
    for_therapists => "For therapists", "Para terapeutas";
    therapists_lede => "Suggest a little homework for the weeks between sessions: a few prompts, what to notice, and a gentle rhythm. Your client decides whether to take it on.", "Propón una pequeña tarea para las semanas entre sesiones: unas preguntas, en qué fijarse y un ritmo tranquilo. Tu cliente decide si la acepta.";
    how_it_works => "How it works", "Cómo funciona";
    no_account => "There is no account and no server. Nothing you type here leaves this page.", "No hay cuenta ni servidor. Nada de lo que escribes aquí sale de esta página.";
    after_the_hash => "The link holds the homework itself, after the # sign. Browsers never send that part to any server.", "El enlace contiene la propia tarea, después del signo #. Los navegadores nunca envían esa parte a ningún servidor.";
    when_they_open => "When your client opens the link, Between shows exactly what it would set up. Nothing is added unless they choose Accept, and they can change, pause or remove it at any time.", "Cuando tu cliente abre el enlace, Between le muestra exactamente lo que añadiría. No se añade nada a menos que elija Aceptar, y puede cambiarla, pausarla o quitarla en cualquier momento.";
    their_journal => "Their journal stays on their device. You see only what they choose to share.", "Su diario se queda en su dispositivo. Solo ves lo que decida compartir contigo.";
    compose_homework => "Compose homework", "Preparar una tarea";
    share_it => "Share it", "Compartirla";
}

plurals! {}
