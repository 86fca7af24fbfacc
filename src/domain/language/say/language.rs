//! Messages for choosing a language and for the crisis note.
use crate::domain::language::{messages, plurals};

messages! {
    language_label => "Language", "Idioma";
    language_help => "Between's own words change; what you wrote stays exactly as you wrote it.",
        "Cambian las palabras de Between; lo que escribiste queda tal como lo escribiste.";
    language_changed(name) => "Between now speaks {name}.", "Between ahora está en {name}.";
    language_not_saved => "The language changed for now, but it couldn't be saved in this browser, so it may go back when you reopen Between.",
        "El idioma cambió por ahora, pero no se pudo guardar en este navegador, así que puede volver al anterior cuando abras Between de nuevo.";
    language_record_label => "Your language", "Tu idioma";
    crisis_heading => "If you need help right now", "Si necesitas ayuda ahora mismo";
    crisis_text => "Between is a journal, not an emergency service. If you are in danger or thinking about harming yourself, please call your local emergency number or a crisis line where you live. You deserve support straight away.",
        "Between es un diario, no un servicio de emergencias. Si estás en peligro o piensas en hacerte daño, llama al número de emergencias de donde estés o a una línea de crisis. Mereces apoyo enseguida.";
    crisis_everywhere => "112 works in all of Europe, 911 in most of the Americas, 999 in the UK and 000 in Australia.",
        "El 112 funciona en toda Europa, el 911 en casi toda América, el 999 en el Reino Unido y el 000 en Australia.";
    crisis_more => "Numbers in other countries", "Números en otros países";
    crisis_not_listed => "If your country isn't listed, call your local emergency number.",
        "Si tu país no está en la lista, llama al número de emergencias local.";
    crisis_source => "Numbers from Wikipedia's list of emergency telephone numbers and each country's own crisis services, checked December 2026.",
        "Números tomados de la lista de teléfonos de emergencia de Wikipedia y de los servicios de crisis de cada país, revisados en diciembre de 2026.";
}

plurals! {}
