//! Messages for goals. The person's goals and steps are their own words and never pass here.
use crate::domain::language::{messages, plurals};

messages! {
    // A step's state and a goal's status.
    step_open => "Still to try", "Por probar";
    step_done => "Done", "Hecho";
    step_not_for_now => "Not for now", "Ahora no";
    status_active => "Active", "Activo";
    status_paused => "Paused", "En pausa";
    status_retired => "Retired", "Archivado";

    // Why a change can't be made.
    empty => "Please write a few words for it.", "Escribe unas pocas palabras, por favor.";
    too_many_goals(max) => "There is room for {max} goals. You could retire or remove one first.", "Caben {max} objetivos. Puedes archivar o quitar uno antes.";
    too_many_steps(max) => "A goal has room for {max} steps. You could remove one you no longer need.", "Un objetivo tiene sitio para {max} pasos. Puedes quitar alguno que ya no necesites.";
    not_found => "That goal is no longer here; it may have been removed in another tab.", "Ese objetivo ya no está aquí; puede que se haya quitado en otra pestaña.";

    // One goal's card.
    renamed => "Goal renamed.", "Objetivo renombrado.";
    step_added => "Step added.", "Paso añadido.";
    remove_step(step) => "Remove the step “{step}”", "Quitar el paso “{step}”";
    how_step_is_going(step) => "How the step “{step}” is going", "Cómo va el paso “{step}”";
    step_marked(state) => "Step marked “{state}”.", "Paso marcado como “{state}”.";
    step_removed => "Step removed.", "Paso quitado.";
    remove => "Remove", "Quitar";
    unlink_entry(first) => "Unlink “{first}” from this goal", "Desvincular “{first}” de este objetivo";
    unlinked => "Unlinked.", "Desvinculado.";
    unlink => "Unlink", "Desvincular";
    linked_heading => "Linked wins and reflections", "Logros y reflexiones vinculados";
    goal_label => "Goal", "Objetivo";
    save => "Save", "Guardar";
    cancel => "Cancel", "Cancelar";
    small_steps => "Small steps", "Pequeños pasos";
    a_small_step => "A small step", "Un pequeño paso";
    add_step => "Add step", "Añadir paso";
    agreed_on => "Agreed with my therapist on ", "Acordado con mi terapeuta el ";
    optional => "(optional)", "(opcional)";
    marked_agreed => "Marked as agreed with your therapist.", "Marcado como acordado con tu terapeuta.";
    no_longer_agreed => "No longer marked as agreed.", "Ya no está marcado como acordado.";
    edit => "Edit", "Editar";
    paused => "Goal paused.", "Objetivo en pausa.";
    pause => "Pause", "Pausar";
    retired => "Goal retired. It is kept under Retired goals.", "Objetivo archivado. Se guarda en Objetivos archivados.";
    retire => "Retire", "Archivar";
    active_again => "Goal active again.", "El objetivo vuelve a estar activo.";
    resume => "Resume", "Retomar";
    bring_back => "Bring back", "Recuperar";
    removed_undo => "Goal removed. Undo brings it back.", "Objetivo quitado. Puedes recuperarlo con Deshacer.";

    // Linking a win or reflection to a goal.
    link_to_a_goal => "Link to a goal ", "Vincular a un objetivo ";
    no_goal => "No goal", "Ningún objetivo";
    linked_to(title) => "Linked to the goal “{title}”.", "Vinculado al objetivo “{title}”.";
    no_longer_linked(title) => "No longer linked to the goal “{title}”.", "Ya no está vinculado al objetivo “{title}”.";
    unlink_from(title) => "Unlink from the goal “{title}”", "Desvincular del objetivo “{title}”";
    goal_named(title) => "Goal: {title}", "Objetivo: {title}";
    goal_to_link => "Goal to link this entry to", "Objetivo al que vincular esta entrada";
    choose_a_goal => "Choose a goal", "Elige un objetivo";
    link_to_goal => "Link to goal", "Vincular al objetivo";

    // The goals page.
    added => "Goal added.", "Objetivo añadido.";
    my_goals => "My goals", "Mis objetivos";
    lede => "Goals for therapy in your own words, each with a few small steps. Nothing here counts days or scores you: a step can wait until it's right.", "Objetivos para la terapia con tus propias palabras, cada uno con unos pocos pasos pequeños. Aquí nada cuenta días ni te pone nota: un paso puede esperar hasta que sea el momento.";
    add_a_goal => "Add a goal", "Añadir un objetivo";
    in_your_own_words => "A goal, in your own words", "Un objetivo, con tus propias palabras";
    for_example => "For example: “Sleep better” or “Feel less alone at work”.", "Por ejemplo: “Dormir mejor” o “Sentir menos soledad en el trabajo”.";
    add_goal => "Add goal", "Añadir objetivo";
    removed => "Goal removed.", "Objetivo quitado.";
    back => "The goal is back.", "El objetivo ha vuelto.";
    undo => "Undo", "Deshacer";
    dismiss => "Dismiss", "Cerrar";
    your_goals => "Your goals", "Tus objetivos";
    no_goals_yet => "No goals yet. You could write one with your therapist, or on your own and bring it to a session.", "Todavía no hay objetivos. Puedes escribir uno con tu terapeuta, o por tu cuenta y llevarlo a una sesión.";
    retired_goals(count) => "Retired goals ({count})", "Objetivos archivados ({count})";
}

plurals! {}
