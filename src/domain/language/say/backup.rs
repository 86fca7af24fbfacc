//! Messages for the Backup & storage page: keeping a copy, bringing one back, the lock, and
//! how the browser keeps the journal.
use crate::domain::language::{messages, plurals};

messages! {
    // ---- The page ----
    page_heading => "Backup & storage", "Copias de seguridad y almacenamiento";
    page_lede =>
        "Your journal lives only in this browser. A backup is a file you keep yourself, so your words stay safe even if this browser's data is cleared.",
        "Tu diario vive solo en este navegador. Una copia de seguridad es un archivo que guardas tú, así que tus palabras siguen a salvo aunque se borren los datos de este navegador.";

    // ---- Keeping a copy ----
    backup_downloading => "Your backup file is downloading.",
        "Tu copia de seguridad se está descargando.";
    backup_not_made(reason) =>
        "The backup couldn't be made ({reason}). Nothing has changed; you could try again.",
        "No se pudo hacer la copia de seguridad ({reason}). No ha cambiado nada; puedes intentarlo de nuevo.";
    encrypted_backup_downloading => "Your encrypted backup file is downloading.",
        "Tu copia de seguridad cifrada se está descargando.";
    export_heading => "Keep a copy of your journal", "Guarda una copia de tu diario";
    export_intro =>
        "A backup holds every entry, your draft, and anything set aside. Keep it somewhere only you can reach.",
        "Una copia de seguridad incluye todas tus entradas, tu borrador y todo lo que se haya apartado. Guárdala en un lugar al que solo tú tengas acceso.";
    download_backup => "Download a backup", "Descargar una copia de seguridad";
    encrypted_heading => "Encrypted backup", "Copia de seguridad cifrada";
    encrypted_intro =>
        "Only someone with the passphrase can read this file. If the passphrase is forgotten, the file can't be opened by anyone, including us.",
        "Solo quien tenga la frase de contraseña puede leer este archivo. Si la frase de contraseña se olvida, nadie podrá abrir el archivo, ni siquiera nosotros.";
    passphrase => "Passphrase", "Frase de contraseña";
    passphrase_again => "The same passphrase again", "La misma frase de contraseña otra vez";
    encrypting => "Encrypting…", "Cifrando…";
    download_encrypted => "Download an encrypted backup", "Descargar una copia de seguridad cifrada";

    // ---- Taking the journal to another app (Markdown, CSV) ----
    take_out_heading => "Open your journal in another app", "Abre tu diario en otra aplicación";
    take_out_intro =>
        "Markdown files open in notes apps; a CSV file opens in a spreadsheet. Your words are kept exactly as you wrote them.",
        "Los archivos Markdown se abren en aplicaciones de notas; un archivo CSV se abre en una hoja de cálculo. Tus palabras se guardan tal como las escribiste.";
    take_out_not_encrypted =>
        "These files are not encrypted: anyone who opens them can read every word. They are saved in your browser's downloads folder. To keep a safe copy, the encrypted backup above is still the best choice.",
        "Estos archivos no están cifrados: cualquiera que los abra puede leer todas tus palabras. Se guardan en la carpeta de descargas de tu navegador. Para guardar una copia a salvo, la copia de seguridad cifrada de arriba sigue siendo la mejor opción.";
    take_out_dates => "Which entries", "Qué entradas";
    take_out_dates_help => "Leave the dates empty for your whole journal.",
        "Deja las fechas vacías para incluir todo tu diario.";
    take_out_from => "From", "Desde";
    take_out_to => "To", "Hasta";
    take_out_dates_backwards => "The first date is after the second. You could swap them.",
        "La primera fecha es posterior a la segunda. Puedes intercambiarlas.";
    take_out_nothing => "There are no entries in those dates, so there's nothing to download.",
        "No hay entradas en esas fechas, así que no hay nada que descargar.";
    download_markdown_zip => "Download Markdown files (one per entry, in a zip)",
        "Descargar archivos Markdown (uno por entrada, en un zip)";
    download_long_markdown => "Download one Markdown file", "Descargar un solo archivo Markdown";
    download_csv => "Download a CSV file", "Descargar un archivo CSV";
    making_file => "Making your file…", "Preparando tu archivo…";
    /// The heading of the one long Markdown file.
    long_markdown_title => "My journal", "Mi diario";
    take_out_not_made(reason) =>
        "The file couldn't be made ({reason}). Nothing in your journal has changed; you could try again.",
        "No se pudo hacer el archivo ({reason}). No ha cambiado nada en tu diario; puedes intentarlo de nuevo.";

    // ---- Bringing a copy back ----
    file_unreadable =>
        "That file couldn't be read. Nothing in your journal has changed. You could try choosing it again.",
        "Ese archivo no se pudo leer. No ha cambiado nada en tu diario. Puedes probar a elegirlo otra vez.";
    import_heading => "Bring back a backup", "Recuperar una copia de seguridad";
    import_intro =>
        "Nothing changes until you've seen what the backup holds and said yes. Entries you already have are never duplicated; where both have a copy, the newer one is kept.",
        "No cambia nada hasta que hayas visto lo que incluye la copia de seguridad y hayas dicho que sí. Las entradas que ya tienes nunca se duplican; si hay una copia en los dos sitios, se conserva la más reciente.";
    choose_backup_file => "Choose a backup file", "Elige un archivo de copia de seguridad";
    backup_is_encrypted => "This backup is encrypted. Its passphrase opens it.",
        "Esta copia de seguridad está cifrada. Se abre con su frase de contraseña.";
    passphrase_for_backup => "Passphrase for this backup",
        "Frase de contraseña de esta copia de seguridad";
    open_backup => "Open backup", "Abrir la copia de seguridad";
    cancel => "Cancel", "Cancelar";
    preview_heading => "What this backup will change", "Lo que cambiará esta copia de seguridad";
    same_id_legend => "Entries that share an id with a different entry",
        "Entradas que tienen el mismo identificador que otra entrada distinta";
    keep_both => "Keep both, as separate entries", "Conservar las dos, como entradas separadas";
    leave_them_out => "Leave them out", "Dejarlas fuera";
    import => "Import", "Importar";
    done => "Done", "Listo";

    // ---- The lock ----
    tick_the_box =>
        "Please tick the box to say you understand a forgotten passphrase can't be recovered.",
        "Marca la casilla para indicar que entiendes que una frase de contraseña olvidada no se puede recuperar.";
    lock_after => "Lock by itself after", "Bloquear automáticamente tras";
    lock_heading => "Lock with a passphrase", "Bloquear con una frase de contraseña";
    lock_intro =>
        "With the lock on, your entries are encrypted in this browser and only your passphrase opens them. Between locks itself when you step away.",
        "Con el bloqueo activado, tus entradas se cifran en este navegador y solo tu frase de contraseña las abre. Between se bloquea por sí solo cuando te alejas.";
    forgotten_cannot_be_recovered => "A forgotten passphrase can't be recovered",
        "Una frase de contraseña olvidada no se puede recuperar";
    /// Follows `forgotten_cannot_be_recovered`, in bold, in the same sentence.
    forgotten_rest =>
        ", by you or by anyone else. It's a good idea to download a backup first (above), and keep the passphrase somewhere safe.",
        ", ni por ti ni por nadie. Conviene descargar antes una copia de seguridad (arriba) y guardar la frase de contraseña en un lugar seguro.";
    new_passphrase => "New passphrase", "Nueva frase de contraseña";
    i_understand => " I understand a forgotten passphrase can't be recovered",
        " Entiendo que una frase de contraseña olvidada no se puede recuperar";
    encrypting_journal => "Encrypting your journal…", "Cifrando tu diario…";
    turn_on_lock => "Turn on the lock", "Activar el bloqueo";
    lock_is_on => "The lock is on. Your entries are encrypted in this browser.",
        "El bloqueo está activado. Tus entradas están cifradas en este navegador.";
    enabling_unfinished =>
        "Turning the lock on hasn't finished yet, so some entries are not encrypted. ",
        "La activación del bloqueo todavía no ha terminado, así que algunas entradas no están cifradas. ";
    disabling_unfinished =>
        "Turning the lock off hasn't finished yet, so some entries are still encrypted. ",
        "La desactivación del bloqueo todavía no ha terminado, así que algunas entradas siguen cifradas. ";
    nothing_is_lost => "Nothing is lost: every entry can still be read with your passphrase.",
        "No se ha perdido nada: todas las entradas se pueden seguir leyendo con tu frase de contraseña.";
    try_to_finish => "Try to finish now", "Intentar terminar ahora";
    lock_now => "Lock now", "Bloquear ahora";
    turn_off_lock => "Turn off the lock", "Desactivar el bloqueo";

    // ---- How this browser keeps the journal ----
    browser_agreed => "The browser agreed to keep Between's data.",
        "El navegador ha aceptado conservar los datos de Between.";
    browser_did_not_agree =>
        "The browser didn't agree this time. A backup keeps your journal safe either way.",
        "Esta vez el navegador no lo ha aceptado. Una copia de seguridad mantiene tu diario a salvo de todos modos.";
    persisted =>
        "This browser has agreed to keep Between's data, even when space runs low.",
        "Este navegador ha aceptado conservar los datos de Between, aunque quede poco espacio.";
    may_clear => "This browser may clear Between's data if the device runs low on space.",
        "Este navegador podría borrar los datos de Between si al dispositivo le queda poco espacio.";
    persistence_unknown => "This browser doesn't say whether it will keep Between's data.",
        "Este navegador no dice si conservará los datos de Between.";
    usage_unknown => "This browser doesn't say how much space is in use.",
        "Este navegador no dice cuánto espacio está en uso.";
    old_draft_removed =>
        "The old draft was removed from this browser. It is still in your backup file.",
        "El borrador antiguo se ha quitado de este navegador. Sigue estando en tu copia de seguridad.";
    old_draft_not_removed => "The old draft couldn't be removed just now. Nothing has changed.",
        "Ahora mismo no se pudo quitar el borrador antiguo. No ha cambiado nada.";
    old_draft_free_space => "Once a backup holds it, you can remove it here to free that space.",
        "Cuando una copia de seguridad lo incluya, podrás quitarlo de aquí para liberar ese espacio.";
    /// `when` is "today", "yesterday" or "on Tuesday 1 December 2026".
    old_draft_in_backup(when) => "It is in the backup you made {when}.",
        "Está en la copia de seguridad que hiciste {when}.";
    remove_old_draft => "Remove the old draft from this browser",
        "Quitar el borrador antiguo de este navegador";
    last_backup(when) => "Your last backup was made {when}.",
        "Tu última copia de seguridad se hizo {when}.";
    no_backup_yet => "No backup has been made from this browser yet.",
        "Todavía no se ha hecho ninguna copia de seguridad desde este navegador.";
    install_urgent =>
        "This browser can delete a site's data after a while without a visit. Installing Between keeps your journal safe from that:",
        "Este navegador puede borrar los datos de un sitio si pasa un tiempo sin visitarlo. Si instalas Between, tu diario queda a salvo de eso:";
    install_optional => "You can also install Between, so it opens in its own window:",
        "También puedes instalar Between, para que se abra en su propia ventana:";
    health_heading => "How this browser keeps your journal",
        "Cómo guarda este navegador tu diario";
    ask_to_keep => "Ask the browser to keep Between's data",
        "Pedir al navegador que conserve los datos de Between";
}

plurals! {
    /// Said once an export's file is on its way.
    take_out_downloading(n) => [
        "Your file with {n} entry is downloading to your browser's downloads folder.",
        "Your file with {n} entries is downloading to your browser's downloads folder."
    ], [
        "Tu archivo con {n} entrada se está descargando en la carpeta de descargas de tu navegador.",
        "Tu archivo con {n} entradas se está descargando en la carpeta de descargas de tu navegador."
    ];
    /// "Your backup is imported: 4 entries added or updated."
    imported(n) => [
        "Your backup is imported: {n} entry added or updated.",
        "Your backup is imported: {n} entries added or updated."
    ], [
        "Tu copia de seguridad se ha importado: {n} entrada añadida o actualizada.",
        "Tu copia de seguridad se ha importado: {n} entradas añadidas o actualizadas."
    ];
    /// After a problem stopped an import, followed by what the problem was.
    import_stopped(n, problem) => [
        "{n} entry imported before a problem stopped the rest. {problem}",
        "{n} entries imported before a problem stopped the rest. {problem}"
    ], [
        "Se importó {n} entrada antes de que un problema detuviera el resto. {problem}",
        "Se importaron {n} entradas antes de que un problema detuviera el resto. {problem}"
    ];
    lock_after_minutes(n) => ["{n} minutes without activity", "{n} minutes without activity"],
        ["{n} minuto sin actividad", "{n} minutos sin actividad"];
    old_draft_kept(n) => [
        "An old draft that couldn't be read is kept aside in this browser, taking about {n} characters of space. ",
        "An old draft that couldn't be read is kept aside in this browser, taking about {n} characters of space. "
    ], [
        "Un borrador antiguo que no se pudo leer está apartado en este navegador y ocupa unos {n} caracteres de espacio. ",
        "Un borrador antiguo que no se pudo leer está apartado en este navegador y ocupa unos {n} caracteres de espacio. "
    ];
}
