//! Messages for summary: the sheet (printed, Markdown, plain text), its chart and the page
//! where the person chooses what to share.
use crate::domain::language::{messages, plurals};

messages! {
    // ---- The sheet's headings and lines ----
    how_ive_been_heading => "How I've been since last time", "Cómo he estado desde la última vez";
    questions_heading => "Questions for my therapist", "Preguntas para mi terapeuta";
    leave_with_heading => "What I'd like to leave the session with", "Lo que me gustaría llevarme de la sesión";
    /// The heading of the homework section, after the agenda.
    homework_heading => "Homework review", "Repaso de las tareas";
    goals_heading => "Goals", "Objetivos";
    from_last_time_heading => "From last time", "De la última vez";
    agenda_heading => "What I'd like to talk about", "De qué me gustaría hablar";
    /// The sheet's foot, in every output: how it is meant to be read.
    read_together_line => "Written to be read together in session.", "Escrito para leerlo en común durante la sesión.";
    /// The sheet's foot: where help is.
    crisis_line => "Between is a journal, not an emergency service: if you are in danger right now, call your local emergency number or a crisis line.", "Between es un diario, no un servicio de emergencias: si ahora mismo estás en peligro, llama al número de emergencias de tu país (como el 112 en España o el 911 en México) o acude a las urgencias más cercanas.";
    nothing_chosen => "Nothing has been chosen to share yet.", "Aún no se ha elegido nada para compartir.";
    /// Printed under every topic-only item, in place of anything the person wrote.
    not_ready_line => "Not ready to write about this yet", "Aún no es momento de escribir sobre esto";
    title_for(name) => "Between — summary for {name}", "Between — resumen de {name}";
    my_summary_title => "Between — my summary", "Between — mi resumen";
    /// The sheet's dates, at the start of a line: "Tuesday 1 December 2026 to …".
    date_range(from, to) => "{from} to {to}", "Del {from} al {to}";
    /// The preview's footer.
    footer_dates(from, to) => "Between · {from} to {to}", "Between · del {from} al {to}";
    next_session(date) => "Next session: {date}", "Próxima sesión: {date}";
    prompt_line(prompt) => "Prompt: {prompt}", "Propuesta: {prompt}";
    tags_line(tags) => "Tags: {tags}", "Etiquetas: {tags}";
    first_topic => "First topic to talk about", "Primer tema a tratar";
    second_topic => "Second topic to talk about", "Segundo tema a tratar";
    third_topic => "Third topic to talk about", "Tercer tema a tratar";
    next_topic => "Next topic to talk about", "Siguiente tema a tratar";
    priority => "Priority", "Prioridad";
    carried_over_note => "Carried over from a past session", "Viene de una sesión anterior";
    /// Beside a concern marked resolved in the last session.
    resolved_note => "Resolved last time", "Resuelto la última vez";

    // ---- Goals and homework on the sheet ----
    agreed_on(date) => "Agreed with my therapist on {date}", "Acordado con mi terapeuta el {date}";
    paused_for_now => "Paused for now", "En pausa por ahora";
    step_open => "Step", "Paso";
    step_done => "Step done", "Paso hecho";
    step_not_for_now => "Step, not for now", "Paso, no por ahora";
    /// "Linked small win, Tuesday 1 December 2026: words".
    linked(kind, date, words) => "Linked {kind}, {date}: {words}", "Vínculo: {kind}, {date}: {words}";
    suggested_rhythm(rhythm) => "Suggested rhythm: {rhythm}", "Ritmo sugerido: {rhythm}";
    no_entries_for_it => "No entries for it yet.", "Todavía no hay entradas para esta tarea.";

    // ---- The chart, in words ----
    /// "How I felt: mostly in between, lighter in the last week." Never a score.
    how_i_felt(words) => "How I felt: {words}.", "Cómo me he sentido: {words}.";
    mostly(weight) => "mostly {weight}", "sobre todo {weight}";
    lighter_last_week(words) => "{words}, lighter in the last week", "{words}, con más ligereza en la última semana";
    heavier_last_week(words) => "{words}, heavier in the last week", "{words}, con más peso en la última semana";
    weight_very_heavy => "very heavy", "con mucho peso";
    weight_heavy_side => "on the heavy side", "con bastante peso";
    weight_in_between => "in between", "a medio camino";
    weight_fairly_light => "fairly light", "con bastante ligereza";
    weight_light => "light", "con ligereza";
    entries_per_week(weeks) => "Entries per week: {weeks}.", "Entradas por semana: {weeks}.";
    entries_per_week_none => "Entries per week: none shared.", "Entradas por semana: no se comparte ninguna.";
    week_of(date, counts) => "week of {date} — {counts}", "semana del {date} — {counts}";
    week_none => "none", "ninguna";
    chart_title => "Entries per week, by kind", "Entradas por semana, por tipo";
    chart_feeling_key => "How I felt (lighter is higher)", "Cómo me he sentido (más arriba, más ligereza)";

    // ---- The page ----
    page_heading => "Session summary", "Resumen para la sesión";
    page_lede => "Nothing is shared until you choose it. Pick what to bring to your next session, see exactly how it will look, then print it or copy it.", "No se comparte nada hasta que tú lo eliges. Escoge qué llevar a tu próxima sesión, mira exactamente cómo quedará y luego imprímelo o cópialo.";
    preview_heading => "Preview: exactly what will be shared", "Vista previa: exactamente lo que se compartirá";
    preview_label => "Summary preview", "Vista previa del resumen";
    /// Said as the English always was, "entries" even for one.
    show_more_preview_one => "Show more of the preview (1 more shared entries)", "Ver más de la vista previa (1 entrada compartida más)";
    show_more_preview(n) => "Show more of the preview ({n} more shared entries)", "Ver más de la vista previa ({n} entradas compartidas más)";
    nothing_included => "Nothing is included yet. Choose what to share above.", "Todavía no hay nada incluido. Elige arriba qué compartir.";

    // ---- Getting it out ----
    copied_markdown => "Copied as Markdown.", "Copiado como Markdown.";
    copied_text => "Copied as plain text.", "Copiado como texto sin formato.";
    copy_failed => "Copying didn't work in this browser. You could download the file instead.", "No se pudo copiar en este navegador. Puedes descargar el archivo en su lugar.";
    downloading => "Your summary file is downloading.", "El archivo de tu resumen se está descargando.";
    file_not_made(reason) => "The file couldn't be made ({reason}). You could try again.", "No se pudo crear el archivo ({reason}). Puedes intentarlo de nuevo.";
    actions_label => "Get your summary out", "Guardar o compartir tu resumen";
    print => "Print or save as PDF", "Imprimir o guardar como PDF";
    copy_text => "Copy as text", "Copiar como texto";
    copy_markdown => "Copy as Markdown", "Copiar como Markdown";
    download_md => "Download .md", "Descargar .md";
    download_txt => "Download .txt", "Descargar .txt";
    share => "Share…", "Compartir…";

    // ---- Choosing what to share ----
    consent_leave_out => "Leave out", "Dejar fuera";
    consent_topic_only => "Topic only", "Solo el tema";
    consent_full => "Full", "Todo";
    scope_starts_after_end => "The start date is after the end date. You could swap them round.", "La fecha de inicio es posterior a la de fin. Puedes intercambiarlas.";
    include_all_full => "Include all in full", "Incluir todas al completo";
    include_all_topic => "Include all as topic only", "Incluir todas solo como tema";
    leave_all_out => "Leave all out", "Dejar todas fuera";
    /// Under a section's actions when some of its entries came from another app.
    imported_in_section => "Some of these came from another app. Including all leaves them out unless you include them too.", "Algunas vienen de otra aplicación. Al incluir todas, se quedan fuera salvo que las incluyas también.";
    include_imported => "Include entries from other apps when I include all", "Incluir las entradas de otras aplicaciones al incluir todas";
    no_match => "No entries in these dates match your search.", "Ninguna entrada de estas fechas coincide con tu búsqueda.";
    short_title => "Short title (optional)", "Título breve (opcional)";
    one_entry => "1 entry", "1 entrada";
    /// Written as given (no grouping), as the English always was.
    n_entries(n) => "{n} entries", "{n} entradas";
    one_found => "1 entry found", "1 entrada encontrada";
    n_found(n) => "{n} entries found", "{n} entradas encontradas";
    one_in_dates(shared) => "1 entry in these dates, {shared} shared", "1 entrada en estas fechas; compartidas: {shared}";
    n_in_dates(n, shared) => "{n} entries in these dates, {shared} shared", "{n} entradas en estas fechas; compartidas: {shared}";
    week_count(date, entries, shared) => "Week of {date}: {entries}, {shared} shared", "Semana del {date}: {entries}; compartidas: {shared}";
    whole_date => "Please choose a whole date.", "Elige una fecha completa, por favor.";
    section_left_out(kind) => "{kind}: all left out.", "{kind}: toda la sección queda fuera.";
    section_topic_only(kind) => "{kind}: all included as topic only.", "{kind}: toda la sección incluida solo como tema.";
    section_full(kind) => "{kind}: all included in full.", "{kind}: toda la sección incluida al completo.";
    dates_from_last_session => "The dates now start from your last session.", "Ahora las fechas empiezan desde tu última sesión.";
    choose_heading => "Choose what to share", "Elige qué compartir";
    choose_help => "Every entry starts as left out. Topic only shares a title and the date, never your words.", "Todas las entradas empiezan fuera. «Solo el tema» comparte un título y la fecha, nunca tus palabras.";
    from => "From", "Desde";
    to => "To", "Hasta";
    since_my_last_session => "Since my last session", "Desde mi última sesión";
    first_name => "Your first name (optional)", "Tu nombre (opcional)";
    find_entry => "Find an entry", "Buscar una entrada";
    find_help => "Search the entries in these dates by their words or tags.", "Busca entre las entradas de estas fechas por sus palabras o etiquetas.";
    find_showing(max) => "Showing at most {max} matching entries. Clear the search to see every section.", "Se muestran como mucho {max} entradas que coinciden. Borra la búsqueda para ver todas las secciones.";
    no_entries_in_dates => "There are no entries in these dates yet. You could choose other dates, or come back after writing.", "Todavía no hay entradas en estas fechas. Puedes elegir otras fechas o volver después de escribir.";
    goal_legend(title) => "Goal: {title}", "Objetivo: {title}";
    goals_help => "Your goals from the Goals page. Topic only shares just the title; full adds its steps and the linked wins and reflections you share above, each only as far as you share it.", "Tus objetivos de la página Objetivos. «Solo el tema» comparte solo el título; «Todo» añade sus pasos y los logros y reflexiones vinculados que compartes arriba, cada uno solo hasta donde lo compartes.";
    homework_legend(title) => "Homework: {title}", "Tarea: {title}";
    homework_help => "Homework you accepted, during these dates. It is left out unless you include it; topic only shares just its title. Your review is shared only when you include the homework in full.", "Las tareas que aceptaste, dentro de estas fechas. Quedan fuera a menos que las incluyas; «Solo el tema» comparte solo su título. Tu repaso solo se comparte cuando incluyes la tarea al completo.";
    my_review_of(title) => "My review of “{title}”", "Mi repaso de «{title}»";
}

plurals! {
    /// How many entries were written while a homework ran.
    entries_written_for_it(n) => ["{n} entry written for it so far.", "{n} entries written for it so far."], ["{n} entrada escrita para esta tarea hasta ahora.", "{n} entradas escritas para esta tarea hasta ahora."];
}
