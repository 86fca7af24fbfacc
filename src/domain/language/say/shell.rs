//! Messages for shell: the header, window titles, the about page, the lock screen and the
//! lock's own messages, updates, a fault, and the page that isn't there.
use crate::domain::language::{messages, plurals};

messages! {
    // ---- Window titles ----
    title_journal => "Between · a private journal between therapy sessions",
        "Between · un diario privado entre sesiones de terapia";
    title_about => "About & privacy · Between", "Información y privacidad · Between";
    title_prompts => "All prompts · Between", "Todas las propuestas · Between";
    title_check_in => "Check in · Between", "Cómo estoy · Between";
    title_summary => "Session summary · Between", "Resumen para la sesión · Between";
    title_backup => "Backup & storage · Between", "Copias de seguridad y almacenamiento · Between";
    title_homework => "Homework · Between", "Tareas · Between";
    title_therapists => "For therapists · Between", "Para terapeutas · Between";
    title_goals => "My goals · Between", "Mis objetivos · Between";
    title_not_found => "Page not found · Between", "Página no encontrada · Between";

    // ---- The header ----
    /// After the brand mark, so it starts with a space; the name is the same in every language.
    brand => " Between", " Between";
    main_navigation => "Main", "Principal";
    nav_journal => "Journal", "Diario";
    nav_goals => "Goals", "Objetivos";
    nav_summary => "Summary", "Resumen";
    nav_backup => "Backup", "Copia de seguridad";
    nav_about => "About & privacy", "Información y privacidad";
    lock_now => "Lock now", "Bloquear ahora";
    need_help_now => "Need help now?", "¿Necesitas ayuda ahora?";
    skip_to_main => "Skip to main content", "Saltar al contenido principal";

    // ---- The page that isn't there ----
    page_not_here => "This page isn't here", "Esta página no está aquí";
    /// Followed by a link, so it ends with a space.
    journal_is_safe => "Your journal is safe. ", "Tu diario está a salvo. ";
    go_back_to_journal => "Go back to your journal", "Volver a tu diario";

    // ---- About ----
    about_heading => "About Between", "Acerca de Between";
    about_intro => "Between is a private journal for the days between therapy sessions. You can note small wins, concerns you'd like to raise, and gentle reflections, at your own pace.",
        "Between es un diario privado para los días entre una sesión de terapia y la siguiente. Puedes anotar pequeños logros, inquietudes que te gustaría comentar y reflexiones amables, a tu propio ritmo.";
    words_stay => "Your words stay with you", "Tus palabras se quedan contigo";
    kept_in_browser => "Everything you write is kept in this browser's storage, on this device. Nothing is sent anywhere.",
        "Todo lo que escribes se guarda en el almacenamiento de este navegador, en este dispositivo. No se envía nada a ninguna parte.";
    no_account => "There is no account, no tracking and no analytics. The app loads nothing from other websites.",
        "No hay cuenta, ni seguimiento, ni analíticas. La aplicación no carga nada de otros sitios web.";
    clearing_data => "Clearing this site's data in your browser settings removes your journal too. A backup keeps a copy you can bring back.",
        "Si borras los datos de este sitio en los ajustes del navegador, también se borra tu diario. Una copia de seguridad guarda una copia que puedes recuperar.";
    no_pressure => "No pressure", "Sin presiones";
    no_score => "Nothing here counts days or keeps score. Write when it helps, and leave it when it doesn't. You don't have to share anything you're not ready to.",
        "Aquí nada cuenta días ni lleva puntuaciones. Escribe cuando te ayude, y déjalo cuando no. No tienes que compartir nada si aún no quieres.";
    prompts_origin => "Where some prompts come from", "De dónde vienen algunas propuestas";
    prompts_own_words => "Every prompt is written in our own words. Some retell ideas from people whose work we are grateful for:",
        "Cada propuesta está escrita con nuestras propias palabras. Algunas cuentan a nuestra manera ideas de personas cuyo trabajo agradecemos:";
    browse_prompts => "Browse all prompts", "Ver todas las propuestas";
    back_to_journal => "Back to your journal", "Volver a tu diario";
    for_therapists => "For therapists", "Para terapeutas";
    /// Followed by a link, so it ends with a space.
    therapists_can_suggest => "Therapists can suggest homework through a link, with no account and no server. ",
        "Los terapeutas pueden sugerir tareas mediante un enlace, sin cuentas ni servidor. ";
    make_homework_link => "Make a homework link", "Crear un enlace de tareas";

    // ---- A fault in the app's own code ----
    crashed => "Between ran into a problem in its own code and has stopped. Everything that was saved is still stored in this browser; words typed since the last save may be lost. Reloading the page starts Between again.",
        "Between ha tenido un problema en su propio código y se ha detenido. Todo lo guardado sigue almacenado en este navegador; puede que se pierda lo que escribiste después del último guardado. Si recargas la página, Between vuelve a empezar.";

    // ---- Updates ----
    save_before_update => "You're in the middle of writing something. Save it first, then update.",
        "Estás escribiendo algo. Guárdalo primero y luego actualiza.";
    update_ready => "A new version of Between is ready. It opens when you choose; until then this one keeps working, offline too.",
        "Ya está lista una nueva versión de Between. Se abrirá cuando tú decidas; mientras tanto, esta sigue funcionando, también sin conexión.";
    update_now => "Update now", "Actualizar ahora";
    replaced_elsewhere => "A new version of Between was opened in another tab, so this tab has stopped saving to keep your journal safe. Copy anything you're writing here, then reload this tab.",
        "Se abrió una nueva versión de Between en otra pestaña, así que esta pestaña ha dejado de guardar para proteger tu diario. Copia lo que estés escribiendo aquí y luego recarga esta pestaña.";
    reload_tab => "Reload this tab", "Recargar esta pestaña";

    // ---- Storage notices ----
    dismiss => "Dismiss", "Cerrar";

    // ---- The lock screen ----
    type_passphrase => "Please type your passphrase.", "Escribe tu frase de contraseña, por favor.";
    journal_is_locked => "Your journal is locked", "Tu diario está bloqueado";
    entries_encrypted => "Your entries are encrypted in this browser. Your passphrase opens them.",
        "Tus entradas están cifradas en este navegador. Tu frase de contraseña las abre.";
    passphrase => "Passphrase", "Frase de contraseña";
    opening => "Opening…", "Abriendo…";
    open_my_journal => "Open my journal", "Abrir mi diario";
    forgotten_passphrase => "A forgotten passphrase can't be recovered. If you have a backup, it can be brought back in another browser.",
        "Una frase de contraseña olvidada no se puede recuperar. Si tienes una copia de seguridad, puedes restaurarla en otro navegador.";

    // ---- The lock's messages ----
    wrong_passphrase => "That passphrase doesn't open your journal. Passphrases are case-sensitive; you could try again.",
        "Esa frase de contraseña no abre tu diario. Las mayúsculas y minúsculas cuentan; puedes intentarlo de nuevo.";
    /// A `reason` below: the end of "The lock couldn't be turned on: …".
    reason_no_room => "this browser ran out of room for it (another tab or another site may have used some).",
        "este navegador se quedó sin espacio (puede que otra pestaña u otro sitio haya usado parte).";
    reason_refused => "this browser refused to store part of it.",
        "este navegador no permitió guardar una parte.";
    not_locked => "The journal isn't locked.", "El diario no está bloqueado.";
    journal_open => "Your journal is open.", "Tu diario está abierto.";
    lock_off => "The lock is off.", "El bloqueo está desactivado.";
    lock_already_off => "The lock is already off.", "El bloqueo ya está desactivado.";
    journal_locked => "The journal is locked.", "El diario está bloqueado.";
    lock_on => "The lock is on.", "El bloqueo está activado.";
    between_locked => "Between is locked.", "Between está bloqueado.";
    lock_on_failed_undone(reason) => "The lock couldn't be turned on: {reason} Your journal has been left unlocked, exactly as it was, and nothing was lost.",
        "No se pudo activar el bloqueo: {reason} Tu diario quedó sin bloquear, exactamente como estaba, y no se perdió nada.";
    lock_on_failed_halfway(reason) => "The lock couldn't be turned on: {reason} It couldn't be undone either yet, so some entries are locked and some are not. Every entry is safe and opens with your passphrase; once there is room, turning the lock on again finishes it.",
        "No se pudo activar el bloqueo: {reason} Tampoco se pudo deshacer todavía, así que algunas entradas están bloqueadas y otras no. Todas las entradas están a salvo y se abren con tu frase de contraseña; cuando haya espacio, al volver a activar el bloqueo se termina el cambio.";
    no_room_to_unlock => "There isn't enough room in this browser to turn the lock off just now. Nothing has changed; downloading a backup keeps a copy safe.",
        "Ahora mismo no hay espacio suficiente en este navegador para desactivar el bloqueo. No ha cambiado nada; si descargas una copia de seguridad, tendrás una copia a salvo.";
    lock_off_failed_kept(reason) => "The lock couldn't be turned off: {reason} It is still on, exactly as before, and nothing was lost.",
        "No se pudo desactivar el bloqueo: {reason} Sigue activado, exactamente como antes, y no se perdió nada.";
    lock_off_failed_halfway(reason) => "The lock couldn't be turned off: {reason} Every entry is safe and opens with your passphrase; turning the lock off again finishes it.",
        "No se pudo desactivar el bloqueo: {reason} Todas las entradas están a salvo y se abren con tu frase de contraseña; al volver a desactivar el bloqueo se termina el cambio.";
}

plurals! {}
