<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AboutDialog</name>
    <message>
        <source>No log file: messages go to the terminal that started Moderator (standard error; --log-json writes them as JSON lines)</source>
        <translation>No hay archivo de registro: los mensajes van a la terminal que inició Moderator (salida de errores; --log-json los escribe como líneas JSON)</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <source>PySide6</source>
        <translation>PySide6</translation>
    </message>
    <message>
        <source>Python</source>
        <translation>Python</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Data file</source>
        <translation>Archivo de datos</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>About Moderator</source>
        <translation>Acerca de Moderator</translation>
    </message>
    <message>
        <source>Moderator {version}</source>
        <translation>Moderator {version}</translation>
    </message>
    <message>
        <source>A console for chairs of hybrid meetings.</source>
        <translation>Una consola para la Presidencia de reuniones híbridas.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>Abrir la carpeta de datos</translation>
    </message>
</context>
<context>
    <name>Action</name>
    <message>
        <source>{key} (keypad)</source>
        <extracomment>The console&apos;s actions that also work while the agenda editor is the active window (and are in its Session menu): what staff reach for while preparing the day (import, connect, the readiness check, switching the session) and the speaker display&apos;s controls, which must answer whatever window is in front. Plain keys (N, Space, Delete…) mean typing or editing there, and the editor has its own undo, so those stay the main window&apos;s; so does Ctrl+Q, which in the editor would close the whole console.</extracomment>
        <translation>{key} (teclado numérico)</translation>
    </message>
    <message>
        <source>— (menu)</source>
        <translation>— (menú)</translation>
    </message>
    <message>
        <source>{keys} or {key}</source>
        <translation>{keys} o {key}</translation>
    </message>
    <message>
        <source>Start / pause</source>
        <translation>Iniciar / pausar</translation>
    </message>
    <message>
        <source>Start the countdown, or pause it while it runs</source>
        <translation>Iniciar la cuenta atrás, o pausarla mientras corre</translation>
    </message>
    <message>
        <source>Next speaker</source>
        <translation>Siguiente orador</translation>
    </message>
    <message>
        <source>The current speaker is done; give the floor to the next one and start the clock</source>
        <translation>El orador actual ha terminado; dar la palabra al siguiente e iniciar el cronómetro</translation>
    </message>
    <message>
        <source>Add 30 s</source>
        <translation>Añadir 30 s</translation>
    </message>
    <message>
        <source>Give the current speaker 30 seconds more</source>
        <translation>Dar 30 segundos más al orador actual</translation>
    </message>
    <message>
        <source>Remove 30 s</source>
        <translation>Quitar 30 s</translation>
    </message>
    <message>
        <source>Take 30 seconds from the current speaker</source>
        <translation>Quitar 30 segundos al orador actual</translation>
    </message>
    <message>
        <source>Add 1 min</source>
        <translation>Añadir 1 min</translation>
    </message>
    <message>
        <source>Give the current speaker one minute more</source>
        <translation>Dar un minuto más al orador actual</translation>
    </message>
    <message>
        <source>Remove 1 min</source>
        <translation>Quitar 1 min</translation>
    </message>
    <message>
        <source>Take one minute from the current speaker</source>
        <translation>Quitar un minuto al orador actual</translation>
    </message>
    <message>
        <source>Set the time…</source>
        <translation>Fijar el tiempo…</translation>
    </message>
    <message>
        <source>Set the current speaker&apos;s remaining time exactly (e.g. 2:30)</source>
        <translation>Fijar exactamente el tiempo restante del orador actual (p. ej., 2:30)</translation>
    </message>
    <message>
        <source>Reset the time</source>
        <translation>Reiniciar el tiempo</translation>
    </message>
    <message>
        <source>Start the current speaker&apos;s time again from their full allotment</source>
        <translation>Volver a empezar el tiempo del orador actual desde su asignación completa</translation>
    </message>
    <message>
        <source>Add a speaker…</source>
        <translation>Añadir un orador…</translation>
    </message>
    <message>
        <source>Add a participant or a walk-in to the list, placed by their speech type</source>
        <translation>Añadir a la lista un participante o alguien no inscrito, situado según su tipo de intervención</translation>
    </message>
    <message>
        <source>Floor request in the room…</source>
        <translation>Petición de palabra en la sala…</translation>
    </message>
    <message>
        <source>Record a hand raised in the room (H then Enter for the selected speaker)</source>
        <translation>Registrar una mano levantada en la sala (H y luego Intro para el orador seleccionado)</translation>
    </message>
    <message>
        <source>Close / reopen the list</source>
        <translation>Cerrar / reabrir la lista</translation>
    </message>
    <message>
        <source>Close the current agenda item&apos;s list of speakers, or open it again</source>
        <translation>Cerrar la lista de oradores del tema actual, o reabrirla</translation>
    </message>
    <message>
        <source>Interposed intervention</source>
        <translation>Intervención intercalada</translation>
    </message>
    <message>
        <source>The selected speaker interrupts the current one, who resumes afterwards</source>
        <translation>El orador seleccionado interrumpe al actual, que continúa después</translation>
    </message>
    <message>
        <source>Give the floor to the selected speaker</source>
        <translation>Dar la palabra al orador seleccionado</translation>
    </message>
    <message>
        <source>Give the floor to the speaker selected in the list, out of order if need be</source>
        <translation>Dar la palabra al orador seleccionado en la lista, fuera de turno si es necesario</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <source>Pass over the selected speaker; they keep their place and can be put back</source>
        <translation>Saltar al orador seleccionado; conserva su lugar y puede volver</translation>
    </message>
    <message>
        <source>Put back</source>
        <translation>Volver a la lista</translation>
    </message>
    <message>
        <source>Put the selected skipped or removed speaker back on the list</source>
        <translation>Devolver a la lista al orador seleccionado omitido o retirado</translation>
    </message>
    <message>
        <source>Mark as done</source>
        <translation>Marcar como terminado</translation>
    </message>
    <message>
        <source>The selected speaker is done (for the one speaking: end of their turn)</source>
        <translation>El orador seleccionado ha terminado (para quien habla: fin de su turno)</translation>
    </message>
    <message>
        <source>Remove from the list</source>
        <translation>Retirar de la lista</translation>
    </message>
    <message>
        <source>Take the selected speaker off the list (Ctrl+Z brings them back)</source>
        <translation>Retirar de la lista al orador seleccionado (Ctrl+Z lo devuelve)</translation>
    </message>
    <message>
        <source>Show removed speakers</source>
        <translation>Mostrar los oradores retirados</translation>
    </message>
    <message>
        <source>Show the speakers taken off the list, struck through, to put one back (B)</source>
        <translation>Mostrar los oradores retirados de la lista, tachados, para devolver uno (B)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move the selected speaker one place up</source>
        <translation>Subir un puesto al orador seleccionado</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Move the selected speaker one place down</source>
        <translation>Bajar un puesto al orador seleccionado</translation>
    </message>
    <message>
        <source>Move to the top</source>
        <translation>Pasar al principio</translation>
    </message>
    <message>
        <source>Make the selected speaker the next to speak</source>
        <translation>Hacer que el orador seleccionado sea el próximo en hablar</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Undo the last action (list or clock); it syncs like any action</source>
        <translation>Deshacer la última acción (lista o cronómetro); se sincroniza como cualquier acción</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Do the undone action again</source>
        <translation>Volver a hacer la acción deshecha</translation>
    </message>
    <message>
        <source>Give the floor to the hand</source>
        <translation>Dar la palabra a la mano levantada</translation>
    </message>
    <message>
        <source>Give the floor now to the selected raised hand (or the first in line)</source>
        <translation>Dar ahora la palabra a la mano levantada seleccionada (o a la primera)</translation>
    </message>
    <message>
        <source>Add the hand to the list</source>
        <translation>Inscribir la mano levantada en la lista</translation>
    </message>
    <message>
        <source>Add the selected raised hand (or the first) at the end of this item&apos;s list</source>
        <translation>Inscribir la mano levantada seleccionada (o la primera) al final de la lista de este tema</translation>
    </message>
    <message>
        <source>Lower the hand</source>
        <translation>Bajar la mano</translation>
    </message>
    <message>
        <source>Lower the selected raised hand (or the first in line)</source>
        <translation>Bajar la mano levantada seleccionada (o la primera)</translation>
    </message>
    <message>
        <source>Fit to the end…</source>
        <translation>Ajustar al final…</translation>
    </message>
    <message>
        <source>Preview shortening the waiting speakers&apos; times so the session ends on time</source>
        <translation>Previsualizar la reducción de los tiempos de los oradores en espera para que la sesión termine a tiempo</translation>
    </message>
    <message>
        <source>Note on the speaker…</source>
        <translation>Nota sobre el orador…</translation>
    </message>
    <message>
        <source>Write a note on the selected (or current) speaker, for the chair only</source>
        <translation>Escribir una nota sobre el orador seleccionado (o el actual), solo para la Presidencia</translation>
    </message>
    <message>
        <source>Note on the agenda item…</source>
        <translation>Nota sobre el tema del programa…</translation>
    </message>
    <message>
        <source>Write a note on the current agenda item, for the chair only</source>
        <translation>Escribir una nota sobre el tema actual, solo para la Presidencia</translation>
    </message>
    <message>
        <source>Speech types…</source>
        <translation>Tipos de intervención…</translation>
    </message>
    <message>
        <source>This meeting&apos;s default times and rules per speech type</source>
        <translation>Tiempos por defecto y reglas de esta reunión por tipo de intervención</translation>
    </message>
    <message>
        <source>Timer thresholds…</source>
        <translation>Umbrales del cronómetro…</translation>
    </message>
    <message>
        <source>When the countdown turns to warning and final, for this meeting</source>
        <translation>Cuándo pasa la cuenta atrás a aviso y a final, para esta reunión</translation>
    </message>
    <message>
        <source>Chime at the thresholds</source>
        <translation>Campana en los umbrales</translation>
    </message>
    <message>
        <source>Sound a chime when the time reaches the warning, final and time-up thresholds (off by default)</source>
        <translation>Hacer sonar una campana cuando el tiempo llegue a los umbrales de aviso, final y tiempo agotado (desactivado por defecto)</translation>
    </message>
    <message>
        <source>Report of this session…</source>
        <translation>Informe de esta sesión…</translation>
    </message>
    <message>
        <source>Who spoke, for how long, and the balance between groups; export as PDF, CSV, XLSX</source>
        <translation>Quién habló, cuánto tiempo, y el equilibrio entre grupos; exportar como PDF, CSV, XLSX</translation>
    </message>
    <message>
        <source>Report of the meeting…</source>
        <translation>Informe de la reunión…</translation>
    </message>
    <message>
        <source>The same report over every session of the meeting</source>
        <translation>El mismo informe sobre todas las sesiones de la reunión</translation>
    </message>
    <message>
        <source>Speaking balance</source>
        <translation>Equilibrio del tiempo de palabra</translation>
    </message>
    <message>
        <source>Show or hide the live share of speaking time so far by stakeholder group, gender, and in the room or remote (the report&apos;s numbers, as the turns run)</source>
        <translation>Mostrar u ocultar la proporción del tiempo de palabra hasta ahora por grupo de partes interesadas, género, y en la sala o a distancia (las cifras del informe, a medida que transcurren los turnos)</translation>
    </message>
    <message>
        <source>Speaker display</source>
        <translation>Pantalla para el orador</translation>
    </message>
    <message>
        <source>Show or hide the speaker display (podium screen or confidence monitor)</source>
        <translation>Mostrar u ocultar la pantalla para el orador (pantalla del podio o monitor de retorno)</translation>
    </message>
    <message>
        <source>Speaker display controls…</source>
        <translation>Controles de la pantalla para el orador…</translation>
    </message>
    <message>
        <source>Choose the display&apos;s screen, send messages, blackout</source>
        <translation>Elegir la pantalla, enviar mensajes, pantalla en negro</translation>
    </message>
    <message>
        <source>Blackout</source>
        <translation>Pantalla en negro</translation>
    </message>
    <message>
        <source>Black out the speaker display, or undo it</source>
        <translation>Poner en negro la pantalla para el orador, o deshacerlo</translation>
    </message>
    <message>
        <source>Show “Please conclude”</source>
        <translation>Mostrar «Sírvase concluir»</translation>
    </message>
    <message>
        <source>Show “Please conclude” on the speaker display</source>
        <translation>Mostrar «Sírvase concluir» en la pantalla para el orador</translation>
    </message>
    <message>
        <source>Show “Time is up”</source>
        <translation>Mostrar «Tiempo agotado»</translation>
    </message>
    <message>
        <source>Show “Time is up” on the display</source>
        <translation>Mostrar «Tiempo agotado» en la pantalla</translation>
    </message>
    <message>
        <source>Type a message…</source>
        <translation>Escribir un mensaje…</translation>
    </message>
    <message>
        <source>Type a message for the speaker display</source>
        <translation>Escribir un mensaje para la pantalla para el orador</translation>
    </message>
    <message>
        <source>Clear the message</source>
        <translation>Borrar el mensaje</translation>
    </message>
    <message>
        <source>Take the message off the display</source>
        <translation>Quitar el mensaje de la pantalla</translation>
    </message>
    <message>
        <source>Import an agenda…</source>
        <translation>Importar un programa…</translation>
    </message>
    <message>
        <source>Import a schedule (CSV, XLSX, pretalx/frab JSON or XML, iCalendar); files can also be dropped on the window</source>
        <translation>Importar un programa (CSV, XLSX, JSON o XML de pretalx/frab, iCalendar); también se pueden soltar archivos en la ventana</translation>
    </message>
    <message>
        <source>Agenda editor…</source>
        <translation>Editor del programa…</translation>
    </message>
    <message>
        <source>Edit meetings, sessions, agenda items, lists of speakers and the participants roster</source>
        <translation>Editar reuniones, sesiones, temas del programa, listas de oradores y la lista de participantes</translation>
    </message>
    <message>
        <source>Upload to backend…</source>
        <translation>Enviar al servidor…</translation>
    </message>
    <message>
        <source>Staff: send this session&apos;s meeting to a backend meeting (the backend&apos;s preview first; needs a staff token)</source>
        <translation>Personal: enviar la reunión de esta sesión a una reunión del servidor (primero la vista previa del servidor; requiere un token del personal)</translation>
    </message>
    <message>
        <source>Ready for today?…</source>
        <translation>¿Listo para hoy?…</translation>
    </message>
    <message>
        <source>Check that this laptop is ready for today and make sessions available offline</source>
        <translation>Comprobar que este equipo está listo para hoy y tener sesiones disponibles sin conexión</translation>
    </message>
    <message>
        <source>Control surfaces…</source>
        <translation>Superficies de control…</translation>
    </message>
    <message>
        <source>Let a Stream Deck (Bitfocus Companion) or a script drive this console over HTTP, WebSocket or OSC; off by default</source>
        <translation>Permitir que un Stream Deck (Bitfocus Companion) o un script controle esta consola por HTTP, WebSocket u OSC; desactivado por defecto</translation>
    </message>
    <message>
        <source>Open session…</source>
        <translation>Abrir una sesión…</translation>
    </message>
    <message>
        <source>Switch to another session of this database: by day, type to filter, Enter opens</source>
        <translation>Cambiar a otra sesión de esta base de datos: por día, escriba para filtrar, Intro abre</translation>
    </message>
    <message>
        <source>New meeting…</source>
        <translation>Nueva reunión…</translation>
    </message>
    <message>
        <source>Create a meeting (title, venue, time zone), then its first session</source>
        <translation>Crear una reunión (título, lugar, zona horaria) y después su primera sesión</translation>
    </message>
    <message>
        <source>New session…</source>
        <translation>Nueva sesión…</translation>
    </message>
    <message>
        <source>Create a session in a meeting (date, times, room), open it and fill its agenda</source>
        <translation>Crear una sesión en una reunión (fecha, horas, sala), abrirla y completar su programa</translation>
    </message>
    <message>
        <source>Connect to a backend…</source>
        <translation>Conectarse a un servidor…</translation>
    </message>
    <message>
        <source>Connect to a conference backend and follow a session</source>
        <translation>Conectarse al servidor de una conferencia y seguir una sesión</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Show or hide this list of every action (Ctrl+F searches it)</source>
        <translation>Mostrar u ocultar esta lista de todas las acciones (Ctrl+F busca en ella)</translation>
    </message>
    <message>
        <source>About Moderator</source>
        <translation>Acerca de Moderator</translation>
    </message>
    <message>
        <source>The version of Moderator, Qt and PySide, and where the data file and the logs are</source>
        <translation>La versión de Moderator, Qt y PySide, y dónde están el archivo de datos y los registros</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Close the console (everything is already saved)</source>
        <translation>Cerrar la consola (todo está ya guardado)</translation>
    </message>
</context>
<context>
    <name>AddSpeakerDialog</name>
    <message>
        <source>Add a speaker</source>
        <extracomment>The speaker was added; carries the new entry id.</extracomment>
        <translation>Añadir un orador</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Orador</translation>
    </message>
    <message>
        <source>Name or organisation… or a walk-in: Name, Organisation</source>
        <translation>Nombre u organización… o alguien no inscrito: Nombre, Organización</translation>
    </message>
    <message>
        <source>Speech type</source>
        <translation>Tipo de intervención</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Tema del programa</translation>
    </message>
    <message>
        <source>Allotted time</source>
        <translation>Tiempo asignado</translation>
    </message>
    <message>
        <source>m:ss</source>
        <translation>m:ss</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Add as &amp;walk-in</source>
        <translation>Añadir como &amp;no inscrito</translation>
    </message>
    <message>
        <source>Add the typed name as a new participant, even if it matches the roster</source>
        <translation>Añadir el nombre escrito como nuevo participante, aunque coincida con la lista de participantes</translation>
    </message>
    <message>
        <source>Speaker:</source>
        <extracomment>Why the last &quot;Add&quot; was refused (a closed list, a limit), next to the buttons.</extracomment>
        <translation>Orador:</translation>
    </message>
    <message>
        <source>Speech type:</source>
        <translation>Tipo de intervención:</translation>
    </message>
    <message>
        <source>Agenda item:</source>
        <translation>Tema del programa:</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Tiempo:</translation>
    </message>
    <message>
        <source>New participant (walk-in): {who}. On the roster: {names} — type without the comma to pick them</source>
        <translation>Nuevo participante (no inscrito): {who}. En la lista de participantes: {names} — escriba sin la coma para elegirlos</translation>
    </message>
    <message>
        <source>Nobody on the roster matches. New participant (walk-in): {who}</source>
        <translation>Nadie en la lista de participantes coincide. Nuevo participante (no inscrito): {who}</translation>
    </message>
    <message>
        <source>{count} participants match: keep typing, or ↓ to pick one (or “Add as walk-in” for someone new)</source>
        <translation>{count} participantes coinciden: siga escribiendo, o ↓ para elegir uno (o «Añadir como no inscrito» para alguien nuevo)</translation>
    </message>
    <message>
        <source>Type m:ss (2:30) or minutes (3)</source>
        <translation>Escriba m:ss (2:30) o minutos (3)</translation>
    </message>
    <message>
        <source>Several participants match “{text}”: pick one, or type more.</source>
        <translation>Varios participantes coinciden con «{text}»: elija uno, o escriba más.</translation>
    </message>
    <message>
        <source>The speaker could not be added.</source>
        <translation>No se pudo añadir al orador.</translation>
    </message>
</context>
<context>
    <name>AgendaEditing</name>
    <message>
        <source>Edit session</source>
        <extracomment>A session&apos;s data changed (its fields, agenda, lists): views showing it re-read it. A meeting&apos;s roster changed (a participant added or edited, a language). A meeting has another session (a duplicate) or one fewer (its undo). An edit did not apply; carries the reason, for the person editing. An edit could not be saved; nothing changed. The open session changed under the editor (the chair&apos;s action, or another console&apos;s edit through the backend&apos;s feed): views showing it re-read it. The file changed wholesale (an import re-read the open session): views re-read all.</extracomment>
        <translation>Editar la sesión</translation>
    </message>
    <message>
        <source>Session details</source>
        <translation>Detalles de la sesión</translation>
    </message>
    <message>
        <source>Add agenda item</source>
        <translation>Añadir tema</translation>
    </message>
    <message>
        <source>Edit agenda item</source>
        <translation>Editar el tema</translation>
    </message>
    <message>
        <source>Move agenda item</source>
        <translation>Mover el tema</translation>
    </message>
    <message>
        <source>Remove agenda item</source>
        <translation>Quitar el tema</translation>
    </message>
    <message>
        <source>Add speaker</source>
        <translation>Añadir orador</translation>
    </message>
    <message>
        <source>Speech type</source>
        <translation>Tipo de intervención</translation>
    </message>
    <message>
        <source>Allotted time</source>
        <translation>Tiempo asignado</translation>
    </message>
    <message>
        <source>Remove speaker</source>
        <translation>Retirar al orador</translation>
    </message>
    <message>
        <source>Two speakers share a place; move another one first</source>
        <translation>Dos oradores ocupan el mismo lugar; mueva primero a otro</translation>
    </message>
    <message>
        <source>Move speaker</source>
        <translation>Mover al orador</translation>
    </message>
    <message>
        <source>This meeting has no session yet: add one first</source>
        <translation>Esta reunión aún no tiene sesión: añada una primero</translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation>Añadir participante</translation>
    </message>
    <message>
        <source>Edit participant</source>
        <translation>Editar participante</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>That session is no longer in this database</source>
        <extracomment>Events that change nothing the editor shows (it shows the session, its details, agenda items and lists, not the clock, the turns or the hands). Events that change a meeting&apos;s roster.</extracomment>
        <translation>Esa sesión ya no está en esta base de datos</translation>
    </message>
    <message>
        <source>Not saved, nothing changed: {error}</source>
        <translation>No guardado, nada ha cambiado: {error}</translation>
    </message>
</context>
<context>
    <name>AgendaEditor</name>
    <message>
        <source>Agenda editor</source>
        <translation>Editor del programa</translation>
    </message>
    <message>
        <source>Meetings, sessions and agenda items</source>
        <translation>Reuniones, sesiones y temas del programa</translation>
    </message>
    <message>
        <source>Add agenda item</source>
        <translation>Añadir tema</translation>
    </message>
    <message>
        <source>Add an agenda item to the session</source>
        <translation>Añadir un tema al programa de la sesión</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the chosen agenda item</source>
        <translation>Quitar el tema elegido</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move the chosen agenda item up</source>
        <translation>Subir el tema elegido</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Move the chosen agenda item down</source>
        <translation>Bajar el tema elegido</translation>
    </message>
    <message>
        <source>Choose a session to edit it, or one of its agenda items to edit its list of speakers. The Roster tab lists the meeting&apos;s participants.</source>
        <translation>Elija una sesión para editarla, o uno de sus temas para editar su lista de oradores. La pestaña Participantes enumera los participantes de la reunión.</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Details or roster</source>
        <translation>Detalles o participantes</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Detalles</translation>
    </message>
    <message>
        <source>R&amp;oster</source>
        <translation>&amp;Participantes</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Duplicate session</source>
        <translation>Duplicar la sesión</translation>
    </message>
    <message>
        <source>Move agenda item up</source>
        <translation>Subir el tema</translation>
    </message>
    <message>
        <source>Move agenda item down</source>
        <translation>Bajar el tema</translation>
    </message>
    <message>
        <source>Remove agenda item</source>
        <translation>Quitar el tema</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sesión</translation>
    </message>
    <message>
        <source>Choose a session first</source>
        <translation>Elija primero una sesión</translation>
    </message>
    <message>
        <source>New agenda item</source>
        <translation>Nuevo tema del programa</translation>
    </message>
    <message>
        <source>Choose a session to duplicate</source>
        <translation>Elija una sesión para duplicar</translation>
    </message>
    <message>
        <source>Copied, on this console only: Session → Upload to backend… sends its meeting to a backend.</source>
        <translation>Copiada, solo en esta consola: Sesión → Enviar al servidor… envía su reunión a un servidor.</translation>
    </message>
</context>
<context>
    <name>AgendaForms</name>
    <message>
        <source>local time</source>
        <translation>hora local</translation>
    </message>
    <message>
        <source>Problem with the form</source>
        <translation>Problema en el formulario</translation>
    </message>
</context>
<context>
    <name>AgendaTreeModel</name>
    <message>
        <source>Meetings, sessions and agenda items</source>
        <extracomment>``(kind, id)`` of a tree node: ``(&quot;meeting&quot; | &quot;session&quot; | &quot;item&quot;, id)``. The entry or participant id of a table row. What a dragged speaker carries: the entry id.</extracomment>
        <translation>Reuniones, sesiones y temas del programa</translation>
    </message>
</context>
<context>
    <name>BalancePanel</name>
    <message>
        <source>{label} {share} % ({duration}, {turns})</source>
        <extracomment>Okabe–Ito colours (as the report&apos;s chart): distinct for every kind of colour vision. Each with the text colour that reads on it. Speakers whose gender was not recorded: grey, not a colour of its own.</extracomment>
        <translation>{label} {share} % ({duration}, {turns})</translation>
    </message>
    <message>
        <source>Speaking balance so far</source>
        <translation>Equilibrio del tiempo de palabra hasta ahora</translation>
    </message>
    <message>
        <source>Groups</source>
        <extracomment>The balance on screen (``None`` until first shown). The finished turns&apos; sums, kept from one second to the next (from the first showing).</extracomment>
        <translation>Grupos</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Speaking balance so far: {time} in {turns}</source>
        <translation>Equilibrio del tiempo de palabra hasta ahora: {time} en {turns}</translation>
    </message>
    <message>
        <source>1 turn</source>
        <translation>1 turno</translation>
    </message>
    <message>
        <source>{n} turns</source>
        <translation>{n} turnos</translation>
    </message>
    <message>
        <source>Speaking balance: nobody has spoken yet</source>
        <translation>Equilibrio del tiempo de palabra: nadie ha hablado todavía</translation>
    </message>
    <message>
        <source>No time yet: {who}</source>
        <translation>Sin tiempo todavía: {who}</translation>
    </message>
    <message>
        <source>Nobody has spoken yet.</source>
        <translation>Nadie ha hablado todavía.</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to a backend</source>
        <extracomment>The least width the dialog takes: a form of two fields and a sentence of result. Beside the title text, the window manager&apos;s title bar holds an icon and three buttons. A line edit&apos;s frame and inner margins around its text. Room left between the dialog and the screen&apos;s edges. The chair chose to follow a session: (backend URL, token, session id).</extracomment>
        <translation>Conectarse a un servidor</translation>
    </message>
    <message>
        <source>Backend address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Token de acceso</translation>
    </message>
    <message>
        <source>Test connection</source>
        <extracomment>The chair edited the token (typed, pasted, cleared): the keyring never overwrites it.</extracomment>
        <translation>Probar la conexión</translation>
    </message>
    <message>
        <source>Session to follow</source>
        <translation>Sesión que seguir</translation>
    </message>
    <message>
        <source>Follow session</source>
        <translation>Seguir la sesión</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Looking for this computer&apos;s keyring…</source>
        <translation>Buscando el llavero de este equipo…</translation>
    </message>
    <message>
        <source>The token is kept in this computer&apos;s keyring.</source>
        <translation>El token se guarda en el llavero de este equipo.</translation>
    </message>
    <message>
        <source>This computer has no keyring: the token is kept for this run only and will be asked for again next time.</source>
        <translation>Este equipo no tiene llavero: el token se guarda solo para esta ejecución y se volverá a pedir la próxima vez.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>The backend refused: {message}</source>
        <translation>El servidor rechazó: {message}</translation>
    </message>
    <message>
        <source>Cannot reach {url}: {error}</source>
        <translation>No se puede acceder a {url}: {error}</translation>
    </message>
    <message>
        <source>Connected as {role} of “{meeting}”; server clock {offset:+d} ms.</source>
        <translation>Conectado como {role} de «{meeting}»; reloj del servidor {offset:+d} ms.</translation>
    </message>
    <message>
        <source>This token cannot chair a session.</source>
        <translation>Este token no permite presidir una sesión.</translation>
    </message>
    <message>
        <source>The address must start with https:// (or http:// on a LAN).</source>
        <translation>La dirección debe empezar por https:// (o http:// en una red local).</translation>
    </message>
    <message>
        <source>Paste the access token the organisers gave you.</source>
        <translation>Pegue el token de acceso que le dieron los organizadores.</translation>
    </message>
</context>
<context>
    <name>ControlDialog</name>
    <message>
        <source>Control surfaces</source>
        <translation>Superficies de control</translation>
    </message>
    <message>
        <source>Let a Stream Deck (through Bitfocus Companion) or a script press the console&apos;s keys and read who speaks and the countdown. The page to build in Companion is described in docs/companion.md.</source>
        <translation>Permitir que un Stream Deck (mediante Bitfocus Companion) o un script pulse las teclas de la consola y lea quién tiene la palabra y la cuenta atrás. La página que hay que crear en Companion se describe en docs/companion.md.</translation>
    </message>
    <message>
        <source>HTTP and WebSocket, on port</source>
        <translation>HTTP y WebSocket, en el puerto</translation>
    </message>
    <message>
        <source>OSC over UDP, on port</source>
        <translation>OSC sobre UDP, en el puerto</translation>
    </message>
    <message>
        <source>This computer only (127.0.0.1, no secret)</source>
        <translation>Solo este ordenador (127.0.0.1, sin secreto)</translation>
    </message>
    <message>
        <source>The network (every interface): surfaces must give the secret</source>
        <translation>La red (todas las interfaces): las superficies deben dar el secreto</translation>
    </message>
    <message>
        <source>Control secret</source>
        <translation>Secreto de control</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>New secret</source>
        <translation>Nuevo secreto</translation>
    </message>
    <message>
        <source>Make a new secret; the old one stops working when you apply</source>
        <translation>Crear un nuevo secreto; el anterior deja de funcionar al aplicar</translation>
    </message>
    <message>
        <source>Secret:</source>
        <translation>Secreto:</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
</context>
<context>
    <name>ControlSurfaces</name>
    <message>
        <source>HTTP control could not start: {error}</source>
        <extracomment>How long a problem (port in use) stays in the status bar&apos;s passing messages. The servers started, stopped or failed: ``status_lines()`` changed.</extracomment>
        <translation>El control HTTP no pudo iniciarse: {error}</translation>
    </message>
    <message>
        <source>OSC control could not start: {error}</source>
        <translation>El control OSC no pudo iniciarse: {error}</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>HTTP and WebSocket: {addresses} ({websocket})</source>
        <translation>HTTP y WebSocket: {addresses} ({websocket})</translation>
    </message>
    <message>
        <source>OSC: udp {where}, /moderator/&lt;action&gt;</source>
        <translation>OSC: udp {where}, /moderator/&lt;action&gt;</translation>
    </message>
    <message>
        <source>Off: no control surface can drive this console</source>
        <translation>Desactivado: ninguna superficie de control puede manejar esta consola</translation>
    </message>
    <message>
        <source>PORT PROBLEM</source>
        <translation>PROBLEMA DE PUERTO</translation>
    </message>
    <message>
        <source>Control (network, secret): {parts}</source>
        <translation>Control (red, secreto): {parts}</translation>
    </message>
    <message>
        <source>Control: {parts}</source>
        <translation>Control: {parts}</translation>
    </message>
</context>
<context>
    <name>CountdownWidget</name>
    <message>
        <source>Countdown</source>
        <extracomment>In overtime the cue inverts this long after each new second, until the next one.</extracomment>
        <translation>Cuenta atrás</translation>
    </message>
</context>
<context>
    <name>CurrentSpeakerPanel</name>
    <message>
        <source>Speaker</source>
        <translation>Orador</translation>
    </message>
    <message>
        <source>Function and organisation</source>
        <translation>Cargo y organización</translation>
    </message>
    <message>
        <source>Speech type and attendance</source>
        <translation>Tipo de intervención y asistencia</translation>
    </message>
    <message>
        <source>Next speaker</source>
        <translation>Siguiente orador</translation>
    </message>
    <message>
        <source>Nobody has the floor</source>
        <translation>Nadie tiene la palabra</translation>
    </message>
    <message>
        <source>Next: {name} resumes</source>
        <translation>Siguiente: {name} continúa</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>quedan {time}</translation>
    </message>
    <message>
        <source>{time} over</source>
        <translation>{time} de exceso</translation>
    </message>
    <message>
        <source>Next: {name} resumes — {organisation} ({time}, {where})</source>
        <translation>Siguiente: {name} continúa — {organisation} ({time}, {where})</translation>
    </message>
    <message>
        <source>Next: nobody is waiting</source>
        <translation>Siguiente: nadie espera</translation>
    </message>
    <message>
        <source>Next: {name} — {organisation} ({type}, {time}, {where})</source>
        <translation>Siguiente: {name} — {organisation} ({type}, {time}, {where})</translation>
    </message>
</context>
<context>
    <name>DisplayControls</name>
    <message>
        <source>Screen</source>
        <translation>Pantalla</translation>
    </message>
    <message>
        <source>{name} — {w}×{h} at ({x}, {y})</source>
        <translation>{name} — {w}×{h} en ({x}, {y})</translation>
    </message>
    <message>
        <source> (main)</source>
        <translation> (principal)</translation>
    </message>
    <message>
        <source>Screen for the speaker display</source>
        <translation>Pantalla para el orador</translation>
    </message>
    <message>
        <source>Show the speaker display</source>
        <translation>Mostrar la pantalla para el orador</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Pantalla completa</translation>
    </message>
    <message>
        <source>Hide overtime on the speaker display</source>
        <translation>Ocultar el tiempo excedido en la pantalla para el orador</translation>
    </message>
    <message>
        <source>The speaker sees 0:00 and TIME UP instead of +m:ss; the console still counts</source>
        <translation>El orador ve 0:00 y TIEMPO AGOTADO en lugar de +m:ss; la consola sigue contando</translation>
    </message>
    <message>
        <source>Blackout</source>
        <translation>Pantalla en negro</translation>
    </message>
    <message>
        <source>Turn the speaker display black; press again to restore</source>
        <translation>Poner en negro la pantalla para el orador; pulse de nuevo para restaurarla</translation>
    </message>
    <message>
        <source>Messages to the speaker</source>
        <translation>Mensajes al orador</translation>
    </message>
    <message>
        <source>Message to type</source>
        <translation>Mensaje que escribir</translation>
    </message>
    <message>
        <source>Type a message and press Enter</source>
        <translation>Escriba un mensaje y pulse Intro</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Send the message</source>
        <translation>Enviar el mensaje</translation>
    </message>
    <message>
        <source>Clear message</source>
        <translation>Borrar el mensaje</translation>
    </message>
    <message>
        <source>Clear the message</source>
        <translation>Borrar el mensaje</translation>
    </message>
    <message>
        <source>Speaker display status</source>
        <translation>Estado de la pantalla para el orador</translation>
    </message>
    <message>
        <source>Screen:</source>
        <translation>Pantalla:</translation>
    </message>
    <message>
        <source>Messages (Enter or double-click sends):</source>
        <translation>Mensajes (Intro o doble clic envía):</translation>
    </message>
    <message>
        <source>Hide the display</source>
        <translation>Ocultar la pantalla</translation>
    </message>
    <message>
        <source>Show the display</source>
        <translation>Mostrar la pantalla</translation>
    </message>
    <message>
        <source>On the display: “{text}”</source>
        <translation>En pantalla: «{text}»</translation>
    </message>
    <message>
        <source>No message on the display.</source>
        <translation>Ningún mensaje en pantalla.</translation>
    </message>
</context>
<context>
    <name>DisplayControlsDialog</name>
    <message>
        <source>Speaker display</source>
        <translation>Pantalla para el orador</translation>
    </message>
</context>
<context>
    <name>DisplayIndicator</name>
    <message>
        <source>message “{text}”</source>
        <extracomment>A typed message longer than this is cut in the status bar (in full in the tooltip).</extracomment>
        <translation>mensaje «{text}»</translation>
    </message>
    <message>
        <source>blackout</source>
        <translation>pantalla en negro</translation>
    </message>
    <message>
        <source>Display: off ({pending} when shown)</source>
        <translation>Pantalla: apagada ({pending} al mostrarla)</translation>
    </message>
    <message>
        <source>Display: off</source>
        <translation>Pantalla: apagada</translation>
    </message>
    <message>
        <source>main screen</source>
        <translation>pantalla principal</translation>
    </message>
    <message>
        <source>Display: BLACKOUT ({screen})</source>
        <translation>Pantalla: EN NEGRO ({screen})</translation>
    </message>
    <message>
        <source>Display: {message} ({screen})</source>
        <translation>Pantalla: {message} ({screen})</translation>
    </message>
    <message>
        <source>Display: on (screen {screen})</source>
        <translation>Pantalla: encendida (pantalla {screen})</translation>
    </message>
    <message>
        <source>Display: on (window on {screen})</source>
        <translation>Pantalla: encendida (ventana en {screen})</translation>
    </message>
    <message>
        <source>Click for the speaker display&apos;s controls.</source>
        <translation>Haga clic para los controles de la pantalla para el orador.</translation>
    </message>
</context>
<context>
    <name>DisplayMessage</name>
    <message>
        <source>Please conclude</source>
        <extracomment>Typed messages longer than this are cut: the banner must stay readable from the room.</extracomment>
        <translation>Sírvase concluir</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>Tiempo agotado</translation>
    </message>
</context>
<context>
    <name>DisplayPreview</name>
    <message>
        <source>Preview of the speaker display</source>
        <translation>Vista previa de la pantalla para el orador</translation>
    </message>
    <message>
        <source>BLACKOUT</source>
        <translation>EN NEGRO</translation>
    </message>
    <message>
        <source>NOT SHOWN</source>
        <translation>NO MOSTRADA</translation>
    </message>
</context>
<context>
    <name>FieldError</name>
    <message>
        <source>{field}: {message}</source>
        <translation>{field}: {message}</translation>
    </message>
    <message>
        <source>Date</source>
        <extracomment>The fields the forms name in their problems (passed to ``FieldError`` by name).</extracomment>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Empieza</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Termina</translation>
    </message>
    <message>
        <source>Title or function</source>
        <translation>Título o cargo</translation>
    </message>
    <message>
        <source>Organisation or delegation</source>
        <translation>Organización o delegación</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>type a date as YYYY-MM-DD (e.g. 2025-11-28)</source>
        <translation>escriba una fecha como AAAA-MM-DD (p. ej., 2025-11-28)</translation>
    </message>
    <message>
        <source>{text} is not a day of the calendar</source>
        <translation>{text} no es un día del calendario</translation>
    </message>
    <message>
        <source>type a time as HH:MM (e.g. 09:30)</source>
        <translation>escriba una hora como HH:MM (p. ej., 09:30)</translation>
    </message>
    <message>
        <source>{text} is not a time of day</source>
        <translation>{text} no es una hora del día</translation>
    </message>
    <message>
        <source>{time} does not exist on {day} in {zone} (the clocks go forward)</source>
        <translation>{time} no existe el {day} en {zone} (se adelantan los relojes)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>a session needs a title</source>
        <translation>una sesión necesita un título</translation>
    </message>
    <message>
        <source>at most {limit} characters ({typed} typed)</source>
        <translation>{limit} caracteres como máximo ({typed} escritos)</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <source>type a time as HH:MM, or YYYY-MM-DD HH:MM for another day</source>
        <translation>escriba una hora HH:MM, o AAAA-MM-DD HH:MM para otro día</translation>
    </message>
    <message>
        <source>the session must end after it starts</source>
        <translation>la sesión debe terminar después de empezar</translation>
    </message>
    <message>
        <source>a session cannot last more than a week</source>
        <translation>una sesión no puede durar más de una semana</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>at most {limit} characters</source>
        <translation>{limit} caracteres como máximo</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Línea temática</translation>
    </message>
    <message>
        <source>an agenda item needs a title</source>
        <translation>un tema del programa necesita un título</translation>
    </message>
    <message>
        <source>Planned duration</source>
        <translation>Duración prevista</translation>
    </message>
    <message>
        <source>type minutes (45) or m:ss (7:30), at most 24 hours</source>
        <translation>escriba minutos (45) o m:ss (7:30), 24 horas como máximo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>a participant needs a name</source>
        <translation>un participante necesita un nombre</translation>
    </message>
    <message>
        <source>a meeting needs a title</source>
        <translation>una reunión necesita un título</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>choose the meeting&apos;s time zone (e.g. Europe/Brussels)</source>
        <translation>elija la zona horaria de la reunión (p. ej., Europe/Brussels)</translation>
    </message>
    <message>
        <source>“{zone}” is not a time zone name (e.g. Europe/Brussels)</source>
        <translation>«{zone}» no es un nombre de zona horaria (p. ej., Europe/Brussels)</translation>
    </message>
</context>
<context>
    <name>FitPlanModel</name>
    <message>
        <source>Speaker</source>
        <translation>Orador</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Tema del programa</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <source>(minimum)</source>
        <translation>(mínimo)</translation>
    </message>
    <message>
        <source>Nobody is shortened below {floor}</source>
        <translation>Ningún tiempo baja de {floor}</translation>
    </message>
</context>
<context>
    <name>FitToEndDialog</name>
    <message>
        <source>Fit to the end</source>
        <extracomment>Applied: carries how many allotments changed.</extracomment>
        <translation>Ajustar al final</translation>
    </message>
    <message>
        <source>Projected end now</source>
        <translation>Fin previsto ahora</translation>
    </message>
    <message>
        <source>Projected end after fitting</source>
        <translation>Fin previsto tras el ajuste</translation>
    </message>
    <message>
        <source>Allotments now and after fitting</source>
        <translation>Tiempos asignados ahora y tras el ajuste</translation>
    </message>
    <message>
        <source>Every waiting speaker&apos;s time is shortened by the same proportion, never below 0:30. The speaker who has the floor keeps their time. One Ctrl+Z undoes it all.</source>
        <translation>El tiempo de cada orador en espera se reduce en la misma proporción, nunca por debajo de 0:30. El orador que tiene la palabra conserva su tiempo. Un solo Ctrl+Z lo deshace todo.</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Apply the shortened times</source>
        <translation>Aplicar los tiempos reducidos</translation>
    </message>
    <message>
        <source>This session has no scheduled end to fit to.</source>
        <translation>Esta sesión no tiene hora de fin programada a la que ajustarse.</translation>
    </message>
    <message>
        <source>Projected end {end}, scheduled end {scheduled}: on time.</source>
        <translation>Fin previsto {end}, fin programado {scheduled}: a tiempo.</translation>
    </message>
    <message>
        <source>Projected end now {end}, scheduled end {scheduled}: late by {late}.</source>
        <translation>Fin previsto ahora {end}, fin programado {scheduled}: retraso de {late}.</translation>
    </message>
    <message>
        <source>After fitting: ends {end}, on time ({count} speakers shortened).</source>
        <translation>Tras el ajuste: termina a las {end}, a tiempo ({count} oradores acortados).</translation>
    </message>
    <message>
        <source>After fitting: ends {end}, still late by {late}: everyone waiting is at the minimum of 0:30 ({count} speakers shortened).</source>
        <translation>Tras el ajuste: termina a las {end}, aún con retraso de {late}: todos los que esperan están en el mínimo de 0:30 ({count} oradores acortados).</translation>
    </message>
    <message>
        <source>Nothing to shorten: everyone waiting is already at the minimum of 0:30.</source>
        <translation>Nada que acortar: todos los que esperan ya están en el mínimo de 0:30.</translation>
    </message>
    <message>
        <source>The session is on time: nothing to shorten.</source>
        <translation>La sesión va a tiempo: nada que acortar.</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>Nada que cambiar.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>HandsModel</name>
    <message>
        <source>#</source>
        <extracomment>Where the source column says in words what its short label abbreviates.</extracomment>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>(unknown participant)</source>
        <extracomment>The open hands changed (one was raised, lowered or taken), once the rows are updated.</extracomment>
        <translation>(participante desconocido)</translation>
    </message>
    <message>
        <source>Raised in the room (recorded by the chair)</source>
        <translation>Levantada en la sala (anotada por la Presidencia)</translation>
    </message>
    <message>
        <source>Raised on the participant page</source>
        <translation>Levantada en la página del participante</translation>
    </message>
    <message>
        <source>Raised in {where}</source>
        <translation>Levantada en {where}</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Página</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
</context>
<context>
    <name>HandsPanel</name>
    <message>
        <source>Raised hands</source>
        <extracomment>A hand was raised that was not there before: carries a notice for the status bar. G, A or L found no hand to act on: carries the reason, for the status bar.</extracomment>
        <translation>Manos levantadas</translation>
    </message>
    <message>
        <source>No hand is raised.</source>
        <translation>No hay ninguna mano levantada.</translation>
    </message>
    <message>
        <source>Raised hands: {count}</source>
        <translation>Manos levantadas: {count}</translation>
    </message>
    <message>
        <source>No raised hands</source>
        <translation>Ninguna mano levantada</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Alguien</translation>
    </message>
    <message>
        <source>✋ {name} raised a hand</source>
        <translation>✋ {name} levantó la mano</translation>
    </message>
    <message>
        <source>✋ {name} raised a hand ({where})</source>
        <translation>✋ {name} levantó la mano ({where})</translation>
    </message>
</context>
<context>
    <name>HelpOverlay</name>
    <message>
        <source>Keyboard shortcuts</source>
        <extracomment>The keys that are never typed into the search field: they close the help or are the console&apos;s function keys (F1 closes, F5 shows the speaker display).
----------
(keys as shown, description) per action, in the collection&apos;s order.</extracomment>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Every shortcut works while this list is open · Ctrl+F searches · Enter or a double click runs the highlighted action · F1 or Esc closes</source>
        <translation>Todos los atajos funcionan con esta lista abierta · Ctrl+F busca · Intro o doble clic ejecuta la acción resaltada · F1 o Esc cierra</translation>
    </message>
    <message>
        <source>Search actions, keys, descriptions (Ctrl+F)</source>
        <translation>Buscar acciones, teclas, descripciones (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the actions</source>
        <translation>Buscar las acciones</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Qué hace</translation>
    </message>
    <message>
        <source>Every action and its keys</source>
        <translation>Todas las acciones y sus teclas</translation>
    </message>
    <message>
        <source>{n} actions</source>
        <translation>{n} acciones</translation>
    </message>
    <message>
        <source>{shown} of {n}</source>
        <translation>{shown} de {n}</translation>
    </message>
    <message>
        <source>No action matches “{q}”</source>
        <translation>Ninguna acción coincide con «{q}»</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>to create</source>
        <extracomment>Names listed under one kind and action in the preview tree before &quot;… and N more&quot;. Progress reports from the worker at most this often (seconds), so they never flood the loop.</extracomment>
        <translation>por crear</translation>
    </message>
    <message>
        <source>to update</source>
        <translation>por actualizar</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <source>kept as they are</source>
        <translation>se mantienen como están</translation>
    </message>
    <message>
        <source>to remove</source>
        <translation>por quitar</translation>
    </message>
    <message>
        <source>no longer in the file: kept</source>
        <translation>ya no están en el archivo: se mantienen</translation>
    </message>
    <message>
        <source>refused: cannot reach the backend</source>
        <translation>rechazados: no se puede acceder al servidor</translation>
    </message>
    <message>
        <source>Meetings</source>
        <extracomment>The heading of each kind of record.</extracomment>
        <translation>Reuniones</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation>Temas del programa</translation>
    </message>
    <message>
        <source>Speaker entries</source>
        <translation>Inscripciones de oradores</translation>
    </message>
    <message>
        <source>created</source>
        <extracomment>The same once the import is applied.</extracomment>
        <translation>creados</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>actualizados</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>quitados</translation>
    </message>
    <message>
        <source>Import {name}</source>
        <extracomment>Refused and kept records named in the plain-view notice before &quot;… and N more&quot;. Rows were written; carries the ``ImportPreview`` of what was done.</extracomment>
        <translation>Importar {name}</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <extracomment>Whether the preview shown (and so the import) removes what left the file.</extracomment>
        <translation>Leyendo el archivo…</translation>
    </message>
    <message>
        <source>Import status</source>
        <translation>Estado de la importación</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progreso de la importación</translation>
    </message>
    <message>
        <source>What the file holds</source>
        <translation>Qué contiene el archivo</translation>
    </message>
    <message>
        <source>What the import cannot do</source>
        <translation>Qué no puede hacer la importación</translation>
    </message>
    <message>
        <source>What the import will change</source>
        <translation>Qué cambiará la importación</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Remove what is no longer in the file</source>
        <translation>Quitar lo que ya no está en el archivo</translation>
    </message>
    <message>
        <source>Import error</source>
        <translation>Error de importación</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Comparing with the database…</source>
        <translation>Comparando con la base de datos…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>This file cannot be imported here: nothing is written.</source>
        <translation>Este archivo no se puede importar aquí: no se escribe nada.</translation>
    </message>
    <message>
        <source>The database holds everything in this file; {n} record(s) are no longer in it (tick the box below to remove them).</source>
        <translation>La base de datos contiene todo este archivo; {n} registro(s) ya no están en él (marque la casilla de abajo para quitarlos).</translation>
    </message>
    <message>
        <source>Ready to import.</source>
        <translation>Listo para importar.</translation>
    </message>
    <message>
        <source>The database already holds everything in this file.</source>
        <translation>La base de datos ya contiene todo este archivo.</translation>
    </message>
    <message>
        <source>Remove what is no longer in the file ({n} session(s) or agenda item(s), with their lists of speakers)</source>
        <translation>Quitar lo que ya no está en el archivo ({n} sesión(es) o tema(s) del programa, con sus listas de oradores)</translation>
    </message>
    <message>
        <source>Imported: {n} records written.</source>
        <translation>Importado: {n} registros escritos.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>No se importó nada.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation>Cancelado: no se importó nada.</translation>
    </message>
    <message>
        <source>Refused: the backend cannot take these changes from this console, so nothing will be imported:</source>
        <translation>Rechazado: el servidor no puede aceptar estos cambios desde esta consola, así que no se importará nada:</translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation>… y {n} más</translation>
    </message>
    <message>
        <source>Sent to the backend as {n} action(s), queued like the chair&apos;s own.</source>
        <translation>Enviado al servidor como {n} acción(es), en cola como las de la Presidencia.</translation>
    </message>
    <message>
        <source>This meeting is on a backend: the import is sent there as {n} action(s), queued like the chair&apos;s own (they wait in the queue while offline).</source>
        <translation>Esta reunión está en un servidor: la importación se envía allí como {n} acción(es), en cola como las de la Presidencia (esperan en la cola sin conexión).</translation>
    </message>
    <message>
        <source>How the file was read:</source>
        <translation>Cómo se leyó el archivo:</translation>
    </message>
    <message>
        <source>Kept as they are:</source>
        <translation>Se mantienen como están:</translation>
    </message>
    <message>
        <source>{meetings} meeting(s), {sessions} session(s) in {rooms} room(s), {participants} participant(s), {entries} speaker entries ({format}).</source>
        <translation>{meetings} reunión(es), {sessions} sesión(es) en {rooms} sala(s), {participants} participante(s), {entries} inscripciones de oradores ({format}).</translation>
    </message>
    <message>
        <source>Import an agenda</source>
        <extracomment>The file dialog&apos;s remembered folder for imports.</extracomment>
        <translation>Importar un programa</translation>
    </message>
</context>
<context>
    <name>ItemForm</name>
    <message>
        <source>Agenda item title</source>
        <translation>Título del tema</translation>
    </message>
    <message>
        <source>Planned duration</source>
        <translation>Duración prevista</translation>
    </message>
    <message>
        <source>minutes, or m:ss</source>
        <translation>minutos, o m:ss</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save the agenda item</source>
        <translation>Guardar el tema</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revertir</translation>
    </message>
    <message>
        <source>Revert the agenda item&apos;s fields</source>
        <translation>Revertir los campos del tema</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <source>&amp;Planned duration</source>
        <translation>Duración &amp;prevista</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>{number} of {count} (Alt+↑ / Alt+↓ in the tree to move it)</source>
        <translation>{number} de {count} (Alt+↑ / Alt+↓ en el árbol para moverlo)</translation>
    </message>
</context>
<context>
    <name>Label</name>
    <message>
        <source>session</source>
        <extracomment>A planned duration beyond a day is a typing mistake, not an agenda item. Scheduled times are instants since 1970 in milliseconds; nothing is planned before 2000.</extracomment>
        <translation>sesión</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Línea temática</translation>
    </message>
    <message>
        <source>Session type</source>
        <translation>Tipo de sesión</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>agenda item</source>
        <translation>tema del programa</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>participante</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Declaración</translation>
    </message>
    <message>
        <source>Question / comment</source>
        <translation>Pregunta / comentario</translation>
    </message>
    <message>
        <source>Point of order</source>
        <translation>Cuestión de orden</translation>
    </message>
    <message>
        <source>Right of reply</source>
        <translation>Derecho de respuesta</translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation>Intervención</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Speaking</source>
        <translation>En uso de la palabra</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitido</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Retirado</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrumpido</translation>
    </message>
    <message>
        <source>In the room</source>
        <translation>En la sala</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>A distancia</translation>
    </message>
    <message>
        <source>Member State</source>
        <translation>Estado Miembro</translation>
    </message>
    <message>
        <source>Parliament</source>
        <translation>Parlamento</translation>
    </message>
    <message>
        <source>Civil society</source>
        <translation>Sociedad civil</translation>
    </message>
    <message>
        <source>UN entity</source>
        <translation>Entidad de las Naciones Unidas</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Presencial</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>Híbrida</translation>
    </message>
    <message>
        <source>Virtual</source>
        <translation>Virtual</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <extracomment>A new meeting&apos;s timer thresholds: WARNING from 1:00 left, FINAL (&quot;wrap up now&quot;) from 0:30, as stage timers set their yellow and red by default. Stored with the meeting, so a meeting made before these defaults keeps the thresholds it was stored with; the chair changes them per meeting (Ctrl+Shift+T). The chair closed the list: no new statements or floor requests (points of order and rights of reply stay possible). How they came onto the list (``EntryOrigin``): the turn log and reports say how each speaker got the floor (a point of order shows as the speech type). Where the hand that put them on the list was raised (``HandSource``: the participant page, the room, BigBlueButton, Zoom, Jitsi); &quot;&quot; when no hand did, or not recorded.</extracomment>
        <translation>Programado</translation>
    </message>
    <message>
        <source>Floor request</source>
        <translation>Petición de palabra</translation>
    </message>
    <message>
        <source>Remote hand</source>
        <translation>Mano levantada a distancia</translation>
    </message>
    <message>
        <source>Interposed</source>
        <extracomment>How the report names a turn that interrupted another one.</extracomment>
        <translation>Intercalada</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <extracomment>The turn interrupted another one (an interposed intervention). Where the hand that put them on the list was raised (``None``: no hand, or not known). The three breakdowns of a balance: how a line is sorted into each. The genders as the lines record them (``None``: not recorded).</extracomment>
        <translation>Sin registrar</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <extracomment>How long the menu&apos;s confirmation stays in the status bar.</extracomment>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Seguir el sistema</translation>
    </message>
    <message>
        <source>Speaker &amp;display</source>
        <translation>&amp;Pantalla para el orador</translation>
    </message>
    <message>
        <source>Same as the console</source>
        <translation>Igual que la consola</translation>
    </message>
    <message>
        <source>Language saved: it applies when the console next starts.</source>
        <translation>Idioma guardado: se aplica la próxima vez que se inicie la consola.</translation>
    </message>
    <message>
        <source>The speaker display&apos;s language is changed.</source>
        <translation>Se ha cambiado el idioma de la pantalla para el orador.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Session</source>
        <extracomment>The speaker display&apos;s actions: the Display menu, and the shortcuts that also act from the display controls dialog (all with a modifier or an F key, so none is typing). Whether the live balance panel is shown (QSettings key). The size the console opens at when the screen has room for it (and no size was saved). The menu bar: every action reachable by mouse too (the shortcuts are shown beside them).</extracomment>
        <translation>&amp;Sesión</translation>
    </message>
    <message>
        <source>S&amp;peakers</source>
        <translation>&amp;Oradores</translation>
    </message>
    <message>
        <source>&amp;Timer</source>
        <translation>&amp;Cronómetro</translation>
    </message>
    <message>
        <source>&amp;Hands</source>
        <translation>&amp;Manos</translation>
    </message>
    <message>
        <source>&amp;Display</source>
        <translation>&amp;Pantalla</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Moderator — {title}</source>
        <extracomment>Emitted once, when the window has painted for the first time (start-up measurements). A refusal the status bar shows (the service&apos;s, or the window&apos;s own: no speaker selected, nobody to set the time of…): the reason, in the chair&apos;s words. The speaker display, when it is built (on first use): whoever follows what the podium shows connects to its ``sig_changed``.</extracomment>
        <translation>Moderator — {title}</translation>
    </message>
    <message>
        <source>Current agenda item</source>
        <translation>Tema del programa en curso</translation>
    </message>
    <message>
        <source>List of speakers</source>
        <translation>Lista de oradores</translation>
    </message>
    <message>
        <source>No agenda</source>
        <translation>Sin programa</translation>
    </message>
    <message>
        <source>Item {n}: {title}</source>
        <translation>Tema {n}: {title}</translation>
    </message>
    <message>
        <source>  ■ LIST CLOSED</source>
        <translation>  ■ LISTA CERRADA</translation>
    </message>
    <message>
        <source>Select a speaker in the list first (click or ↑/↓)</source>
        <translation>Seleccione primero un orador en la lista (clic o ↑/↓)</translation>
    </message>
    <message>
        <source>Nobody has the floor: there is no time to set</source>
        <extracomment>The console&apos;s own settings and notes (the file is reached on first use).</extracomment>
        <translation>Nadie tiene la palabra: no hay tiempo que fijar</translation>
    </message>
    <message>
        <source>Undone: {action} ({key} redoes it)</source>
        <translation>Deshecho: {action} ({key} lo rehace)</translation>
    </message>
    <message>
        <source>Redone: {action}</source>
        <translation>Rehecho: {action}</translation>
    </message>
    <message>
        <source>Undo: {step}</source>
        <translation>Deshacer: {step}</translation>
    </message>
    <message>
        <source>Redo: {step}</source>
        <translation>Rehacer: {step}</translation>
    </message>
</context>
<context>
    <name>MeetingSettingsDialog</name>
    <message>
        <source>End of the agenda item&apos;s list (before the replies)</source>
        <translation>Al final de la lista del tema (antes de las respuestas)</translation>
    </message>
    <message>
        <source>Top of the list, right after the current speaker</source>
        <translation>Al principio de la lista, justo después del orador actual</translation>
    </message>
    <message>
        <source>Own queue, taken at the end of the agenda item</source>
        <translation>Cola propia, tomada al final del tema</translation>
    </message>
    <message>
        <source>Interrupts the current speaker, who resumes afterwards</source>
        <translation>Interrumpe al orador actual, que continúa después</translation>
    </message>
    <message>
        <source>Speech types — {meeting}</source>
        <extracomment>Saved: carries the meeting&apos;s new ``SpeechRules``.</extracomment>
        <translation>Tipos de intervención — {meeting}</translation>
    </message>
    <message>
        <source>Speech type</source>
        <translation>Tipo de intervención</translation>
    </message>
    <message>
        <source>Default time</source>
        <translation>Tiempo por defecto</translation>
    </message>
    <message>
        <source>Where a new speaker goes</source>
        <translation>Dónde se sitúa un nuevo orador</translation>
    </message>
    <message>
        <source>default time</source>
        <translation>tiempo por defecto</translation>
    </message>
    <message>
        <source>{kind}: where a new speaker goes</source>
        <translation>{kind}: dónde se sitúa un nuevo orador</translation>
    </message>
    <message>
        <source>{kind}: limit per delegation</source>
        <translation>{kind}: límite por delegación</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sin límite</translation>
    </message>
    <message>
        <source>later replies</source>
        <translation>respuestas siguientes</translation>
    </message>
    <message>
        <source>as the first</source>
        <translation>como la primera</translation>
    </message>
    <message>
        <source>limit per delegation</source>
        <translation>límite por delegación</translation>
    </message>
    <message>
        <source>replies per delegation on one agenda item</source>
        <translation>respuestas por delegación en un mismo tema</translation>
    </message>
    <message>
        <source>time of the second and later replies (empty: as the first)</source>
        <translation>tiempo de la segunda respuesta y siguientes (vacío: como la primera)</translation>
    </message>
    <message>
        <source>Q&amp;A reserve per imported talk</source>
        <translation>Reserva para preguntas y respuestas por ponencia importada</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>Q&amp;&amp;A reserve per talk</source>
        <translation>Reserva para preguntas y &amp;&amp;respuestas por ponencia</translation>
    </message>
    <message>
        <source>kept free at the end of an imported talk; its speakers share the rest</source>
        <translation>se deja libre al final de una ponencia importada; sus oradores se reparten el resto</translation>
    </message>
    <message>
        <source>Problems with these settings</source>
        <translation>Problemas en esta configuración</translation>
    </message>
    <message>
        <source>Times as m:ss (2:30) or minutes (3). New settings apply to speakers added from now on; those already on the list keep their time. Kept on this computer.</source>
        <translation>Tiempos en m:ss (2:30) o minutos (3). La nueva configuración se aplica a los oradores añadidos a partir de ahora; los que ya están en la lista conservan su tiempo. Se guarda en este equipo.</translation>
    </message>
    <message>
        <source>{kind}: {field}</source>
        <translation>{kind}: {field}</translation>
    </message>
    <message>
        <source>{kind} — {field}: “{text}” is not a time (m:ss or minutes).</source>
        <translation>{kind} — {field}: «{text}» no es un tiempo (m:ss o minutos).</translation>
    </message>
    <message>
        <source>{kind} — {field}: at most 4 hours.</source>
        <translation>{kind} — {field}: 4 horas como máximo.</translation>
    </message>
    <message>
        <source>{kind} — {field}: must be at least 0:01.</source>
        <translation>{kind} — {field}: al menos 0:01.</translation>
    </message>
    <message>
        <source>Q&amp;A reserve: “{text}” is not a time (m:ss or minutes).</source>
        <translation>Reserva para preguntas y respuestas: «{text}» no es un tiempo (m:ss o minutos).</translation>
    </message>
    <message>
        <source>Q&amp;A reserve: at most 4 hours.</source>
        <translation>Reserva para preguntas y respuestas: 4 horas como máximo.</translation>
    </message>
    <message>
        <source>⚠ Not saved, nothing changed: {error}</source>
        <translation>⚠ No guardado, nada ha cambiado: {error}</translation>
    </message>
</context>
<context>
    <name>MessagesModel</name>
    <message>
        <source>Typed earlier: send it again</source>
        <translation>Escrito antes: enviarlo de nuevo</translation>
    </message>
    <message>
        <source>Preset message</source>
        <translation>Mensaje predefinido</translation>
    </message>
</context>
<context>
    <name>NewMeetingDialog</name>
    <message>
        <source>New meeting</source>
        <extracomment>The meeting was created (its id) and whether the chair goes on to its first session.</extracomment>
        <translation>Nueva reunión</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Then create its first session</source>
        <translation>Después crear su primera sesión</translation>
    </message>
</context>
<context>
    <name>NewSessionDialog</name>
    <message>
        <source>New session</source>
        <extracomment>The session was created: its id, open it now, then fill its agenda in the editor.</extracomment>
        <translation>Nueva sesión</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Empieza</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Termina</translation>
    </message>
    <message>
        <source>HH:MM, or YYYY-MM-DD HH:MM</source>
        <translation>HH:MM, o AAAA-MM-DD HH:MM</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <source>Times in</source>
        <translation>Horas en</translation>
    </message>
    <message>
        <source>The new session is on this console only until its meeting is uploaded (Session → Upload to backend…), as a duplicated one is.</source>
        <translation>La nueva sesión solo está en esta consola hasta que se envíe su reunión (Sesión → Enviar al servidor…), como ocurre con una duplicada.</translation>
    </message>
    <message>
        <source>Open it now</source>
        <translation>Abrirla ahora</translation>
    </message>
    <message>
        <source>and fill its agenda in the agenda editor</source>
        <translation>y completar su programa en el editor</translation>
    </message>
</context>
<context>
    <name>NotSyncingBanner</name>
    <message>
        <source>Not syncing</source>
        <extracomment>The chair asked to connect (the button, or a click on the banner).</extracomment>
        <translation>Sin sincronizar</translation>
    </message>
    <message>
        <source>⚠ Not syncing — Connect ({shortcut})</source>
        <extracomment>The refusal shown (``None`` unless the backend refused).</extracomment>
        <translation>⚠ Sin sincronizar — Conectar ({shortcut})</translation>
    </message>
    <message>
        <source>⚠ Not syncing — Connect</source>
        <translation>⚠ Sin sincronizar — Conectar</translation>
    </message>
    <message>
        <source>Connect…</source>
        <translation>Conectar…</translation>
    </message>
    <message>
        <source>Connect to the backend</source>
        <translation>Conectarse al servidor</translation>
    </message>
    <message>
        <source>Looking for the access token of {url} in this computer&apos;s keyring…</source>
        <translation>Buscando el token de acceso de {url} en el llavero de este equipo…</translation>
    </message>
    <message>
        <source>This session is followed on {url}, but no access token is available on this laptop (none in the keyring, no MODERATOR_TOKEN): remote hands do not arrive and your actions stay here until you connect.</source>
        <translation>Esta sesión se sigue en {url}, pero no hay ningún token de acceso en este equipo (ninguno en el llavero, ningún MODERATOR_TOKEN): las manos levantadas a distancia no llegan y sus acciones se quedan aquí hasta que se conecte.</translation>
    </message>
    <message>
        <source>This session is followed on a backend whose address this laptop does not know: remote hands do not arrive and your actions stay here until you connect.</source>
        <translation>Esta sesión se sigue en un servidor cuya dirección este equipo no conoce: las manos levantadas a distancia no llegan y sus acciones se quedan aquí hasta que se conecte.</translation>
    </message>
    <message>
        <source>The backend {url} refused: {reason}. Connect with a valid access token; your actions stay here meanwhile.</source>
        <translation>El servidor {url} rechazó: {reason}. Conéctese con un token de acceso válido; mientras tanto sus acciones se quedan aquí.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>sin motivo indicado</translation>
    </message>
    <message>
        <source>Nothing waiting</source>
        <translation>Nada en espera</translation>
    </message>
    <message>
        <source>1 action waiting</source>
        <translation>1 acción en espera</translation>
    </message>
    <message>
        <source>{n} actions waiting</source>
        <translation>{n} acciones en espera</translation>
    </message>
    <message>
        <source>The backend refused an earlier action, not yet read: {newest}.</source>
        <translation>El servidor rechazó una acción anterior, aún no leída: {newest}.</translation>
    </message>
    <message>
        <source>The backend refused {n} earlier actions, not yet read; the newest: {newest}.</source>
        <translation>El servidor rechazó {n} acciones anteriores, aún no leídas; la más reciente: {newest}.</translation>
    </message>
</context>
<context>
    <name>NotesEditor</name>
    <message>
        <source>Note — {title}</source>
        <extracomment>The panel shows this much of a note; the whole note is in the tooltip and the editor. Saved: (kind, entity id, text); an empty text means the note was deleted.</extracomment>
        <translation>Nota — {title}</translation>
    </message>
    <message>
        <source>Note on {title}</source>
        <translation>Nota sobre {title}</translation>
    </message>
    <message>
        <source>Only you see this note.</source>
        <translation>Solo usted ve esta nota.</translation>
    </message>
    <message>
        <source>Ctrl+Enter saves, Esc cancels. Notes stay on this computer: they are not sent to the backend or shown to anyone.</source>
        <translation>Ctrl+Intro guarda, Esc cancela. Las notas se quedan en este equipo: no se envían al servidor ni se muestran a nadie.</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>No guardado: {error}</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>Whose note</source>
        <translation>Nota sobre quién</translation>
    </message>
    <message>
        <source>Note on the speaker</source>
        <translation>Nota sobre el orador</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Edit the note on this speaker</source>
        <translation>Editar la nota sobre este orador</translation>
    </message>
    <message>
        <source>Which agenda item</source>
        <translation>Qué tema del programa</translation>
    </message>
    <message>
        <source>Note on the agenda item</source>
        <translation>Nota sobre el tema del programa</translation>
    </message>
    <message>
        <source>Edit the note on this agenda item</source>
        <translation>Editar la nota sobre este tema</translation>
    </message>
    <message>
        <source>No note.</source>
        <translation>Sin nota.</translation>
    </message>
    <message>
        <source>Speaker: {name}</source>
        <translation>Orador: {name}</translation>
    </message>
    <message>
        <source>Next speaker: {name}</source>
        <translation>Siguiente orador: {name}</translation>
    </message>
    <message>
        <source>speaker</source>
        <translation>orador</translation>
    </message>
    <message>
        <source>Speaker: nobody has the floor</source>
        <translation>Orador: nadie tiene la palabra</translation>
    </message>
    <message>
        <source>Agenda item: {title}</source>
        <translation>Tema del programa: {title}</translation>
    </message>
    <message>
        <source>No agenda item</source>
        <translation>Ningún tema del programa</translation>
    </message>
</context>
<context>
    <name>OfflineDownloadDialog</name>
    <message>
        <source>Make sessions available offline</source>
        <extracomment>The download ended (every chosen session downloaded, refused or failed).</extracomment>
        <translation>Tener sesiones disponibles sin conexión</translation>
    </message>
    <message>
        <source>Backend address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Token de acceso</translation>
    </message>
    <message>
        <source>List the sessions</source>
        <extracomment>The chair edited the token (typed, pasted, cleared): the keyring never overwrites it.</extracomment>
        <translation>Listar las sesiones</translation>
    </message>
    <message>
        <source>Sessions to make available offline</source>
        <translation>Sesiones que tener disponibles sin conexión</translation>
    </message>
    <message>
        <source>%v of %m sessions</source>
        <translation>%v de %m sesiones</translation>
    </message>
    <message>
        <source>What happened to each session</source>
        <translation>Qué pasó con cada sesión</translation>
    </message>
    <message>
        <source>Download the ticked sessions</source>
        <translation>Descargar las sesiones marcadas</translation>
    </message>
    <message>
        <source>Asking the backend for its sessions…</source>
        <translation>Pidiendo sus sesiones al servidor…</translation>
    </message>
    <message>
        <source>The backend refused: {message}</source>
        <translation>El servidor rechazó: {message}</translation>
    </message>
    <message>
        <source>Cannot reach {url}: {error}</source>
        <translation>No se puede acceder a {url}: {error}</translation>
    </message>
    <message>
        <source>The backend&apos;s answer could not be read ({error}).</source>
        <translation>No se pudo leer la respuesta del servidor ({error}).</translation>
    </message>
    <message>
        <source>“{meeting}”: 1 session, times in {zone}; today&apos;s are ticked.</source>
        <translation>«{meeting}»: 1 sesión, horas en {zone}; las de hoy están marcadas.</translation>
    </message>
    <message>
        <source>“{meeting}”: {count} sessions, times in {zone}; today&apos;s are ticked.</source>
        <translation>«{meeting}»: {count} sesiones, horas en {zone}; las de hoy están marcadas.</translation>
    </message>
    <message>
        <source>open in the console</source>
        <translation>abierta en la consola</translation>
    </message>
    <message>
        <source>{n} changes waiting to be sent: kept</source>
        <translation>{n} cambios pendientes de envío: se mantienen</translation>
    </message>
    <message>
        <source>on this laptop: will be updated</source>
        <translation>en este equipo: se actualizará</translation>
    </message>
    <message>
        <source>not in this token&apos;s sessions</source>
        <translation>no está entre las sesiones de este token</translation>
    </message>
    <message>
        <source>Downloading {n} sessions…</source>
        <translation>Descargando {n} sesiones…</translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation>Descargada</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizada</translation>
    </message>
    <message>
        <source>Not downloaded</source>
        <translation>No descargada</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>{done} of {total} sessions done…</source>
        <translation>{done} de {total} sesiones listas…</translation>
    </message>
</context>
<context>
    <name>OpenSessionDialog</name>
    <message>
        <source>Today — {day}</source>
        <translation>Hoy — {day}</translation>
    </message>
    <message>
        <source>Tomorrow — {day}</source>
        <translation>Mañana — {day}</translation>
    </message>
    <message>
        <source>Yesterday — {day}</source>
        <translation>Ayer — {day}</translation>
    </message>
    <message>
        <source>followed on a backend</source>
        <translation>seguida en un servidor</translation>
    </message>
    <message>
        <source>local</source>
        <translation>local</translation>
    </message>
    <message>
        <source>open now</source>
        <translation>abierta ahora</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>Open session</source>
        <extracomment>The chair chose this session (its id); the console opens it.</extracomment>
        <translation>Abrir una sesión</translation>
    </message>
    <message>
        <source>Type to filter: title, meeting, room, day…</source>
        <translation>Escriba para filtrar: título, reunión, sala, día…</translation>
    </message>
    <message>
        <source>Filter the sessions</source>
        <translation>Filtrar las sesiones</translation>
    </message>
    <message>
        <source>Sessions by day</source>
        <translation>Sesiones por día</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Times in {zone}</source>
        <translation>Horas en {zone}</translation>
    </message>
    <message>
        <source>No session matches “{text}”</source>
        <translation>Ninguna sesión coincide con «{text}»</translation>
    </message>
    <message>
        <source>1 session · Enter opens it · Esc cancels</source>
        <translation>1 sesión · Intro la abre · Esc cancela</translation>
    </message>
    <message>
        <source>{n} sessions · Enter opens the selected one · Esc cancels</source>
        <translation>{n} sesiones · Intro abre la elegida · Esc cancela</translation>
    </message>
    <message>
        <source>Choose a session first (↑/↓)</source>
        <translation>Elija primero una sesión (↑/↓)</translation>
    </message>
    <message>
        <source>That session is the one open now</source>
        <translation>Esa sesión es la que está abierta</translation>
    </message>
</context>
<context>
    <name>Phase</name>
    <message>
        <source>NOBODY HAS THE FLOOR · PRESS N</source>
        <translation>NADIE TIENE LA PALABRA · PULSE N</translation>
    </message>
    <message>
        <source>READY · SPACE TO START</source>
        <translation>LISTO · ESPACIO PARA EMPEZAR</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation>EN PAUSA</translation>
    </message>
    <message>
        <source>PAUSED · {phase}</source>
        <translation>EN PAUSA · {phase}</translation>
    </message>
    <message>
        <source>RUNNING</source>
        <translation>EN CURSO</translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation>AVISO</translation>
    </message>
    <message>
        <source>FINAL</source>
        <translation>FINAL</translation>
    </message>
    <message>
        <source>TIME UP</source>
        <translation>TIEMPO AGOTADO</translation>
    </message>
    <message>
        <source>OVERTIME</source>
        <translation>TIEMPO EXCEDIDO</translation>
    </message>
    <message>
        <source>READY</source>
        <translation>LISTO</translation>
    </message>
</context>
<context>
    <name>ReadinessDialog</name>
    <message>
        <source>Ready for today?</source>
        <extracomment>Sessions were made available offline (their ids): the console may list them anew.</extracomment>
        <translation>¿Listo para hoy?</translation>
    </message>
    <message>
        <source>Checking…</source>
        <extracomment>The backend address and token the last check used (its keyring answer included).</extracomment>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>Readiness checks</source>
        <translation>Comprobaciones de preparación</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Make sessions available offline…</source>
        <translation>Tener sesiones disponibles sin conexión…</translation>
    </message>
    <message>
        <source>The check itself failed: {error}</source>
        <translation>La propia comprobación falló: {error}</translation>
    </message>
    <message>
        <source>this console&apos;s connection</source>
        <translation>la conexión de esta consola</translation>
    </message>
    <message>
        <source>the keyring</source>
        <translation>el llavero</translation>
    </message>
    <message>
        <source>this run</source>
        <translation>esta ejecución</translation>
    </message>
</context>
<context>
    <name>Refusal</name>
    <message>
        <source>The room is longer than {limit} characters</source>
        <translation>El nombre de la sala supera {limit} caracteres</translation>
    </message>
    <message>
        <source>The start is not a date this century</source>
        <translation>El inicio no es una fecha de este siglo</translation>
    </message>
    <message>
        <source>The session must end after it starts</source>
        <translation>La sesión debe terminar después de empezar</translation>
    </message>
    <message>
        <source>A session cannot last more than a week</source>
        <translation>Una sesión no puede durar más de una semana</translation>
    </message>
    <message>
        <source>That agenda item already exists</source>
        <translation>Ese tema del programa ya existe</translation>
    </message>
    <message>
        <source>“{title}” still has {speakers} on its list: take them off it first</source>
        <translation>«{title}» aún tiene {speakers} en su lista: retírelos primero</translation>
    </message>
    <message>
        <source>Someone has spoken under “{title}”: it stays on record</source>
        <translation>Alguien ha hablado en «{title}»: queda constancia</translation>
    </message>
    <message>
        <source>The {what} needs a title</source>
        <translation>Falta un título: {what}</translation>
    </message>
    <message>
        <source>The {what} title is longer than {limit} characters</source>
        <translation>Título demasiado largo ({what}): {limit} caracteres como máximo</translation>
    </message>
    <message>
        <source>That agenda item is not in this session</source>
        <translation>Ese tema del programa no está en esta sesión</translation>
    </message>
    <message>
        <source>The position must be between 1 and {count}</source>
        <translation>La posición debe estar entre 1 y {count}</translation>
    </message>
    <message>
        <source>The planned duration must be between 0:00 and 24 hours</source>
        <translation>La duración prevista debe estar entre 0:00 y 24 horas</translation>
    </message>
    <message>
        <source>Format: {value!r} is not one of {known} (or empty when not known)</source>
        <translation>Formato: {value!r} no es uno de {known} (o vacío si no se conoce)</translation>
    </message>
    <message>
        <source>command is for session {session}, not this one</source>
        <extracomment>Integers travel as JSON numbers: beyond 2**53 they are not exact in every client, and no time, duration or id of ours comes anywhere near it. A speaker&apos;s time (allotted, spoken, remaining) beyond a day is a typing mistake. Ids a command creates (agenda items, participants put back) fit the stores&apos; columns. A session&apos;s languages (&quot;en, fr, es&quot;) and a participant&apos;s language.</extracomment>
        <translation>el comando es para la sesión {session}, no para esta</translation>
    </message>
    <message>
        <source>The floor has moved on: this was for a turn that no longer has it</source>
        <translation>La palabra ya pasó: esto era para un turno que ya no la tiene</translation>
    </message>
    <message>
        <source>That speaker is not on this session&apos;s list</source>
        <extracomment>Every command class by its ``name``; the package&apos;s ``__init__`` imports every command module, so the catalogue is complete wherever ``moderator.domain.commands`` is imported.</extracomment>
        <translation>Ese orador no está en la lista de esta sesión</translation>
    </message>
    <message>
        <source>{label}: at most {longest} characters ({given} given)</source>
        <translation>{label}: {longest} caracteres como máximo ({given} escritos)</translation>
    </message>
    <message>
        <source>{label}: a character that cannot be stored (U+{code:04X})</source>
        <translation>{label}: un carácter que no se puede guardar (U+{code:04X})</translation>
    </message>
    <message>
        <source>A {what} id of 1 to {limit} characters is needed</source>
        <translation>Se necesita un identificador de 1 a {limit} caracteres ({what})</translation>
    </message>
    <message>
        <source>Unknown clock status {status!r}</source>
        <translation>Estado de cronómetro desconocido {status!r}</translation>
    </message>
    <message>
        <source>The time must be between 0:00 and 24 hours</source>
        <translation>El tiempo debe estar entre 0:00 y 24 horas</translation>
    </message>
    <message>
        <source>A running clock needs the moment it started</source>
        <translation>Un cronómetro en marcha necesita el momento en que empezó</translation>
    </message>
    <message>
        <source>Nobody has the floor: give the floor to a speaker first</source>
        <extracomment>The turn on the floor when the chair acted (see ``Command._check_turn``).</extracomment>
        <translation>Nadie tiene la palabra: dé primero la palabra a un orador</translation>
    </message>
    <message>
        <source>Nobody has the floor: there is no time to adjust</source>
        <extracomment>The turn on the floor when the chair acted (see ``Command._check_turn``). The turn on the floor when the chair acted (see ``Command._check_turn``).</extracomment>
        <translation>Nadie tiene la palabra: no hay tiempo que ajustar</translation>
    </message>
    <message>
        <source>Adjusting by zero changes nothing</source>
        <translation>Ajustar en cero no cambia nada</translation>
    </message>
    <message>
        <source>Nobody has the floor: there is no time to set</source>
        <extracomment>The turn on the floor when the chair acted (see ``Command._check_turn``).</extracomment>
        <translation>Nadie tiene la palabra: no hay tiempo que fijar</translation>
    </message>
    <message>
        <source>Nobody has the floor: there is no time to reset</source>
        <extracomment>The turn on the floor when the chair acted (see ``Command._check_turn``).</extracomment>
        <translation>Nadie tiene la palabra: no hay tiempo que reiniciar</translation>
    </message>
    <message>
        <source>The floor has moved on since: that time can no longer change</source>
        <translation>La palabra ya pasó: ese tiempo ya no puede cambiar</translation>
    </message>
    <message>
        <source>The warning must be between 0:00 and 60:00 before the end</source>
        <translation>El aviso debe estar entre 0:00 y 60:00 antes del final</translation>
    </message>
    <message>
        <source>{name} is not waiting ({state})</source>
        <translation>{name} no está en espera ({state})</translation>
    </message>
    <message>
        <source>This turn was already opened</source>
        <translation>Este turno ya se abrió</translation>
    </message>
    <message>
        <source>Nobody has the floor</source>
        <translation>Nadie tiene la palabra</translation>
    </message>
    <message>
        <source>Nobody has the floor: there is no one to interrupt</source>
        <translation>Nadie tiene la palabra: no hay nadie a quien interrumpir</translation>
    </message>
    <message>
        <source>An intervention is already under way</source>
        <translation>Ya hay una intervención en curso</translation>
    </message>
    <message>
        <source>The floor has moved on since: this can no longer be undone</source>
        <translation>La palabra ya pasó: esto ya no se puede deshacer</translation>
    </message>
    <message>
        <source>That speaker does not have the floor: nothing to undo</source>
        <translation>Ese orador no tiene la palabra: nada que deshacer</translation>
    </message>
    <message>
        <source>Nobody to give the floor back to: nothing to pause again</source>
        <translation>Nadie a quien devolver la palabra: nada que volver a pausar</translation>
    </message>
    <message>
        <source>Unknown entry state {cancel_entry_state!r}</source>
        <translation>Estado de inscripción desconocido {cancel_entry_state!r}</translation>
    </message>
    <message>
        <source>Cannot put an entry back to {state!r}</source>
        <translation>No se puede devolver una inscripción al estado {state!r}</translation>
    </message>
    <message>
        <source>{name} cannot have the floor back from here</source>
        <translation>{name} no puede recuperar la palabra desde aquí</translation>
    </message>
    <message>
        <source>Someone is already interrupted</source>
        <translation>Ya hay alguien interrumpido</translation>
    </message>
    <message>
        <source>{name} cannot be paused again from here</source>
        <translation>{name} no puede volver a pausarse desde aquí</translation>
    </message>
    <message>
        <source>That turn of {name} is not on record</source>
        <translation>Ese turno de {name} no consta</translation>
    </message>
    <message>
        <source>One speaker or turn is named twice</source>
        <translation>Un orador o un turno se nombra dos veces</translation>
    </message>
    <message>
        <source>That hand is not on record</source>
        <translation>Esa mano no consta</translation>
    </message>
    <message>
        <source>They have raised their hand again since</source>
        <translation>Ha vuelto a levantar la mano desde entonces</translation>
    </message>
    <message>
        <source>That person is not a participant of this meeting</source>
        <translation>Esa persona no es participante de esta reunión</translation>
    </message>
    <message>
        <source>{who} already has a hand raised</source>
        <translation>{who} ya tiene la mano levantada</translation>
    </message>
    <message>
        <source>A name of 1 to {limit} characters is needed</source>
        <translation>Se necesita un nombre de 1 a {limit} caracteres</translation>
    </message>
    <message>
        <source>The organisation is longer than {limit} characters</source>
        <translation>El nombre de la organización supera {limit} caracteres</translation>
    </message>
    <message>
        <source>Unknown attendance {attendance!r}</source>
        <translation>Asistencia desconocida {attendance!r}</translation>
    </message>
    <message>
        <source>That participant already exists</source>
        <translation>Ese participante ya existe</translation>
    </message>
    <message>
        <source>{name} is on a list of speakers</source>
        <translation>{name} está en una lista de oradores</translation>
    </message>
    <message>
        <source>{name} has raised a hand in this session</source>
        <translation>{name} ha levantado la mano en esta sesión</translation>
    </message>
    <message>
        <source>{name} has spoken in this session</source>
        <translation>{name} ha hablado en esta sesión</translation>
    </message>
    <message>
        <source>The {label} is longer than {limit} characters</source>
        <translation>Campo demasiado largo ({label}): {limit} caracteres como máximo</translation>
    </message>
    <message>
        <source>The gender is longer than {limit} characters</source>
        <translation>El género supera {limit} caracteres</translation>
    </message>
    <message>
        <source>Unknown stakeholder group {group!r}</source>
        <translation>Grupo de partes interesadas desconocido {group!r}</translation>
    </message>
    <message>
        <source>Unknown origin {origin!r}</source>
        <extracomment>Where the hand that brings them was raised (``HandSource``); &quot;&quot; for none.</extracomment>
        <translation>Origen desconocido {origin!r}</translation>
    </message>
    <message>
        <source>Unknown hand source {source!r}</source>
        <translation>Origen de mano desconocido {source!r}</translation>
    </message>
    <message>
        <source>This speaker entry already exists</source>
        <translation>Esta inscripción de orador ya existe</translation>
    </message>
    <message>
        <source>Unknown speech type {speech_type!r}</source>
        <translation>Tipo de intervención desconocido {speech_type!r}</translation>
    </message>
    <message>
        <source>The list of speakers of “{title}” is closed (points of order and rights of reply are still possible)</source>
        <translation>La lista de oradores de «{title}» está cerrada (las cuestiones de orden y los derechos de respuesta siguen siendo posibles)</translation>
    </message>
    <message>
        <source>The allotted time must be between 0 and 24 hours</source>
        <translation>El tiempo asignado debe estar entre 0 y 24 horas</translation>
    </message>
    <message>
        <source>Not a valid place in the list</source>
        <translation>No es un lugar válido en la lista</translation>
    </message>
    <message>
        <source>{name} has the floor: end their turn before removing them</source>
        <translation>{name} tiene la palabra: termine su turno antes de retirarlo</translation>
    </message>
    <message>
        <source>{name} has already spoken</source>
        <translation>{name} ya ha hablado</translation>
    </message>
    <message>
        <source>{name} has the floor</source>
        <translation>{name} tiene la palabra</translation>
    </message>
    <message>
        <source>{name} has already spoken: add them again</source>
        <translation>{name} ya ha hablado: inscríbalo de nuevo</translation>
    </message>
    <message>
        <source>{name} is no longer waiting to speak</source>
        <translation>{name} ya no espera para hablar</translation>
    </message>
    <message>
        <source>The allotted time must be between 0:00 and 24 hours</source>
        <translation>El tiempo asignado debe estar entre 0:00 y 24 horas</translation>
    </message>
    <message>
        <source>The list of speakers of “{title}” is closed</source>
        <translation>La lista de oradores de «{title}» está cerrada</translation>
    </message>
    <message>
        <source>This delegation has used its {limit} rights of reply on this agenda item</source>
        <extracomment>For rights of reply: how many each delegation may take per agenda item (0: no limit), and the time of the later ones (0: the same as the first). The meeting&apos;s Q&amp;A reserve in the stored JSON, beside the speech types. Kept free of speeches at the end of a scheduled talk for questions: an imported talk&apos;s speakers share its slot less this (a 40-minute slot with 10 reserved gives 30).</extracomment>
        <translation>Esta delegación ya ha ejercido sus {limit} derechos de respuesta en este tema del programa</translation>
    </message>
    <message>
        <source>{who} has used its {limit} rights of reply on this agenda item</source>
        <translation>{who} ya ha ejercido sus {limit} derechos de respuesta en este tema del programa</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Spoken: the time the speaker&apos;s clock ran, whatever was done to the countdown (a restart, a set time, ± time change what is left, never what was spoken).</source>
        <extracomment>The definitions behind the numbers, stated with every report (screen, PDF, CSV, XLSX).</extracomment>
        <translation>Hablado: el tiempo que corrió el cronómetro del orador, se haya hecho lo que se haya hecho con la cuenta atrás (un reinicio, un tiempo fijado, ± cambian lo que queda, nunca lo hablado).</translation>
    </message>
    <message>
        <source>Paused: the time the clock stood still while the speaker held the floor (time waiting for an interposed intervention is the intervention&apos;s, not a pause).</source>
        <translation>En pausa: el tiempo que el cronómetro estuvo parado mientras el orador tenía la palabra (la espera por una intervención intercalada es de esa intervención, no una pausa).</translation>
    </message>
    <message>
        <source>Allotted: the planned time, plus or minus the time added or removed (± and set time), plus the time a restart gave back (what had been spoken before it).</source>
        <translation>Asignado: el tiempo previsto, más o menos el tiempo añadido o quitado (± y tiempo fijado), más el tiempo que devolvió un reinicio (lo hablado antes).</translation>
    </message>
    <message>
        <source>Overrun of a speaker: spoken beyond the final allotment; of an agenda item: actual (first start to last end) beyond planned; of a session: actual end against scheduled end (− finished early), and while it runs, how far it is already past its scheduled end.</source>
        <translation>Exceso de un orador: lo hablado por encima de la asignación final; de un tema del programa: lo real (del primer inicio al último final) por encima de lo previsto; de una sesión: el final real frente al final programado (− terminó antes), y mientras está en curso, cuánto ha pasado ya de su final programado.</translation>
    </message>
    <message>
        <source>{table} (continued)</source>
        <extracomment>The order of the printed tables: the summary first, the long turn log last. A table is as wide as its columns&apos; weights at this many millimetres each, at most the page. Names, organisations and titles wrap onto at most this many lines in a cell; the last line of a longer text ends in &quot;…&quot; (the CSV and XLSX files have it whole). A word longer than this may be cut in a table cell rather than widen its column further.</extracomment>
        <translation>{table} (continuación)</translation>
    </message>
    <message>
        <source>Moderator · page {page} of {pages}</source>
        <translation>Moderator · página {page} de {pages}</translation>
    </message>
    <message>
        <source>Moderator · page {page}</source>
        <translation>Moderator · página {page}</translation>
    </message>
    <message>
        <source>Speaking time by stakeholder group</source>
        <extracomment>What an end (or a session&apos;s overrun, not yet known) says while it is still running. Relative width for paged output (PDF): text columns that carry names get more. A TIME shown on screen and in the PDF with its date when the report spans several days. Only the sessions table does: elsewhere the session&apos;s row tells the day, and the turn log has no room for dates. (CSV and XLSX always write the full date and time.) A short name for a tab or a spreadsheet sheet (at most 31 characters). Show dates with times (the report spans more than one local day).</extracomment>
        <translation>Tiempo de palabra por grupo de partes interesadas</translation>
    </message>
    <message>
        <source>By group</source>
        <translation>Por grupo</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Speaking time by gender</source>
        <translation>Tiempo de palabra por género</translation>
    </message>
    <message>
        <source>By gender</source>
        <translation>Por género</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <source>Speaking time in the room and remote</source>
        <translation>Tiempo de palabra en la sala y a distancia</translation>
    </message>
    <message>
        <source>Room and remote</source>
        <translation>Sala y distancia</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Meeting report</source>
        <translation>Informe de la reunión</translation>
    </message>
    <message>
        <source>Session report</source>
        <translation>Informe de la sesión</translation>
    </message>
    <message>
        <source>By stakeholder group</source>
        <translation>Por grupo de partes interesadas</translation>
    </message>
    <message>
        <source>In the room and remote</source>
        <translation>En la sala y a distancia</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Speaking time</source>
        <translation>Tiempo de palabra</translation>
    </message>
    <message>
        <source>Report as of</source>
        <translation>Informe a fecha de</translation>
    </message>
    <message>
        <source>Nobody has had the floor yet: there are no turns to report.</source>
        <translation>Nadie ha tenido la palabra todavía: no hay turnos que informar.</translation>
    </message>
    <message>
        <source>A turn is still running: it is counted with its time so far and marked Running.</source>
        <translation>Un turno sigue en curso: se cuenta con su tiempo hasta ahora y se marca En curso.</translation>
    </message>
    <message>
        <source>Scheduled start</source>
        <translation>Inicio programado</translation>
    </message>
    <message>
        <source>Scheduled end</source>
        <translation>Final programado</translation>
    </message>
    <message>
        <source>Actual start</source>
        <translation>Inicio real</translation>
    </message>
    <message>
        <source>Actual end</source>
        <translation>Final real</translation>
    </message>
    <message>
        <source>Turns</source>
        <translation>Turnos</translation>
    </message>
    <message>
        <source>Overrun</source>
        <translation>Exceso</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Sin empezar</translation>
    </message>
    <message>
        <source>Sessions: scheduled against actual</source>
        <translation>Sesiones: programado frente a real</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>No sessions.</source>
        <translation>No hay sesiones.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Final</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Tema del programa</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Orador</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Speech type</source>
        <translation>Tipo de intervención</translation>
    </message>
    <message>
        <source>How they got the floor</source>
        <translation>Cómo obtuvo la palabra</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Previsto</translation>
    </message>
    <message>
        <source>Allotted</source>
        <translation>Asignado</translation>
    </message>
    <message>
        <source>Spoken</source>
        <translation>Hablado</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Speakers: planned against actual, turn by turn</source>
        <translation>Oradores: previsto frente a real, turno por turno</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Oradores</translation>
    </message>
    <message>
        <source>No turns yet.</source>
        <translation>Aún no hay turnos.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Real</translation>
    </message>
    <message>
        <source>First start</source>
        <translation>Primer inicio</translation>
    </message>
    <message>
        <source>Last end</source>
        <translation>Último final</translation>
    </message>
    <message>
        <source>Agenda items: planned against actual (first start to last end)</source>
        <translation>Temas del programa: previsto frente a real (del primer inicio al último final)</translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation>Temas del programa</translation>
    </message>
    <message>
        <source>No agenda items.</source>
        <translation>No hay temas del programa.</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Proporción</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <extracomment>The keys of the totals whose label is the model&apos;s (marked for translation); any other key is a gender as recorded, shown as written.</extracomment>
        <translation>Sin registrar</translation>
    </message>
</context>
<context>
    <name>ReportWindow</name>
    <message>
        <source>Export the report</source>
        <translation>Exportar el informe</translation>
    </message>
    <message>
        <source>Report</source>
        <extracomment>The report is on screen (after opening or &quot;Refresh&quot;); carries the ``ReportDocument``. A file was written; carries its path. Reading or writing failed; carries the message shown in the window.</extracomment>
        <translation>Informe</translation>
    </message>
    <message>
        <source>Report header</source>
        <translation>Encabezado del informe</translation>
    </message>
    <message>
        <source>Report notes</source>
        <translation>Notas del informe</translation>
    </message>
    <message>
        <source>Report tables</source>
        <translation>Tablas del informe</translation>
    </message>
    <message>
        <source>Sessions</source>
        <extracomment>Views as tall as their rows (the small balance tables, on one scrolling page).</extracomment>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Oradores</translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation>Temas del programa</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Equilibrio</translation>
    </message>
    <message>
        <source>Report status</source>
        <translation>Estado del informe</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Compute the report again as of now</source>
        <translation>Volver a calcular el informe a este momento</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exportar &amp;PDF…</translation>
    </message>
    <message>
        <source>Export &amp;XLSX…</source>
        <translation>Exportar &amp;XLSX…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exportar &amp;CSV…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Report table</source>
        <translation>Tabla del informe</translation>
    </message>
    <message>
        <source>Reading the record…</source>
        <translation>Leyendo el registro…</translation>
    </message>
    <message>
        <source>{title}: {subject}</source>
        <translation>{title}: {subject}</translation>
    </message>
    <message>
        <source>Report as of {time}</source>
        <translation>Informe a las {time}</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>Escribiendo {name}…</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Guardado: {path}</translation>
    </message>
</context>
<context>
    <name>ReportWords</name>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n sesión</numerusform>
            <numerusform>%n sesiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n turn(s)</source>
        <translation>
            <numerusform>%n turno</numerusform>
            <numerusform>%n turnos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{duration} in %n turn(s)</source>
        <translation>
            <numerusform>{duration} en %n turno</numerusform>
            <numerusform>{duration} en %n turnos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{duration} · {share} % · %n turn(s)</source>
        <translation>
            <numerusform>{duration} · {share} % · %n turno</numerusform>
            <numerusform>{duration} · {share} % · %n turnos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoomRequestPicker</name>
    <message>
        <source>Floor request in the room</source>
        <translation>Petición de palabra en la sala</translation>
    </message>
    <message>
        <source>Find a name or organisation</source>
        <translation>Buscar un nombre o una organización</translation>
    </message>
    <message>
        <source>Type to find a name or organisation</source>
        <translation>Escriba para encontrar un nombre o una organización</translation>
    </message>
    <message>
        <source>Who raised their hand</source>
        <translation>Quién levantó la mano</translation>
    </message>
    <message>
        <source>Who raised their hand? Enter records it.</source>
        <translation>¿Quién levantó la mano? Intro lo registra.</translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Title or function</source>
        <translation>Título o cargo</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Stakeholder group</source>
        <translation>Grupo de partes interesadas</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <source>Attends</source>
        <translation>Asiste</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
</context>
<context>
    <name>RosterPanel</name>
    <message>
        <source>Participants of the meeting</source>
        <translation>Participantes de la reunión</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Title or function</source>
        <translation>Título o cargo</translation>
    </message>
    <message>
        <source>Organisation or delegation</source>
        <translation>Organización o delegación</translation>
    </message>
    <message>
        <source>Stakeholder group</source>
        <translation>Grupo de partes interesadas</translation>
    </message>
    <message>
        <source>Gender (optional)</source>
        <translation>Género (opcional)</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>In the room or remote</source>
        <translation>En la sala o a distancia</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>Clear the form for a new participant</source>
        <translation>Vaciar el formulario para un nuevo participante</translation>
    </message>
    <message>
        <source>Add as new</source>
        <translation>Añadir como nuevo</translation>
    </message>
    <message>
        <source>Add the form as a new participant</source>
        <translation>Añadir el formulario como nuevo participante</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Guardar los cambios</translation>
    </message>
    <message>
        <source>Save the changes to the chosen participant</source>
        <translation>Guardar los cambios del participante elegido</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>Title or &amp;function</source>
        <translation>Título o &amp;cargo</translation>
    </message>
    <message>
        <source>&amp;Organisation or delegation</source>
        <translation>&amp;Organización o delegación</translation>
    </message>
    <message>
        <source>Stakeholder &amp;group</source>
        <translation>&amp;Grupo de partes interesadas</translation>
    </message>
    <message>
        <source>G&amp;ender</source>
        <translation>G&amp;énero</translation>
    </message>
    <message>
        <source>&amp;Attends</source>
        <translation>&amp;Asiste</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Gender and language are optional personal data: the backend shares them with staff and chairs only, never with participants or displays.</source>
        <translation>El género y el idioma son datos personales opcionales: el servidor solo los comparte con el personal y la Presidencia, nunca con los participantes ni con las pantallas.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Roster&lt;/b&gt; of {meeting}</source>
        <translation>&lt;b&gt;Participantes&lt;/b&gt; de {meeting}</translation>
    </message>
</context>
<context>
    <name>SaveStatusLabel</name>
    <message>
        <source>Saved locally: {path}</source>
        <translation>Guardado localmente: {path}</translation>
    </message>
    <message>
        <source>NOT SAVED: “{action}” ({cause})</source>
        <translation>NO GUARDADO: «{action}» ({cause})</translation>
    </message>
    <message>
        <source>The last action, “{action}”, was not saved and is not on screen: {reason}
This stays until an action is saved again.</source>
        <translation>La última acción, «{action}», no se guardó y no está en pantalla: {reason}
Este aviso sigue hasta que se vuelva a guardar una acción.</translation>
    </message>
</context>
<context>
    <name>SessionForm</name>
    <message>
        <source>Session title</source>
        <extracomment>The user asked for a copy of the session.</extracomment>
        <translation>Título de la sesión</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Empieza</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Termina</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Sin indicar</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>en, fr, es</source>
        <translation>es, en, fr</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Línea temática</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save the session</source>
        <translation>Guardar la sesión</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revertir</translation>
    </message>
    <message>
        <source>Revert the session&apos;s fields</source>
        <translation>Revertir los campos de la sesión</translation>
    </message>
    <message>
        <source>Duplicate session</source>
        <translation>Duplicar la sesión</translation>
    </message>
    <message>
        <source>Duplicate the session</source>
        <translation>Duplicar la sesión</translation>
    </message>
    <message>
        <source>A copy with its agenda and speakers, on this console only</source>
        <translation>Una copia con su programa y sus oradores, solo en esta consola</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <source>&amp;Room</source>
        <translation>&amp;Sala</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>&amp;Starts</source>
        <translation>&amp;Empieza</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Formato</translation>
    </message>
    <message>
        <source>&amp;Languages</source>
        <translation>&amp;Idiomas</translation>
    </message>
    <message>
        <source>T&amp;rack</source>
        <translation>Línea &amp;temática</translation>
    </message>
    <message>
        <source>in {zone}</source>
        <translation>en {zone}</translation>
    </message>
    <message>
        <source>Followed on a backend: every field here is sent to it.</source>
        <translation>Seguida en un servidor: cada campo de aquí se le envía.</translation>
    </message>
    <message>
        <source>Not followed on a backend: saved on this console.</source>
        <translation>No seguida en un servidor: se guarda en esta consola.</translation>
    </message>
</context>
<context>
    <name>SessionHeader</name>
    <message>
        <source>DEMO DATA — fictional speakers</source>
        <translation>DATOS DE DEMOSTRACIÓN — oradores ficticios</translation>
    </message>
    <message>
        <source>Demo data</source>
        <extracomment>The widest lateness the header reserves room for, so &quot;On time&quot; turning into &quot;Ahead by 12 min&quot; does not move the titles (nor cut them at another place).</extracomment>
        <translation>Datos de demostración</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Scheduled end</source>
        <translation>Final programado</translation>
    </message>
    <message>
        <source>Projected end</source>
        <translation>Final previsto</translation>
    </message>
    <message>
        <source>Late or ahead</source>
        <translation>Retraso o adelanto</translation>
    </message>
    <message>
        <source>Scheduled end {time}</source>
        <translation>Final programado {time}</translation>
    </message>
    <message>
        <source>Projected end {time}</source>
        <translation>Final previsto {time}</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>A tiempo</translation>
    </message>
    <message numerus="yes">
        <source>Late by %n min</source>
        <translation>
            <numerusform>Retraso de %n min</numerusform>
            <numerusform>Retraso de %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ahead by %n min</source>
        <translation>
            <numerusform>Adelanto de %n min</numerusform>
            <numerusform>Adelanto de %n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionService</name>
    <message>
        <source>Pause</source>
        <extracomment>What went wrong, for the chair (which file, what to do). The driver&apos;s words (&quot;disk I/O error&quot;, &quot;database or disk is full&quot;), short enough for a status bar. Events were committed and applied to the state (a chair action, an agenda edit, the backend&apos;s changes); carries the list of events, never empty. A command did not apply to the current state; carries the reason, for the chair. A command could not be saved; nothing changed; carries a message for the chair. Whether the file is known to hold every action on screen: a ``SaveProblem`` after a write failed, ``None`` once a later write succeeded. Emitted only when it changes, so &quot;Saved locally&quot; never stays on screen after a write failed. The session was read again whole (an import rewrote its agenda): views refresh everything. Remote changes never cause it: they arrive as ``sig_state_changed``. The meeting&apos;s speech-type rules (the console&apos;s settings; defaults until loaded). The last write&apos;s failure, until a write succeeds again (``sig_save_status``).</extracomment>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Nobody has the floor — press N to give the floor to {name}.</source>
        <translation>Nadie tiene la palabra — pulse N para dar la palabra a {name}.</translation>
    </message>
    <message>
        <source>Nobody has the floor.</source>
        <translation>Nadie tiene la palabra.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Continuación</translation>
    </message>
    <message>
        <source>End turn</source>
        <translation>Fin del turno</translation>
    </message>
    <message>
        <source>The list of speakers is finished: nobody is waiting.</source>
        <translation>La lista de oradores está agotada: nadie espera.</translation>
    </message>
    <message>
        <source>Time {sign}{seconds} s</source>
        <translation>Tiempo {sign}{seconds} s</translation>
    </message>
    <message>
        <source>Set time</source>
        <translation>Fijar el tiempo</translation>
    </message>
    <message>
        <source>Reset time</source>
        <translation>Reiniciar el tiempo</translation>
    </message>
    <message>
        <source>Floor to {name}</source>
        <translation>Palabra a {name}</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>Retirar a {name}</translation>
    </message>
    <message>
        <source>Skip {name}</source>
        <translation>Omitir a {name}</translation>
    </message>
    <message>
        <source>Put back {name}</source>
        <translation>Devolver a {name}</translation>
    </message>
    <message>
        <source>Done: {name}</source>
        <translation>Terminado: {name}</translation>
    </message>
    <message>
        <source>That speaker is not on this session&apos;s list</source>
        <translation>Ese orador no está en la lista de esta sesión</translation>
    </message>
    <message>
        <source>Two speakers share a place; move another one first</source>
        <translation>Dos oradores ocupan el mismo lugar; mueva primero a otro</translation>
    </message>
    <message>
        <source>Move {name}</source>
        <translation>Mover a {name}</translation>
    </message>
    <message>
        <source>This session has no agenda item to add a speaker to.</source>
        <translation>Esta sesión no tiene ningún tema del programa al que añadir un orador.</translation>
    </message>
    <message>
        <source>That person is not a participant of this meeting</source>
        <translation>Esa persona no es participante de esta reunión</translation>
    </message>
    <message>
        <source>Nobody has the floor: there is no one to interrupt</source>
        <translation>Nadie tiene la palabra: no hay nadie a quien interrumpir</translation>
    </message>
    <message>
        <source>Add {type}</source>
        <translation>Añadir: {type}</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>No inscrito</translation>
    </message>
    <message>
        <source>Add to the list</source>
        <translation>Inscribir en la lista</translation>
    </message>
    <message>
        <source>Timer thresholds</source>
        <translation>Umbrales del cronómetro</translation>
    </message>
    <message>
        <source>This session has no agenda item</source>
        <translation>Esta sesión no tiene ningún tema del programa</translation>
    </message>
    <message>
        <source>Close the list of {title}</source>
        <translation>Cerrar la lista de {title}</translation>
    </message>
    <message>
        <source>Reopen the list of {title}</source>
        <translation>Reabrir la lista de {title}</translation>
    </message>
    <message>
        <source>Intervention by {name}</source>
        <translation>Intervención de {name}</translation>
    </message>
    <message>
        <source>An intervention is already under way</source>
        <translation>Ya hay una intervención en curso</translation>
    </message>
    <message>
        <source>{name} already has the floor: there is no one to interrupt</source>
        <translation>{name} ya tiene la palabra: no hay nadie a quien interrumpir</translation>
    </message>
    <message>
        <source>Floor request: {name}</source>
        <translation>Petición de palabra: {name}</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>participante</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Nada que deshacer</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation>Nada que rehacer</translation>
    </message>
    <message>
        <source>Floor to a raised hand</source>
        <translation>Palabra a una mano levantada</translation>
    </message>
    <message>
        <source>Raised hand to the list</source>
        <translation>Mano levantada a la lista</translation>
    </message>
    <message>
        <source>Lower hand</source>
        <translation>Bajar la mano</translation>
    </message>
    <message>
        <source>That hand is no longer raised.</source>
        <translation>Esa mano ya no está levantada.</translation>
    </message>
    <message>
        <source>Not saved, nothing changed: {action}. {message}</source>
        <translation>No guardado, nada ha cambiado: {action}. {message}</translation>
    </message>
</context>
<context>
    <name>SpeakerDisplay</name>
    <message>
        <source>NO SPEAKER</source>
        <translation>SIN ORADOR</translation>
    </message>
    <message>
        <source>READY</source>
        <translation>LISTO</translation>
    </message>
    <message>
        <source>Next: nobody is waiting</source>
        <translation>Siguiente: nadie espera</translation>
    </message>
    <message>
        <source>Next: {name}</source>
        <translation>Siguiente: {name}</translation>
    </message>
    <message>
        <source>Waiting for the next speaker</source>
        <translation>Esperando al siguiente orador</translation>
    </message>
    <message>
        <source>Moderator — speaker display</source>
        <extracomment>A sentence for the chair about where the display is (or why not where it was asked). Visibility, screen, options, message or blackout changed: controls refresh. What the display shows changed (carries the ``DisplayView``): the preview repaints.</extracomment>
        <translation>Moderator — pantalla para el orador</translation>
    </message>
    <message>
        <source>Speaker display</source>
        <translation>Pantalla para el orador</translation>
    </message>
    <message>
        <source>The screen “{wanted}” chosen for the speaker display is not connected: the display is a window on the main screen “{screen}”.</source>
        <translation>La pantalla «{wanted}» elegida para el orador no está conectada: la pantalla para el orador es una ventana en la pantalla principal «{screen}».</translation>
    </message>
    <message>
        <source>The speaker display is a window on “{screen}”: that screen also shows the console, which must stay visible.</source>
        <translation>La pantalla para el orador es una ventana en «{screen}»: esa pantalla también muestra la consola, que debe seguir visible.</translation>
    </message>
    <message>
        <source>Speaker display: full screen on “{screen}” ({w}×{h}).</source>
        <translation>Pantalla para el orador: pantalla completa en «{screen}» ({w}×{h}).</translation>
    </message>
    <message>
        <source>Speaker display: a window on “{screen}”.</source>
        <translation>Pantalla para el orador: una ventana en «{screen}».</translation>
    </message>
</context>
<context>
    <name>SpeakerListModel</name>
    <message>
        <source>Item</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Orador</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Previsto</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Speaking</source>
        <extracomment>Custom roles for views and tests that need the entity behind a row. Plain ints: the roles a view asks for arrive as ints, and a set of ints answers fastest. What a dragged speaker carries: the entry id. By entry id, what its row shows; dropped whenever the row is announced as changed.</extracomment>
        <translation>En uso de la palabra</translation>
    </message>
    <message>
        <source>Resumes next</source>
        <translation>Continúa después</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
</context>
<context>
    <name>SpeakersModel</name>
    <message>
        <source>#</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Speech type</source>
        <translation>Tipo de intervención</translation>
    </message>
    <message>
        <source>Allotted</source>
        <translation>Asignado</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Allotted: “{text}” is not a time (m:ss or minutes)</source>
        <extracomment>A value typed in the list could not be read, so it never reached the service: carries the reason, for the person editing.</extracomment>
        <translation>Asignado: «{text}» no es un tiempo (m:ss o minutos)</translation>
    </message>
</context>
<context>
    <name>SpeakersPanel</name>
    <message>
        <source>List of speakers of the agenda item</source>
        <extracomment>The participant Enter (or a click on a suggestion) picked in the name field: the next Enter adds them. A time typed for the speaker being added: a change of speech type keeps it (as in the chair&apos;s Add a speaker dialog); the next speaker starts from the defaults again.</extracomment>
        <translation>Lista de oradores del tema</translation>
    </message>
    <message>
        <source>Participant to add</source>
        <translation>Participante que añadir</translation>
    </message>
    <message>
        <source>Type a name or an organisation…</source>
        <translation>Escriba un nombre o una organización…</translation>
    </message>
    <message>
        <source>Speech type of the speaker to add</source>
        <translation>Tipo de intervención del orador que añadir</translation>
    </message>
    <message>
        <source>Allotted time</source>
        <translation>Tiempo asignado</translation>
    </message>
    <message>
        <source>m:ss</source>
        <translation>m:ss</translation>
    </message>
    <message>
        <source>Add speaker</source>
        <translation>Añadir orador</translation>
    </message>
    <message>
        <source>Add the speaker to the list</source>
        <translation>Añadir el orador a la lista</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Take the selected speaker off the list</source>
        <translation>Retirar de la lista al orador seleccionado</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move the selected speaker up</source>
        <translation>Subir al orador seleccionado</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Move the selected speaker down</source>
        <translation>Bajar al orador seleccionado</translation>
    </message>
    <message>
        <source>Drag a row, or Alt+↑ / Alt+↓, to reorder.</source>
        <translation>Arrastre una fila, o Alt+↑ / Alt+↓, para reordenar.</translation>
    </message>
    <message>
        <source>&lt;b&gt;List of speakers&lt;/b&gt;</source>
        <translation>&lt;b&gt;Lista de oradores&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Participant: type a name from the roster</source>
        <translation>Participante: escriba un nombre de la lista de participantes</translation>
    </message>
    <message>
        <source>Participant: {count} on the roster match “{text}”: pick one from the list</source>
        <translation>Participante: {count} personas de la lista coinciden con «{text}»: elija una de la lista</translation>
    </message>
    <message>
        <source>Participant: nobody on the roster is called “{text}” (add them on the Roster tab first)</source>
        <translation>Participante: nadie en la lista se llama «{text}» (añádalo antes en la pestaña Participantes)</translation>
    </message>
    <message>
        <source>Allotted: type m:ss (3:00) or minutes (3)</source>
        <translation>Asignado: escriba m:ss (3:00) o minutos (3)</translation>
    </message>
    <message>
        <source>Enter adds them as {kind}, {time}; or change the speech type and time first</source>
        <translation>Intro lo inscribe como {kind}, {time}; o cambie antes el tipo de intervención y el tiempo</translation>
    </message>
</context>
<context>
    <name>SpeakingTimeChart</name>
    <message>
        <source>Speaking time per group</source>
        <extracomment>The raw value of a cell (milliseconds, epoch milliseconds, counts, shares): what a column sorts by, not its text.</extracomment>
        <translation>Tiempo de palabra por grupo</translation>
    </message>
</context>
<context>
    <name>SpeechTypeDelegate</name>
    <message>
        <source>Speech type</source>
        <translation>Tipo de intervención</translation>
    </message>
</context>
<context>
    <name>SyncBadge</name>
    <message>
        <source>Sync status</source>
        <translation>Estado de la sincronización</translation>
    </message>
</context>
<context>
    <name>SyncDetailsDialog</name>
    <message>
        <source>Sync details</source>
        <extracomment>During a catch-up the status changes many times a second; the window follows at this pace.</extracomment>
        <translation>Detalles de la sincronización</translation>
    </message>
    <message>
        <source>Queued at</source>
        <translation>En cola desde</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Último error</translation>
    </message>
    <message>
        <source>Actions not yet sent to the backend</source>
        <translation>Acciones aún no enviadas al servidor</translation>
    </message>
    <message>
        <source>Refused at</source>
        <translation>Rechazada a las</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Actions the backend refused</source>
        <translation>Acciones rechazadas por el servidor</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Vista</translation>
    </message>
    <message>
        <source>The refusals stay listed; the badge stops counting them</source>
        <translation>Los rechazos siguen en la lista; el distintivo deja de contarlos</translation>
    </message>
    <message>
        <source>Changes arrive by long-polling: the live stream does not work on this network (the stream is tried again every few minutes).</source>
        <translation>Los cambios llegan por sondeo largo: la transmisión en directo no funciona en esta red (se vuelve a intentar cada pocos minutos).</translation>
    </message>
    <message>
        <source>Last error: {error}</source>
        <translation>Último error: {error}</translation>
    </message>
    <message>
        <source>Nothing was refused by the backend.</source>
        <translation>El servidor no ha rechazado nada.</translation>
    </message>
    <message>
        <source>Refused by the backend ({n} not seen yet):</source>
        <translation>Rechazado por el servidor ({n} aún sin ver):</translation>
    </message>
    <message>
        <source>Refused by the backend (seen):</source>
        <translation>Rechazado por el servidor (visto):</translation>
    </message>
    <message>
        <source>Nothing is waiting to be sent.</source>
        <translation>Nada espera para enviarse.</translation>
    </message>
    <message>
        <source>{n} actions waiting to be sent (the first {shown} shown):</source>
        <translation>{n} acciones pendientes de envío (se muestran las primeras {shown}):</translation>
    </message>
    <message>
        <source>{n} action(s) waiting to be sent:</source>
        <translation>{n} acción(es) pendiente(s) de envío:</translation>
    </message>
</context>
<context>
    <name>ThresholdsDialog</name>
    <message>
        <source>Timer thresholds</source>
        <translation>Umbrales del cronómetro</translation>
    </message>
    <message>
        <source>Warning when this much is left</source>
        <translation>Aviso cuando quede</translation>
    </message>
    <message>
        <source>Final phase when this much is left</source>
        <translation>Fase final cuando quede</translation>
    </message>
    <message>
        <source>Warning when this much is left:</source>
        <translation>Aviso cuando quede:</translation>
    </message>
    <message>
        <source>Final phase when this much is left (0:00: none):</source>
        <translation>Fase final cuando quede (0:00: ninguna):</translation>
    </message>
    <message>
        <source>For every session of “{m}”.</source>
        <translation>Para cada sesión de «{m}».</translation>
    </message>
    <message>
        <source>⚠ Warning: “{t}” is not a time (m:ss).</source>
        <translation>⚠ Aviso: «{t}» no es un tiempo (m:ss).</translation>
    </message>
    <message>
        <source>⚠ Final: “{t}” is not a time (m:ss).</source>
        <translation>⚠ Final: «{t}» no es un tiempo (m:ss).</translation>
    </message>
    <message>
        <source>⚠ Final: it must not be more than the warning.</source>
        <translation>⚠ Final: no debe ser mayor que el aviso.</translation>
    </message>
</context>
<context>
    <name>TimeInput</name>
    <message>
        <source>Remaining time (m:ss, or minutes):</source>
        <translation>Tiempo restante (m:ss, o minutos):</translation>
    </message>
    <message>
        <source>Set the time</source>
        <translation>Fijar el tiempo</translation>
    </message>
    <message>
        <source>“{text}” is not a time. Type m:ss (2:30) or minutes (3):</source>
        <translation>«{text}» no es un tiempo. Escriba m:ss (2:30) o minutos (3):</translation>
    </message>
</context>
<context>
    <name>UploadDialog</name>
    <message>
        <source>Upload to backend</source>
        <extracomment>The environment variable ``--backend`` and ``moderator check`` take the token from. A preview or an upload has its answer (or its refusal) on screen.</extracomment>
        <translation>Enviar al servidor</translation>
    </message>
    <message>
        <source>“{title}” from this console</source>
        <extracomment>(address, token, backend meeting) of the last good preview: what Upload sends to.</extracomment>
        <translation>«{title}» desde esta consola</translation>
    </message>
    <message>
        <source>Backend address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <source>Staff access token</source>
        <translation>Token de acceso del personal</translation>
    </message>
    <message>
        <source>Meeting id on the backend</source>
        <translation>Identificador de la reunión en el servidor</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Preview first: the backend says what it will change before anything is sent.</source>
        <translation>Primero la vista previa: el servidor indica qué cambiará antes de enviar nada.</translation>
    </message>
    <message>
        <source>What the upload changes</source>
        <translation>Qué cambia el envío</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Type the meeting id the backend knows this meeting by.</source>
        <translation>Escriba el identificador con el que el servidor conoce esta reunión.</translation>
    </message>
    <message>
        <source>Asking the backend what the upload would change…</source>
        <translation>Preguntando al servidor qué cambiaría el envío…</translation>
    </message>
    <message>
        <source>Uploading…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Uploaded to meeting “{meeting}”: {count} session(s) sent again to the consoles following them.</source>
        <translation>Enviado a la reunión «{meeting}»: {count} sesión(es) reenviada(s) a las consolas que las siguen.</translation>
    </message>
    <message>
        <source>The backend will make {count} change(s). Upload sends them.</source>
        <translation>El servidor hará {count} cambio(s). Enviar los aplica.</translation>
    </message>
    <message>
        <source>Nothing to upload: the backend already has this meeting as it is.</source>
        <translation>Nada que enviar: el servidor ya tiene esta reunión tal como está.</translation>
    </message>
    <message>
        <source>{count} thing(s) will not be changed; the reasons are listed below.</source>
        <translation>{count} elemento(s) no se cambiarán; los motivos figuran abajo.</translation>
    </message>
</context>
<context>
    <name>_Form</name>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
</context>
</TS>
