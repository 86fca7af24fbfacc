//! Messages for bringing entries in from another app (Daylio, Day One): the file, its
//! preview, the import's progress, and taking one import back out.
use crate::domain::language::{messages, plurals};

messages! {
    // ---- The panel ----
    heading => "Bring in entries from another app", "Trae entradas de otra app";
    intro =>
        "Between can bring in a Daylio backup (.daylio), Daylio's CSV export, or Day One's JSON export (zipped or not). Nothing is written until you've seen what will come in and said yes, and nothing is added twice.",
        "Between puede traer una copia de seguridad de Daylio (.daylio), la exportación CSV de Daylio o la exportación JSON de Day One (en zip o no). No se escribe nada hasta que hayas visto lo que va a entrar y hayas dicho que sí, y nada se añade dos veces.";
    choose_file => "Choose a Daylio or Day One file", "Elige un archivo de Daylio o de Day One";
    reading => "Reading the file…", "Leyendo el archivo…";

    // ---- Files that can't be read ----
    too_large(size) =>
        "This file is larger than Between reads ({size}), so nothing was read and nothing has changed. A Daylio CSV or a Day One journal is usually much smaller; you could export a shorter stretch of time.",
        "Este archivo es más grande de lo que Between lee ({size}), así que no se ha leído y no ha cambiado nada. Un CSV de Daylio o un diario de Day One suele ser mucho más pequeño; puedes exportar un periodo más corto.";
    not_known =>
        "This doesn't look like a Daylio or Day One export, so nothing has changed. Between reads a Daylio backup (.daylio), Daylio's CSV export, or Day One's JSON export.",
        "Esto no parece una exportación de Daylio ni de Day One, así que no ha cambiado nada. Between lee una copia de seguridad de Daylio (.daylio), la exportación CSV de Daylio o la exportación JSON de Day One.";
    zip_without_export =>
        "This zip has no Daylio backup or Day One journal inside, so nothing has changed. Exporting again from the app, without unpacking the file, usually helps.",
        "Este zip no lleva dentro una copia de seguridad de Daylio ni un diario de Day One, así que no ha cambiado nada. Suele ayudar exportar de nuevo desde la app, sin descomprimir el archivo.";
    damaged =>
        "This file seems cut short or damaged, so nothing was brought in and nothing has changed. Exporting it again from the app usually helps.",
        "Este archivo parece incompleto o dañado, así que no se ha traído nada y no ha cambiado nada. Suele ayudar exportarlo de nuevo desde la app.";
    unreadable =>
        "This file couldn't be read. Nothing has changed. You could try choosing it again.",
        "Este archivo no se pudo leer. No ha cambiado nada. Puedes probar a elegirlo otra vez.";

    // ---- The preview ----
    preview_heading(app) => "What will come in from {app}", "Lo que va a entrar desde {app}";
    date_range(from, to) => "Written from {from} to {to}.", "Escritas desde el {from} hasta el {to}.";
    assumed_zone(zone) =>
        "Daylio's CSV has no time zone, so its times are read in this browser's time zone ({zone} now, with summer time on the dates it applies).",
        "El CSV de Daylio no tiene zona horaria, así que sus horas se leen en la zona horaria de este navegador ({zone} ahora, con el horario de verano en las fechas en que se aplica).";
    nothing_new =>
        "Everything in this file is already in your journal, so there is nothing to add.",
        "Todo lo de este archivo ya está en tu diario, así que no hay nada que añadir.";
    kind_legend => "Bring Day One's entries in as", "Traer las entradas de Day One como";
    mood_legend => "Your Daylio moods", "Tus estados de ánimo de Daylio";
    mood_help =>
        "Daylio's CSV names moods in your own words. Choose where each one sits on Between's scale, from very heavy to light.",
        "El CSV de Daylio nombra los estados de ánimo con tus palabras. Elige dónde queda cada uno en la escala de Between, de muy pesado a ligero.";
    no_room(size) =>
        "This is more than this browser has room for: it needs about {size} more. Nothing has changed. You could download a backup, then bring in a shorter export.",
        "Esto es más de lo que cabe en este navegador: hace falta unos {size} más. No ha cambiado nada. Puedes descargar una copia de seguridad y luego traer una exportación más corta.";
    cancel => "Cancel", "Cancelar";
    done => "Done", "Listo";
    progress(done, total) => "Bringing in entries: {done} of {total}…", "Trayendo entradas: {done} de {total}…";

    // ---- Imports done before ----
    past_heading => "Brought in before", "Traído antes";
    remove_import => "Remove what this import added", "Quitar lo que añadió esta importación";
    remove_yes => "Remove them", "Quitarlas";
    keep_them => "Keep them", "Conservarlas";
    removing => "Removing…", "Quitando…";
}

plurals! {
    will_add(n) => ["{n} entry to add", "{n} entries to add"],
        ["{n} entrada para añadir", "{n} entradas para añadir"];
    already_here(n) => [
        "{n} entry was brought in before and won't be added again.",
        "{n} entries were brought in before and won't be added again."
    ], [
        "{n} entrada ya se trajo antes y no se añadirá otra vez.",
        "{n} entradas ya se trajeron antes y no se añadirán otra vez."
    ];
    /// `places` lists where in the file, "3, 9 and 12".
    left_out_date(n, places) => [
        "{n} entry is left out because its date couldn't be read (number {places} in the file); the rest come in.",
        "{n} entries are left out because their dates couldn't be read (numbers {places} in the file); the rest come in."
    ], [
        "{n} entrada se queda fuera porque su fecha no se pudo leer (la número {places} del archivo); el resto entra.",
        "{n} entradas se quedan fuera porque sus fechas no se pudieron leer (las números {places} del archivo); el resto entra."
    ];
    left_out_empty(n) => [
        "{n} empty entry is left out.",
        "{n} empty entries are left out."
    ], [
        "{n} entrada vacía se queda fuera.",
        "{n} entradas vacías se quedan fuera."
    ];
    attachments(n) => [
        "{n} photo or other attachment stays behind: Between keeps words only.",
        "{n} photos and other attachments stay behind: Between keeps words only."
    ], [
        "{n} foto u otro adjunto se queda fuera: Between guarda solo palabras.",
        "{n} fotos y otros adjuntos se quedan fuera: Between guarda solo palabras."
    ];
    split(n) => [
        "{n} entry is longer than the composer's limit: it comes in whole, in numbered parts.",
        "{n} entries are longer than the composer's limit: each comes in whole, in numbered parts."
    ], [
        "{n} entrada es más larga que el límite del editor: entra completa, en partes numeradas.",
        "{n} entradas son más largas que el límite del editor: cada una entra completa, en partes numeradas."
    ];
    tags_in_text(n) => [
        "{n} entry has more tags than fit: the rest are written at the end of its text.",
        "{n} entries have more tags than fit: the rest are written at the end of their text."
    ], [
        "{n} entrada tiene más etiquetas de las que caben: el resto se escribe al final de su texto.",
        "{n} entradas tienen más etiquetas de las que caben: el resto se escribe al final de su texto."
    ];
    bring_in(n) => ["Bring in {n} entry", "Bring in {n} entries"],
        ["Traer {n} entrada", "Traer {n} entradas"];
    brought_in(n, app) => [
        "{n} entry brought in from {app}.",
        "{n} entries brought in from {app}."
    ], [
        "{n} entrada traída desde {app}.",
        "{n} entradas traídas desde {app}."
    ];
    stopped(n, problem) => [
        "{n} entry was brought in before a problem stopped the rest. {problem} Running the import again adds only what is missing.",
        "{n} entries were brought in before a problem stopped the rest. {problem} Running the import again adds only what is missing."
    ], [
        "{n} entrada se trajo antes de que un problema detuviera el resto. {problem} Si repites la importación, solo se añade lo que falta.",
        "{n} entradas se trajeron antes de que un problema detuviera el resto. {problem} Si repites la importación, solo se añade lo que falta."
    ];
    past_import(n, app, date) => [
        "From {app} on {date}: {n} entry",
        "From {app} on {date}: {n} entries"
    ], [
        "Desde {app} el {date}: {n} entrada",
        "Desde {app} el {date}: {n} entradas"
    ];
    remove_confirm(n, app) => [
        "Remove {n} entry brought in from {app}? Entries you wrote yourself stay as they are, and you can bring it in again from the same file.",
        "Remove {n} entries brought in from {app}? Entries you wrote yourself stay as they are, and you can bring them in again from the same file."
    ], [
        "¿Quitar {n} entrada traída desde {app}? Las entradas que escribiste tú se quedan como están, y puedes volver a traerla desde el mismo archivo.",
        "¿Quitar {n} entradas traídas desde {app}? Las entradas que escribiste tú se quedan como están, y puedes volver a traerlas desde el mismo archivo."
    ];
    removed(n) => ["{n} imported entry removed.", "{n} imported entries removed."],
        ["{n} entrada importada quitada.", "{n} entradas importadas quitadas."];
    remove_stopped(n, problem) => [
        "{n} imported entry was removed before a problem stopped the rest. {problem}",
        "{n} imported entries were removed before a problem stopped the rest. {problem}"
    ], [
        "{n} entrada importada se quitó antes de que un problema detuviera el resto. {problem}",
        "{n} entradas importadas se quitaron antes de que un problema detuviera el resto. {problem}"
    ];
}
