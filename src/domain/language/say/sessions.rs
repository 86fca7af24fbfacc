//! Messages for sessions: session dates, what became of concerns, the agenda and the
//! calendar file.
use crate::domain::language::{messages, plurals};

messages! {
    // ---- How I've been, and what became of a concern ----
    better => "Better", "Mejor";
    about_the_same => "About the same", "Más o menos igual";
    harder => "Harder", "Más difícil";
    raised => "Raised", "Se habló";
    resolved => "Resolved", "Se resolvió";
    carry_over => "Carry over to next time", "Dejar para la próxima vez";
    outcomes_heading => "What happened to your concerns", "Qué pasó con tus preocupaciones";
    no_concerns_before => "There were no concerns to raise in the weeks before this session.", "No hubo preocupaciones que plantear en las semanas antes de esta sesión.";
    not_marked => "Not marked", "Sin marcar";

    // ---- The agenda ----
    topic_empty => "Please write a few words for the topic.", "Escribe unas palabras para el tema, por favor.";
    agenda_full(max) => "The agenda has room for {max} topics of your own. You could remove one first.", "La agenda tiene espacio para {max} temas propios. Puedes quitar uno primero.";
    topic_now_first(name, rank) => "“{name}” is now {rank} of the topics to talk about first.", "«{name}» es ahora el número {rank} de los temas para hablar primero.";
    topic_not_first(name) => "“{name}” is no longer among the first topics.", "«{name}» ya no está entre los primeros temas.";
    topic_removed(name) => "Topic “{name}” removed from the agenda.", "Tema «{name}» quitado de la agenda.";
    topic_added => "Topic added to the agenda.", "Tema añadido a la agenda.";
    agenda_heading => "Your agenda", "Tu agenda";
    agenda_help => "Each part is optional and only shared when you fill it in.", "Cada parte es opcional y solo se comparte si la rellenas.";
    rather_not_say => "I'd rather not say", "Prefiero no decirlo";
    topics_help(max) => "The concerns you chose to share above, and topics of your own. Put up to {max} first, in the order you'd like to talk about them.", "Las preocupaciones que elegiste compartir arriba y temas propios. Pon hasta {max} primero, en el orden en que te gustaría hablar de ellos.";
    no_concerns_shared => "No concerns are shared yet. Include some above, or add a topic of your own.", "Todavía no se comparte ninguna preocupación. Incluye alguna arriba o añade un tema propio.";
    move_up => "Move up", "Subir";
    move_down => "Move down", "Bajar";
    not_first => "Not first", "Quitar de los primeros";
    put_first => "Put first", "Poner primero";
    remove_topic(name) => "Remove the topic: {name}", "Quitar el tema: {name}";
    remove => "Remove", "Quitar";
    /// Written as given (no grouping), as the English always was.
    show_more_concerns(more) => "Show more of the concerns you chose ({more} more)", "Ver más de las preocupaciones que elegiste ({more} más)";
    own_topic => "A topic of my own", "Un tema propio";
    add_topic => "Add topic", "Añadir tema";

    // ---- Session dates ----
    choose_day => "Please choose a day for the session.", "Elige un día para la sesión, por favor.";
    time_as_hours => "Please give the time as hours and minutes, or leave it empty.", "Escribe la hora en horas y minutos, o déjala vacía.";
    choose_until => "Please choose the last day the sessions repeat until.", "Elige el último día en que se repiten las sesiones.";
    session_added(date) => "Session on {date} added.", "Sesión del {date} añadida.";
    last_session => "Last session", "Última sesión";
    next_session => "Next session", "Próxima sesión";
    past => "Past", "Pasada";
    coming_up => "Coming up", "Más adelante";
    sessions_heading => "My sessions", "Mis sesiones";
    sessions_help => "Add the days of your sessions, past and coming up. The summary starts from your last one.", "Añade los días de tus sesiones, pasadas y futuras. El resumen empieza desde la última.";
    session_date => "Session date", "Fecha de la sesión";
    time_optional => "Time (optional)", "Hora (opcional)";
    repeats => "Repeats", "Se repite";
    does_not_repeat => "Does not repeat", "No se repite";
    every_week => "Every week", "Cada semana";
    every_two_weeks => "Every two weeks", "Cada dos semanas";
    until => "Until", "Hasta";
    add_session => "Add session", "Añadir sesión";
    no_sessions => "No sessions yet. When you add one, the summary can start from it.", "Todavía no hay sesiones. Cuando añadas una, el resumen puede empezar desde ella.";
    change_session(date) => "Change date or time of the session on {date}", "Cambiar la fecha o la hora de la sesión del {date}";
    remove_session(date) => "Remove the session on {date}", "Quitar la sesión del {date}";
    session_removed => "Session removed.", "Sesión quitada.";
    change_date_or_time => "Change date or time", "Cambiar fecha u hora";
    new_date => "New date", "Nueva fecha";
    session_moved(date) => "Session moved to {date}.", "Sesión cambiada al {date}.";
    new_time => "New time (optional)", "Nueva hora (opcional)";
    session_time_set(time) => "Session time set to {time}.", "Hora de la sesión: {time}.";
    session_all_day => "The session is now all day.", "Ahora la sesión es de todo el día.";

    // ---- The calendar file ----
    /// The neutral event title a lock screen shows.
    appointment => "Appointment", "Cita";
    evening_reminder => "Time to look at what you'd like to bring", "Un momento para mirar lo que te gustaría llevar";
    add_to_calendar => "Add to my calendar", "Añadir a mi calendario";
    calendar_help => "A file with your upcoming sessions for your phone's or computer's calendar, with a reminder the evening before to look at what you'd like to bring. Nothing is sent anywhere.", "Un archivo con tus próximas sesiones para el calendario de tu teléfono o de tu equipo, con un aviso la tarde anterior para mirar lo que te gustaría llevar. No se envía nada a ninguna parte.";
    event_title => "Event title", "Título del evento";
    event_title_note => "Lock screens show this title, so it says \"Appointment\" unless you choose to say more.", "La pantalla de bloqueo muestra este título, así que dice «Cita» a menos que quieras decir más.";
    evening_reminder_at => "Evening reminder at", "Aviso de la tarde a las";
    hour_before => "Also remind me an hour before (sessions with a time)", "Avisarme también una hora antes (sesiones con hora)";
    download_calendar => "Download calendar file", "Descargar archivo de calendario";
    import_again_note => "Importing the file again updates the sessions instead of adding them twice, and takes out ones you removed. Google Calendar ignores the reminders in an imported file and keeps its own.", "Si vuelves a importar el archivo, se actualizan las sesiones en lugar de añadirse dos veces, y se quitan las que eliminaste. Google Calendar ignora los avisos de un archivo importado y usa los suyos.";
}

plurals! {
    sessions_added(n, date) => ["{n} session added, from {date}.", "{n} sessions added, from {date}."], ["{n} sesión añadida, desde el {date}.", "{n} sesiones añadidas, desde el {date}."];
    /// Followed by `calendar_removed` when some were removed, then a full stop.
    calendar_downloaded(n) => ["Calendar file downloaded: {n} session", "Calendar file downloaded: {n} sessions"], ["Archivo de calendario descargado: {n} sesión", "Archivo de calendario descargado: {n} sesiones"];
    calendar_removed(n) => [", {n} removed", ", {n} removed"], [", {n} quitada", ", {n} quitadas"];
}
