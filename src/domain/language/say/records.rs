//! Messages for records: what is stored, what could not be read, the room left, backups
//! that cannot be opened, the lock and its passphrase. These are the words people read when
//! something has gone wrong, so each one says calmly what happened and that nothing is lost.
use crate::domain::language::{messages, plurals};

messages! {
    // ---- What went wrong with storage, for diagnostics (the key and reason are data) ----
    no_journal_yet => "no journal has been saved in this browser yet",
        "todavía no se ha guardado ningún diario en este navegador";
    record_damaged(key, reason) => "record {key} is damaged: {reason}",
        "el registro {key} está dañado: {reason}";
    record_newer(key, found, supported) =>
        "record {key} was written in format {found}; this version reads up to {supported}",
        "el registro {key} se escribió en el formato {found}; esta versión lee hasta el {supported}";
    storage_full => "the browser's storage for this site is full",
        "el almacenamiento del navegador para este sitio está lleno";
    storage_unavailable(reason) => "local storage is unavailable: {reason}",
        "el almacenamiento local no está disponible: {reason}";
    record_changed_elsewhere(key) => "record {key} was changed more recently in another tab",
        "el registro {key} se cambió más recientemente en otra pestaña";
    newer_tab_took_over => "a newer version of Between took over in another tab",
        "una versión más nueva de Between se hizo cargo en otra pestaña";

    // ---- What the person reads when storage goes wrong ----
    /// An empty journal, on the first visit.
    your_space => "This is your space. Nothing has been written here yet, and there's no hurry.",
        "Este es tu espacio. Todavía no hay nada escrito aquí, y no hay ninguna prisa.";
    one_entry_set_aside =>
        "One entry couldn't be read, so it has been set aside. It is still stored in this browser exactly as it was, and the rest of your journal works as usual.",
        "Una entrada no se pudo leer, así que la hemos apartado. Sigue guardada en este navegador tal como estaba, y el resto de tu diario funciona como siempre.";
    entries_from_newer_version =>
        "Some entries were saved by a newer version of Between. They are kept safe and untouched here; open the newest version of Between to see them.",
        "Algunas entradas se guardaron con una versión más nueva de Between. Aquí están a salvo y nadie las ha tocado; abre la versión más reciente de Between para verlas.";
    storage_is_full =>
        "Your browser's storage for Between is full, so this hasn't been saved yet. Your words are still here on screen. You could copy them somewhere safe, or remove a few older entries, then try again.",
        "El espacio de tu navegador para Between está lleno, así que esto todavía no se ha guardado. Tus palabras siguen aquí en la pantalla. Puedes copiarlas en un lugar seguro, o quitar algunas entradas antiguas, y volver a intentarlo.";
    cannot_save_here =>
        "This browser isn't letting Between save right now. This can happen in a private window or when site data is blocked. What you write stays on screen, but it won't be kept after you close the tab.",
        "Ahora mismo este navegador no deja que Between guarde nada. Puede pasar en una ventana privada o cuando los datos de los sitios están bloqueados. Lo que escribas se queda en la pantalla, pero no se conservará cuando cierres la pestaña.";
    changed_in_another_tab =>
        "This entry was changed in another tab a moment ago, so we kept that newer version. Your journal now shows it.",
        "Esta entrada se cambió en otra pestaña hace un momento, así que hemos conservado esa versión más reciente. Tu diario ya la muestra.";
    newer_version_in_another_tab =>
        "A new version of Between was opened in another tab, so this tab has stopped saving to keep your journal safe. This hasn't been saved; your words are still here on screen. Copy anything you'd like to keep, then reload this tab.",
        "Se abrió una versión nueva de Between en otra pestaña, así que esta pestaña ha dejado de guardar para mantener tu diario a salvo. Esto no se ha guardado; tus palabras siguen aquí en la pantalla. Copia lo que quieras conservar y luego vuelve a cargar esta pestaña.";

    // ---- A small record that cannot be read ----
    sessions_unreadable =>
        "Your session dates couldn't be read, so they are kept in this browser exactly as they were. Changes to them can't be saved here; what you change now stays on screen only.",
        "Las fechas de tus sesiones no se pudieron leer, así que se conservan en este navegador tal como estaban. Aquí no se pueden guardar cambios en ellas; lo que cambies ahora se queda solo en la pantalla.";
    summary_unreadable =>
        "Your summary choices couldn't be read, so they are kept in this browser exactly as they were. Changes to them can't be saved here; what you change now stays on screen only.",
        "Tus preferencias del resumen no se pudieron leer, así que se conservan en este navegador tal como estaban. Aquí no se pueden guardar cambios en ellas; lo que cambies ahora se queda solo en la pantalla.";
    prompts_unreadable =>
        "Your prompt choices couldn't be read, so they are kept in this browser exactly as they were. Changes to them can't be saved here; what you change now stays on screen only.",
        "Tus preferencias de preguntas no se pudieron leer, así que se conservan en este navegador tal como estaban. Aquí no se pueden guardar cambios en ellas; lo que cambies ahora se queda solo en la pantalla.";
    homework_unreadable =>
        "Your homework list couldn't be read, so it is kept in this browser exactly as it was. Changes to it can't be saved here; what you change now stays on screen only.",
        "Tu lista de tareas no se pudo leer, así que se conserva en este navegador tal como estaba. Aquí no se pueden guardar cambios en ella; lo que cambies ahora se queda solo en la pantalla.";
    goals_unreadable =>
        "Your goals couldn't be read, so they are kept in this browser exactly as they were. Changes to them can't be saved here; what you change now stays on screen only.",
        "Tus objetivos no se pudieron leer, así que se conservan en este navegador tal como estaban. Aquí no se pueden guardar cambios en ellos; lo que cambies ahora se queda solo en la pantalla.";
    draft_unreadable =>
        "Your unfinished draft couldn't be read, so it has been kept aside exactly as it was, and backups carry it too. You can start a new one; nothing else is affected.",
        "Tu borrador sin terminar no se pudo leer, así que lo hemos apartado tal como estaba, y las copias de seguridad también lo incluyen. Puedes empezar uno nuevo; nada más se ve afectado.";
    lock_unreadable =>
        "Your passphrase lock's settings couldn't be read, so they are kept exactly as they were and nothing has been changed. A backup made before, or the newest version of Between, can help.",
        "Los ajustes del bloqueo con frase de contraseña no se pudieron leer, así que se conservan tal como estaban y no se ha cambiado nada. Una copia de seguridad anterior, o la versión más reciente de Between, pueden ayudarte.";

    // ---- A small record saved by a newer version ----
    sessions_newer =>
        "Your session dates were saved by a newer version of Between. They are kept safe and untouched; this version can't change them, so what you change now stays on screen only. Open the newest version of Between to change them.",
        "Las fechas de tus sesiones se guardaron con una versión más nueva de Between. Están a salvo y nadie las ha tocado; esta versión no puede cambiarlas, así que lo que cambies ahora se queda solo en la pantalla. Abre la versión más reciente de Between para cambiarlas.";
    summary_newer =>
        "Your summary choices were saved by a newer version of Between. They are kept safe and untouched; this version can't change them, so what you change now stays on screen only. Open the newest version of Between to change them.",
        "Tus preferencias del resumen se guardaron con una versión más nueva de Between. Están a salvo y nadie las ha tocado; esta versión no puede cambiarlas, así que lo que cambies ahora se queda solo en la pantalla. Abre la versión más reciente de Between para cambiarlas.";
    prompts_newer =>
        "Your prompt choices were saved by a newer version of Between. They are kept safe and untouched; this version can't change them, so what you change now stays on screen only. Open the newest version of Between to change them.",
        "Tus preferencias de preguntas se guardaron con una versión más nueva de Between. Están a salvo y nadie las ha tocado; esta versión no puede cambiarlas, así que lo que cambies ahora se queda solo en la pantalla. Abre la versión más reciente de Between para cambiarlas.";
    homework_newer =>
        "Your homework list was saved by a newer version of Between. It is kept safe and untouched; this version can't change it, so what you change now stays on screen only. Open the newest version of Between to change it.",
        "Tu lista de tareas se guardó con una versión más nueva de Between. Está a salvo y nadie la ha tocado; esta versión no puede cambiarla, así que lo que cambies ahora se queda solo en la pantalla. Abre la versión más reciente de Between para cambiarla.";
    goals_newer =>
        "Your goals were saved by a newer version of Between. They are kept safe and untouched; this version can't change them, so what you change now stays on screen only. Open the newest version of Between to change them.",
        "Tus objetivos se guardaron con una versión más nueva de Between. Están a salvo y nadie los ha tocado; esta versión no puede cambiarlos, así que lo que cambies ahora se queda solo en la pantalla. Abre la versión más reciente de Between para cambiarlos.";
    draft_newer =>
        "Your unfinished draft was saved by a newer version of Between. It has been kept aside, safe and untouched, and backups carry it too; open the newest version of Between to carry on with it.",
        "Tu borrador sin terminar se guardó con una versión más nueva de Between. Lo hemos apartado, a salvo y sin tocar, y las copias de seguridad también lo incluyen; abre la versión más reciente de Between para seguir con él.";
    lock_newer =>
        "Your passphrase lock was set up by a newer version of Between, so this version can't open it. Nothing has been changed; open the newest version of Between to open your journal.",
        "Tu bloqueo con frase de contraseña se configuró con una versión más nueva de Between, así que esta versión no puede abrirlo. No se ha cambiado nada; abre la versión más reciente de Between para abrir tu diario.";

    // ---- Small records by name, for the import preview ----
    your_session_dates => "Your session dates", "Las fechas de tus sesiones";
    your_summary_choices => "Your summary choices", "Tus preferencias del resumen";
    your_prompt_choices => "Your prompt choices and own prompts",
        "Tus preferencias de preguntas y tus propias preguntas";
    your_homework => "Your homework", "Tus tareas";
    your_goals => "Your goals", "Tus objetivos";
    a_record => "A record", "Un registro";

    // ---- A plain backup that cannot be imported ----
    backup_too_large(megabytes) =>
        "This file is larger than any Between backup could be ({megabytes} MB), so it wasn't opened. Nothing in your journal has changed.",
        "Este archivo es más grande de lo que puede ser una copia de seguridad de Between ({megabytes} MB), así que no se ha abierto. No ha cambiado nada en tu diario.";
    not_a_backup =>
        "This doesn't look like a Between backup. Nothing in your journal has changed. You could check that you picked the right file.",
        "Esto no parece una copia de seguridad de Between. No ha cambiado nada en tu diario. Puedes comprobar si elegiste el archivo correcto.";
    backup_from_newer_version(found) =>
        "This backup was made by a newer version of Between (format {found}). Nothing in your journal has changed. Opening it in the newest version of Between will work.",
        "Esta copia de seguridad se hizo con una versión más nueva de Between (formato {found}). No ha cambiado nada en tu diario. Podrás abrirla con la versión más reciente de Between.";
    backup_damaged(reason) =>
        "This backup is damaged ({reason}), so it wasn't imported. Nothing in your journal has changed.",
        "Esta copia de seguridad está dañada ({reason}), así que no se ha importado. No ha cambiado nada en tu diario.";
    /// Why a backup is damaged, inside `backup_damaged`.
    backup_has_no_version => "it has no format version", "no tiene versión de formato";
    backup_has_no_export_date => "its export date is missing", "le falta la fecha de exportación";
    backup_has_no_entries => "its list of entries is missing", "le falta la lista de entradas";

    // ---- What importing a backup will change ----
    backup_draft_back => "An unfinished draft will be put back in the composer.",
        "Un borrador sin terminar volverá al espacio donde escribes.";
    record_added(record) => "{record} will be added.", "{record}: se añadirá la copia del archivo.";
    record_kept_here(record) => "{record}: the copy here is kept, and the one in the file isn't used.",
        "{record}: se conserva la copia de aquí, y la del archivo no se usa.";
    backup_changes_nothing => "Everything in this backup is already in your journal.",
        "Todo lo que hay en esta copia de seguridad ya está en tu diario.";

    // ---- An encrypted backup that cannot be opened ----
    sealed_too_large =>
        "This file is larger than any Between backup, so it wasn't opened. Nothing in your journal has changed.",
        "Este archivo es más grande que cualquier copia de seguridad de Between, así que no se ha abierto. No ha cambiado nada en tu diario.";
    not_an_encrypted_backup =>
        "This file isn't an encrypted Between backup, so it wasn't opened. Nothing in your journal has changed. You could check that you chose the right file.",
        "Este archivo no es una copia de seguridad cifrada de Between, así que no se ha abierto. No ha cambiado nada en tu diario. Puedes comprobar si elegiste el archivo correcto.";
    sealed_from_newer_version =>
        "This backup was made by a newer version of Between, so this version can't open it yet. Nothing in your journal has changed. You could open it with the newest version of Between.",
        "Esta copia de seguridad se hizo con una versión más nueva de Between, así que esta versión todavía no puede abrirla. No ha cambiado nada en tu diario. Puedes abrirla con la versión más reciente de Between.";
    sealed_damaged =>
        "This backup looks damaged, so it couldn't be opened. Nothing in your journal has changed. If you have another copy, you could try that one.",
        "Parece que esta copia de seguridad está dañada, así que no se pudo abrir. No ha cambiado nada en tu diario. Si tienes otra copia, puedes probar con esa.";
    wrong_passphrase =>
        "That passphrase doesn't open this backup. Passphrases are case-sensitive; you could try again. Nothing in your journal has changed.",
        "Esa frase de contraseña no abre esta copia de seguridad. Las frases de contraseña distinguen entre mayúsculas y minúsculas; puedes intentarlo de nuevo. No ha cambiado nada en tu diario.";
    crypto_unavailable =>
        "This browser can't encrypt or decrypt backups right now. This can happen when Between isn't opened over a secure (https) connection. Nothing in your journal has changed.",
        "Ahora mismo este navegador no puede cifrar ni descifrar copias de seguridad. Puede pasar cuando Between no se abre con una conexión segura (https). No ha cambiado nada en tu diario.";

    // ---- A new passphrase ----
    passphrase_too_short =>
        "Please choose a passphrase of at least 8 characters. A few unrelated words work well.",
        "Elige una frase de contraseña de al menos 8 caracteres. Unas cuantas palabras sin relación entre sí funcionan bien.";
    passphrases_differ => "The two passphrases are not the same yet. Could you type them again?",
        "Las dos frases de contraseña todavía no coinciden. ¿Puedes escribirlas otra vez?";

    // ---- Room in this browser ----
    /// `size` is "1.0 MB" or "640 KB".
    no_room_for_lock(size) =>
        "There isn't enough room in this browser to turn the lock on: locked, your journal would need about {size} more than this browser lets Between keep. Nothing has changed and your journal is as it was. Downloading a backup first keeps a copy safe; removing other data this site keeps, or entries you no longer need, would make room.",
        "No hay espacio suficiente en este navegador para activar el bloqueo: bloqueado, tu diario necesitaría unos {size} más de lo que este navegador deja guardar a Between. No ha cambiado nada y tu diario sigue como estaba. Si descargas antes una copia de seguridad, tendrás una copia a salvo; para hacer sitio, puedes quitar otros datos que guarda este sitio o entradas que ya no necesites.";
    storage_getting_full(line) =>
        "{line} Storage is getting full. Downloading a backup now keeps everything safe; nothing is ever deleted by itself.",
        "{line} El espacio se está llenando. Si descargas ahora una copia de seguridad, todo queda a salvo; nunca se borra nada por sí solo.";
    /// The decimal point in sizes: "1.5 MB", "1,5 MB".
    decimal_point => ".", ",";

    // ---- How safely the browser keeps the journal ----
    reminder_browser_deletes =>
        "This browser can delete a site's data when it hasn't been visited for a while. A backup keeps a copy of your journal safe, whenever you have a moment.",
        "Este navegador puede borrar los datos de un sitio cuando hace tiempo que no se visita. Una copia de seguridad mantiene a salvo una copia de tu diario, cuando tengas un momento.";
    reminder_no_backup_yet =>
        "You haven't made a backup yet. A backup keeps a copy of your journal safe if this browser's data is ever cleared.",
        "Todavía no has hecho ninguna copia de seguridad. Una copia mantiene a salvo tu diario si algún día se borran los datos de este navegador.";
    reminder_backup_old =>
        "Your last backup is more than a week old. A fresh one keeps your recent entries safe too.",
        "Tu última copia de seguridad tiene más de una semana. Una nueva mantiene a salvo también tus entradas recientes.";
    less_than_1_kb => "Less than 1 KB", "Menos de 1 KB";
    about_size(size) => "About {size}", "Unos {size}";
    usage(used, available) => "{used} of {available} available to this site is in use.",
        "{used} en uso de los {available} disponibles para este sitio.";
    installed_app =>
        "You're using Between as an app installed on this device, so the browser keeps its data even if you don't open it for a while.",
        "Estás usando Between como una aplicación instalada en este dispositivo, así que el navegador conserva sus datos aunque pases un tiempo sin abrirla.";
    browser_tab => "You're using Between in a browser tab.",
        "Estás usando Between en una pestaña del navegador.";
    apple_mobile_step_1 =>
        "On iPhone and iPad, Between added to the Home Screen starts with its own, empty storage. So first download a backup here.",
        "En iPhone y iPad, Between añadido a la pantalla de inicio empieza con su propio almacenamiento, vacío. Así que primero descarga aquí una copia de seguridad.";
    apple_mobile_step_2 => "In Safari, tap the Share button, then \"Add to Home Screen\".",
        "En Safari, toca el botón Compartir y luego «Añadir a pantalla de inicio».";
    apple_mobile_step_3 => "Open Between from your Home Screen.",
        "Abre Between desde tu pantalla de inicio.";
    apple_mobile_step_4 =>
        "On its Backup page, bring the backup back. Your journal is then kept in the app.",
        "En su página de copias de seguridad, recupera la copia. Así tu diario queda guardado en la aplicación.";
    safari_mac_step_1 => "Download a backup here first, to be safe.",
        "Primero descarga aquí una copia de seguridad, para ir sobre seguro.";
    safari_mac_step_2 => "In Safari's menu bar, choose File, then \"Add to Dock\".",
        "En la barra de menús de Safari, elige Archivo y luego «Añadir al Dock».";
    safari_mac_step_3 =>
        "Open Between from the Dock. If your journal isn't there, bring the backup back on its Backup page.",
        "Abre Between desde el Dock. Si tu diario no está, recupera la copia de seguridad en su página de copias de seguridad.";
    chromium_step_1 =>
        "Choose the install icon at the right of the address bar, or open the browser's menu and choose \"Install Between\".",
        "Elige el icono de instalación a la derecha de la barra de direcciones, o abre el menú del navegador y elige «Instalar Between».";
    chromium_step_2 => "Between then opens in its own window, with your journal just as it is.",
        "Entonces Between se abre en su propia ventana, con tu diario tal como está.";
    android_step_1 =>
        "Open the browser's menu and choose \"Add to Home screen\" or \"Install app\".",
        "Abre el menú del navegador y elige «Añadir a pantalla de inicio» o «Instalar aplicación».";
    android_step_2 => "Between then opens from your Home screen, with your journal just as it is.",
        "Entonces Between se abre desde tu pantalla de inicio, con tu diario tal como está.";

    // ---- Files in and out (shown inside "couldn't be made (…)") ----
    file_not_made => "the file could not be made", "no se pudo crear el archivo";
    file_no_document => "no document", "no hay documento";
    file_no_link => "no link", "no se pudo crear el enlace";
    file_not_read => "the file could not be read", "no se pudo leer el archivo";
}

plurals! {
    /// Several entries set aside at load; one uses `one_entry_set_aside`.
    entries_set_aside(n) => [
        "{n} entry couldn't be read, so it has been set aside. It is still stored in this browser exactly as it was, and the rest of your journal works as usual.",
        "{n} entries couldn't be read, so they have been set aside. They are still stored in this browser exactly as they were, and the rest of your journal works as usual."
    ], [
        "{n} entrada no se pudo leer, así que la hemos apartado. Sigue guardada en este navegador tal como estaba, y el resto de tu diario funciona como siempre.",
        "{n} entradas no se pudieron leer, así que las hemos apartado. Siguen guardadas en este navegador tal como estaban, y el resto de tu diario funciona como siempre."
    ];
    /// The room left: "Your journal takes 19 % of the room …: room for about 10,400 more entries
    /// like yours." (The English singular is the plural, as it always was.)
    room_like_yours(n, share) => [
        "Your journal takes {share} % of the room this browser gives Between: room for about {n} more entries like yours.",
        "Your journal takes {share} % of the room this browser gives Between: room for about {n} more entries like yours."
    ], [
        "Tu diario ocupa el {share} % del espacio que este navegador da a Between: hay sitio para unas {n} entrada más como las tuyas.",
        "Tu diario ocupa el {share} % del espacio que este navegador da a Between: hay sitio para unas {n} entradas más como las tuyas."
    ];
    room_ordinary(n, share) => [
        "Your journal takes {share} % of the room this browser gives Between: room for about {n} entries of an ordinary length.",
        "Your journal takes {share} % of the room this browser gives Between: room for about {n} entries of an ordinary length."
    ], [
        "Tu diario ocupa el {share} % del espacio que este navegador da a Between: hay sitio para {n} entrada de extensión normal, más o menos.",
        "Tu diario ocupa el {share} % del espacio que este navegador da a Between: hay sitio para unas {n} entradas de extensión normal."
    ];

    // ---- What importing a backup will change, counted in entries ----
    entries_added(n) => ["{n} entry will be added.", "{n} entries will be added."],
        ["Se añadirá {n} entrada.", "Se añadirán {n} entradas."];
    entries_updated(n) => [
        "{n} entry will be updated to the newer version in the file.",
        "{n} entries will be updated to the newer version in the file."
    ], [
        "{n} entrada se actualizará a la versión más reciente del archivo.",
        "{n} entradas se actualizarán a la versión más reciente del archivo."
    ];
    entries_kept_here(n) => [
        "{n} entry here is newer than (or differs from) the copy in the file, so the version here is kept.",
        "{n} entries here are newer than (or differ from) the copy in the file, so the version here is kept."
    ], [
        "{n} entrada de aquí es más reciente que la copia del archivo (o distinta), así que se conserva la de aquí.",
        "{n} entradas de aquí son más recientes que la copia del archivo (o distintas), así que se conservan las de aquí."
    ];
    entries_unchanged(n) => ["{n} entry is already here, unchanged.", "{n} entries are already here, unchanged."],
        ["{n} entrada ya está aquí, sin cambios.", "{n} entradas ya están aquí, sin cambios."];
    entries_unreadable_in_file(n) => [
        "{n} entry in the file couldn't be read and will be left out.",
        "{n} entries in the file couldn't be read and will be left out."
    ], [
        "{n} entrada del archivo no se pudo leer y se dejará fuera.",
        "{n} entradas del archivo no se pudieron leer y se dejarán fuera."
    ];
    records_set_aside(n) => [
        "{n} record set aside earlier (unreadable) will be kept with your journal, as they were.",
        "{n} records set aside earlier (unreadable) will be kept with your journal, as they were."
    ], [
        "{n} registro apartado antes (porque no se podía leer) se guardará con tu diario, tal como estaba.",
        "{n} registros apartados antes (porque no se podían leer) se guardarán con tu diario, tal como estaban."
    ];
    entries_share_an_id(n) => [
        "{n} entry in the file shares an id with a different entry (in the file, or already here). You can keep it as separate entries, or leave it out.",
        "{n} entries in the file share an id with a different entry (in the file, or already here). You can keep them as separate entries, or leave them out."
    ], [
        "{n} entrada del archivo tiene el mismo identificador que otra entrada distinta (del archivo, o que ya está aquí). Puedes conservar las dos como entradas separadas, o dejarla fuera.",
        "{n} entradas del archivo tienen el mismo identificador que otra entrada distinta (del archivo, o que ya está aquí). Puedes conservarlas como entradas separadas, o dejarlas fuera."
    ];
}
