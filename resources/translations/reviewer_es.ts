<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>A newer version (%1) is available; ask IT.</source>
            <translation>Hay una versión más reciente (%1); pregunta a TI.</translation>
        </message>
        <message>
            <source>IT contact: not set by your IT department</source>
            <translation>Contacto de TI: tu departamento de TI no lo ha configurado</translation>
        </message>
        <message>
            <source>IT contact: %1</source>
            <translation>Contacto de TI: %1</translation>
        </message>
        <message>
            <source>About Live Review Desk</source>
            <translation>Acerca de Live Review Desk</translation>
        </message>
        <message>
            <source>Live Review Desk</source>
            <translation>Live Review Desk</translation>
        </message>
        <message>
            <source>Version %1</source>
            <translation>Versión %1</translation>
        </message>
        <message>
            <source>Case service: %1</source>
            <translation>Servicio de casos: %1</translation>
        </message>
        <message>
            <source>Case service: not signed in</source>
            <translation>Servicio de casos: sin sesión iniciada</translation>
        </message>
        <message>
            <source>Service version: %1</source>
            <translation>Versión del servicio: %1</translation>
        </message>
        <message>
            <source>Service version: not known</source>
            <translation>Versión del servicio: desconocida</translation>
        </message>
        <message>
            <source>IT gets it from: %1</source>
            <translation>TI la obtiene de: %1</translation>
        </message>
    </context>
    <context>
        <name>Accessibility</name>
        <message>
            <source>Asks the service for the admin log again</source>
            <translation>Vuelve a pedir el registro de administración al servicio</translation>
        </message>
        <message>
            <source>Terms the chat highlights, one per line</source>
            <translation>Términos que el chat resalta, uno por línea</translation>
        </message>
        <message>
            <source>What the draft changes from the published version</source>
            <translation>Lo que el borrador cambia respecto a la versión publicada</translation>
        </message>
        <message>
            <source>Starts a draft from the published taxonomy</source>
            <translation>Crea un borrador a partir de la taxonomía publicada</translation>
        </message>
        <message>
            <source>Saves the draft without publishing it</source>
            <translation>Guarda el borrador sin publicarlo</translation>
        </message>
        <message>
            <source>Shows what the draft changes</source>
            <translation>Muestra lo que cambia el borrador</translation>
        </message>
        <message>
            <source>Publishes the draft to every desk</source>
            <translation>Publica el borrador en todos los puestos</translation>
        </message>
        <message>
            <source>Asks the service for the users again</source>
            <translation>Vuelve a pedir los usuarios al servicio</translation>
        </message>
        <message>
            <source>The name a person signs in with</source>
            <translation>El nombre con el que la persona inicia sesión</translation>
        </message>
        <message>
            <source>The name others see</source>
            <translation>El nombre que ven los demás</translation>
        </message>
        <message>
            <source>The team whose lead sees this person's work</source>
            <translation>El equipo cuyo líder ve el trabajo de esta persona</translation>
        </message>
        <message>
            <source>The vendor site this person works for</source>
            <translation>La sede del proveedor para la que trabaja esta persona</translation>
        </message>
        <message>
            <source>A password the person must change at the first sign-in</source>
            <translation>Una contraseña que la persona debe cambiar en el primer inicio de sesión</translation>
        </message>
        <message>
            <source>Creates the user from the fields above</source>
            <translation>Crea el usuario con los campos de arriba</translation>
        </message>
        <message>
            <source>Saves the chosen user's changes</source>
            <translation>Guarda los cambios del usuario elegido</translation>
        </message>
        <message>
            <source>Disables or enables the chosen user's sign-in</source>
            <translation>Desactiva o activa el inicio de sesión del usuario elegido</translation>
        </message>
        <message>
            <source>Sets a temporary password for the chosen user</source>
            <translation>Establece una contraseña temporal para el usuario elegido</translation>
        </message>
        <message>
            <source>Opens the chosen session to answer its items</source>
            <translation>Abre la sesión elegida para responder sus elementos</translation>
        </message>
        <message>
            <source>Asks the service for this list again</source>
            <translation>Vuelve a pedir esta lista al servicio</translation>
        </message>
        <message>
            <source>How many golden cases with a known answer the session holds</source>
            <translation>Cuántos casos de referencia con respuesta conocida tiene la sesión</translation>
        </message>
        <message>
            <source>How many sampled live decisions the session holds</source>
            <translation>Cuántas decisiones en vivo muestreadas tiene la sesión</translation>
        </message>
        <message>
            <source>The policy area the chat action cites</source>
            <translation>El área de política que cita la acción del chat</translation>
        </message>
        <message>
            <source>Hides every message without a flagged term</source>
            <translation>Oculta todos los mensajes sin un término marcado</translation>
        </message>
        <message>
            <source>The stream chat, oldest first; Shift or Ctrl with arrows selects several</source>
            <translation>El chat de la transmisión, lo más antiguo primero; Shift o Ctrl con las flechas selecciona varios</translation>
        </message>
        <message>
            <source>The policy area the next decision cites; digits choose it</source>
            <translation>El área de política que cita la próxima decisión; los dígitos la eligen</translation>
        </message>
        <message>
            <source>Why the case goes to a lead when you escalate it</source>
            <translation>Por qué el caso va a un líder al escalarlo</translation>
        </message>
        <message>
            <source>Accepts and closes</source>
            <translation>Acepta y cierra</translation>
        </message>
        <message>
            <source>Saves and closes</source>
            <translation>Guarda y cierra</translation>
        </message>
        <message>
            <source>Closes without changing anything</source>
            <translation>Cierra sin cambiar nada</translation>
        </message>
        <message>
            <source>Closes this window</source>
            <translation>Cierra esta ventana</translation>
        </message>
        <message>
            <source>Answers yes</source>
            <translation>Responde que sí</translation>
        </message>
        <message>
            <source>Answers no</source>
            <translation>Responde que no</translation>
        </message>
        <message>
            <source>Applies the changes</source>
            <translation>Aplica los cambios</translation>
        </message>
        <message>
            <source>Why you skip this case; the lead sees it</source>
            <translation>Por qué omites este caso; el líder lo ve</translation>
        </message>
        <message>
            <source>Verifies the chosen moderator's audit chain against the service</source>
            <translation>Verifica la cadena de auditoría del moderador elegido con el servicio</translation>
        </message>
        <message>
            <source>What the chain check found, link by link</source>
            <translation>Lo que encontró la comprobación de la cadena, eslabón por eslabón</translation>
        </message>
        <message>
            <source>The guideline as moderators will read it</source>
            <translation>La directriz tal como la leerán los moderadores</translation>
        </message>
        <message>
            <source>Moderators must acknowledge it before their next case</source>
            <translation>Los moderadores deben confirmarla antes de su próximo caso</translation>
        </message>
        <message>
            <source>Publishes the guideline to the chosen moderators at once</source>
            <translation>Publica la directriz para los moderadores elegidos de inmediato</translation>
        </message>
        <message>
            <source>Asks the service for the guidelines again</source>
            <translation>Vuelve a pedir las directrices al servicio</translation>
        </message>
        <message>
            <source>Limits the history to the days chosen beside it</source>
            <translation>Limita el historial a los días elegidos al lado</translation>
        </message>
        <message>
            <source>A day as year-month-day; Alt+Down opens a calendar</source>
            <translation>Un día como año-mes-día; Alt+Down abre un calendario</translation>
        </message>
        <message>
            <source>Shows the decisions that match the filters</source>
            <translation>Muestra las decisiones que cumplen los filtros</translation>
        </message>
        <message>
            <source>Removes every filter</source>
            <translation>Quita todos los filtros</translation>
        </message>
        <message>
            <source>Finds the case id or streamer handle typed beside it</source>
            <translation>Busca el id de caso o el usuario del streamer escrito al lado</translation>
        </message>
        <message>
            <source>Decisions, newest first; Enter opens the case's decision chain</source>
            <translation>Decisiones, las más recientes primero; la tecla Intro abre la cadena de decisiones del caso</translation>
        </message>
        <message>
            <source>Puts every decision key back to the service's choice</source>
            <translation>Devuelve cada tecla de decisión a la elección del servicio</translation>
        </message>
        <message>
            <source>How this area's media shows at first</source>
            <translation>Cómo se muestra al principio el contenido de esta área</translation>
        </message>
        <message>
            <source>How media without a policy area shows at first</source>
            <translation>Cómo se muestra al principio el contenido sin área de política</translation>
        </message>
        <message>
            <source>Minutes of sensitive media before the desk suggests a break; 0 never</source>
            <translation>Minutos de contenido sensible antes de que el puesto sugiera un descanso; 0: nunca</translation>
        </message>
        <message>
            <source>Minutes without a key or a click before the desk locks</source>
            <translation>Minutos sin pulsar una tecla ni hacer clic antes de que el puesto se bloquee</translation>
        </message>
        <message>
            <source>Colours of every window; high contrast for low vision</source>
            <translation>Colores de todas las ventanas; alto contraste para baja visión</translation>
        </message>
        <message>
            <source>The language of the desk from the next sign-in</source>
            <translation>El idioma del puesto desde el próximo inicio de sesión</translation>
        </message>
        <message>
            <source>The queues you may review: depth and time to the deadline; Enter starts reviewing</source>
            <translation>Las colas que puedes revisar: profundidad y tiempo hasta el plazo; la tecla Intro empieza a revisar</translation>
        </message>
        <message>
            <source>Leases cases from the chosen queue and opens the first one</source>
            <translation>Reserva casos de la cola elegida y abre el primero</translation>
        </message>
        <message>
            <source>Asks the service for the queues again</source>
            <translation>Vuelve a pedir las colas al servicio</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Atajos de teclado</translation>
        </message>
        <message>
            <source>Every key of the desk, one per line</source>
            <translation>Todas las teclas del puesto, una por línea</translation>
        </message>
        <message>
            <source>Your password for the case service; never stored</source>
            <extracomment>the service's own minimum (contract.NewPassword), checked here so the person is told at once</extracomment>
            <translation>Tu contraseña del servicio de casos; nunca se guarda</translation>
        </message>
        <message>
            <source>The language of this window and of the desk</source>
            <translation>El idioma de esta ventana y del puesto</translation>
        </message>
        <message>
            <source>Signs in to the case service</source>
            <translation>Inicia sesión en el servicio de casos</translation>
        </message>
        <message>
            <source>Closes the desk without signing in</source>
            <translation>Cierra el puesto sin iniciar sesión</translation>
        </message>
        <message>
            <source>The version, the licences and where to get help</source>
            <translation>La versión, las licencias y dónde obtener ayuda</translation>
        </message>
        <message>
            <source>Opens the list of decisions the service refused or held</source>
            <translation>Abre la lista de decisiones que el servicio rechazó o retuvo</translation>
        </message>
        <message>
            <source>Signs out of the desk</source>
            <translation>Cierra la sesión del puesto</translation>
        </message>
        <message>
            <source>Pauses review for a break</source>
            <translation>Pone en pausa la revisión para un descanso</translation>
        </message>
        <message>
            <source>Hides this reminder and goes on reviewing</source>
            <translation>Oculta este recordatorio y sigue revisando</translation>
        </message>
        <message>
            <source>An admin reset your password: choose a new one</source>
            <translation>Un administrador restableció tu contraseña: elige una nueva</translation>
        </message>
        <message>
            <source>The new password once more, to catch typos</source>
            <translation>La nueva contraseña otra vez, para detectar erratas</translation>
        </message>
        <message>
            <source>Unlocks the desk with your password</source>
            <translation>Desbloquea el puesto con tu contraseña</translation>
        </message>
        <message>
            <source>Signs out of the desk instead of unlocking it</source>
            <translation>Cierra la sesión del puesto en lugar de desbloquearlo</translation>
        </message>
        <message>
            <source>Reads the golden items again from the service</source>
            <translation>Vuelve a leer los elementos de referencia del servicio</translation>
        </message>
        <message>
            <source>Its current decision becomes the reference answer</source>
            <translation>Su decisión actual pasa a ser la respuesta de referencia</translation>
        </message>
        <message>
            <source>Makes the typed case a golden item</source>
            <translation>Convierte el caso escrito en un elemento de referencia</translation>
        </message>
        <message>
            <source>Calibration sessions stop drawing the selected item</source>
            <translation>Las sesiones de calibración dejan de usar el elemento seleccionado</translation>
        </message>
        <message>
            <source>Reads the queues again from the service</source>
            <translation>Vuelve a leer las colas del servicio</translation>
        </message>
        <message>
            <source>The lower-case code of a new queue</source>
            <translation>El código en minúsculas de una cola nueva</translation>
        </message>
        <message>
            <source>The queue's name as moderators see it</source>
            <translation>El nombre de la cola tal como lo ven los moderadores</translation>
        </message>
        <message>
            <source>How long a case may wait in this queue</source>
            <translation>Cuánto puede esperar un caso en esta cola</translation>
        </message>
        <message>
            <source>Priority added while the stream is live</source>
            <translation>Prioridad añadida mientras la transmisión está en vivo</translation>
        </message>
        <message>
            <source>Priority added per audience tier</source>
            <translation>Prioridad añadida por nivel de audiencia</translation>
        </message>
        <message>
            <source>Priority added per recent report</source>
            <translation>Prioridad añadida por cada denuncia reciente</translation>
        </message>
        <message>
            <source>Priority added per severity step</source>
            <translation>Prioridad añadida por cada nivel de gravedad</translation>
        </message>
        <message>
            <source>How close a deadline must be to raise the priority</source>
            <translation>Lo cerca que debe estar el plazo para subir la prioridad</translation>
        </message>
        <message>
            <source>Check the teams that may pull; none checked for everyone</source>
            <translation>Marque los equipos que pueden extraer casos; ninguno marcado para todos</translation>
        </message>
        <message>
            <source>Check the vendors that may pull; none checked for everyone</source>
            <translation>Marque los proveedores que pueden extraer casos; ninguno marcado para todos</translation>
        </message>
        <message>
            <source>Check the actions this queue does not offer</source>
            <translation>Marque las acciones que esta cola no ofrece</translation>
        </message>
        <message>
            <source>Opens a new Live queue with the fields above</source>
            <translation>Abre una cola en vivo nueva con los campos de arriba</translation>
        </message>
        <message>
            <source>Saves the fields above to the selected queue</source>
            <translation>Guarda los campos de arriba en la cola seleccionada</translation>
        </message>
        <message>
            <source>Reads the sampling rates again from the service</source>
            <translation>Vuelve a leer las tasas de muestreo del servicio</translation>
        </message>
        <message>
            <source>The share of the selected queue's decisions sampled</source>
            <translation>La proporción de decisiones de la cola seleccionada que se muestrea</translation>
        </message>
        <message>
            <source>Applies the rate to decisions from now on</source>
            <translation>Aplica la tasa a las decisiones a partir de ahora</translation>
        </message>
        <message>
            <source>Reads your escalations again from the service</source>
            <translation>Vuelve a leer tus escalados del servicio</translation>
        </message>
        <message>
            <source>Reads the SLA breaches again from the service</source>
            <translation>Vuelve a leer los incumplimientos del SLA del servicio</translation>
        </message>
        <message>
            <source>How many days an approved label lasts</source>
            <translation>Cuántos días dura una etiqueta aprobada</translation>
        </message>
        <message>
            <source>Sent with your approval or refusal</source>
            <translation>Se envía con tu aprobación o rechazo</translation>
        </message>
        <message>
            <source>Approves the selected label request</source>
            <translation>Aprueba la solicitud de etiqueta seleccionada</translation>
        </message>
        <message>
            <source>Declines the selected label request</source>
            <translation>Rechaza la solicitud de etiqueta seleccionada</translation>
        </message>
        <message>
            <source>Reads the label requests again from the service</source>
            <translation>Vuelve a leer las solicitudes de etiqueta del servicio</translation>
        </message>
        <message>
            <source>The vendor the report covers</source>
            <translation>El proveedor que abarca el informe</translation>
        </message>
        <message>
            <source>The team the report covers; empty for all</source>
            <translation>El equipo que abarca el informe; vacío para todos</translation>
        </message>
        <message>
            <source>The week the report covers, as year and week</source>
            <translation>La semana que abarca el informe, como año y semana</translation>
        </message>
        <message>
            <source>PDF file</source>
            <translation>Archivo PDF</translation>
        </message>
        <message>
            <source>Where the PDF goes; a CSV is written beside it</source>
            <translation>Dónde se guarda el PDF; se escribe un CSV a su lado</translation>
        </message>
        <message>
            <source>Picks the PDF file in a file dialog</source>
            <translation>Elige el archivo PDF en un diálogo de archivos</translation>
        </message>
        <message>
            <source>Writes the PDF and the CSV with the week's figures</source>
            <translation>Escribe el PDF y el CSV con las cifras de la semana</translation>
        </message>
    </context>
    <context>
        <name>AccountLabels</name>
        <message>
            <source>Creator partner</source>
            <translation>Socio creador</translation>
        </message>
        <message>
            <source>Repeat offender</source>
            <translation>Reincidente</translation>
        </message>
        <message>
            <source>High profile</source>
            <translation>Perfil destacado</translation>
        </message>
        <message>
            <source>Under investigation</source>
            <translation>En investigación</translation>
        </message>
        <message>
            <source>Account labels</source>
            <translation>Etiquetas de cuenta</translation>
        </message>
        <message>
            <source>Until %1</source>
            <translation>Hasta %1</translation>
        </message>
    </context>
    <context>
        <name>Actions</name>
        <message>
            <source>No violation</source>
            <extracomment>what was done before (prior enforcement's action codes)</extracomment>
            <translation>Sin infracción</translation>
        </message>
        <message>
            <source>Warn streamer</source>
            <translation>Advertir al streamer</translation>
        </message>
        <message>
            <source>Mute chat</source>
            <translation>Silenciar el chat</translation>
        </message>
        <message>
            <source>End stream</source>
            <translation>Finalizar la transmisión</translation>
        </message>
        <message>
            <source>Suspend account</source>
            <translation>Suspender la cuenta</translation>
        </message>
        <message>
            <source>Ban account</source>
            <translation>Vetar la cuenta</translation>
        </message>
        <message>
            <source>Age-restrict</source>
            <translation>Restringir por edad</translation>
        </message>
        <message>
            <source>Escalate</source>
            <translation>Escalar</translation>
        </message>
    </context>
    <context>
        <name>AdminLogPage</name>
        <message>
            <source>Admin log</source>
            <translation>Registro de admin</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <source>Admin</source>
            <translation>Admin</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Acción</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Objetivo</translation>
        </message>
        <message>
            <source>Changes</source>
            <translation>Cambios</translation>
        </message>
        <message>
            <source>Admin log entries</source>
            <translation>Entradas del registro de admin</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Actualizar</translation>
        </message>
        <message>
            <source>Refresh the admin log</source>
            <translation>Actualizar el registro de administración</translation>
        </message>
        <message numerus="yes">
            <source>%n entry(ies), newest first</source>
            <translation>
                <numerusform>%n entrada, la más reciente primero</numerusform>
                <numerusform>%n entradas, las más recientes primero</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AdminWindow</name>
        <message>
            <source>Admin · %1 · Live Review Desk</source>
            <translation>Admin · %1 · Live Review Desk</translation>
        </message>
        <message>
            <source>Admin pages</source>
            <translation>Páginas de administración</translation>
        </message>
        <message>
            <source>Admin</source>
            <translation>Admin</translation>
        </message>
        <message>
            <source>Users, queues, golden items, QA sampling and the admin log</source>
            <translation>Usuarios, colas, elementos de referencia, muestreo de calidad y el registro de administración</translation>
        </message>
    </context>
    <context>
        <name>AnnouncementBanner</name>
        <message>
            <source>Urgent guideline update</source>
            <translation>Actualización urgente de directrices</translation>
        </message>
        <message>
            <source>URGENT GUIDELINE UPDATE</source>
            <translation>ACTUALIZACIÓN URGENTE DE DIRECTRICES</translation>
        </message>
        <message>
            <source>I have read this</source>
            <translation>Lo he leído</translation>
        </message>
        <message>
            <source>Acknowledge the guideline update</source>
            <translation>Confirmar la lectura de la actualización de directrices</translation>
        </message>
        <message numerus="yes">
            <source>Policy %1 · acknowledge before your next decision · %n more after this one</source>
            <translation>
                <numerusform>Política %1 · confírmala antes de tu próxima decisión · %n más después de esta</numerusform>
                <numerusform>Política %1 · confírmala antes de tu próxima decisión · %n más después de esta</numerusform>
            </translation>
        </message>
        <message>
            <source>Policy %1 · acknowledge before your next decision</source>
            <translation>Política %1 · confírmala antes de tu próxima decisión</translation>
        </message>
    </context>
    <context>
        <name>AuditChainView</name>
        <message>
            <source>seq %1</source>
            <translation>n.º %1</translation>
        </message>
        <message>
            <source>seq %1–%2</source>
            <translation>n.º %1–%2</translation>
        </message>
        <message>
            <source>GAP</source>
            <comment>an audit-chain finding</comment>
            <translation>HUECO</translation>
        </message>
        <message>
            <source>EDITED</source>
            <comment>an audit-chain finding</comment>
            <translation>EDITADA</translation>
        </message>
        <message>
            <source>MISSING TAIL</source>
            <comment>an audit-chain finding</comment>
            <translation>FALTA EL FINAL</translation>
        </message>
        <message>
            <source>WENT BACKWARDS</source>
            <comment>an audit-chain finding</comment>
            <translation>RETROCEDIÓ</translation>
        </message>
        <message>
            <source>CLAIM DOES NOT MATCH</source>
            <comment>an audit-chain finding</comment>
            <translation>NO COINCIDE LO DECLARADO</translation>
        </message>
        <message>
            <source>HELD ON THE DESK</source>
            <comment>an audit-chain finding</comment>
            <translation>RETENIDA EN EL PUESTO</translation>
        </message>
        <message>
            <source>RECOVERY</source>
            <comment>an audit-chain finding</comment>
            <translation>RECUPERACIÓN</translation>
        </message>
        <message>
            <source>sequence numbers the client used but the service has no decision for</source>
            <translation>números de secuencia que usó el cliente pero para los que el servicio no tiene ninguna decisión</translation>
        </message>
        <message>
            <source>a stored decision no longer matches the hash the client chained</source>
            <translation>una decisión guardada ya no coincide con el hash que encadenó el cliente</translation>
        </message>
        <message>
            <source>the client said it had decided more than the service received</source>
            <translation>el cliente dijo haber decidido más de lo que recibió el servicio</translation>
        </message>
        <message>
            <source>a later upload claimed a lower chain position than an earlier one</source>
            <translation>una subida posterior declaró una posición en la cadena menor que una anterior</translation>
        </message>
        <message>
            <source>the head given for this check is not the one on record</source>
            <translation>la cabeza indicada para esta comprobación no es la registrada</translation>
        </message>
        <message>
            <source>decisions the desk keeps because the service kept refusing them (not lost)</source>
            <translation>decisiones que el puesto conserva porque el servicio las rechazaba una y otra vez (no perdidas)</translation>
        </message>
        <message>
            <source>the desk rebuilt a damaged store and linked the new chain to the old head</source>
            <translation>el puesto reconstruyó un almacén dañado y enlazó la nueva cadena con la cabeza anterior</translation>
        </message>
        <message numerus="yes">
            <source>OK: %1's audit chain is intact up to seq %2 (head %3). %Ln decision(s) held on the desk, not yet sent.</source>
            <translation>
                <numerusform>Correcto: la cadena de auditoría de %1 está intacta hasta el n.º %2 (cabeza %3). %Ln decisión retenida en el puesto, aún sin enviar.</numerusform>
                <numerusform>Correcto: la cadena de auditoría de %1 está intacta hasta el n.º %2 (cabeza %3). %Ln decisiones retenidas en el puesto, aún sin enviar.</numerusform>
            </translation>
        </message>
        <message>
            <source>OK: %1's audit chain is intact up to seq %2 (head %3).</source>
            <translation>Correcto: la cadena de auditoría de %1 está intacta hasta el n.º %2 (cabeza %3).</translation>
        </message>
        <message numerus="yes">
            <source>PROBLEM: %Ln finding(s) in %1's audit chain. Decisions may have been lost or changed after they were made.</source>
            <translation>
                <numerusform>PROBLEMA: %Ln hallazgo en la cadena de auditoría de %1. Puede que se hayan perdido o cambiado decisiones después de tomarlas.</numerusform>
                <numerusform>PROBLEMA: %Ln hallazgos en la cadena de auditoría de %1. Puede que se hayan perdido o cambiado decisiones después de tomarlas.</numerusform>
            </translation>
        </message>
        <message>
            <source>Checked %1. Stored head: seq %2, hash %3.</source>
            <translation>Comprobado %1. Cabeza guardada: n.º %2, hash %3.</translation>
        </message>
        <message>
            <source>No decision from this moderator has reached the service yet.</source>
            <translation>Todavía no ha llegado al servicio ninguna decisión de este moderador.</translation>
        </message>
        <message>
            <source>no stored seq</source>
            <translation>sin n.º guardado</translation>
        </message>
        <message>
            <source>Device %1: %2 (%3); the client last claimed seq %4, head %5; %6; %7.</source>
            <comment>device, decisions stored, their seqs, claimed seq and head, links, uploads</comment>
            <translation>Dispositivo %1: %2 (%3); el cliente declaró por última vez el n.º %4, cabeza %5; %6; %7.</translation>
        </message>
        <message>
            <source>(unnamed)</source>
            <comment>a device without a name</comment>
            <translation>(sin nombre)</translation>
        </message>
        <message numerus="yes">
            <source>%Ln decision(s) stored</source>
            <translation>
                <numerusform>%Ln decisión guardada</numerusform>
                <numerusform>%Ln decisiones guardadas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln link(s) recomputed</source>
            <translation>
                <numerusform>%Ln enlace recalculado</numerusform>
                <numerusform>%Ln enlaces recalculados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln upload(s)</source>
            <translation>
                <numerusform>%Ln subida</numerusform>
                <numerusform>%Ln subidas</numerusform>
            </translation>
        </message>
        <message>
            <source>Findings:</source>
            <translation>Hallazgos:</translation>
        </message>
        <message>
            <source>%1  %2 on device %3: %4</source>
            <comment>finding, seqs, device, meaning</comment>
            <translation>%1  %2 en el dispositivo %3: %4</translation>
        </message>
        <message>
            <source>%1  %2: %3</source>
            <comment>finding, seqs, meaning</comment>
            <translation>%1  %2: %3</translation>
        </message>
        <message>
            <source>%1. %2</source>
            <comment>a finding, then its detail</comment>
            <translation>%1. %2</translation>
        </message>
        <message>
            <source>, </source>
            <comment>between decision ids</comment>
            <translation>, </translation>
        </message>
        <message>
            <source>decisions: %1</source>
            <translation>decisiones: %1</translation>
        </message>
        <message>
            <source>Findings: none. Every stored link matches the chain the client sent.</source>
            <translation>Hallazgos: ninguno. Cada enlace guardado coincide con la cadena que envió el cliente.</translation>
        </message>
        <message>
            <source>Sequence numbers without a decision: %1; explained by guideline acknowledgements on record: %2; unexplained: %3.</source>
            <translation>Números de secuencia sin decisión: %1; explicados por confirmaciones de directrices registradas: %2; sin explicar: %3.</translation>
        </message>
        <message>
            <source>Audit chain check</source>
            <translation>Comprobación de la cadena de auditoría</translation>
        </message>
        <message>
            <source>Compares the chain heads a moderator's client sent with the decisions the service stored: a gap, an edited decision or a missing tail shows here.</source>
            <translation>Compara las cabezas de cadena que envió el cliente de un moderador con las decisiones que guardó el servicio: aquí aparece un hueco, una decisión editada o un final que falta.</translation>
        </message>
        <message>
            <source>Moderator to check</source>
            <translation>Moderador que comprobar</translation>
        </message>
        <message>
            <source>username</source>
            <translation>nombre de usuario</translation>
        </message>
        <message>
            <source>Check chain</source>
            <translation>Comprobar cadena</translation>
        </message>
        <message>
            <source>Moderator</source>
            <translation>Moderador</translation>
        </message>
        <message>
            <source>Audit chain findings</source>
            <translation>Hallazgos de la cadena de auditoría</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <comment>a user name, then a display name</comment>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>Pick or type a moderator's username first.</source>
            <translation>Primero elige o escribe el nombre de usuario de un moderador.</translation>
        </message>
        <message>
            <source>Checking %1…</source>
            <translation>Comprobando %1…</translation>
        </message>
        <message>
            <source>The check could not run: %1</source>
            <translation>No se pudo hacer la comprobación: %1</translation>
        </message>
    </context>
    <context>
        <name>BreachesView</name>
        <message>
            <source>SLA breaches</source>
            <extracomment>how often the page reads the breaches again while it is shown (ms)</extracomment>
            <translation>Incumplimientos del SLA</translation>
        </message>
        <message>
            <source>Cases that went past their deadline in the last 24 hours, still waiting or decided late. The list reads itself again every 30 seconds.</source>
            <translation>Casos que superaron su plazo en las últimas 24 horas, aún en espera o decididos tarde. La lista se vuelve a leer cada 30 segundos.</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Caso</translation>
        </message>
        <message>
            <source>Queue</source>
            <translation>Cola</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Plazo</translation>
        </message>
        <message>
            <source>Over by</source>
            <translation>Excedido en</translation>
        </message>
        <message>
            <source>Decided</source>
            <translation>Decidido</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Actualizar</translation>
        </message>
        <message numerus="yes">
            <source>%Ln breach(es) in the last 24 hours, as of %1</source>
            <translation>
                <numerusform>%Ln incumplimiento en las últimas 24 horas, a las %1</numerusform>
                <numerusform>%Ln incumplimientos en las últimas 24 horas, a las %1</numerusform>
            </translation>
        </message>
        <message>
            <source>not yet</source>
            <translation>todavía no</translation>
        </message>
    </context>
    <context>
        <name>BreakReminder</name>
        <message>
            <source>Break reminder</source>
            <translation>Recordatorio de descanso</translation>
        </message>
        <message>
            <source>Take a break (pause)</source>
            <translation>Tómate un descanso (pausa)</translation>
        </message>
        <message>
            <source>Not now</source>
            <translation>Ahora no</translation>
        </message>
        <message numerus="yes">
            <source>You have looked at sensitive content for about %Ln minute(s). A few minutes away from the screen helps; your place is kept.</source>
            <translation>
                <numerusform>Has visto contenido sensible durante unos %Ln minuto. Unos minutos lejos de la pantalla ayudan; se conserva tu sitio.</numerusform>
                <numerusform>Has visto contenido sensible durante unos %Ln minutos. Unos minutos lejos de la pantalla ayudan; se conserva tu sitio.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CalibrationReport</name>
        <message>
            <source>%1 %</source>
            <comment>a percentage</comment>
            <extracomment>kappa this far below AC1 is worth a word about prevalence</extracomment>
            <translation>%1 %</translation>
        </message>
        <message>
            <source>No policy area</source>
            <translation>Sin área de política</translation>
        </message>
        <message>
            <source>None</source>
            <comment>no policy area, as a short column header</comment>
            <translation>Ninguna</translation>
        </message>
        <message>
            <source>, </source>
            <comment>between policy areas</comment>
            <translation>, </translation>
        </message>
        <message>
            <source>%1 · %2 · “%3”</source>
            <comment>action, areas, note</comment>
            <translation>%1 · %2 · «%3»</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <comment>action, areas</comment>
            <translation>%1 · %2</translation>
        </message>
    </context>
    <context>
        <name>CalibrationReportView</name>
        <message>
            <source>Calibration report</source>
            <translation>Informe de calibración</translation>
        </message>
        <message>
            <source>Calibration report: %1</source>
            <translation>Informe de calibración: %1</translation>
        </message>
        <message numerus="yes">
            <source>%Ln item(s)</source>
            <translation>
                <numerusform>%Ln elemento</numerusform>
                <numerusform>%Ln elementos</numerusform>
            </translation>
        </message>
        <message>
            <source>the action is the primary label, the policy area the secondary</source>
            <translation>la acción es la etiqueta principal; el área de política, la secundaria</translation>
        </message>
        <message>
            <source>%1 golden, %2</source>
            <comment>golden items, then sampled live decisions</comment>
            <translation>%1 de referencia, %2</translation>
        </message>
        <message numerus="yes">
            <source>%Ln sampled live decision(s)</source>
            <translation>
                <numerusform>%Ln decisión en vivo muestreada</numerusform>
                <numerusform>%Ln decisiones en vivo muestreadas</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 · %2 · %3</source>
            <comment>items, their mix, the labels</comment>
            <translation>%1 · %2 · %3</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <comment>items, the labels</comment>
            <translation>%1 · %2</translation>
        </message>
        <message numerus="yes">
            <source>Krippendorff's alpha across %Ln reviewer(s): action %1, policy area %2.</source>
            <translation>
                <numerusform>Alfa de Krippendorff entre %Ln revisor: acción %1, área de política %2.</numerusform>
                <numerusform>Alfa de Krippendorff entre %Ln revisores: acción %1, área de política %2.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Krippendorff's alpha across reviewers appears once two or more reviewers have submitted (%Ln so far).</source>
            <translation>
                <numerusform>El alfa de Krippendorff entre revisores aparece cuando dos o más revisores han enviado sus respuestas (%Ln hasta ahora).</numerusform>
                <numerusform>El alfa de Krippendorff entre revisores aparece cuando dos o más revisores han enviado sus respuestas (%Ln hasta ahora).</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <comment>a display name, then a user name</comment>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Action (primary label)</source>
            <translation>Acción (etiqueta principal)</translation>
        </message>
        <message>
            <source>Policy area (secondary label)</source>
            <translation>Área de política (etiqueta secundaria)</translation>
        </message>
        <message>
            <source>Disagreements (%1)</source>
            <translation>Desacuerdos (%1)</translation>
        </message>
        <message>
            <source>No disagreements: every answer matches the reference.</source>
            <translation>Sin desacuerdos: todas las respuestas coinciden con la referencia.</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Ítem</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Referencia</translation>
        </message>
        <message>
            <source>Your answer</source>
            <translation>Tu respuesta</translation>
        </message>
        <message>
            <source>#%1</source>
            <comment>an item's number</comment>
            <translation>n.º %1</translation>
        </message>
        <message>
            <source>golden</source>
            <translation>referencia</translation>
        </message>
        <message>
            <source>live decision</source>
            <translation>decisión en vivo</translation>
        </message>
    </context>
    <context>
        <name>CalibrationWindow</name>
        <message>
            <source>My QA results — Live Review Desk</source>
            <translation>Mis resultados de calidad — Live Review Desk</translation>
        </message>
        <message>
            <source>Calibration — Live Review Desk</source>
            <translation>Calibración — Live Review Desk</translation>
        </message>
        <message>
            <source>Your answer</source>
            <translation>Tu respuesta</translation>
        </message>
        <message>
            <source>Submit session (Ctrl+Enter)</source>
            <translation>Enviar sesión (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>Calibration</source>
            <translation>Calibración</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Sesiones</translation>
        </message>
        <message>
            <source>Disputes</source>
            <translation>Impugnaciones</translation>
        </message>
        <message>
            <source>Moderators' disputes of overturned decisions</source>
            <translation>Impugnaciones de los moderadores contra decisiones revocadas</translation>
        </message>
        <message>
            <source>New session…</source>
            <translation>Nueva sesión…</translation>
        </message>
        <message>
            <source>Key ignored: %1.</source>
            <translation>Tecla ignorada: %1.</translation>
        </message>
        <message numerus="yes">
            <source>All %Ln item(s) answered.</source>
            <translation>
                <numerusform>Respondido %Ln elemento.</numerusform>
                <numerusform>Respondidos los %Ln elementos.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>All %Ln item(s) are answered. Submit the session (%1) to see your report.</source>
            <translation>
                <numerusform>Respondido %Ln elemento. Envía la sesión (%1) para ver tu informe.</numerusform>
                <numerusform>Respondidos los %Ln elementos. Envía la sesión (%1) para ver tu informe.</numerusform>
            </translation>
        </message>
        <message>
            <source>Item %1 of %2 · %3 answered · blind review</source>
            <translation>Elemento %1 de %2 · %3 respondidos · revisión a ciegas</translation>
        </message>
        <message>
            <source>Loading the item…</source>
            <translation>Cargando el elemento…</translation>
        </message>
        <message>
            <source>This item could not be loaded (see the message above); trying again in a few seconds.</source>
            <translation>No se pudo cargar este elemento (mira el mensaje de arriba); se reintentará en unos segundos.</translation>
        </message>
        <message>
            <source>This item already has your answer.</source>
            <translation>Este elemento ya tiene tu respuesta.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln answer(s) waiting to sync</source>
            <translation>
                <numerusform>%Ln respuesta pendiente de sincronizar</numerusform>
                <numerusform>%Ln respuestas pendientes de sincronizar</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln refused by the service</source>
            <comment>answers</comment>
            <translation>
                <numerusform>%Ln rechazada por el servicio</numerusform>
                <numerusform>%Ln rechazadas por el servicio</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <comment>two sync states</comment>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>All answers synced</source>
            <translation>Todas las respuestas sincronizadas</translation>
        </message>
        <message>
            <source>An answer was refused: %1</source>
            <translation>Se rechazó una respuesta: %1</translation>
        </message>
        <message>
            <source>Sending your answers and submitting…</source>
            <translation>Enviando tus respuestas y la sesión…</translation>
        </message>
        <message numerus="yes">
            <source>%Ln answer(s) was(were) refused; see the message above</source>
            <translation>
                <numerusform>Se rechazó %Ln respuesta; mira el mensaje de arriba</numerusform>
                <numerusform>Se rechazaron %Ln respuestas; mira el mensaje de arriba</numerusform>
            </translation>
        </message>
        <message>
            <source>The session was not created: %1</source>
            <translation>No se creó la sesión: %1</translation>
        </message>
        <message>
            <source>, </source>
            <comment>between user names</comment>
            <translation>, </translation>
        </message>
        <message numerus="yes">
            <source>Session created: %Ln item(s) for %1.</source>
            <translation>
                <numerusform>Sesión creada: %Ln elemento para %1.</numerusform>
                <numerusform>Sesión creada: %Ln elementos para %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>Dispute accepted: %1 was told.</source>
            <translation>Impugnación aceptada: se avisó a %1.</translation>
        </message>
        <message>
            <source>Dispute rejected: %1 was told.</source>
            <translation>Impugnación rechazada: se avisó a %1.</translation>
        </message>
        <message>
            <source>Dispute answered: %1 was told.</source>
            <translation>Impugnación respondida: se avisó a %1.</translation>
        </message>
        <message>
            <source>Your dispute was sent to your team lead.</source>
            <translation>Tu impugnación se envió a tu líder de equipo.</translation>
        </message>
        <message>
            <source>My QA results</source>
            <translation>Mis resultados de calidad</translation>
        </message>
        <message>
            <source>Your QA results and disputes</source>
            <translation>Tus resultados de calidad e impugnaciones</translation>
        </message>
        <message>
            <source>Calibration sessions assigned to you: blind review and agreement report</source>
            <translation>Sesiones de calibración asignadas a ti: revisión a ciegas e informe de concordancia</translation>
        </message>
    </context>
    <context>
        <name>CaseHeader</name>
        <message>
            <source>under a day</source>
            <comment>account age</comment>
            <translation>menos de un día</translation>
        </message>
        <message numerus="yes">
            <source>%Ln day(s)</source>
            <comment>account age</comment>
            <translation>
                <numerusform>%Ln día</numerusform>
                <numerusform>%Ln días</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln month(s)</source>
            <comment>account age</comment>
            <translation>
                <numerusform>%Ln mes</numerusform>
                <numerusform>%Ln meses</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln year(s)</source>
            <comment>account age</comment>
            <translation>
                <numerusform>%Ln año</numerusform>
                <numerusform>%Ln años</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 %2</source>
            <comment>account age: years, then months</comment>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>Stream title</source>
            <translation>Título de la transmisión</translation>
        </message>
        <message>
            <source>Live or ended</source>
            <translation>En vivo o terminada</translation>
        </message>
        <message>
            <source>Viewers</source>
            <translation>Espectadores</translation>
        </message>
        <message>
            <source>Streamer</source>
            <translation>Streamer</translation>
        </message>
        <message>
            <source>Stream details</source>
            <translation>Detalles de la transmisión</translation>
        </message>
        <message>
            <source>Why this case is here</source>
            <translation>Por qué está aquí este caso</translation>
        </message>
        <message>
            <source>Following the stream</source>
            <translation>Siguiendo la transmisión</translation>
        </message>
        <message>
            <source>Escalation</source>
            <translation>Escalado</translation>
        </message>
        <message>
            <source>Stream header</source>
            <translation>Cabecera de la transmisión</translation>
        </message>
        <message>
            <source>(untitled stream)</source>
            <translation>(transmisión sin título)</translation>
        </message>
        <message>
            <source>not following</source>
            <comment>the live stream, offline</comment>
            <translation>sin seguir</translation>
        </message>
        <message>
            <source>The desk cannot reach the case service; it keeps trying by itself.</source>
            <translation>El puesto no puede conectar con el servicio de casos; sigue intentándolo por sí solo.</translation>
        </message>
        <message>
            <source>● LIVE</source>
            <translation>● EN VIVO</translation>
        </message>
        <message>
            <source>Ended %1</source>
            <translation>Terminó %1</translation>
        </message>
        <message>
            <source>Ended</source>
            <translation>Terminó</translation>
        </message>
        <message numerus="yes">
            <source>%Ln viewer(s)</source>
            <translation>
                <numerusform>%Ln espectador</numerusform>
                <numerusform>%Ln espectadores</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 follower(s)</source>
            <comment>a compact count, e.g. 48k</comment>
            <translation>
                <numerusform>%1 seguidor</numerusform>
                <numerusform>%1 seguidores</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 · %2 · verified · account %3 old · %4</source>
            <translation>%1 · %2 · verificada · cuenta de %3 · %4</translation>
        </message>
        <message>
            <source>%1 · %2 · account %3 old · %4</source>
            <translation>%1 · %2 · cuenta de %3 · %4</translation>
        </message>
        <message>
            <source>%1 · region %2 · language %3 · started %4 · %5 · case %6 · queue %7</source>
            <translation>%1 · región %2 · idioma %3 · empezó %4 · %5 · caso %6 · cola %7</translation>
        </message>
        <message numerus="yes">
            <source>%Ln chat message(s)</source>
            <translation>
                <numerusform>%Ln mensaje del chat</numerusform>
                <numerusform>%Ln mensajes del chat</numerusform>
            </translation>
        </message>
        <message>
            <source>Escalated: %1 — %2</source>
            <translation>Escalado: %1 — %2</translation>
        </message>
        <message>
            <source>Escalated: %1</source>
            <translation>Escalado: %1</translation>
        </message>
        <message>
            <source>Escalated — %1</source>
            <translation>Escalado — %1</translation>
        </message>
    </context>
    <context>
        <name>CaseView</name>
        <message>
            <source>Case</source>
            <extracomment>prefetched cases remembered for a re-plan (the controller prepares 2-3 ahead) the phase the picture of the case built ahead is made in (between keys, off the clock) a drag (window size, splitter) makes the picture again once it has rested this long what drops the picture: a change of anything the hidden body paints from</extracomment>
            <translation>Caso</translation>
        </message>
        <message>
            <source>Snapshot caption</source>
            <translation>Pie de la captura</translation>
        </message>
        <message>
            <source>No case</source>
            <translation>Sin caso</translation>
        </message>
        <message>
            <source>This case has no snapshots</source>
            <translation>Este caso no tiene capturas</translation>
        </message>
        <message>
            <source>Chat is loading…</source>
            <translation>Cargando el chat…</translation>
        </message>
        <message>
            <source>No chat</source>
            <translation>Sin chat</translation>
        </message>
        <message>
            <source>No case on screen</source>
            <translation>Ningún caso en pantalla</translation>
        </message>
        <message>
            <source>Hold %1 or the mouse button to view</source>
            <translation>Mantén %1 o el botón del ratón para ver</translation>
        </message>
        <message>
            <source>Hold the mouse button to view</source>
            <translation>Mantén el botón del ratón para ver</translation>
        </message>
        <message>
            <source>Snapshot %1 of %2 · %3 into the stream</source>
            <translation>Captura %1 de %2 · %3 desde el inicio de la transmisión</translation>
        </message>
        <message>
            <source>%1 · sensitive (%2)</source>
            <translation>%1 · sensible (%2)</translation>
        </message>
        <message>
            <source>%1 · not shown: %2</source>
            <translation>%1 · no se muestra: %2</translation>
        </message>
    </context>
    <context>
        <name>ChatActionDialog</name>
        <message>
            <source>Remove the message</source>
            <translation>Eliminar el mensaje</translation>
        </message>
        <message>
            <source>Time the chatter out</source>
            <translation>Expulsar temporalmente al usuario del chat</translation>
        </message>
        <message>
            <source>Ban the chatter from this streamer's chat</source>
            <translation>Vetar al usuario del chat en el chat de este streamer</translation>
        </message>
        <message>
            <source>10 minutes</source>
            <translation>10 minutos</translation>
        </message>
        <message>
            <source>1 hour</source>
            <translation>1 hora</translation>
        </message>
        <message>
            <source>24 hours</source>
            <translation>24 horas</translation>
        </message>
        <message numerus="yes">
            <source>Remove %n message(s).</source>
            <translation>
                <numerusform>Eliminar %n mensaje.</numerusform>
                <numerusform>Eliminar %n mensajes.</numerusform>
            </translation>
        </message>
        <message>
            <source>Time out %1 (%2).</source>
            <translation>Expulsar temporalmente a %1 (%2).</translation>
        </message>
        <message numerus="yes">
            <source>%n chatter(s)</source>
            <translation>
                <numerusform>%n usuario del chat</numerusform>
                <numerusform>%n usuarios del chat</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n message(s) selected</source>
            <translation>
                <numerusform>%n mensaje seleccionado</numerusform>
                <numerusform>%n mensajes seleccionados</numerusform>
            </translation>
        </message>
        <message>
            <source>Ban %1 from this streamer's chat (%2).</source>
            <translation>Vetar a %1 del chat de este streamer (%2).</translation>
        </message>
        <message>
            <source>What will be recorded</source>
            <translation>Qué se registrará</translation>
        </message>
        <message>
            <source>Timeout length</source>
            <translation>Duración de la expulsión temporal</translation>
        </message>
        <message>
            <source>Policy area</source>
            <translation>Área de política</translation>
        </message>
    </context>
    <context>
        <name>ChatTableModel</name>
        <message>
            <source>Time</source>
            <translation>Hora</translation>
        </message>
        <message>
            <source>User</source>
            <translation>Usuario</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Mensaje</translation>
        </message>
        <message>
            <source>Age</source>
            <translation>Edad</translation>
        </message>
        <message numerus="yes">
            <source>%nm</source>
            <comment>account age in minutes, compact</comment>
            <translation>
                <numerusform>%n min</numerusform>
                <numerusform>%n min</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%nh</source>
            <comment>account age in hours, compact</comment>
            <translation>
                <numerusform>%n h</numerusform>
                <numerusform>%n h</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%nd</source>
            <comment>account age in days, compact</comment>
            <translation>
                <numerusform>%n d</numerusform>
                <numerusform>%n d</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%ny</source>
            <comment>account age in years, compact</comment>
            <translation>
                <numerusform>%n a</numerusform>
                <numerusform>%n a</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 · actioned · %2: %3</source>
            <translation>%1 · con acción · %2: %3</translation>
        </message>
        <message>
            <source>%1 · flagged · %2: %3</source>
            <translation>%1 · marcado · %2: %3</translation>
        </message>
        <message>
            <source>%1 · %2: %3</source>
            <translation>%1 · %2: %3</translation>
        </message>
    </context>
    <context>
        <name>ChatView</name>
        <message>
            <source>Chat log</source>
            <translation>Registro del chat</translation>
        </message>
        <message>
            <source>Search chat text</source>
            <translation>Buscar texto en el chat</translation>
        </message>
        <message>
            <source>Search chat</source>
            <translation>Buscar en el chat</translation>
        </message>
        <message>
            <source>Filter chat by user</source>
            <translation>Filtrar el chat por usuario</translation>
        </message>
        <message>
            <source>User</source>
            <translation>Usuario</translation>
        </message>
        <message>
            <source>Flagged only</source>
            <translation>Solo marcados</translation>
        </message>
        <message>
            <source>Show flagged messages only</source>
            <translation>Mostrar solo los mensajes marcados</translation>
        </message>
        <message>
            <source>Messages shown</source>
            <translation>Mensajes mostrados</translation>
        </message>
        <message>
            <source>Raid helper</source>
            <translation>Asistente de raids</translation>
        </message>
        <message>
            <source>Chat messages</source>
            <translation>Mensajes del chat</translation>
        </message>
        <message>
            <source>Select a message first.</source>
            <translation>Primero selecciona un mensaje.</translation>
        </message>
        <message>
            <source>The raid helper needs the accounts' ages.</source>
            <translation>El asistente de raids necesita la edad de las cuentas.</translation>
        </message>
        <message>
            <source>The raid helper found no raid in this chat.</source>
            <translation>El asistente de raids no encontró ningún raid en este chat.</translation>
        </message>
        <message>
            <source>Raid helper: %1 from %2 selected. %3 removes, %4 times out, %5 bans.</source>
            <translation>Asistente de raids: %1 de %2 seleccionados. %3 elimina, %4 expulsa temporalmente, %5 veta.</translation>
        </message>
        <message numerus="yes">
            <source>%n message(s)</source>
            <translation>
                <numerusform>%n mensaje</numerusform>
                <numerusform>%n mensajes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new account(s)</source>
            <translation>
                <numerusform>%n cuenta nueva</numerusform>
                <numerusform>%n cuentas nuevas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new message(s) ↓</source>
            <comment>a chip under the chat; jumps to the end</comment>
            <translation>
                <numerusform>%n mensaje nuevo ↓</numerusform>
                <numerusform>%n mensajes nuevos ↓</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new message(s)</source>
            <comment>the chip's accessible name, without the arrow</comment>
            <translation>
                <numerusform>%n mensaje nuevo</numerusform>
                <numerusform>%n mensajes nuevos</numerusform>
            </translation>
        </message>
        <message>
            <source>Chat actions</source>
            <translation>Acciones en el chat</translation>
        </message>
        <message>
            <source>Select a raid</source>
            <translation>Seleccionar un raid</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 de %2</translation>
        </message>
        <message numerus="yes">
            <source>%Ln message(s)</source>
            <translation>
                <numerusform>%Ln mensaje</numerusform>
                <numerusform>%Ln mensajes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CodeChecklist</name>
        <message>
            <source>%1 (no longer offered)</source>
            <translation>%1 (ya no se ofrece)</translation>
        </message>
    </context>
    <context>
        <name>ConfusionTable</name>
        <message>
            <source>→ %1</source>
            <comment>the answer's label</comment>
            <translation>→ %1</translation>
        </message>
    </context>
    <context>
        <name>DashboardView</name>
        <message>
            <source>This week</source>
            <extracomment>bar colours: calm, distinguishable for common colour-vision deficiencies (Okabe–Ito)</extracomment>
            <translation>Esta semana</translation>
        </message>
        <message>
            <source>Last week</source>
            <translation>Semana pasada</translation>
        </message>
        <message>
            <source>Last 7 days</source>
            <translation>Últimos 7 días</translation>
        </message>
        <message>
            <source>Last 28 days</source>
            <translation>Últimos 28 días</translation>
        </message>
        <message>
            <source>All time</source>
            <translation>Todo</translation>
        </message>
        <message>
            <source>Custom</source>
            <translation>Personalizado</translation>
        </message>
        <message>
            <source>%1 s</source>
            <comment>whole seconds on a chart</comment>
            <extracomment>the period a lead sees first: wide enough for last week's review, recent enough to be fast</extracomment>
            <translation>%1 s</translation>
        </message>
        <message>
            <source>Team dashboard</source>
            <translation>Panel del equipo</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Periodo</translation>
        </message>
        <message>
            <source>Dashboard first day</source>
            <translation>Primer día del panel</translation>
        </message>
        <message>
            <source>Dashboard last day</source>
            <translation>Último día del panel</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Actualizar</translation>
        </message>
        <message>
            <source>Export PNG…</source>
            <translation>Exportar PNG…</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>Exportar CSV…</translation>
        </message>
        <message>
            <source>to</source>
            <translation>a</translation>
        </message>
        <message>
            <source>decisions</source>
            <translation>decisiones</translation>
        </message>
        <message>
            <source>cases per staffed hour</source>
            <translation>casos por hora de turno</translation>
        </message>
        <message>
            <source>mean handle time</source>
            <translation>tiempo de gestión medio</translation>
        </message>
        <message>
            <source>p90 handle time</source>
            <translation>tiempo de gestión p90</translation>
        </message>
        <message>
            <source>skip rate</source>
            <translation>tasa de omisión</translation>
        </message>
        <message>
            <source>overturned by QA</source>
            <translation>revocadas por calidad</translation>
        </message>
        <message>
            <source>QA agreement</source>
            <translation>concordancia de calidad</translation>
        </message>
        <message>
            <source>waiting in queues</source>
            <translation>en espera en las colas</translation>
        </message>
        <message>
            <source>Throughput per moderator</source>
            <translation>Productividad por moderador</translation>
        </message>
        <message>
            <source>Throughput per vendor</source>
            <translation>Productividad por proveedor</translation>
        </message>
        <message>
            <source>Handle time per moderator</source>
            <translation>Tiempo de gestión por moderador</translation>
        </message>
        <message>
            <source>seconds · blue: mean · orange: p90</source>
            <translation>segundos · azul: media · naranja: p90</translation>
        </message>
        <message>
            <source>Action mix</source>
            <translation>Reparto de acciones</translation>
        </message>
        <message>
            <source>final decisions in the period</source>
            <translation>decisiones finales del periodo</translation>
        </message>
        <message>
            <source>QA agreement by week</source>
            <translation>Concordancia de calidad por semana</translation>
        </message>
        <message>
            <source>% of QA verdicts that upheld the decision</source>
            <translation>% de veredictos de calidad que confirmaron la decisión</translation>
        </message>
        <message>
            <source>Queue depth</source>
            <translation>Profundidad de las colas</translation>
        </message>
        <message>
            <source>cases waiting now · age of the oldest</source>
            <translation>casos en espera ahora · edad del más antiguo</translation>
        </message>
        <message>
            <source>Skip reasons</source>
            <translation>Motivos de omisión</translation>
        </message>
        <message>
            <source>skips in the period</source>
            <translation>omisiones en el periodo</translation>
        </message>
        <message>
            <source>Overturn rate per moderator</source>
            <translation>Tasa de revocación por moderador</translation>
        </message>
        <message>
            <source>% of QA-reviewed decisions overturned</source>
            <translation>% de decisiones revisadas por calidad que se revocaron</translation>
        </message>
        <message>
            <source>Moderators</source>
            <translation>Moderadores</translation>
        </message>
        <message>
            <source>Vendors</source>
            <translation>Proveedores</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>Días</translation>
        </message>
        <message>
            <source>QA by week</source>
            <translation>Calidad por semana</translation>
        </message>
        <message>
            <source>Queues</source>
            <translation>Colas</translation>
        </message>
        <message>
            <source>%1 table</source>
            <translation>Tabla de %1</translation>
        </message>
        <message>
            <source>%1 to %2</source>
            <translation>%1 a %2</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Cargando…</translation>
        </message>
        <message>
            <source>Not loaded: %1</source>
            <translation>Sin cargar: %1</translation>
        </message>
        <message>
            <source>your own</source>
            <translation>lo tuyo</translation>
        </message>
        <message>
            <source>your team</source>
            <translation>tu equipo</translation>
        </message>
        <message>
            <source>every team</source>
            <translation>todos los equipos</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <comment>cases waiting · age of the oldest</comment>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>Updated %1</source>
            <translation>Actualizado %1</translation>
        </message>
        <message>
            <source>Decisions</source>
            <translation>Decisiones</translation>
        </message>
        <message>
            <source>Staffed hours</source>
            <translation>Horas de turno</translation>
        </message>
        <message>
            <source>Cases / hour</source>
            <translation>Casos/hora</translation>
        </message>
        <message>
            <source>Mean handle (s)</source>
            <translation>Gestión media (s)</translation>
        </message>
        <message>
            <source>p90 handle (s)</source>
            <translation>Gestión p90 (s)</translation>
        </message>
        <message>
            <source>Escalations</source>
            <translation>Escalados</translation>
        </message>
        <message>
            <source>Skips</source>
            <translation>Omisiones</translation>
        </message>
        <message>
            <source>Skip rate</source>
            <translation>Tasa de omisión</translation>
        </message>
        <message>
            <source>QA reviewed</source>
            <translation>Revisadas (QA)</translation>
        </message>
        <message>
            <source>Overturned</source>
            <translation>Revocadas</translation>
        </message>
        <message>
            <source>Overturn rate</source>
            <translation>Tasa de revocación</translation>
        </message>
        <message>
            <source>All</source>
            <comment>the totals row</comment>
            <translation>Todo</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>Cuota</translation>
        </message>
        <message>
            <source>Moderator</source>
            <translation>Moderador</translation>
        </message>
        <message>
            <source>Vendor</source>
            <translation>Proveedor</translation>
        </message>
        <message>
            <source>Day (UTC)</source>
            <translation>Día (UTC)</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Acción</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <source>Week</source>
            <translation>Semana</translation>
        </message>
        <message>
            <source>Reviewed</source>
            <translation>Revisadas</translation>
        </message>
        <message>
            <source>Upheld</source>
            <translation>Confirmadas</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>Concordancia</translation>
        </message>
        <message>
            <source>Queue</source>
            <translation>Cola</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>En espera</translation>
        </message>
        <message>
            <source>Oldest case</source>
            <translation>Caso más antiguo</translation>
        </message>
        <message>
            <source>Target (SLA)</source>
            <translation>Objetivo (SLA)</translation>
        </message>
        <message>
            <source>Escalation</source>
            <translation>Escalado</translation>
        </message>
        <message>
            <source>Live</source>
            <translation>En vivo</translation>
        </message>
        <message numerus="yes">
            <source>%n min</source>
            <comment>a service level target</comment>
            <translation>
                <numerusform>%n min</numerusform>
                <numerusform>%n min</numerusform>
            </translation>
        </message>
        <message>
            <source>Export dashboard as PNG</source>
            <translation>Exportar el panel como PNG</translation>
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation>Imágenes PNG (*.png)</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>Guardado %1</translation>
        </message>
        <message>
            <source>Could not write %1</source>
            <translation>No se pudo escribir %1</translation>
        </message>
        <message>
            <source>Export dashboard tables as CSV</source>
            <translation>Exportar las tablas del panel como CSV</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Archivos CSV (*.csv)</translation>
        </message>
        <message>
            <source>Nothing to export yet: refresh first.</source>
            <translation>Aún no hay nada que exportar: actualiza primero.</translation>
        </message>
        <message>
            <source>Could not write %1: %2</source>
            <translation>No se pudo escribir %1: %2</translation>
        </message>
    </context>
    <context>
        <name>DecisionChainView</name>
        <message>
            <source>Decision</source>
            <translation>Decisión</translation>
        </message>
        <message>
            <source>Correction</source>
            <translation>Corrección</translation>
        </message>
        <message>
            <source>Undo (retract)</source>
            <translation>Deshacer (retirar)</translation>
        </message>
        <message>
            <source>Escalated</source>
            <translation>Escalado</translation>
        </message>
        <message>
            <source>Escalation decided</source>
            <translation>Escalado decidido</translation>
        </message>
        <message>
            <source>QA verdict</source>
            <translation>Veredicto de calidad</translation>
        </message>
        <message>
            <source>Dispute</source>
            <translation>Impugnación</translation>
        </message>
        <message>
            <source>Dispute resolved</source>
            <translation>Impugnación resuelta</translation>
        </message>
        <message>
            <source>open</source>
            <comment>a case's status</comment>
            <translation>abierto</translation>
        </message>
        <message>
            <source>leased</source>
            <comment>a case's status</comment>
            <translation>reservado</translation>
        </message>
        <message>
            <source>decided</source>
            <comment>a case's status</comment>
            <translation>decidido</translation>
        </message>
        <message>
            <source>escalated</source>
            <comment>a case's status</comment>
            <translation>escalado</translation>
        </message>
        <message>
            <source>open</source>
            <comment>a dispute's state</comment>
            <translation>abierta</translation>
        </message>
        <message>
            <source>accepted</source>
            <comment>a dispute's state</comment>
            <translation>aceptada</translation>
        </message>
        <message>
            <source>rejected</source>
            <comment>a dispute's state</comment>
            <translation>rechazada</translation>
        </message>
        <message>
            <source>Case %1 · decision chain</source>
            <extracomment>the case content is on screen (every snapshot drawn or failed)</extracomment>
            <translation>Caso %1 · cadena de decisiones</translation>
        </message>
        <message>
            <source>Case %1</source>
            <translation>Caso %1</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Cargando…</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Qué</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Quién</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Acción</translation>
        </message>
        <message>
            <source>Policy area</source>
            <translation>Área de política</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Detalles</translation>
        </message>
        <message>
            <source>Timeline of the case</source>
            <translation>Cronología del caso</translation>
        </message>
        <message>
            <source>Decided</source>
            <translation>Decidida</translation>
        </message>
        <message>
            <source>Moderator</source>
            <translation>Moderador</translation>
        </message>
        <message>
            <source>Handle time</source>
            <translation>Tiempo de gestión</translation>
        </message>
        <message>
            <source>Supersedes</source>
            <translation>Sustituye a</translation>
        </message>
        <message>
            <source>Superseded by</source>
            <translation>Sustituida por</translation>
        </message>
        <message>
            <source>QA</source>
            <translation>QA</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>Decisions on the case</source>
            <translation>Decisiones sobre el caso</translation>
        </message>
        <message>
            <source>Reviewed</source>
            <translation>Revisada</translation>
        </message>
        <message>
            <source>QA reviewer</source>
            <translation>Revisor de calidad</translation>
        </message>
        <message>
            <source>Verdict</source>
            <translation>Veredicto</translation>
        </message>
        <message>
            <source>Final</source>
            <translation>Final</translation>
        </message>
        <message>
            <source>QA action</source>
            <translation>Acción de calidad</translation>
        </message>
        <message>
            <source>Dispute note</source>
            <translation>Nota de impugnación</translation>
        </message>
        <message>
            <source>Resolution</source>
            <translation>Resolución</translation>
        </message>
        <message>
            <source>QA verdicts and disputes</source>
            <translation>Veredictos de calidad e impugnaciones</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Cronología</translation>
        </message>
        <message>
            <source>Decisions</source>
            <translation>Decisiones</translation>
        </message>
        <message>
            <source>QA and disputes</source>
            <translation>Calidad e impugnaciones</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Caso</translation>
        </message>
        <message>
            <source>Loading the case…</source>
            <translation>Cargando el caso…</translation>
        </message>
        <message>
            <source>The case could not be loaded: %1</source>
            <translation>No se pudo cargar el caso: %1</translation>
        </message>
        <message>
            <source>The chain could not be loaded: %1</source>
            <translation>No se pudo cargar la cadena: %1</translation>
        </message>
        <message>
            <source>, </source>
            <comment>between policy areas</comment>
            <translation>, </translation>
        </message>
        <message>
            <source>Queue %1 · status %2</source>
            <translation>Cola %1 · estado %2</translation>
        </message>
        <message>
            <source>%1 · streamer @%2</source>
            <translation>%1 · streamer @%2</translation>
        </message>
        <message>
            <source>%1 · stream “%2”</source>
            <translation>%1 · transmisión «%2»</translation>
        </message>
        <message>
            <source>Escalated: %1 — %2</source>
            <translation>Escalado: %1 — %2</translation>
        </message>
        <message>
            <source>Escalated: %1</source>
            <translation>Escalado: %1</translation>
        </message>
        <message>
            <source>In force: %1 by %2 (%3)</source>
            <translation>En vigor: %1 de %2 (%3)</translation>
        </message>
        <message>
            <source>No decision is in force (the last one was undone).</source>
            <translation>No hay ninguna decisión en vigor (la última se deshizo).</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <comment>when a decision was made, by whom</comment>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <comment>an action, then its policy areas</comment>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>QA and disputes (%1)</source>
            <translation>Calidad e impugnaciones (%1)</translation>
        </message>
        <message>
            <source>Decisions (%1)</source>
            <translation>Decisiones (%1)</translation>
        </message>
    </context>
    <context>
        <name>DecisionImport</name>
        <message numerus="yes">
            <source>%n decision(s) accepted.</source>
            <translation>
                <numerusform>%n decisión aceptada.</numerusform>
                <numerusform>%n decisiones aceptadas.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n decision(s) refused.</source>
            <translation>
                <numerusform>%n decisión rechazada.</numerusform>
                <numerusform>%n decisiones rechazadas.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n decision(s) were already in the service.</source>
            <translation>
                <numerusform>%n decisión ya estaba en el servicio.</numerusform>
                <numerusform>%n decisiones ya estaban en el servicio.</numerusform>
            </translation>
        </message>
        <message>
            <source>Refused: decision %1: %2</source>
            <translation>Rechazada: decisión %1: %2</translation>
        </message>
        <message>
            <source>Imported decisions of %1</source>
            <translation>Decisiones importadas de %1</translation>
        </message>
        <message>
            <source>Import summary</source>
            <translation>Resumen de la importación</translation>
        </message>
        <message>
            <source>How many decisions the service accepted and refused, with each refusal's reason</source>
            <translation>Cuántas decisiones aceptó y rechazó el servicio, con el motivo de cada rechazo</translation>
        </message>
    </context>
    <context>
        <name>DecisionKeyFilter</name>
        <message>
            <source>decision keys are paused</source>
            <extracomment>what a remap refusal names as the key's owner: the key and its function (a code) what ``DecisionKeyFilter.refused`` says (stable words that a listener may compare; :func:`refusal_text` words them for a person)</extracomment>
            <translation>las teclas de decisión están en pausa</translation>
        </message>
        <message>
            <source>too soon after the case appeared</source>
            <translation>demasiado pronto tras aparecer el caso</translation>
        </message>
        <message>
            <source>Policy area: %1</source>
            <translation>Área de política: %1</translation>
        </message>
        <message>
            <source>Undo the last decision</source>
            <translation>Deshacer la última decisión</translation>
        </message>
        <message>
            <source>Skip this case (asks why)</source>
            <translation>Omitir este caso (pregunta el motivo)</translation>
        </message>
        <message>
            <source>Hold to see a blurred snapshot</source>
            <translation>Mantén pulsado para ver una captura difuminada</translation>
        </message>
        <message>
            <source>This sheet</source>
            <translation>Esta hoja</translation>
        </message>
        <message>
            <source>%1 / %2</source>
            <comment>two keys</comment>
            <translation>%1 / %2</translation>
        </message>
        <message>
            <source>Previous / next snapshot</source>
            <translation>Captura anterior / siguiente</translation>
        </message>
        <message>
            <source>Search the chat</source>
            <translation>Buscar en el chat</translation>
        </message>
        <message>
            <source>In the chat: that author's messages</source>
            <translation>En el chat: los mensajes de ese autor</translation>
        </message>
        <message>
            <source>Clear the chat filter, leave a text field</source>
            <translation>Borrar el filtro del chat, salir de un campo de texto</translation>
        </message>
    </context>
    <context>
        <name>DecisionKeys</name>
        <message>
            <source>%1: %2 is kept for undo</source>
            <translation>%1: %2 se reserva para deshacer</translation>
        </message>
        <message>
            <source>%1: %2 is kept for the shortcut sheet</source>
            <translation>%1: %2 se reserva para la hoja de atajos</translation>
        </message>
        <message>
            <source>%1: %2 is kept for the previous snapshot</source>
            <translation>%1: %2 se reserva para la captura anterior</translation>
        </message>
        <message>
            <source>%1: %2 is kept for the next snapshot</source>
            <translation>%1: %2 se reserva para la captura siguiente</translation>
        </message>
        <message>
            <source>%1: %2 is kept for a chat author's history</source>
            <translation>%1: %2 se reserva para el historial de un autor del chat</translation>
        </message>
        <message>
            <source>%1: %2 is kept for leaving a field</source>
            <translation>%1: %2 se reserva para salir de un campo</translation>
        </message>
        <message>
            <source>%1: no such action in policy %2</source>
            <translation>%1: no existe esa acción en la política %2</translation>
        </message>
        <message>
            <source>%1: %2 is not a single key</source>
            <translation>%1: %2 no es una sola tecla</translation>
        </message>
        <message>
            <source>%1: %2 picks a policy area</source>
            <translation>%1: %2 elige un área de política</translation>
        </message>
        <message>
            <source>%1: %2 is already %3</source>
            <translation>%1: %2 ya es %3</translation>
        </message>
    </context>
    <context>
        <name>DecodePipeline</name>
        <message>
            <source>the image is not in the local cache</source>
            <extracomment>a prefetch that is never used (cases skipped) must not grow the set without end what a decode is for: the strip, the viewer at rest, the viewer while held (veiled slots only), and the two viewer images again at full resolution for zooming what the decode worker does to the pixels (``ui.case.decoder.EFFECTS``)</extracomment>
            <translation>la imagen no está en la caché local</translation>
        </message>
    </context>
    <context>
        <name>DemoRunner</name>
        <message>
            <source>Seeding the demo service with cases…</source>
            <translation>Cargando casos en el servicio de demostración…</translation>
        </message>
        <message>
            <source>Starting the demo service…</source>
            <translation>Iniciando el servicio de demostración…</translation>
        </message>
    </context>
    <context>
        <name>DemoService</name>
        <message>
            <source>Seeding the demo service failed (exit %1).
%2</source>
            <translation>No se pudieron cargar los casos en el servicio de demostración (salida %1).
%2</translation>
        </message>
        <message>
            <source>The demo service stopped at start (exit %1).
%2</source>
            <translation>El servicio de demostración se detuvo al iniciarse (salida %1).
%2</translation>
        </message>
    </context>
    <context>
        <name>DesktopApp</name>
        <message>
            <source>The site configuration file %1, line %2: %3. Sign-in stays off until your IT department fixes the file.</source>
            <extracomment>set by tests and the benchmark: print timing marks to stdout</extracomment>
            <translation>El archivo de configuración del sitio %1, línea %2: %3. El inicio de sesión queda desactivado hasta que tu departamento de TI corrija el archivo.</translation>
        </message>
        <message>
            <source>The site configuration file %1: %2. Sign-in stays off until your IT department fixes the file.</source>
            <translation>El archivo de configuración del sitio %1: %2. El inicio de sesión queda desactivado hasta que tu departamento de TI corrija el archivo.</translation>
        </message>
        <message>
            <source>The local work store cannot be opened: %1</source>
            <translation>No se puede abrir el almacén de trabajo local: %1</translation>
        </message>
        <message>
            <source>You are signed out.</source>
            <translation>Has cerrado sesión.</translation>
        </message>
    </context>
    <context>
        <name>DisputesPage</name>
        <message>
            <source>Open disputes</source>
            <translation>Impugnaciones abiertas</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Caso</translation>
        </message>
        <message>
            <source>Moderator</source>
            <translation>Moderador</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Decisión</translation>
        </message>
        <message>
            <source>QA decision</source>
            <translation>Decisión de calidad</translation>
        </message>
        <message>
            <source>Moderator's note</source>
            <translation>Nota del moderador</translation>
        </message>
        <message>
            <source>Resolution note</source>
            <translation>Nota de resolución</translation>
        </message>
        <message>
            <source>Your answer to the moderator (optional)</source>
            <translation>Tu respuesta al moderador (opcional)</translation>
        </message>
        <message>
            <source>Accept: the decision stands</source>
            <translation>Aceptar: la decisión se mantiene</translation>
        </message>
        <message>
            <source>Reject: the overturn stands</source>
            <translation>Rechazar: la revocación se mantiene</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Actualizar</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <comment>a case, then its queue</comment>
            <translation>%1 · %2</translation>
        </message>
        <message numerus="yes">
            <source>%Ln open dispute(s).</source>
            <translation>
                <numerusform>%Ln impugnación abierta.</numerusform>
                <numerusform>%Ln impugnaciones abiertas.</numerusform>
            </translation>
        </message>
        <message>
            <source>No open disputes.</source>
            <translation>No hay impugnaciones abiertas.</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>Enter the address of the case service, for example https://review.example.com.</source>
            <translation>Introduce la dirección del servicio de casos, por ejemplo https://review.example.com.</translation>
        </message>
        <message>
            <source>“%1” is not a web address. It should look like https://review.example.com.</source>
            <translation>«%1» no es una dirección web. Debería ser como https://review.example.com.</translation>
        </message>
        <message>
            <source>This address uses plain http://, which would send your password unencrypted. Use https:// (plain http is allowed only for a service on this computer).</source>
            <translation>Esta dirección usa http:// sin cifrar, que enviaría tu contraseña sin protección. Usa https:// (http sin cifrar solo se permite para un servicio en este ordenador).</translation>
        </message>
        <message>
            <source>This client is too old for the case service; version %1 or newer is needed.</source>
            <translation>Este cliente es demasiado antiguo para el servicio de casos; se necesita la versión %1 o posterior.</translation>
        </message>
        <message>
            <source>The case service cannot be reached. Your work is kept and will sync later.</source>
            <translation>No se puede contactar con el servicio de casos. Tu trabajo se conserva y se sincronizará más tarde.</translation>
        </message>
        <message>
            <source>The secure connection to the case service failed (certificate or TLS problem).</source>
            <translation>Falló la conexión segura con el servicio de casos (problema de certificado o de TLS).</translation>
        </message>
        <message>
            <source>The service address must use https:// (plain http is allowed only locally).</source>
            <translation>La dirección del servicio debe usar https:// (http sin cifrar solo se permite en local).</translation>
        </message>
        <message>
            <source>Your session has ended. Please sign in again.</source>
            <translation>Tu sesión ha terminado. Vuelve a iniciar sesión.</translation>
        </message>
        <message>
            <source>The user name or password is not correct.</source>
            <translation>El nombre de usuario o la contraseña no son correctos.</translation>
        </message>
        <message>
            <source>This account is disabled. Your work is kept and will sync when it is enabled again.</source>
            <translation>Esta cuenta está desactivada. Tu trabajo se conserva y se sincronizará cuando vuelva a activarse.</translation>
        </message>
        <message>
            <source>You must choose a new password before you can sign in.</source>
            <translation>Debes elegir una contraseña nueva antes de poder iniciar sesión.</translation>
        </message>
        <message>
            <source>Your account is not allowed to do this.</source>
            <translation>Tu cuenta no tiene permiso para hacer esto.</translation>
        </message>
        <message>
            <source>The case service does not know this item.</source>
            <translation>El servicio de casos no conoce este elemento.</translation>
        </message>
        <message>
            <source>Someone else changed this first (for example the lease was lost).</source>
            <translation>Otra persona lo cambió antes (por ejemplo, se perdió la reserva).</translation>
        </message>
        <message>
            <source>The case service asks us to slow down; sync will retry shortly.</source>
            <translation>El servicio de casos nos pide ir más despacio; se volverá a sincronizar en breve.</translation>
        </message>
        <message>
            <source>The case service had a problem; sync will retry shortly.</source>
            <translation>El servicio de casos tuvo un problema; se volverá a sincronizar en breve.</translation>
        </message>
        <message>
            <source>The case service sent an answer this client cannot use.</source>
            <translation>El servicio de casos envió una respuesta que este cliente no puede usar.</translation>
        </message>
        <message>
            <source>This client is too old for the case service. Please update it.</source>
            <translation>Este cliente es demasiado antiguo para el servicio de casos. Actualízalo.</translation>
        </message>
        <message>
            <source>The case service refused the request as invalid.</source>
            <translation>El servicio de casos rechazó la solicitud por no ser válida.</translation>
        </message>
        <message>
            <source>The case service answered with an error.</source>
            <translation>El servicio de casos respondió con un error.</translation>
        </message>
        <message>
            <source>Cannot store your sign-in safely: %1. Tokens are kept only in the system keyring (GNOME Keyring / KWallet via Secret Service, macOS Keychain, Windows Credential Manager). Start or unlock it and sign in again.</source>
            <translation>No se puede guardar tu inicio de sesión de forma segura: %1. Los tokens solo se guardan en el llavero del sistema (GNOME Keyring / KWallet mediante Secret Service, macOS Keychain, Windows Credential Manager). Inícialo o desbloquéalo y vuelve a iniciar sesión.</translation>
        </message>
        <message>
            <source>The user name or password is not correct. Check both and try again.</source>
            <translation>El nombre de usuario o la contraseña no son correctos. Revisa ambos y vuelve a intentarlo.</translation>
        </message>
        <message>
            <source>The secure connection to the case service at %1 failed: its certificate could not be verified. Check the address; if it is right, ask your IT team whether this computer trusts the service's certificate.</source>
            <translation>Falló la conexión segura con el servicio de casos en %1: no se pudo verificar su certificado. Revisa la dirección; si es correcta, pregunta a tu equipo de TI si este ordenador confía en el certificado del servicio.</translation>
        </message>
        <message>
            <source>The secure connection to the case service failed: its certificate could not be verified. Check the address; if it is right, ask your IT team whether this computer trusts the service's certificate.</source>
            <translation>Falló la conexión segura con el servicio de casos: no se pudo verificar su certificado. Revisa la dirección; si es correcta, pregunta a tu equipo de TI si este ordenador confía en el certificado del servicio.</translation>
        </message>
        <message>
            <source>Cannot reach the case service at %1. Check the address and this computer's network connection, then try again.</source>
            <translation>No se puede contactar con el servicio de casos en %1. Revisa la dirección y la conexión de red de este ordenador y vuelve a intentarlo.</translation>
        </message>
        <message>
            <source>Cannot reach the case service. Check the address and this computer's network connection, then try again.</source>
            <translation>No se puede contactar con el servicio de casos. Revisa la dirección y la conexión de red de este ordenador y vuelve a intentarlo.</translation>
        </message>
        <message>
            <source>This account may not use the review desk. Ask your team lead for access.</source>
            <translation>Esta cuenta no puede usar el puesto de revisión. Pide acceso a tu líder de equipo.</translation>
        </message>
        <message>
            <source>Sign-in failed unexpectedly (%1). Please try again.</source>
            <translation>El inicio de sesión falló de forma inesperada (%1). Vuelve a intentarlo.</translation>
        </message>
    </context>
    <context>
        <name>EscalationReasons</name>
        <message>
            <source>Credible threat of harm</source>
            <extracomment>why a moderator escalated (the taxonomy's escalation reasons)</extracomment>
            <translation>Amenaza creíble de daño</translation>
        </message>
        <message>
            <source>Minor safety specialist needed</source>
            <translation>Se necesita un especialista en seguridad de menores</translation>
        </message>
        <message>
            <source>Policy unclear or missing</source>
            <translation>Política poco clara o inexistente</translation>
        </message>
        <message>
            <source>Legal or law-enforcement request</source>
            <translation>Solicitud legal o de las fuerzas del orden</translation>
        </message>
        <message>
            <source>High-profile account</source>
            <translation>Cuenta de perfil destacado</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Otro</translation>
        </message>
    </context>
    <context>
        <name>EscalationsWindow</name>
        <message>
            <source>My escalations · Live Review Desk</source>
            <translation>Mis escalados · Live Review Desk</translation>
        </message>
        <message>
            <source>My escalations</source>
            <translation>Mis escalados</translation>
        </message>
        <message>
            <source>Cases you escalated, newest first, with what the lead decided.</source>
            <translation>Casos que escalaste, los más recientes primero, con lo que decidió el líder.</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Caso</translation>
        </message>
        <message>
            <source>Streamer</source>
            <translation>Streamer</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <source>Escalated</source>
            <translation>Escalado</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <source>Decided by</source>
            <translation>Decidido por</translation>
        </message>
        <message>
            <source>Lead's note</source>
            <translation>Nota del líder</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Actualizar</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <comment>escalations shown · still waiting</comment>
            <translation>%1 · %2</translation>
        </message>
        <message numerus="yes">
            <source>%Ln escalation(s)</source>
            <translation>
                <numerusform>%Ln escalado</numerusform>
                <numerusform>%Ln escalados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln waiting for a lead</source>
            <translation>
                <numerusform>%Ln esperando a un líder</numerusform>
                <numerusform>%Ln esperando a un líder</numerusform>
            </translation>
        </message>
        <message>
            <source>waiting</source>
            <translation>en espera</translation>
        </message>
    </context>
    <context>
        <name>ExposureStatus</name>
        <message numerus="yes">
            <source>%Ln min</source>
            <comment>minutes seen</comment>
            <extracomment>how often (ms) the exposure minutes, the break reminder and the idle rule are checked</extracomment>
            <translation>
                <numerusform>%Ln min</numerusform>
                <numerusform>%Ln min</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;1 min</source>
            <translation>&lt;1 min</translation>
        </message>
        <message>
            <source>uncategorised</source>
            <comment>sensitive content without a policy area</comment>
            <translation>sin categoría</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <comment>a category, then its minutes</comment>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source> · </source>
            <comment>between categories</comment>
            <translation> · </translation>
        </message>
        <message>
            <source>Sensitive content seen this session</source>
            <translation>Contenido sensible visto en esta sesión</translation>
        </message>
        <message>
            <source>Sensitive seen: none</source>
            <translation>Sensible visto: nada</translation>
        </message>
        <message>
            <source>Sensitive seen: %1 …</source>
            <translation>Sensible visto: %1 …</translation>
        </message>
        <message>
            <source>Sensitive seen: %1</source>
            <translation>Sensible visto: %1</translation>
        </message>
        <message numerus="yes">
            <source>Minutes of sensitive content on screen un-blurred this session (about %Ln min in all):
%1</source>
            <translation>
                <numerusform>Minutos de contenido sensible mostrado sin difuminar en pantalla en esta sesión (unos %Ln min en total):
%1</numerusform>
                <numerusform>Minutos de contenido sensible mostrado sin difuminar en pantalla en esta sesión (unos %Ln min en total):
%1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Following</name>
        <message>
            <source>The stream has already ended, so it cannot be ended. Nothing was recorded: choose another action.</source>
            <translation>La transmisión ya terminó, así que no se puede terminar. No se registró nada: elige otra acción.</translation>
        </message>
        <message>
            <source>This action no longer applies to this case.</source>
            <translation>Esta acción ya no se aplica a este caso.</translation>
        </message>
    </context>
    <context>
        <name>Formats</name>
        <message>
            <source>%1k</source>
            <comment>thousands, short</comment>
            <translation>%1 mil</translation>
        </message>
        <message>
            <source>%1M</source>
            <comment>millions, short</comment>
            <translation>%1 M</translation>
        </message>
        <message>
            <source>%1 %</source>
            <comment>a percentage</comment>
            <translation>%1 %</translation>
        </message>
        <message numerus="yes">
            <source>%Ln s</source>
            <comment>seconds, short</comment>
            <translation>
                <numerusform>%Ln s</numerusform>
                <numerusform>%Ln s</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln min</source>
            <comment>minutes, short</comment>
            <translation>
                <numerusform>%Ln min</numerusform>
                <numerusform>%Ln min</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 h %2 min</source>
            <comment>hours and minutes, short</comment>
            <translation>%1 h %2 min</translation>
        </message>
        <message numerus="yes">
            <source>%Ln day(s)</source>
            <comment>a duration in days</comment>
            <translation>
                <numerusform>%Ln día</numerusform>
                <numerusform>%Ln días</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 s</source>
            <comment>seconds with a decimal</comment>
            <translation>%1 s</translation>
        </message>
    </context>
    <context>
        <name>GoldenPage</name>
        <message>
            <source>Golden items</source>
            <translation>Elementos de referencia</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Caso</translation>
        </message>
        <message>
            <source>Queue</source>
            <translation>Cola</translation>
        </message>
        <message>
            <source>Reference action</source>
            <translation>Acción de referencia</translation>
        </message>
        <message>
            <source>Policy areas</source>
            <translation>Áreas de política</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Actualizar</translation>
        </message>
        <message>
            <source>Case id of a decided case</source>
            <translation>Id de un caso ya decidido</translation>
        </message>
        <message>
            <source>Promote</source>
            <translation>Promover</translation>
        </message>
        <message>
            <source>Retire selected</source>
            <translation>Retirar seleccionados</translation>
        </message>
        <message numerus="yes">
            <source>%n golden item(s)</source>
            <translation>
                <numerusform>%n elemento de referencia</numerusform>
                <numerusform>%n elementos de referencia</numerusform>
            </translation>
        </message>
        <message>
            <source>Type the id of a decided case.</source>
            <translation>Escribe el id de un caso ya decidido.</translation>
        </message>
        <message>
            <source>%1 is a golden item now.</source>
            <translation>%1 ahora es un elemento de referencia.</translation>
        </message>
        <message>
            <source>%1 was retired.</source>
            <translation>%1 se retiró.</translation>
        </message>
    </context>
    <context>
        <name>GuidelinesView</name>
        <message>
            <source>Everyone</source>
            <translation>Todos</translation>
        </message>
        <message>
            <source>Vendor: %1</source>
            <translation>Proveedor: %1</translation>
        </message>
        <message>
            <source>Queue: %1</source>
            <translation>Cola: %1</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <comment>a target kind, then its name</comment>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Publish an urgent guideline</source>
            <translation>Publicar una directriz urgente</translation>
        </message>
        <message>
            <source>Guideline title</source>
            <translation>Título de la directriz</translation>
        </message>
        <message>
            <source>One line moderators read first</source>
            <translation>Una línea que los moderadores leen primero</translation>
        </message>
        <message>
            <source>Guideline text</source>
            <translation>Texto de la directriz</translation>
        </message>
        <message>
            <source>What changes, from when, and what to do instead.</source>
            <translation>Qué cambia, desde cuándo y qué hacer en su lugar.</translation>
        </message>
        <message>
            <source>Who must read it</source>
            <translation>Quién debe leerla</translation>
        </message>
        <message>
            <source>One vendor</source>
            <translation>Un proveedor</translation>
        </message>
        <message>
            <source>One queue</source>
            <translation>Una cola</translation>
        </message>
        <message>
            <source>Vendor that must read it</source>
            <translation>Proveedor que debe leerla</translation>
        </message>
        <message>
            <source>vendor name, e.g. northdesk</source>
            <translation>nombre del proveedor, p. ej. northdesk</translation>
        </message>
        <message>
            <source>Queue whose moderators must read it</source>
            <translation>Cola cuyos moderadores deben leerla</translation>
        </message>
        <message>
            <source>Moderators must acknowledge it</source>
            <translation>Los moderadores deben confirmar su lectura</translation>
        </message>
        <message>
            <source>Publish</source>
            <translation>Publicar</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Texto</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Destino</translation>
        </message>
        <message>
            <source>Vendor</source>
            <translation>Proveedor</translation>
        </message>
        <message>
            <source>Queue</source>
            <translation>Cola</translation>
        </message>
        <message>
            <source>Published guidelines</source>
            <translation>Directrices publicadas</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>Publicada</translation>
        </message>
        <message>
            <source>Read</source>
            <translation>Leída</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Actualizar</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Username</source>
            <translation>Usuario</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rol</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Equipo</translation>
        </message>
        <message>
            <source>Acknowledged</source>
            <translation>Confirmada</translation>
        </message>
        <message>
            <source>Who has acknowledged the guideline</source>
            <translation>Quién ha confirmado la lectura de la directriz</translation>
        </message>
        <message>
            <source>Give the guideline a title.</source>
            <translation>Ponle un título a la directriz.</translation>
        </message>
        <message>
            <source>Write what the guideline says.</source>
            <translation>Escribe lo que dice la directriz.</translation>
        </message>
        <message>
            <source>Name the vendor that must read it.</source>
            <translation>Indica el proveedor que debe leerla.</translation>
        </message>
        <message>
            <source>Name the queue that must read it.</source>
            <translation>Indica la cola que debe leerla.</translation>
        </message>
        <message>
            <source>Publishing…</source>
            <translation>Publicando…</translation>
        </message>
        <message numerus="yes">
            <source>Published to %Ln person(s): it shows in their banner with the next policy refresh.</source>
            <translation>
                <numerusform>Publicada para %Ln persona: aparece en su banner con la próxima actualización de la política.</numerusform>
                <numerusform>Publicada para %Ln personas: aparece en su banner con la próxima actualización de la política.</numerusform>
            </translation>
        </message>
        <message>
            <source>Not published: %1</source>
            <translation>No publicada: %1</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <comment>acknowledged of targeted</comment>
            <translation>%1 de %2</translation>
        </message>
        <message>
            <source>info</source>
            <comment>a guideline that needs no acknowledgement</comment>
            <translation>info</translation>
        </message>
        <message>
            <source>“%1” · %2 · %3 of %4 acknowledged, %5 not yet</source>
            <translation>«%1» · %2 · %3 de %4 confirmadas, %5 aún no</translation>
        </message>
        <message>
            <source>“%1” · %2 · %3 of %4 acknowledged, everyone has read it</source>
            <translation>«%1» · %2 · %3 de %4 confirmadas, todos la han leído</translation>
        </message>
        <message>
            <source>not yet</source>
            <comment>not acknowledged yet</comment>
            <translation>aún no</translation>
        </message>
    </context>
    <context>
        <name>HighProfileConfirm</name>
        <message>
            <source>High-profile account</source>
            <translation>Cuenta de perfil destacado</translation>
        </message>
        <message>
            <source>This account is labelled high profile. Press Enter to confirm %1, or Escape to cancel.</source>
            <translation>Esta cuenta tiene la etiqueta de perfil destacado. Pulsa Enter para confirmar %1 o Escape para cancelar.</translation>
        </message>
    </context>
    <context>
        <name>HistoryModel</name>
        <message>
            <source>Decided</source>
            <extracomment>rows per request: one screenful several times over, small enough to arrive quickly</extracomment>
            <translation>Decidida</translation>
        </message>
        <message>
            <source>Moderator</source>
            <translation>Moderador</translation>
        </message>
        <message>
            <source>Vendor</source>
            <translation>Proveedor</translation>
        </message>
        <message>
            <source>Queue</source>
            <translation>Cola</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Caso</translation>
        </message>
        <message>
            <source>Streamer</source>
            <translation>Streamer</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Acción</translation>
        </message>
        <message>
            <source>Policy area</source>
            <translation>Área de política</translation>
        </message>
        <message>
            <source>Handle time</source>
            <translation>Tiempo de gestión</translation>
        </message>
        <message>
            <source>QA verdict</source>
            <translation>Veredicto de calidad</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>dispute open</source>
            <translation>impugnación abierta</translation>
        </message>
        <message>
            <source>dispute accepted</source>
            <translation>impugnación aceptada</translation>
        </message>
        <message>
            <source>dispute rejected</source>
            <translation>impugnación rechazada</translation>
        </message>
        <message>
            <source>, </source>
            <comment>between list items</comment>
            <translation>, </translation>
        </message>
        <message>
            <source>superseded</source>
            <translation>sustituida</translation>
        </message>
        <message>
            <source>correction</source>
            <translation>corrección</translation>
        </message>
        <message>
            <source>undo</source>
            <translation>deshacer</translation>
        </message>
        <message>
            <source>late</source>
            <translation>tarde</translation>
        </message>
        <message>
            <source>chat action on %1</source>
            <comment>a chat action's target: a message or chatter id</comment>
            <translation>acción en el chat sobre %1</translation>
        </message>
        <message>
            <source>escalation → %1 by %2</source>
            <comment>the decision on the escalated case, who took it</comment>
            <translation>escalado → %1 por %2</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <comment>a QA verdict, then the dispute's state</comment>
            <translation>%1 · %2</translation>
        </message>
    </context>
    <context>
        <name>HistoryView</name>
        <message>
            <source>Any</source>
            <comment>a yes/no filter</comment>
            <extracomment>columns whose cells may be cut: the tool tip shows them whole (as plain text) a note is cut in the cell; the whole note is in the tool tip and the chain view</extracomment>
            <translation>Todos</translation>
        </message>
        <message>
            <source>Yes</source>
            <comment>a yes/no filter</comment>
            <translation>Sí</translation>
        </message>
        <message>
            <source>No</source>
            <comment>a yes/no filter</comment>
            <translation>No</translation>
        </message>
        <message>
            <source>Decision history</source>
            <extracomment>an overturned verdict stands out in the QA column (the theme's red, readable on it)</extracomment>
            <translation>Historial de decisiones</translation>
        </message>
        <message>
            <source>Moderator</source>
            <translation>Moderador</translation>
        </message>
        <message>
            <source>Every moderator</source>
            <translation>Todos los moderadores</translation>
        </message>
        <message>
            <source>Vendor</source>
            <translation>Proveedor</translation>
        </message>
        <message>
            <source>Every vendor</source>
            <translation>Todos los proveedores</translation>
        </message>
        <message>
            <source>Queue</source>
            <translation>Cola</translation>
        </message>
        <message>
            <source>Every queue</source>
            <translation>Todas las colas</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Acción</translation>
        </message>
        <message>
            <source>Every action</source>
            <translation>Todas las acciones</translation>
        </message>
        <message>
            <source>Policy area</source>
            <translation>Área de política</translation>
        </message>
        <message>
            <source>Every policy area</source>
            <translation>Todas las áreas de política</translation>
        </message>
        <message>
            <source>Decided between</source>
            <translation>Decidida entre</translation>
        </message>
        <message>
            <source>Filter by decision date</source>
            <translation>Filtrar por fecha de decisión</translation>
        </message>
        <message>
            <source>History first day</source>
            <translation>Primer día del historial</translation>
        </message>
        <message>
            <source>History last day</source>
            <translation>Último día del historial</translation>
        </message>
        <message>
            <source>Overturned by QA</source>
            <translation>Revocada por calidad</translation>
        </message>
        <message>
            <source>Disputed</source>
            <translation>Impugnada</translation>
        </message>
        <message>
            <source>Escalated</source>
            <translation>Escalada</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Every kind</source>
            <translation>Todos los tipos</translation>
        </message>
        <message>
            <source>Case decisions</source>
            <translation>Decisiones sobre casos</translation>
        </message>
        <message>
            <source>Chat actions</source>
            <translation>Acciones en el chat</translation>
        </message>
        <message>
            <source>Apply filters</source>
            <translation>Aplicar filtros</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Borrar</translation>
        </message>
        <message>
            <source>Overturned</source>
            <translation>Revocada</translation>
        </message>
        <message>
            <source>to</source>
            <comment>decided between one date and another</comment>
            <translation>y</translation>
        </message>
        <message>
            <source>Look up a case id or a streamer handle</source>
            <translation>Buscar un id de caso o el alias de un streamer</translation>
        </message>
        <message>
            <source>Case id, or @handle of a streamer</source>
            <translation>Id de caso o @alias de un streamer</translation>
        </message>
        <message>
            <source>Look up</source>
            <translation>Buscar</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>Exportar CSV…</translation>
        </message>
        <message>
            <source>Every decision of the current filter, as a CSV file</source>
            <translation>Todas las decisiones del filtro actual, como archivo CSV</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <comment>a user name, then a display name</comment>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>That filter is not valid: %1</source>
            <translation>Ese filtro no es válido: %1</translation>
        </message>
        <message>
            <source>Looking up…</source>
            <translation>Buscando…</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Cargando…</translation>
        </message>
        <message>
            <source>No decision matches this filter.</source>
            <translation>Ninguna decisión coincide con este filtro.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln decision(s) shown, latest received first; scroll down for more.</source>
            <translation>
                <numerusform>%Ln decisión mostrada, la última recibida primero; desplázate hacia abajo para ver más.</numerusform>
                <numerusform>%Ln decisiones mostradas, las últimas recibidas primero; desplázate hacia abajo para ver más.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln decision(s), latest received first: all of this filter.</source>
            <translation>
                <numerusform>%Ln decisión, la última recibida primero: todas las de este filtro.</numerusform>
                <numerusform>%Ln decisiones, las últimas recibidas primero: todas las de este filtro.</numerusform>
            </translation>
        </message>
        <message>
            <source>The history could not be loaded: %1</source>
            <translation>No se pudo cargar el historial: %1</translation>
        </message>
        <message>
            <source>Export history as CSV</source>
            <translation>Exportar el historial como CSV</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Archivos CSV (*.csv)</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Exportando…</translation>
        </message>
        <message numerus="yes">
            <source>Exported %Ln decision(s) to %1.</source>
            <translation>
                <numerusform>Se exportó %Ln decisión a %1.</numerusform>
                <numerusform>Se exportaron %Ln decisiones a %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>The export failed: %1</source>
            <translation>La exportación falló: %1</translation>
        </message>
    </context>
    <context>
        <name>IdleLock</name>
        <message>
            <source>Workstation locked</source>
            <translation>Estación de trabajo bloqueada</translation>
        </message>
        <message>
            <source>Locked</source>
            <translation>Bloqueada</translation>
        </message>
        <message>
            <source>Signed in as %1</source>
            <translation>Sesión iniciada como %1</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Contraseña</translation>
        </message>
        <message>
            <source>New password</source>
            <translation>Nueva contraseña</translation>
        </message>
        <message>
            <source>New password again</source>
            <translation>Repite la nueva contraseña</translation>
        </message>
        <message>
            <source>Sign in again</source>
            <translation>Volver a iniciar sesión</translation>
        </message>
        <message>
            <source>Sign out</source>
            <translation>Cerrar sesión</translation>
        </message>
        <message>
            <source>Your password was reset. Choose a new password, type it twice and sign in again (the password field keeps the temporary one).</source>
            <translation>Se restableció tu contraseña. Elige una nueva, escríbela dos veces e inicia sesión de nuevo (el campo de contraseña conserva la temporal).</translation>
        </message>
        <message>
            <source>Choose a new password of at least %1 characters.</source>
            <translation>Elige una nueva contraseña de al menos %1 caracteres.</translation>
        </message>
        <message>
            <source>The two new passwords differ: type the same one twice.</source>
            <translation>Las dos contraseñas nuevas no coinciden: escribe la misma dos veces.</translation>
        </message>
    </context>
    <context>
        <name>ImageDecoder</name>
        <message>
            <source>cannot read the file: %1</source>
            <translation>no se puede leer el archivo: %1</translation>
        </message>
        <message>
            <source>the file is empty</source>
            <translation>el archivo está vacío</translation>
        </message>
        <message numerus="yes">
            <source>the file is too large (%Ln MB)</source>
            <translation>
                <numerusform>el archivo es demasiado grande (%Ln MB)</numerusform>
                <numerusform>el archivo es demasiado grande (%Ln MB)</numerusform>
            </translation>
        </message>
        <message>
            <source>not a JPEG, PNG or WebP image</source>
            <translation>no es una imagen JPEG, PNG ni WebP</translation>
        </message>
        <message>
            <source>not an image this client can read (%1)</source>
            <translation>no es una imagen que este cliente pueda leer (%1)</translation>
        </message>
        <message>
            <source>the image does not declare its size</source>
            <translation>la imagen no declara su tamaño</translation>
        </message>
        <message>
            <source>the image is too large (%1×%2)</source>
            <translation>la imagen es demasiado grande (%1×%2)</translation>
        </message>
        <message>
            <source>the image could not be decoded (%1)</source>
            <translation>no se pudo descodificar la imagen (%1)</translation>
        </message>
        <message>
            <source>decoding failed: %1</source>
            <translation>falló la descodificación: %1</translation>
        </message>
    </context>
    <context>
        <name>KeyButton</name>
        <message>
            <source>Key for %1</source>
            <translation>Tecla para %1</translation>
        </message>
        <message>
            <source>Press Space or click, then press the new key (Esc cancels)</source>
            <translation>Pulsa Space o haz clic y luego pulsa la tecla nueva (Esc cancela)</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>%1: no key</source>
            <translation>%1: sin tecla</translation>
        </message>
        <message>
            <source>Press a key…</source>
            <translation>Pulsa una tecla…</translation>
        </message>
    </context>
    <context>
        <name>KeyRefusal</name>
        <message>
            <source>%1 has no key of its own (undo records it)</source>
            <translation>%1 no tiene tecla propia (deshacer la registra)</translation>
        </message>
        <message>
            <source>%1: “%2” is not a single key</source>
            <translation>%1: «%2» no es una sola tecla</translation>
        </message>
        <message>
            <source>%1: %2 is kept for %3</source>
            <translation>%1: %2 se reserva para %3</translation>
        </message>
        <message>
            <source>%1: %2 picks the policy area %3</source>
            <translation>%1: %2 elige el área de política %3</translation>
        </message>
        <message>
            <source>“%1” is not an action of policy %2</source>
            <translation>«%1» no es una acción de la política %2</translation>
        </message>
        <message>
            <source>%1: %2 is already %3</source>
            <translation>%1: %2 ya es %3</translation>
        </message>
    </context>
    <context>
        <name>Keymap</name>
        <message>
            <source>holding to reveal a blurred snapshot</source>
            <extracomment>keys the review screen uses for something else, and what (marked: the client shows them in the person's language with ``translate("Keymap", value)``)</extracomment>
            <translation>mantener pulsado para mostrar una captura difuminada</translation>
        </message>
        <message>
            <source>skipping a case</source>
            <translation>omitir un caso</translation>
        </message>
        <message>
            <source>the shortcut sheet</source>
            <translation>la hoja de atajos</translation>
        </message>
        <message>
            <source>undo</source>
            <translation>deshacer</translation>
        </message>
        <message>
            <source>pause</source>
            <translation>pausa</translation>
        </message>
        <message>
            <source>settings</source>
            <translation>ajustes</translation>
        </message>
        <message>
            <source>searching the chat</source>
            <translation>buscar en el chat</translation>
        </message>
        <message>
            <source>the previous snapshot</source>
            <translation>la captura anterior</translation>
        </message>
        <message>
            <source>the next snapshot</source>
            <translation>la captura siguiente</translation>
        </message>
        <message>
            <source>moving in lists</source>
            <translation>moverse por las listas</translation>
        </message>
        <message>
            <source>a chat author's history</source>
            <translation>el historial de un autor del chat</translation>
        </message>
        <message>
            <source>leaving a field</source>
            <translation>salir de un campo</translation>
        </message>
        <message>
            <source>moving the focus</source>
            <translation>mover el foco</translation>
        </message>
        <message>
            <source>pressing the focused button</source>
            <translation>pulsar el botón con el foco</translation>
        </message>
    </context>
    <context>
        <name>LabelRequestsView</name>
        <message>
            <source>Account labels</source>
            <translation>Etiquetas de cuenta</translation>
        </message>
        <message>
            <source>Labels your team asked for on streamers' accounts. An approved label shows in the header of every later case of that account until it expires.</source>
            <translation>Etiquetas que tu equipo pidió para cuentas de streamers. Una etiqueta aprobada aparece en la cabecera de cada caso posterior de esa cuenta hasta que caduca.</translation>
        </message>
        <message>
            <source>Which requests</source>
            <translation>Qué solicitudes</translation>
        </message>
        <message>
            <source>Waiting for a decision</source>
            <translation>Esperando una decisión</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Aprobadas</translation>
        </message>
        <message>
            <source>Declined</source>
            <translation>Rechazadas</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Cuenta</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Etiqueta</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <source>Asked by</source>
            <translation>Pedida por</translation>
        </message>
        <message>
            <source>Asked</source>
            <translation>Pedida</translation>
        </message>
        <message>
            <source>Expires</source>
            <translation>Caduca</translation>
        </message>
        <message>
            <source>Account label requests</source>
            <translation>Solicitudes de etiquetas de cuenta</translation>
        </message>
        <message>
            <source> days</source>
            <translation> días</translation>
        </message>
        <message>
            <source>Expires after</source>
            <translation>Caduca tras</translation>
        </message>
        <message>
            <source>Note for the requester (optional)</source>
            <translation>Nota para quien la pidió (opcional)</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>Aprobar</translation>
        </message>
        <message>
            <source>Decline</source>
            <translation>Rechazar</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Actualizar</translation>
        </message>
        <message numerus="yes">
            <source>%Ln request(s)</source>
            <translation>
                <numerusform>%Ln solicitud</numerusform>
                <numerusform>%Ln solicitudes</numerusform>
            </translation>
        </message>
        <message>
            <source>Approved until %1.</source>
            <translation>Aprobada hasta %1.</translation>
        </message>
        <message>
            <source>Declined.</source>
            <translation>Rechazada.</translation>
        </message>
    </context>
    <context>
        <name>LeadChart</name>
        <message>
            <source>%1 %</source>
            <comment>a whole percentage</comment>
            <extracomment>how a value label reads (locale digits, translated units): the page decides</extracomment>
            <translation>%1 %</translation>
        </message>
        <message>
            <source>Nothing in this period</source>
            <translation>Nada en este periodo</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <comment>a category and its value</comment>
            <translation>%1: %2</translation>
        </message>
    </context>
    <context>
        <name>LeadWindow</name>
        <message>
            <source>Team audit · %1 · Live Review Desk</source>
            <extracomment>an import ended: the summary or the problem, as shown</extracomment>
            <translation>Auditoría del equipo · %1 · Live Review Desk</translation>
        </message>
        <message>
            <source>Loading the charts…</source>
            <translation>Cargando los gráficos…</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Historial</translation>
        </message>
        <message>
            <source>Audit chains</source>
            <translation>Cadenas de auditoría</translation>
        </message>
        <message>
            <source>Guidelines</source>
            <translation>Directrices</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <translation>Panel</translation>
        </message>
        <message>
            <source>Breaches</source>
            <translation>Incumplimientos</translation>
        </message>
        <message>
            <source>Account labels</source>
            <translation>Etiquetas de cuenta</translation>
        </message>
        <message>
            <source>Weekly report…</source>
            <translation>Informe semanal…</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Informes</translation>
        </message>
        <message>
            <source>Import a disabled moderator's decisions…</source>
            <translation>Importar las decisiones de un moderador desactivado…</translation>
        </message>
        <message>
            <source>Decisions</source>
            <translation>Decisiones</translation>
        </message>
        <message>
            <source>Import a disabled moderator's decisions</source>
            <translation>Importar las decisiones de un moderador desactivado</translation>
        </message>
        <message>
            <source>Decision exports (*.json)</source>
            <translation>Exportaciones de decisiones (*.json)</translation>
        </message>
        <message>
            <source>This file is not a desk's decision export: %1</source>
            <translation>Este archivo no es una exportación de decisiones de un escritorio: %1</translation>
        </message>
        <message>
            <source>Team audit</source>
            <translation>Auditoría del equipo</translation>
        </message>
        <message>
            <source>History, audit chains, urgent guidelines and the team dashboard</source>
            <translation>Historial, cadenas de auditoría, directrices urgentes y el panel del equipo</translation>
        </message>
    </context>
    <context>
        <name>LiveLine</name>
        <message numerus="yes">
            <source>%Ln s</source>
            <comment>seconds left, short</comment>
            <translation>
                <numerusform>%Ln s</numerusform>
                <numerusform>%Ln s</numerusform>
            </translation>
        </message>
        <message>
            <source>due in %1</source>
            <comment>the case's SLA deadline</comment>
            <translation>vence en %1</translation>
        </message>
        <message>
            <source>overdue by %1</source>
            <comment>past the SLA deadline</comment>
            <translation>vencido hace %1</translation>
        </message>
        <message>
            <source>LIVE</source>
            <comment>the stream is live now</comment>
            <translation>EN VIVO</translation>
        </message>
        <message>
            <source>ended</source>
            <comment>the stream has ended</comment>
            <translation>terminada</translation>
        </message>
        <message numerus="yes">
            <source>%1 viewer(s)</source>
            <comment>a compact count, e.g. 48k</comment>
            <translation>
                <numerusform>%1 espectador</numerusform>
                <numerusform>%1 espectadores</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 report(s) in 5 min</source>
            <comment>velocity, a compact count</comment>
            <translation>
                <numerusform>%1 denuncia en 5 min</numerusform>
                <numerusform>%1 denuncias en 5 min</numerusform>
            </translation>
        </message>
        <message>
            <source>reopened after “no violation”</source>
            <comment>new reports came in</comment>
            <translation>reabierto tras «sin infracción»</translation>
        </message>
        <message>
            <source> · </source>
            <comment>between the pieces of the line</comment>
            <translation> · </translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Live Review Desk — %1 (%2) · %3 · demo · sign-in kept in memory only (no system keyring)</source>
            <extracomment>how often the taxonomy (and its announcements) is fetched again how long sign-out lets the sync thread finish its last upload and releases; past it the thread is given up, the crash marker stays and the decisions wait on this machine note the moderator's activity for lease renewal at most this often the service's /v1/info answer (its version, the newest desk it advertises)</extracomment>
            <translation>Live Review Desk — %1 (%2) · %3 · demo · inicio de sesión solo en memoria (sin llavero del sistema)</translation>
        </message>
        <message>
            <source>Live Review Desk — %1 (%2) · %3 · sign-in kept in memory only (no system keyring)</source>
            <translation>Live Review Desk — %1 (%2) · %3 · inicio de sesión solo en memoria (sin llavero del sistema)</translation>
        </message>
        <message>
            <source>Live Review Desk — %1 (%2) · %3 · demo</source>
            <translation>Live Review Desk — %1 (%2) · %3 · demo</translation>
        </message>
        <message>
            <source>Live Review Desk — %1 (%2) · %3</source>
            <translation>Live Review Desk — %1 (%2) · %3</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>Revisión</translation>
        </message>
        <message>
            <source>Queues</source>
            <translation>Colas</translation>
        </message>
        <message>
            <source>Back to the list of queues (pauses review)</source>
            <translation>Volver a la lista de colas (pausa la revisión)</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pausa</translation>
        </message>
        <message>
            <source>Pause (%1): stop the handle-time clock and give back undecided cases</source>
            <translation>Pausa (%1): detiene el reloj del tiempo de gestión y devuelve los casos sin decidir</translation>
        </message>
        <message>
            <source>Sync problems</source>
            <translation>Problemas de sincronización</translation>
        </message>
        <message>
            <source>Sign out</source>
            <translation>Cerrar sesión</translation>
        </message>
        <message>
            <source>Release unfinished cases, remove cached case content and forget the sign-in</source>
            <translation>Liberar los casos sin terminar, eliminar el contenido de casos en caché y olvidar el inicio de sesión</translation>
        </message>
        <message>
            <source>About</source>
            <translation>Acerca de</translation>
        </message>
        <message>
            <source>The version of this desk, the case service and whom to ask for help</source>
            <translation>La versión de este puesto, del servicio de casos y a quién pedir ayuda</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <comment>a person's name and role</comment>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>The last session did not close cleanly: cached case content was removed and is fetched again. Your decisions are safe.</source>
            <translation>La última sesión no se cerró correctamente: se eliminó el contenido de casos en caché y se vuelve a descargar. Tus decisiones están a salvo.</translation>
        </message>
        <message>
            <source>This case was leased longer ago than the retention period allows: its cached content was removed. Decide it from what is on screen or skip it.</source>
            <translation>Este caso se reservó hace más tiempo del que permite el periodo de retención: se eliminó su contenido en caché. Decídelo con lo que hay en pantalla u omítelo.</translation>
        </message>
        <message>
            <source>Resumed.</source>
            <translation>Reanudado.</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Reanudar</translation>
        </message>
        <message numerus="yes">
            <source>Paused. %n undecided case(s) went back to the queue; the handle-time clock is stopped.</source>
            <translation>
                <numerusform>En pausa. %n caso sin decidir volvió a la cola; el reloj del tiempo de gestión está detenido.</numerusform>
                <numerusform>En pausa. %n casos sin decidir volvieron a la cola; el reloj del tiempo de gestión está detenido.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n decision(s) came back with a problem: see Sync problems.</source>
            <translation>
                <numerusform>%n decisión volvió con un problema: consulta Problemas de sincronización.</numerusform>
                <numerusform>%n decisiones volvieron con un problema: consulta Problemas de sincronización.</numerusform>
            </translation>
        </message>
        <message>
            <source>Your session ended. Please sign in again.</source>
            <translation>Tu sesión terminó. Vuelve a iniciar sesión.</translation>
        </message>
        <message>
            <source>Could not write %1: %2</source>
            <translation>No se pudo escribir %1: %2</translation>
        </message>
        <message numerus="yes">
            <source>%n held decision(s) written to %1</source>
            <translation>
                <numerusform>%n decisión retenida escrita en %1</numerusform>
                <numerusform>%n decisiones retenidas escritas en %1</numerusform>
            </translation>
        </message>
        <message>
            <source>You are signed out.</source>
            <translation>Has cerrado sesión.</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <comment>two sentences, one after the other</comment>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>The case service did not answer in time.</source>
            <translation>El servicio de casos no respondió a tiempo.</translation>
        </message>
        <message>
            <source>Still signing out. %1</source>
            <translation>Aún cerrando sesión. %1</translation>
        </message>
        <message>
            <source>Signing out: removing cached case content…</source>
            <translation>Cerrando sesión: eliminando el contenido de casos en caché…</translation>
        </message>
        <message>
            <source>Signing out: ending your session with the service…</source>
            <translation>Cerrando sesión: terminando tu sesión con el servicio…</translation>
        </message>
    </context>
    <context>
        <name>MyEscalations</name>
        <message>
            <source>Your escalation of case %1 was resolved: %2 (by %3).</source>
            <extracomment>how often the watch reads the list (ms): an outcome is news, not an alarm roles that escalate cases (QA reviewers answer calibration items instead)</extracomment>
            <translation>Se resolvió tu escalado del caso %1: %2 (por %3).</translation>
        </message>
        <message numerus="yes">
            <source>%n of your escalations were resolved.</source>
            <translation>
                <numerusform>Se resolvió %n de tus escalados.</numerusform>
                <numerusform>Se resolvieron %n de tus escalados.</numerusform>
            </translation>
        </message>
        <message>
            <source>My escalations</source>
            <translation>Mis escalados</translation>
        </message>
        <message>
            <source>Cases you escalated and the lead's outcome (%1)</source>
            <translation>Casos que escalaste y el resultado del líder (%1)</translation>
        </message>
    </context>
    <context>
        <name>NewSessionDialog</name>
        <message>
            <source>New calibration session</source>
            <translation>Nueva sesión de calibración</translation>
        </message>
        <message>
            <source>Week 48 golden set</source>
            <translation>Conjunto de referencia de la semana 48</translation>
        </message>
        <message>
            <source>qa1, lead1</source>
            <comment>example user names</comment>
            <translation>qa1, lead1</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <source>Reviewers (user names)</source>
            <translation>Revisores (nombres de usuario)</translation>
        </message>
        <message>
            <source>Golden items</source>
            <translation>Elementos de referencia</translation>
        </message>
        <message>
            <source>Sampled live decisions</source>
            <translation>Decisiones en vivo muestreadas</translation>
        </message>
    </context>
    <context>
        <name>PlainText</name>
        <message>
            <source>Copy</source>
            <translation>Copiar</translation>
        </message>
    </context>
    <context>
        <name>PolicyPanel</name>
        <message>
            <source>Policy shortcut panel</source>
            <translation>Panel de atajos de política</translation>
        </message>
        <message>
            <source>Decision</source>
            <extracomment>each action's row (key chip, button, requirement hint), to hide per queue</extracomment>
            <translation>Decisión</translation>
        </message>
        <message>
            <source>Policy version</source>
            <translation>Versión de la política</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>Acciones</translation>
        </message>
        <message>
            <source>Policy area</source>
            <translation>Área de política</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>Decision note</source>
            <translation>Nota de la decisión</translation>
        </message>
        <message>
            <source>Note for the record</source>
            <translation>Nota para el registro</translation>
        </message>
        <message>
            <source>Escalation reason</source>
            <translation>Motivo del escalado</translation>
        </message>
        <message>
            <source>Decision message</source>
            <translation>Mensaje de la decisión</translation>
        </message>
        <message>
            <source>Policy version %1</source>
            <translation>Versión de la política %1</translation>
        </message>
        <message>
            <source>Key for %1: %2</source>
            <translation>Tecla para %1: %2</translation>
        </message>
        <message>
            <source>%1 (key %2)</source>
            <translation>%1 (tecla %2)</translation>
        </message>
        <message>
            <source>%1 needs: %2</source>
            <translation>%1 necesita: %2</translation>
        </message>
        <message>
            <source>No policy area</source>
            <translation>Sin área de política</translation>
        </message>
        <message>
            <source>%1  %2</source>
            <comment>a key, then a policy area</comment>
            <translation>%1  %2</translation>
        </message>
        <message>
            <source>Policy area (keys %1–%2)</source>
            <translation>Área de política (teclas %1–%2)</translation>
        </message>
        <message>
            <source>No escalation</source>
            <translation>Sin escalado</translation>
        </message>
        <message>
            <source>policy + note</source>
            <translation>política + nota</translation>
        </message>
        <message>
            <source>policy</source>
            <translation>política</translation>
        </message>
        <message>
            <source>note</source>
            <translation>nota</translation>
        </message>
        <message>
            <source>%1 needs a policy area and a note.</source>
            <translation>%1 necesita un área de política y una nota.</translation>
        </message>
        <message>
            <source>%1 needs a policy area.</source>
            <translation>%1 necesita un área de política.</translation>
        </message>
        <message>
            <source>%1 needs a note.</source>
            <translation>%1 necesita una nota.</translation>
        </message>
        <message>
            <source>Ready: press Enter in the note or press %1 again.</source>
            <translation>Listo: pulsa Enter en la nota o vuelve a pulsar %1.</translation>
        </message>
        <message>
            <source>Ready: press %1 again.</source>
            <translation>Listo: vuelve a pulsar %1.</translation>
        </message>
    </context>
    <context>
        <name>PriorSection</name>
        <message>
            <source>Prior enforcement</source>
            <translation>Sanciones previas</translation>
        </message>
        <message>
            <source>%1 · %2 · %3 — %4</source>
            <translation>%1 · %2 · %3 — %4</translation>
        </message>
        <message>
            <source>%1 · %2 · %3</source>
            <translation>%1 · %2 · %3</translation>
        </message>
        <message numerus="yes">
            <source>+%Ln earlier</source>
            <translation>
                <numerusform>+%Ln anterior</numerusform>
                <numerusform>+%Ln anteriores</numerusform>
            </translation>
        </message>
        <message>
            <source>None on record</source>
            <translation>Ninguna registrada</translation>
        </message>
        <message>
            <source>Prior enforcement (%1)</source>
            <translation>Sanciones previas (%1)</translation>
        </message>
    </context>
    <context>
        <name>ProblemsDialog</name>
        <message>
            <source>Held on this desk: the service kept refusing it</source>
            <translation>Retenida en este puesto: el servicio la rechazaba una y otra vez</translation>
        </message>
        <message>
            <source>Conflict: someone else decided this case</source>
            <translation>Conflicto: otra persona decidió este caso</translation>
        </message>
        <message>
            <source>Refused: decision id reused (client problem, please report)</source>
            <translation>Rechazada: id de decisión reutilizado (problema del cliente, avisa a soporte)</translation>
        </message>
        <message>
            <source>Rejected by the service</source>
            <translation>Rechazada por el servicio</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Caso</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Acción</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <source>Sync problems · Live Review Desk</source>
            <extracomment>the ids of the held decisions to put back in the outbox the file to write the held decisions to, for support</extracomment>
            <translation>Problemas de sincronización · Live Review Desk</translation>
        </message>
        <message>
            <source>These decisions were not applied by the case service. They are kept here so that nothing is lost silently; tell your team lead about any you do not understand.</source>
            <translation>El servicio de casos no aplicó estas decisiones. Se conservan aquí para que nada se pierda sin avisar; comenta con tu líder de equipo las que no entiendas.</translation>
        </message>
        <message>
            <source>No problems: every decision was accepted.</source>
            <translation>Sin problemas: se aceptaron todas las decisiones.</translation>
        </message>
        <message numerus="yes">
            <source>Send %n held decision(s) again</source>
            <translation>
                <numerusform>Volver a enviar %n decisión retenida</numerusform>
                <numerusform>Volver a enviar %n decisiones retenidas</numerusform>
            </translation>
        </message>
        <message>
            <source>Export held decisions for support…</source>
            <translation>Exportar las decisiones retenidas para soporte…</translation>
        </message>
        <message>
            <source>Writes the held decisions and the service's answers to a file for your team lead or support; the decisions stay on this computer.</source>
            <translation>Escribe las decisiones retenidas y las respuestas del servicio en un archivo para tu líder de equipo o soporte; las decisiones se quedan en este ordenador.</translation>
        </message>
        <message>
            <source>Export held decisions</source>
            <extracomment>asks where to write the export ('' when the person cancels); a test replaces it</extracomment>
            <translation>Exportar las decisiones retenidas</translation>
        </message>
        <message>
            <source>JSON files (*.json)</source>
            <translation>Archivos JSON (*.json)</translation>
        </message>
        <message>
            <source>Sending again…</source>
            <translation>Volviendo a enviar…</translation>
        </message>
    </context>
    <context>
        <name>QaResult</name>
        <message>
            <source>upheld</source>
            <extracomment>a failed item fetch (offline) is tried again after this long</extracomment>
            <translation>confirmada</translation>
        </message>
        <message>
            <source>overturned</source>
            <translation>revocada</translation>
        </message>
        <message>
            <source>open, waiting for a lead</source>
            <translation>abierta, a la espera de un líder</translation>
        </message>
        <message>
            <source>accepted</source>
            <comment>a dispute's state</comment>
            <translation>aceptada</translation>
        </message>
        <message>
            <source>rejected</source>
            <comment>a dispute's state</comment>
            <translation>rechazada</translation>
        </message>
        <message>
            <source>, </source>
            <comment>between policy areas</comment>
            <translation>, </translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <comment>an action, then its policy areas</comment>
            <translation>%1 · %2</translation>
        </message>
    </context>
    <context>
        <name>QaResultsPage</name>
        <message>
            <source>My QA results</source>
            <translation>Mis resultados de calidad</translation>
        </message>
        <message>
            <source>QA reviewers re-review a sample of decided cases blind. An overturned decision can be disputed with a note; your team lead decides.</source>
            <translation>Los revisores de calidad vuelven a revisar a ciegas una muestra de casos decididos. Una decisión revocada puede impugnarse con una nota; decide tu líder de equipo.</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Caso</translation>
        </message>
        <message>
            <source>Your decision</source>
            <translation>Tu decisión</translation>
        </message>
        <message>
            <source>QA decision</source>
            <translation>Decisión de calidad</translation>
        </message>
        <message>
            <source>Verdict</source>
            <translation>Veredicto</translation>
        </message>
        <message>
            <source>Dispute</source>
            <translation>Impugnación</translation>
        </message>
        <message>
            <source>QA results</source>
            <translation>Resultados de calidad</translation>
        </message>
        <message>
            <source>Dispute note</source>
            <translation>Nota de impugnación</translation>
        </message>
        <message>
            <source>Why the decision was right (a lead reads this)</source>
            <translation>Por qué la decisión era correcta (la lee un líder)</translation>
        </message>
        <message>
            <source>Dispute this overturn</source>
            <translation>Impugnar esta revocación</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Actualizar</translation>
        </message>
        <message>
            <source>%1 → %2 after dispute</source>
            <translation>%1 → %2 tras la impugnación</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <comment>a case, then its queue</comment>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>%1, %2 overturned.</source>
            <comment>QA results, how many of them overturned</comment>
            <translation>%1, %2 revocadas.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln QA result(s)</source>
            <translation>
                <numerusform>%Ln resultado de calidad</numerusform>
                <numerusform>%Ln resultados de calidad</numerusform>
            </translation>
        </message>
        <message>
            <source>No QA results yet.</source>
            <translation>Aún no hay resultados de calidad.</translation>
        </message>
    </context>
    <context>
        <name>QueuePage</name>
        <message>
            <source>Hello, %1</source>
            <translation>Hola, %1</translation>
        </message>
        <message>
            <source>%1 · team %2 · %3. Pick a queue and start: one key decides a case, %4 undoes it, %5 skips it.</source>
            <translation>%1 · equipo %2 · %3. Elige una cola y empieza: una tecla decide un caso, %4 lo deshace, %5 lo omite.</translation>
        </message>
        <message>
            <source>Queues</source>
            <translation>Colas</translation>
        </message>
        <message>
            <source>Queue</source>
            <translation>Cola</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>En espera</translation>
        </message>
        <message>
            <source>Oldest case</source>
            <translation>Caso más antiguo</translation>
        </message>
        <message>
            <source>Target (SLA)</source>
            <translation>Objetivo (SLA)</translation>
        </message>
        <message>
            <source>Next deadline</source>
            <translation>Próximo plazo</translation>
        </message>
        <message>
            <source>Start reviewing</source>
            <translation>Empezar a revisar</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Actualizar</translation>
        </message>
        <message>
            <source>Escalation</source>
            <translation>Escalado</translation>
        </message>
        <message>
            <source>Live</source>
            <translation>En vivo</translation>
        </message>
        <message>
            <source>No queue is open to you right now. Ask your team lead.</source>
            <translation>Ahora mismo no tienes ninguna cola abierta. Pregunta a tu líder de equipo.</translation>
        </message>
    </context>
    <context>
        <name>QueuesPage</name>
        <message>
            <source>Queues</source>
            <extracomment>the weights' fields in the form's order (contract.QueueWeightsSet) what the form's lists offer, read with the queues: (teams, vendors, actions as (code, label)) the undo is never hidden (the service refuses it): a retract stays possible everywhere</extracomment>
            <translation>Colas</translation>
        </message>
        <message>
            <source>Queue</source>
            <translation>Cola</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>SLA (min)</source>
            <translation>SLA (min)</translation>
        </message>
        <message>
            <source>Teams</source>
            <translation>Equipos</translation>
        </message>
        <message>
            <source>Vendors</source>
            <translation>Proveedores</translation>
        </message>
        <message>
            <source>Hidden actions</source>
            <translation>Acciones ocultas</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Actualizar</translation>
        </message>
        <message>
            <source>Queue id</source>
            <translation>Id de la cola</translation>
        </message>
        <message>
            <source>SLA in minutes</source>
            <translation>SLA en minutos</translation>
        </message>
        <message>
            <source>Weight of live</source>
            <translation>Peso de la emisión en vivo</translation>
        </message>
        <message>
            <source>Weight of the audience tier</source>
            <translation>Peso del nivel de audiencia</translation>
        </message>
        <message>
            <source>Weight of a report in the last 5 minutes</source>
            <translation>Peso de una denuncia en los últimos 5 minutos</translation>
        </message>
        <message>
            <source>Weight of severity</source>
            <translation>Peso de la gravedad</translation>
        </message>
        <message>
            <source>Deadline near, in seconds</source>
            <translation>Plazo próximo, en segundos</translation>
        </message>
        <message>
            <source>Teams that may pull</source>
            <translation>Equipos que pueden tomar casos</translation>
        </message>
        <message>
            <source>Vendors that may pull</source>
            <translation>Proveedores que pueden tomar casos</translation>
        </message>
        <message>
            <source>&amp;Teams (none: everyone)</source>
            <translation>&amp;Equipos (ninguno: todos)</translation>
        </message>
        <message>
            <source>V&amp;endors (none: everyone)</source>
            <translation>Pro&amp;veedores (ninguno: todos)</translation>
        </message>
        <message>
            <source>&amp;Hidden actions</source>
            <translation>Acciones &amp;ocultas</translation>
        </message>
        <message>
            <source>Queue &amp;id:</source>
            <translation>&amp;Id de la cola:</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nombre:</translation>
        </message>
        <message>
            <source>&amp;SLA (minutes):</source>
            <translation>&amp;SLA (minutos):</translation>
        </message>
        <message>
            <source>Weight: &amp;live:</source>
            <translation>Peso: &amp;en vivo:</translation>
        </message>
        <message>
            <source>Weight: &amp;audience tier:</source>
            <translation>Peso: &amp;nivel de audiencia:</translation>
        </message>
        <message>
            <source>Weight: &amp;reports (5 min):</source>
            <translation>Peso: &amp;denuncias (5 min):</translation>
        </message>
        <message>
            <source>Weight: se&amp;verity:</source>
            <translation>Peso: &amp;gravedad:</translation>
        </message>
        <message>
            <source>&amp;Deadline near (seconds):</source>
            <translation>&amp;Plazo próximo (segundos):</translation>
        </message>
        <message>
            <source>Create queue</source>
            <translation>Crear cola</translation>
        </message>
        <message>
            <source>Save changes</source>
            <translation>Guardar cambios</translation>
        </message>
        <message>
            <source>Live</source>
            <translation>En vivo</translation>
        </message>
        <message>
            <source>escalation</source>
            <translation>escalado</translation>
        </message>
        <message numerus="yes">
            <source>%n queue(s)</source>
            <translation>
                <numerusform>%n cola</numerusform>
                <numerusform>%n colas</numerusform>
            </translation>
        </message>
        <message>
            <source>Check the fields: a lower-case queue id (letters, digits, hyphens, underscores) and a name.</source>
            <translation>Revise los campos: un id de la cola en minúsculas (letras, dígitos, guiones, guiones bajos) y un nombre.</translation>
        </message>
        <message>
            <source>The queue was created.</source>
            <translation>Se creó la cola.</translation>
        </message>
        <message>
            <source>The changes were saved.</source>
            <translation>Se guardaron los cambios.</translation>
        </message>
    </context>
    <context>
        <name>Reasons</name>
        <message>
            <source>Harassment and bullying</source>
            <extracomment>report reasons and prior enforcement's policy codes (the taxonomy's policy areas)</extracomment>
            <translation>Acoso y hostigamiento</translation>
        </message>
        <message>
            <source>Hateful behavior</source>
            <translation>Conducta de odio</translation>
        </message>
        <message>
            <source>Violent and graphic content</source>
            <translation>Contenido violento y explícito</translation>
        </message>
        <message>
            <source>Sexual content and nudity</source>
            <translation>Contenido sexual y desnudos</translation>
        </message>
        <message>
            <source>Minor safety</source>
            <translation>Seguridad de menores</translation>
        </message>
        <message>
            <source>Dangerous acts and challenges</source>
            <translation>Actos y retos peligrosos</translation>
        </message>
        <message>
            <source>Illegal goods and activities</source>
            <translation>Bienes y actividades ilegales</translation>
        </message>
        <message>
            <source>Spam and scams</source>
            <translation>Spam y estafas</translation>
        </message>
        <message>
            <source>Intellectual property</source>
            <translation>Propiedad intelectual</translation>
        </message>
        <message>
            <source>Integrity and authenticity</source>
            <translation>Integridad y autenticidad</translation>
        </message>
    </context>
    <context>
        <name>ReportsSection</name>
        <message>
            <source>Reports</source>
            <translation>Denuncias</translation>
        </message>
        <message>
            <source>Reports (%1)</source>
            <translation>Denuncias (%1)</translation>
        </message>
        <message>
            <source>%1 ×%2 · %3–%4 · at %5</source>
            <translation>%1 ×%2 · %3–%4 · a las %5</translation>
        </message>
        <message>
            <source>%1 ×%2 · %3–%4</source>
            <translation>%1 ×%2 · %3–%4</translation>
        </message>
        <message>
            <source>%1 — “%2”</source>
            <translation>%1 — «%2»</translation>
        </message>
        <message>
            <source>%1 ×%2</source>
            <translation>%1 ×%2</translation>
        </message>
        <message>
            <source>, </source>
            <comment>between the reasons of a list</comment>
            <translation>, </translation>
        </message>
        <message numerus="yes">
            <source>+%Ln more: %1</source>
            <translation>
                <numerusform>+%Ln más: %1</numerusform>
                <numerusform>+%Ln más: %1</numerusform>
            </translation>
        </message>
        <message>
            <source>No user reports (proactive detection)</source>
            <translation>Sin denuncias de usuarios (detección proactiva)</translation>
        </message>
    </context>
    <context>
        <name>RevealLevels</name>
        <message>
            <source>Blurred (hold shows grey)</source>
            <extracomment>most protective first; the index is the strictness order marked for translation: the client shows them with translate_marked("RevealLevels", …)</extracomment>
            <translation>Difuminada (al mantener, en gris)</translation>
        </message>
        <message>
            <source>Blurred, hold to reveal</source>
            <translation>Difuminada, mantén pulsado para mostrar</translation>
        </message>
        <message>
            <source>Grayscale, hold for colour</source>
            <translation>Escala de grises, mantén pulsado para color</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>Color</translation>
        </message>
    </context>
    <context>
        <name>ReviewController</name>
        <message>
            <source>Paused. Your undecided cases went back to the queue.</source>
            <extracomment>queue id -&gt; actions an admin hid there (GET /v1/queues): left off the panel the high-profile confirmation while it is open</extracomment>
            <translation>En pausa. Tus casos sin decidir volvieron a la cola.</translation>
        </message>
        <message>
            <source>Getting the next cases…</source>
            <translation>Obteniendo los siguientes casos…</translation>
        </message>
        <message>
            <source>Choose a queue to start.</source>
            <translation>Elige una cola para empezar.</translation>
        </message>
        <message>
            <source>The chat log could not be read from the cache.</source>
            <translation>No se pudo leer el registro del chat de la caché.</translation>
        </message>
        <message>
            <source>No cases are waiting in this queue right now; checking again shortly.</source>
            <translation>Ahora mismo no hay casos en espera en esta cola; se volverá a comprobar en breve.</translation>
        </message>
        <message>
            <source>No case on screen.</source>
            <translation>Ningún caso en pantalla.</translation>
        </message>
        <message>
            <source>Read and acknowledge the urgent guideline update above before deciding.</source>
            <translation>Lee y confirma la actualización urgente de directrices de arriba antes de decidir.</translation>
        </message>
        <message>
            <source>Not recorded: %1</source>
            <translation>No registrada: %1</translation>
        </message>
        <message>
            <source>%1 recorded · %2 undoes it for %3</source>
            <translation>%1 registrada · %2 la deshace durante %3</translation>
        </message>
        <message>
            <source>%1: %2 recorded · %3 undoes it for %4</source>
            <translation>%1: %2 registrada · %3 la deshace durante %4</translation>
        </message>
        <message numerus="yes">
            <source>%n chat action(s)</source>
            <translation>
                <numerusform>%n acción en el chat</numerusform>
                <numerusform>%n acciones en el chat</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing to undo: a decision can be undone for %1.</source>
            <translation>Nada que deshacer: una decisión se puede deshacer durante %1.</translation>
        </message>
        <message>
            <source>Undo failed: %1</source>
            <translation>No se pudo deshacer: %1</translation>
        </message>
        <message>
            <source>Undone: %1 was retracted.</source>
            <translation>Deshecho: se retiró %1.</translation>
        </message>
        <message>
            <source>Undone: %1 (%2).</source>
            <translation>Deshecho: %1 (%2).</translation>
        </message>
        <message>
            <source>No case on screen to skip.</source>
            <translation>No hay ningún caso en pantalla que omitir.</translation>
        </message>
        <message>
            <source>Skip cancelled.</source>
            <translation>Omisión cancelada.</translation>
        </message>
        <message>
            <source>Skipped (%1). The case went back to the queue.</source>
            <translation>Omitido (%1). El caso volvió a la cola.</translation>
        </message>
        <message>
            <source>Guideline update acknowledged.</source>
            <translation>Actualización de directrices confirmada.</translation>
        </message>
        <message>
            <source>Acknowledged. One more update to read.</source>
            <translation>Confirmada. Queda otra actualización por leer.</translation>
        </message>
        <message>
            <source>Review is paused. Press Resume to continue.</source>
            <translation>La revisión está en pausa. Pulsa Reanudar para continuar.</translation>
        </message>
    </context>
    <context>
        <name>ReviewStatusBar</name>
        <message>
            <source>Last sync: not yet</source>
            <extracomment>show the lease countdown as a warning below this many seconds</extracomment>
            <translation>Última sincronización: todavía no</translation>
        </message>
        <message>
            <source>Last sync: just now</source>
            <translation>Última sincronización: ahora mismo</translation>
        </message>
        <message numerus="yes">
            <source>Last sync: %Ln s ago</source>
            <translation>
                <numerusform>Última sincronización: hace %Ln s</numerusform>
                <numerusform>Última sincronización: hace %Ln s</numerusform>
            </translation>
        </message>
        <message>
            <source>Last sync: %1</source>
            <translation>Última sincronización: %1</translation>
        </message>
        <message>
            <source>Connection</source>
            <extracomment>the sync engine failed and restarts at this time (cleared by the next report) the sync thread gave up: this text stays until the window goes</extracomment>
            <translation>Conexión</translation>
        </message>
        <message>
            <source>Connecting…</source>
            <translation>Conectando…</translation>
        </message>
        <message>
            <source>Waiting to sync</source>
            <translation>Pendiente de sincronizar</translation>
        </message>
        <message>
            <source>Last sync</source>
            <translation>Última sincronización</translation>
        </message>
        <message>
            <source>Lease</source>
            <translation>Reserva</translation>
        </message>
        <message>
            <source>No cases leased</source>
            <translation>Ningún caso reservado</translation>
        </message>
        <message>
            <source>Policy version</source>
            <translation>Versión de la política</translation>
        </message>
        <message>
            <source>Disk space</source>
            <extracomment>shown only while the data folder's disk is almost full</extracomment>
            <translation>Espacio en disco</translation>
        </message>
        <message>
            <source>Newer version</source>
            <extracomment>a newer desk is advertised: a calm note, not a warning (shown only then)</extracomment>
            <translation>Versión más reciente</translation>
        </message>
        <message>
            <source>No sync problems</source>
            <translation>Sin problemas de sincronización</translation>
        </message>
        <message>
            <source>Sync problems</source>
            <translation>Problemas de sincronización</translation>
        </message>
        <message>
            <source>Policy %1</source>
            <translation>Política %1</translation>
        </message>
        <message numerus="yes">
            <source>⚠ %Ln sync problem(s)</source>
            <translation>
                <numerusform>⚠ %Ln problema de sincronización</numerusform>
                <numerusform>⚠ %Ln problemas de sincronización</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln waiting to sync</source>
            <translation>
                <numerusform>%Ln pendiente de sincronizar</numerusform>
                <numerusform>%Ln pendientes de sincronizar</numerusform>
            </translation>
        </message>
        <message>
            <source>Disk full: cases cannot be saved</source>
            <translation>Disco lleno: no se pueden guardar casos</translation>
        </message>
        <message>
            <source>Disk almost full: %1 MB free</source>
            <translation>Disco casi lleno: %1 MB libres</translation>
        </message>
        <message>
            <source>Free some space: a decision that cannot be saved is refused, not lost.</source>
            <translation>Libera algo de espacio: una decisión que no se puede guardar se rechaza, no se pierde.</translation>
        </message>
        <message numerus="yes">
            <source>Sync stopped: restarting in %Ln s</source>
            <translation>
                <numerusform>Sincronización detenida: se reinicia en %Ln s</numerusform>
                <numerusform>Sincronización detenida: se reinicia en %Ln s</numerusform>
            </translation>
        </message>
        <message>
            <source>Client too old: update needed</source>
            <translation>Cliente demasiado antiguo: hay que actualizarlo</translation>
        </message>
        <message>
            <source>Signed out by the service</source>
            <translation>El servicio cerró tu sesión</translation>
        </message>
        <message numerus="yes">
            <source>● Online: %Ln decision(s) being retried alone</source>
            <translation>
                <numerusform>● En línea: %Ln decisión se reintenta por separado</numerusform>
                <numerusform>● En línea: %Ln decisiones se reintentan por separado</numerusform>
            </translation>
        </message>
        <message>
            <source>● Online</source>
            <translation>● En línea</translation>
        </message>
        <message>
            <source>● Offline: work is kept</source>
            <translation>● Sin conexión: el trabajo se conserva</translation>
        </message>
        <message>
            <source>Details: %1</source>
            <translation>Detalles: %1</translation>
        </message>
        <message>
            <source>%1 · clock off by %2</source>
            <comment>the last sync, then the clock skew</comment>
            <translation>%1 · reloj desviado %2</translation>
        </message>
        <message>
            <source>Lease ended</source>
            <translation>Reserva terminada</translation>
        </message>
        <message>
            <source>Lease %1</source>
            <translation>Reserva %1</translation>
        </message>
        <message>
            <source>● Online: uploads failing, retrying</source>
            <translation>● En línea: las subidas fallan, reintentando</translation>
        </message>
    </context>
    <context>
        <name>Roles</name>
        <message>
            <source>Moderator</source>
            <translation>Moderador</translation>
        </message>
        <message>
            <source>QA reviewer</source>
            <translation>Revisor de calidad</translation>
        </message>
        <message>
            <source>Team lead</source>
            <translation>Líder de equipo</translation>
        </message>
        <message>
            <source>Admin</source>
            <translation>Admin</translation>
        </message>
    </context>
    <context>
        <name>SamplingPage</name>
        <message>
            <source>QA sampling</source>
            <translation>Muestreo de calidad</translation>
        </message>
        <message>
            <source>The share of each queue's decisions that enters the QA pool. Escalated decisions always enter it.</source>
            <translation>La proporción de las decisiones de cada cola que entra en el conjunto de calidad. Las decisiones escaladas siempre entran.</translation>
        </message>
        <message>
            <source>Queue</source>
            <translation>Cola</translation>
        </message>
        <message>
            <source>Sampled</source>
            <translation>Muestreado</translation>
        </message>
        <message>
            <source>Sampling rates</source>
            <translation>Tasas de muestreo</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Actualizar</translation>
        </message>
        <message>
            <source>Sampling rate in percent</source>
            <translation>Tasa de muestreo en porcentaje</translation>
        </message>
        <message>
            <source> %</source>
            <translation> %</translation>
        </message>
        <message>
            <source>Set rate</source>
            <translation>Fijar tasa</translation>
        </message>
        <message>
            <source>%1 %</source>
            <translation>%1 %</translation>
        </message>
        <message numerus="yes">
            <source>%n queue(s)</source>
            <translation>
                <numerusform>%n cola</numerusform>
                <numerusform>%n colas</numerusform>
            </translation>
        </message>
        <message>
            <source>The rate was set.</source>
            <translation>Se fijó la tasa.</translation>
        </message>
    </context>
    <context>
        <name>SessionListPage</name>
        <message>
            <source>Calibration sessions</source>
            <translation>Sesiones de calibración</translation>
        </message>
        <message>
            <source>Items are shown blind: decide each as you would a live case. Answers are kept on this computer first and sent as soon as the service is reachable.</source>
            <translation>Los elementos se muestran a ciegas: decide cada uno como un caso en vivo. Las respuestas se guardan primero en este ordenador y se envían en cuanto el servicio está disponible.</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Sesión</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>Ítems</translation>
        </message>
        <message>
            <source>Answered</source>
            <translation>Respondidos</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Open session</source>
            <translation>Abrir sesión</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Actualizar</translation>
        </message>
        <message>
            <source>, </source>
            <comment>between user names</comment>
            <translation>, </translation>
        </message>
        <message>
            <source>report (%1)</source>
            <translation>informe (%1)</translation>
        </message>
        <message>
            <source>submitted</source>
            <translation>enviada</translation>
        </message>
        <message>
            <source>in progress</source>
            <translation>en curso</translation>
        </message>
        <message>
            <source>new</source>
            <translation>nueva</translation>
        </message>
        <message>
            <source>No calibration session is assigned to you right now.</source>
            <translation>Ahora mismo no tienes ninguna sesión de calibración asignada.</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Follow the system</source>
            <translation>Seguir al sistema</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Claro</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Oscuro</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>Alto contraste</translation>
        </message>
        <message>
            <source>Settings · Live Review Desk</source>
            <translation>Ajustes · Live Review Desk</translation>
        </message>
        <message>
            <source>Decision keys</source>
            <translation>Teclas de decisión</translation>
        </message>
        <message>
            <source>Key problem</source>
            <translation>Problema de tecla</translation>
        </message>
        <message>
            <source>Space on a key, then the new key. V, K, F1, Ctrl+Z, arrows and the policy-area digits are kept for their own jobs.</source>
            <translation>Space sobre una tecla y luego la tecla nueva. V, K, F1, Ctrl+Z, las flechas y los dígitos de las áreas de política se reservan para su propia función.</translation>
        </message>
        <message>
            <source>Use the service's keys</source>
            <translation>Usar las teclas del servicio</translation>
        </message>
        <message>
            <source>Sensitive media (staged reveal)</source>
            <translation>Contenido multimedia sensible (se muestra por etapas)</translation>
        </message>
        <message>
            <source>Reveal level for %1</source>
            <translation>Nivel de visualización para %1</translation>
        </message>
        <message>
            <source>Team default: %1</source>
            <translation>Predeterminado del equipo: %1</translation>
        </message>
        <message>
            <source>Reveal level for sensitive media without an area</source>
            <translation>Nivel de visualización para contenido multimedia sensible sin área</translation>
        </message>
        <message>
            <source>No policy area</source>
            <translation>Sin área de política</translation>
        </message>
        <message>
            <source>Breaks, lock and look</source>
            <translation>Descansos, bloqueo y aspecto</translation>
        </message>
        <message>
            <source>Break reminder after minutes of sensitive media</source>
            <translation>Recordatorio de descanso tras minutos de contenido multimedia sensible</translation>
        </message>
        <message>
            <source> min</source>
            <comment>a spin box's unit, after the number</comment>
            <translation> min</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>Nunca</translation>
        </message>
        <message>
            <source>Lock after minutes without activity</source>
            <translation>Bloquear tras minutos sin actividad</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Tema</translation>
        </message>
        <message>
            <source>%1%</source>
            <translation>%1 %</translation>
        </message>
        <message>
            <source>Text size</source>
            <translation>Tamaño del texto</translation>
        </message>
        <message>
            <source>Scales every window's text</source>
            <translation>Escala el texto de todas las ventanas</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>&amp;Break reminder after</source>
            <translation>&amp;Recordatorio de descanso tras</translation>
        </message>
        <message>
            <source>Lock when &amp;idle for</source>
            <translation>Bloquear tras &amp;inactividad de</translation>
        </message>
        <message>
            <source>&amp;Theme</source>
            <translation>&amp;Tema</translation>
        </message>
        <message>
            <source>Text si&amp;ze</source>
            <translation>&amp;Tamaño del texto</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Idioma</translation>
        </message>
        <message>
            <source>A new language applies from your next sign-in.</source>
            <translation>Un idioma nuevo se aplica desde tu próximo inicio de sesión.</translation>
        </message>
        <message>
            <source>Save (%1)</source>
            <translation>Guardar (%1)</translation>
        </message>
        <message>
            <source>Not changed. %1.</source>
            <translation>Sin cambios. %1.</translation>
        </message>
        <message>
            <source>Settings were not saved: %1</source>
            <translation>No se guardaron los ajustes: %1</translation>
        </message>
    </context>
    <context>
        <name>ShortcutSheet</name>
        <message>
            <source>(needs a policy area and a note)</source>
            <translation>(necesita un área de política y una nota)</translation>
        </message>
        <message>
            <source>(needs a policy area)</source>
            <translation>(necesita un área de política)</translation>
        </message>
        <message>
            <source>(needs a note)</source>
            <translation>(necesita una nota)</translation>
        </message>
        <message>
            <source>Decisions (one key records the decision and shows the next case):</source>
            <translation>Decisiones (una tecla registra la decisión y muestra el caso siguiente):</translation>
        </message>
        <message>
            <source>Policy areas (pick before the action):</source>
            <translation>Áreas de política (elige antes de la acción):</translation>
        </message>
        <message>
            <source>In the chat (click or Tab into it; Shift selects several):</source>
            <translation>En el chat (haz clic o pulsa Tab para entrar; Shift selecciona varios):</translation>
        </message>
        <message>
            <source>Keys do nothing while you type in a text field; Esc leaves the field.</source>
            <translation>Las teclas no hacen nada mientras escribes en un campo de texto; Esc sale del campo.</translation>
        </message>
        <message>
            <source>Keyboard shortcuts · Live Review Desk</source>
            <translation>Atajos de teclado · Live Review Desk</translation>
        </message>
    </context>
    <context>
        <name>Shortcuts</name>
        <message>
            <source>Undo the last decision (within the undo window)</source>
            <extracomment>a key in portable text ("Ctrl+Return"), or a platform's standard key (Find) ``install`` context of a key that acts only while its widget has the focus</extracomment>
            <translation>Deshacer la última decisión (dentro del plazo para deshacer)</translation>
        </message>
        <message>
            <source>Skip the case (asks for a reason)</source>
            <translation>Omitir el caso (pregunta el motivo)</translation>
        </message>
        <message>
            <source>Hold to see a blurred snapshot clearly</source>
            <translation>Mantén pulsado para ver con claridad una captura difuminada</translation>
        </message>
        <message>
            <source>Previous / next snapshot</source>
            <translation>Captura anterior / siguiente</translation>
        </message>
        <message>
            <source>Pause or resume</source>
            <translation>Pausar o reanudar</translation>
        </message>
        <message>
            <source>Settings: keys, sensitive media, breaks, lock, theme</source>
            <translation>Ajustes: teclas, contenido multimedia sensible, descansos, bloqueo, tema</translation>
        </message>
        <message>
            <source>This list</source>
            <translation>Esta lista</translation>
        </message>
        <message>
            <source>Search the chat</source>
            <extracomment>the chat pane</extracomment>
            <translation>Buscar en el chat</translation>
        </message>
        <message>
            <source>In the chat: that author's messages</source>
            <translation>En el chat: los mensajes de ese autor</translation>
        </message>
        <message>
            <source>Clear the chat filter, leave a text field</source>
            <translation>Borrar el filtro del chat, salir de un campo de texto</translation>
        </message>
        <message>
            <source>In the chat: remove the messages</source>
            <extracomment>actions on the chat (while the chat table has the focus), and the raid helper</extracomment>
            <translation>En el chat: eliminar los mensajes</translation>
        </message>
        <message>
            <source>In the chat: time their authors out</source>
            <translation>En el chat: expulsar temporalmente a sus autores</translation>
        </message>
        <message>
            <source>In the chat: ban their authors from this streamer's chat</source>
            <translation>En el chat: vetar a sus autores en el chat de este streamer</translation>
        </message>
        <message>
            <source>In the chat: select a raid (new accounts, same text)</source>
            <translation>En el chat: seleccionar un raid (cuentas nuevas, mismo texto)</translation>
        </message>
        <message>
            <source>In the chat: jump to the newest messages (live stream)</source>
            <translation>En el chat: saltar a los mensajes más recientes (transmisión en vivo)</translation>
        </message>
        <message>
            <source>Submit the calibration session</source>
            <extracomment>Return, and Enter on the keypad</extracomment>
            <translation>Enviar la sesión de calibración</translation>
        </message>
        <message>
            <source>Save the settings</source>
            <translation>Guardar los ajustes</translation>
        </message>
    </context>
    <context>
        <name>SignInDialog</name>
        <message>
            <source>Sign in · Live Review Desk</source>
            <translation>Iniciar sesión · Live Review Desk</translation>
        </message>
        <message>
            <source>Live Review Desk</source>
            <translation>Live Review Desk</translation>
        </message>
        <message>
            <source>Demo: a case service with seeded cases runs on this computer.</source>
            <translation>Demo: un servicio de casos con casos de ejemplo se ejecuta en este ordenador.</translation>
        </message>
        <message>
            <source>Sign in to review Live cases.</source>
            <translation>Inicia sesión para revisar casos en vivo.</translation>
        </message>
        <message>
            <source>Case service</source>
            <translation>Servicio de casos</translation>
        </message>
        <message>
            <source>User</source>
            <translation>Usuario</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Contraseña</translation>
        </message>
        <message>
            <source>https://review.example.com</source>
            <translation>https://review.example.com</translation>
        </message>
        <message>
            <source>Case service address</source>
            <translation>Dirección del servicio de casos</translation>
        </message>
        <message>
            <source>your user name</source>
            <translation>tu nombre de usuario</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>Nombre de usuario</translation>
        </message>
        <message>
            <source>New password</source>
            <translation>Contraseña nueva</translation>
        </message>
        <message>
            <source>Repeat it</source>
            <translation>Repítela</translation>
        </message>
        <message>
            <source>Repeat the new password</source>
            <translation>Repite la contraseña nueva</translation>
        </message>
        <message>
            <source>Set by your IT department for this computer.</source>
            <translation>Configurado por tu departamento de TI para este ordenador.</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Idioma</translation>
        </message>
        <message>
            <source>Follow the system</source>
            <translation>Seguir al sistema</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>Iniciar sesión</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Salir</translation>
        </message>
        <message>
            <source>About</source>
            <translation>Acerca de</translation>
        </message>
        <message>
            <source>About Live Review Desk</source>
            <translation>Acerca de Live Review Desk</translation>
        </message>
        <message>
            <source>Enter your user name.</source>
            <translation>Introduce tu nombre de usuario.</translation>
        </message>
        <message>
            <source>Enter your password.</source>
            <translation>Introduce tu contraseña.</translation>
        </message>
        <message>
            <source>Choose a new password of at least %1 characters.</source>
            <translation>Elige una contraseña nueva de al menos %1 caracteres.</translation>
        </message>
        <message>
            <source>The two new passwords differ: type the same one twice.</source>
            <translation>Las dos contraseñas nuevas son distintas: escribe la misma dos veces.</translation>
        </message>
        <message>
            <source>Signing in to %1…</source>
            <translation>Iniciando sesión en %1…</translation>
        </message>
        <message>
            <source>Your password was reset. Choose a new password, type it twice and sign in again (the password field keeps the temporary one).</source>
            <translation>Se restableció tu contraseña. Elige una contraseña nueva, escríbela dos veces y vuelve a iniciar sesión (el campo de contraseña conserva la temporal).</translation>
        </message>
    </context>
    <context>
        <name>SigningOutPage</name>
        <message>
            <source>Signing out: releasing cases…</source>
            <translation>Cerrando sesión: liberando casos…</translation>
        </message>
        <message numerus="yes">
            <source>Signing out: sending %n decision(s), releasing cases…</source>
            <translation>
                <numerusform>Cerrando sesión: enviando %n decisión, liberando casos…</numerusform>
                <numerusform>Cerrando sesión: enviando %n decisiones, liberando casos…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The case service did not answer in time: %n decision(s) will stay on this machine and go to the service after your next sign-in.</source>
            <translation>
                <numerusform>El servicio de casos no respondió a tiempo: %n decisión se quedará en este equipo y llegará al servicio tras tu próximo inicio de sesión.</numerusform>
                <numerusform>El servicio de casos no respondió a tiempo: %n decisiones se quedarán en este equipo y llegarán al servicio tras tu próximo inicio de sesión.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n decision(s) will stay on this machine and go to the service after your next sign-in.</source>
            <translation>
                <numerusform>%n decisión se quedará en este equipo y llegará al servicio tras tu próximo inicio de sesión.</numerusform>
                <numerusform>%n decisiones se quedarán en este equipo y llegarán al servicio tras tu próximo inicio de sesión.</numerusform>
            </translation>
        </message>
        <message>
            <source>Unfinished cases go back to the queue and cached case content is removed from this machine. You can close the window: sign-out finishes first.</source>
            <translation>Los casos sin terminar vuelven a la cola y el contenido de casos en caché se elimina de este equipo. Puedes cerrar la ventana: antes termina el cierre de sesión.</translation>
        </message>
    </context>
    <context>
        <name>SkipReasonDialog</name>
        <message>
            <source>Skip this case</source>
            <extracomment>cases whose detail and chat are made ready ahead of the one on screen</extracomment>
            <translation>Omitir este caso</translation>
        </message>
        <message>
            <source>Why are you skipping this case? It goes back to the queue.</source>
            <translation>¿Por qué omites este caso? Vuelve a la cola.</translation>
        </message>
        <message>
            <source>Press a number, or pick a reason and press Enter. Esc cancels.</source>
            <translation>Pulsa un número, o elige un motivo y pulsa Enter. Esc cancela.</translation>
        </message>
        <message>
            <source>Skip reasons</source>
            <translation>Motivos de omisión</translation>
        </message>
        <message>
            <source>Skip case</source>
            <translation>Omitir caso</translation>
        </message>
    </context>
    <context>
        <name>SnapshotStrip</name>
        <message>
            <source>Snapshot strip</source>
            <extracomment>thumbnails kept scaled to their cells: the case on screen and a few prepared ahead</extracomment>
            <translation>Tira de capturas</translation>
        </message>
        <message numerus="yes">
            <source>%Ln snapshot(s)</source>
            <translation>
                <numerusform>%Ln captura</numerusform>
                <numerusform>%Ln capturas</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SnapshotViewer</name>
        <message>
            <source>%1 %2</source>
            <comment>a classifier label and its score</comment>
            <extracomment>blur_gray (the wellbeing level "blurred"): blurred at rest, grey (never colour) while held</extracomment>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>, </source>
            <comment>between list items</comment>
            <translation>, </translation>
        </message>
        <message>
            <source>Snapshot viewer</source>
            <translation>Visor de capturas</translation>
        </message>
        <message>
            <source>No snapshot</source>
            <translation>Sin captura</translation>
        </message>
        <message>
            <source>Hold %1 or the mouse button to view</source>
            <translation>Mantén %1 o el botón del ratón para ver</translation>
        </message>
        <message>
            <source>Snapshot not shown</source>
            <translation>Captura no mostrada</translation>
        </message>
        <message>
            <source>Loading snapshot…</source>
            <translation>Cargando la captura…</translation>
        </message>
        <message>
            <source>Sensitive: %1</source>
            <translation>Sensible: %1</translation>
        </message>
        <message>
            <source>Snapshot at %1, not flagged</source>
            <translation>Captura a los %1, no marcada</translation>
        </message>
        <message>
            <source>Snapshot at %1, sensitive, shown blurred</source>
            <translation>Captura a los %1, sensible, mostrada difuminada</translation>
        </message>
        <message>
            <source>Snapshot at %1, sensitive, shown in grey</source>
            <translation>Captura a los %1, sensible, mostrada en gris</translation>
        </message>
        <message>
            <source>Snapshot at %1, sensitive, shown in colour</source>
            <translation>Captura a los %1, sensible, mostrada en color</translation>
        </message>
    </context>
    <context>
        <name>StreamCategories</name>
        <message>
            <source>Just Chatting</source>
            <extracomment>the platform's stream categories, by the name the service sends</extracomment>
            <translation>Charlando</translation>
        </message>
        <message>
            <source>Gaming</source>
            <translation>Videojuegos</translation>
        </message>
        <message>
            <source>Music</source>
            <translation>Música</translation>
        </message>
        <message>
            <source>Cooking</source>
            <translation>Cocina</translation>
        </message>
        <message>
            <source>Art</source>
            <translation>Arte</translation>
        </message>
        <message>
            <source>Travel</source>
            <translation>Viajes</translation>
        </message>
        <message>
            <source>IRL</source>
            <translation>IRL</translation>
        </message>
        <message>
            <source>Talk Shows</source>
            <translation>Programas de charla</translation>
        </message>
        <message>
            <source>ASMR</source>
            <translation>ASMR</translation>
        </message>
        <message>
            <source>Fitness</source>
            <translation>Fitness</translation>
        </message>
        <message>
            <source>Crypto &amp; Finance</source>
            <translation>Cripto y finanzas</translation>
        </message>
        <message>
            <source>Sports</source>
            <translation>Deportes</translation>
        </message>
        <message>
            <source>Movies &amp; TV</source>
            <translation>Cine y TV</translation>
        </message>
    </context>
    <context>
        <name>SyncThread</name>
        <message numerus="yes">
            <source>Sync stopped after %n error(s) in 10 minutes (run “reviewer doctor” for details).</source>
            <extracomment>never sleep longer than this between rounds (status bar freshness, lease countdown) store state key: releases (skips) asked for and not yet done on the service threads given up at sign-out, kept alive (not owned by any window) until they end at quit, how long to let given-up threads end (a QThread destroyed while it runs aborts the process; its store writes are transactions either way) the engine failed and restarts in this many seconds (the status bar counts down)</extracomment>
            <translation>
                <numerusform>La sincronización se detuvo tras %n error en 10 minutos (ejecuta «reviewer doctor» para ver detalles).</numerusform>
                <numerusform>La sincronización se detuvo tras %n errores en 10 minutos (ejecuta «reviewer doctor» para ver detalles).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Tables</name>
        <message>
            <source>A table: the arrow keys move between rows and cells</source>
            <translation>Una tabla: las teclas de flecha permiten moverse entre filas y celdas</translation>
        </message>
        <message>
            <source>Alt+Down lists the choices</source>
            <translation>Alt+Down muestra las opciones</translation>
        </message>
    </context>
    <context>
        <name>TaxonomyPage</name>
        <message>
            <source>Policy taxonomy</source>
            <extracomment>the editable columns of the actions table (code is column 0, read-only) the editable columns of the areas table</extracomment>
            <translation>Taxonomía de la política</translation>
        </message>
        <message>
            <source>Draft a new version from the current one, edit it, check the differences and publish it. Desks take a published version at their next policy refresh.</source>
            <translation>Crea un borrador de una nueva versión a partir de la actual, edítalo, comprueba las diferencias y publícalo. Los puestos adoptan una versión publicada en su próxima actualización de la política.</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Acción</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Etiqueta</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Tecla</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Descripción</translation>
        </message>
        <message>
            <source>Needs a policy area</source>
            <translation>Necesita un área de política</translation>
        </message>
        <message>
            <source>Needs a note</source>
            <translation>Necesita una nota</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>Acciones</translation>
        </message>
        <message>
            <source>Area</source>
            <translation>Área</translation>
        </message>
        <message>
            <source>Media reveal</source>
            <translation>Mostrar multimedia</translation>
        </message>
        <message>
            <source>Policy areas</source>
            <translation>Áreas de política</translation>
        </message>
        <message>
            <source>Flagged terms, one a line:</source>
            <translation>Términos marcados, uno por línea:</translation>
        </message>
        <message>
            <source>Flagged terms</source>
            <translation>Términos marcados</translation>
        </message>
        <message>
            <source>Differences from the current version</source>
            <translation>Diferencias con la versión actual</translation>
        </message>
        <message>
            <source>New &amp;draft</source>
            <translation>Nuevo &amp;borrador</translation>
        </message>
        <message>
            <source>&amp;Save draft</source>
            <translation>&amp;Guardar borrador</translation>
        </message>
        <message>
            <source>Show di&amp;fferences</source>
            <translation>Mostrar di&amp;ferencias</translation>
        </message>
        <message>
            <source>&amp;Publish…</source>
            <translation>&amp;Publicar…</translation>
        </message>
        <message>
            <source>Publish the taxonomy</source>
            <translation>Publicar la taxonomía</translation>
        </message>
        <message>
            <source>Taxonomy</source>
            <translation>Taxonomía</translation>
        </message>
        <message>
            <source>Current version: %1</source>
            <translation>Versión actual: %1</translation>
        </message>
        <message>
            <source>Draft %1 (the current version is %2)</source>
            <translation>Borrador %1 (la versión actual es la %2)</translation>
        </message>
        <message>
            <source>Published version %1 (current: %2); make a draft to change it</source>
            <translation>Versión publicada %1 (actual: %2); crea un borrador para cambiarla</translation>
        </message>
        <message>
            <source>No differences from version %1.</source>
            <translation>Sin diferencias con la versión %1.</translation>
        </message>
        <message>
            <source>Changes from version %1 to %2:</source>
            <translation>Cambios de la versión %1 a la %2:</translation>
        </message>
        <message>
            <source>%1 %2: added</source>
            <translation>%1 %2: añadido</translation>
        </message>
        <message>
            <source>%1 %2: removed</source>
            <translation>%1 %2: eliminado</translation>
        </message>
        <message>
            <source>%1 %2: %3 changed from “%4” to “%5”</source>
            <translation>%1 %2: %3 cambió de «%4» a «%5»</translation>
        </message>
        <message>
            <source>Publish version %1? It never changes after this; desks switch to it at their next policy refresh.</source>
            <translation>¿Publicar la versión %1? Ya no cambiará nunca; los puestos pasarán a ella en su próxima actualización de la política.</translation>
        </message>
    </context>
    <context>
        <name>Timeline</name>
        <message>
            <source>Stream timeline</source>
            <translation>Cronología de la transmisión</translation>
        </message>
        <message>
            <source>%1, %2, %3 over %4</source>
            <comment>snapshots, reports, flagged messages, duration</comment>
            <translation>%1, %2, %3 en %4</translation>
        </message>
        <message numerus="yes">
            <source>%Ln snapshot(s)</source>
            <translation>
                <numerusform>%Ln captura</numerusform>
                <numerusform>%Ln capturas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln report(s)</source>
            <translation>
                <numerusform>%Ln denuncia</numerusform>
                <numerusform>%Ln denuncias</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln flagged message(s)</source>
            <translation>
                <numerusform>%Ln mensaje marcado</numerusform>
                <numerusform>%Ln mensajes marcados</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TooOldPage</name>
        <message>
            <source>Installed version: %1. The case service needs %2 or newer.</source>
            <translation>Versión instalada: %1. El servicio de casos necesita la %2 o posterior.</translation>
        </message>
        <message>
            <source>Installed version: %1. The case service needs a newer one.</source>
            <translation>Versión instalada: %1. El servicio de casos necesita una más reciente.</translation>
        </message>
        <message>
            <source>Every decision you made has reached the service.</source>
            <translation>Todas las decisiones que tomaste han llegado al servicio.</translation>
        </message>
        <message numerus="yes">
            <source>%n decision(s) not sent yet are kept on this computer; the newer version sends them when you sign in with it.</source>
            <translation>
                <numerusform>%n decisión aún sin enviar se conserva en este ordenador; la versión nueva la envía cuando inicies sesión con ella.</numerusform>
                <numerusform>%n decisiones aún sin enviar se conservan en este ordenador; la versión nueva las envía cuando inicies sesión con ella.</numerusform>
            </translation>
        </message>
        <message>
            <source>This version is too old</source>
            <translation>Esta versión es demasiado antigua</translation>
        </message>
        <message>
            <source>This version of Live Review Desk is too old</source>
            <translation>Esta versión de Live Review Desk es demasiado antigua</translation>
        </message>
        <message>
            <source>Ask your IT department to install the newer version. %1</source>
            <translation>Pide a tu departamento de TI que instale la versión nueva. %1</translation>
        </message>
        <message>
            <source>Sign out</source>
            <translation>Cerrar sesión</translation>
        </message>
    </context>
    <context>
        <name>UsersPage</name>
        <message>
            <source>Users</source>
            <translation>Usuarios</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>Nombre de usuario</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rol</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Equipo</translation>
        </message>
        <message>
            <source>Vendor</source>
            <translation>Proveedor</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>Idiomas</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Accounts</source>
            <translation>Cuentas</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Actualizar</translation>
        </message>
        <message>
            <source>Display name</source>
            <translation>Nombre visible</translation>
        </message>
        <message>
            <source>Moderator</source>
            <translation>Moderador</translation>
        </message>
        <message>
            <source>QA reviewer</source>
            <translation>Revisor de calidad</translation>
        </message>
        <message>
            <source>Team lead</source>
            <translation>Líder de equipo</translation>
        </message>
        <message>
            <source>Admin</source>
            <translation>Admin</translation>
        </message>
        <message>
            <source>Review languages</source>
            <translation>Idiomas de revisión</translation>
        </message>
        <message>
            <source>e.g. en, es</source>
            <translation>p. ej. en, es</translation>
        </message>
        <message>
            <source>Temporary password</source>
            <translation>Contraseña temporal</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>Nombre de &amp;usuario:</translation>
        </message>
        <message>
            <source>&amp;Display name:</source>
            <translation>Nombre &amp;visible:</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>&amp;Rol:</translation>
        </message>
        <message>
            <source>&amp;Team:</source>
            <translation>&amp;Equipo:</translation>
        </message>
        <message>
            <source>&amp;Vendor:</source>
            <translation>&amp;Proveedor:</translation>
        </message>
        <message>
            <source>Review &amp;languages:</source>
            <translation>Idiomas de &amp;revisión:</translation>
        </message>
        <message>
            <source>Tem&amp;porary password:</source>
            <translation>Contraseña &amp;temporal:</translation>
        </message>
        <message>
            <source>Create user</source>
            <translation>Crear usuario</translation>
        </message>
        <message>
            <source>Save changes</source>
            <translation>Guardar cambios</translation>
        </message>
        <message>
            <source>Disable</source>
            <translation>Desactivar</translation>
        </message>
        <message>
            <source>Reset password</source>
            <translation>Restablecer contraseña</translation>
        </message>
        <message>
            <source>active</source>
            <translation>activa</translation>
        </message>
        <message>
            <source>disabled</source>
            <translation>desactivada</translation>
        </message>
        <message numerus="yes">
            <source>%n account(s)</source>
            <translation>
                <numerusform>%n cuenta</numerusform>
                <numerusform>%n cuentas</numerusform>
            </translation>
        </message>
        <message>
            <source>Enable</source>
            <translation>Activar</translation>
        </message>
        <message>
            <source>Fill in every field: lower-case user name, team and vendor, two-letter language codes and a temporary password of at least 10 characters.</source>
            <translation>Rellena todos los campos: nombre de usuario en minúsculas, equipo y proveedor, códigos de idioma de dos letras y una contraseña temporal de al menos 10 caracteres.</translation>
        </message>
        <message>
            <source>The account was created.</source>
            <translation>Se creó la cuenta.</translation>
        </message>
        <message>
            <source>Check the fields: lower-case team and vendor, two-letter language codes.</source>
            <translation>Revisa los campos: equipo y proveedor en minúsculas, códigos de idioma de dos letras.</translation>
        </message>
        <message>
            <source>The changes were saved.</source>
            <translation>Se guardaron los cambios.</translation>
        </message>
        <message>
            <source>The account was disabled: its sessions have ended.</source>
            <translation>Se desactivó la cuenta: sus sesiones han terminado.</translation>
        </message>
        <message>
            <source>The account was enabled.</source>
            <translation>Se activó la cuenta.</translation>
        </message>
        <message>
            <source>Type a temporary password of at least 10 characters.</source>
            <translation>Escribe una contraseña temporal de al menos 10 caracteres.</translation>
        </message>
        <message>
            <source>The password was reset: the account must choose a new one at its next sign-in.</source>
            <translation>Se restableció la contraseña: la cuenta debe elegir una nueva en su próximo inicio de sesión.</translation>
        </message>
    </context>
    <context>
        <name>WeeklyReport</name>
        <message>
            <source>Cases</source>
            <extracomment>how a figure prints on the page (the CSV keeps the raw value) a code (action, policy area, reason) -&gt; its label; unknown codes print as words</extracomment>
            <translation>Casos</translation>
        </message>
        <message>
            <source>Staffed hours</source>
            <translation>Horas de turno</translation>
        </message>
        <message>
            <source>Cases per staffed hour</source>
            <translation>Casos por hora de turno</translation>
        </message>
        <message>
            <source>Handle time, mean</source>
            <translation>Tiempo de gestión, media</translation>
        </message>
        <message>
            <source>Handle time, 90th percentile</source>
            <translation>Tiempo de gestión, percentil 90</translation>
        </message>
        <message>
            <source>SLA attainment</source>
            <translation>Cumplimiento del SLA</translation>
        </message>
        <message>
            <source>QA agreement</source>
            <translation>Concordancia de calidad</translation>
        </message>
        <message>
            <source>QA reviewed decisions</source>
            <translation>Decisiones revisadas por calidad</translation>
        </message>
        <message>
            <source>Overturn rate</source>
            <translation>Tasa de revocación</translation>
        </message>
        <message>
            <source>Urgent guidelines</source>
            <translation>Directrices urgentes</translation>
        </message>
        <message>
            <source>Acknowledged</source>
            <translation>Confirmadas</translation>
        </message>
        <message>
            <source>Acknowledged within a day</source>
            <translation>Confirmadas en un día</translation>
        </message>
        <message>
            <source>Late acknowledgements</source>
            <translation>Confirmaciones tardías</translation>
        </message>
        <message>
            <source>Figures</source>
            <translation>Cifras</translation>
        </message>
        <message>
            <source>Case decisions</source>
            <translation>Decisiones sobre casos</translation>
        </message>
        <message>
            <source>Chat actions</source>
            <translation>Acciones en el chat</translation>
        </message>
        <message>
            <source>Escalations by reason</source>
            <translation>Escalados por motivo</translation>
        </message>
        <message>
            <source>Overturns by policy area</source>
            <translation>Revocaciones por área de política</translation>
        </message>
        <message>
            <source>Overturn examples</source>
            <translation>Ejemplos de revocación</translation>
        </message>
        <message>
            <source>Table</source>
            <translation>Tabla</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Week %1</source>
            <translation>Semana %1</translation>
        </message>
        <message>
            <source>The week before</source>
            <translation>La semana anterior</translation>
        </message>
        <message>
            <source>QA reason</source>
            <translation>Motivo de calidad</translation>
        </message>
        <message>
            <source>everyone in scope</source>
            <translation>todos los del ámbito</translation>
        </message>
        <message>
            <source>Weekly report %1: %2</source>
            <translation>Informe semanal %1: %2</translation>
        </message>
        <message>
            <source>Week counted from %1 to %2 in the time zone %3.</source>
            <translation>Semana contada del %1 al %2 en la zona horaria %3.</translation>
        </message>
        <message>
            <source>None in either week.</source>
            <translation>Ninguno en ninguna de las dos semanas.</translation>
        </message>
        <message>
            <source>Action mix</source>
            <translation>Reparto de acciones</translation>
        </message>
        <message>
            <source>Dark bars: %1. Light bars: the week before.</source>
            <translation>Barras oscuras: %1. Barras claras: la semana anterior.</translation>
        </message>
        <message>
            <source>No overturned decision this week.</source>
            <translation>Ninguna decisión revocada esta semana.</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Caso</translation>
        </message>
        <message>
            <source>Policy areas</source>
            <translation>Áreas de política</translation>
        </message>
        <message>
            <source>Moderator's note</source>
            <translation>Nota del moderador</translation>
        </message>
        <message>
            <source>Urgent guideline acknowledgements</source>
            <translation>Confirmaciones de directrices urgentes</translation>
        </message>
        <message>
            <source>No urgent guideline this week.</source>
            <translation>Ninguna directriz urgente esta semana.</translation>
        </message>
        <message>
            <source>Guideline</source>
            <translation>Directriz</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>Publicada</translation>
        </message>
        <message>
            <source>For</source>
            <translation>Para</translation>
        </message>
        <message>
            <source>Within a day</source>
            <translation>En un día</translation>
        </message>
        <message>
            <source>Late</source>
            <translation>Tarde</translation>
        </message>
        <message>
            <source>Not yet</source>
            <translation>Aún no</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Persona</translation>
        </message>
        <message>
            <source>not yet</source>
            <translation>aún no</translation>
        </message>
        <message>
            <source>Weekly report %1</source>
            <translation>Informe semanal %1</translation>
        </message>
    </context>
    <context>
        <name>WeeklyReportDialog</name>
        <message>
            <source>Weekly report</source>
            <translation>Informe semanal</translation>
        </message>
        <message>
            <source>All vendors</source>
            <translation>Todos los proveedores</translation>
        </message>
        <message>
            <source>report.pdf</source>
            <translation>informe.pdf</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Elegir…</translation>
        </message>
        <message>
            <source>Vendor</source>
            <translation>Proveedor</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Equipo</translation>
        </message>
        <message>
            <source>ISO week</source>
            <translation>Semana ISO</translation>
        </message>
        <message>
            <source>PDF file</source>
            <translation>Archivo PDF</translation>
        </message>
        <message>
            <source>Write the report</source>
            <translation>Generar el informe</translation>
        </message>
        <message>
            <source>Save the weekly report</source>
            <translation>Guardar el informe semanal</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Choose a file for the PDF first.</source>
            <translation>Primero elige un archivo para el PDF.</translation>
        </message>
        <message>
            <source>Asking the service for the figures…</source>
            <translation>Pidiendo las cifras al servicio…</translation>
        </message>
        <message>
            <source>Writing the PDF and the CSV…</source>
            <translation>Escribiendo el PDF y el CSV…</translation>
        </message>
        <message>
            <source>Wrote %1 and %2.</source>
            <translation>Se escribieron %1 y %2.</translation>
        </message>
        <message>
            <source>No report: %1</source>
            <translation>Sin informe: %1</translation>
        </message>
    </context>
    <context>
        <name>Wellbeing</name>
        <message>
            <source>Settings…</source>
            <translation>Ajustes…</translation>
        </message>
        <message>
            <source>Settings (Ctrl+,): decision keys, sensitive media, breaks, idle lock, theme</source>
            <translation>Ajustes (Ctrl+,): teclas de decisión, contenido multimedia sensible, descansos, bloqueo por inactividad, tema</translation>
        </message>
        <message>
            <source>Settings saved. Reveal levels apply to this case now.</source>
            <translation>Ajustes guardados. Los niveles de visualización se aplican ya a este caso.</translation>
        </message>
        <message>
            <source>Your key for “%1” was removed: that action is gone</source>
            <translation>Se eliminó tu tecla para «%1»: esa acción ya no existe</translation>
        </message>
        <message>
            <source>Policy %1: some of your keys changed. %2</source>
            <translation>Política %1: algunas de tus teclas cambiaron. %2</translation>
        </message>
        <message>
            <source>; </source>
            <comment>between reasons</comment>
            <translation>; </translation>
        </message>
        <message>
            <source>Locked</source>
            <translation>Bloqueada</translation>
        </message>
        <message numerus="yes">
            <source>Nothing happened for %Ln minute(s), so the case was hidden and your undecided cases went back to the queue. Enter your password to continue.</source>
            <translation>
                <numerusform>No pasó nada durante %Ln minuto, así que se ocultó el caso y tus casos sin decidir volvieron a la cola. Introduce tu contraseña para continuar.</numerusform>
                <numerusform>No pasó nada durante %Ln minutos, así que se ocultó el caso y tus casos sin decidir volvieron a la cola. Introduce tu contraseña para continuar.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Nothing happened for %Ln minute(s), so this workstation was locked. Enter your password to continue.</source>
            <translation>
                <numerusform>No pasó nada durante %Ln minuto, así que se bloqueó esta estación de trabajo. Introduce tu contraseña para continuar.</numerusform>
                <numerusform>No pasó nada durante %Ln minutos, así que se bloqueó esta estación de trabajo. Introduce tu contraseña para continuar.</numerusform>
            </translation>
        </message>
        <message>
            <source>That sign-in is for another account.</source>
            <translation>Ese inicio de sesión es de otra cuenta.</translation>
        </message>
        <message>
            <source>Welcome back. Review is paused: press Ctrl+P to resume.</source>
            <translation>Bienvenido de nuevo. La revisión está en pausa: pulsa Ctrl+P para reanudar.</translation>
        </message>
        <message>
            <source>Welcome back.</source>
            <translation>Bienvenido de nuevo.</translation>
        </message>
        <message>
            <source>You are signed out (the workstation was locked).</source>
            <translation>Has cerrado sesión (la estación de trabajo se bloqueó).</translation>
        </message>
    </context>
    <context>
        <name>_StatsBlock</name>
        <message>
            <source>Accuracy</source>
            <translation>Exactitud</translation>
        </message>
        <message>
            <source>Cohen's kappa</source>
            <translation>Kappa de Cohen</translation>
        </message>
        <message>
            <source>Gwet's AC1</source>
            <translation>AC1 de Gwet</translation>
        </message>
        <message>
            <source>%1: confusion matrix</source>
            <translation>%1: matriz de confusión</translation>
        </message>
        <message>
            <source>Rows: the reference. Columns (→): the answer. The diagonal is agreement.</source>
            <translation>Filas: la referencia. Columnas (→): la respuesta. La diagonal es la concordancia.</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %Ln item(s) agree with the reference.</source>
            <translation>
                <numerusform>%1 de %Ln elemento coincide con la referencia.</numerusform>
                <numerusform>%1 de %Ln elementos coinciden con la referencia.</numerusform>
            </translation>
        </message>
        <message>
            <source>Accuracy %1</source>
            <translation>Exactitud %1</translation>
        </message>
        <message>
            <source>Cohen's kappa %1</source>
            <translation>Kappa de Cohen %1</translation>
        </message>
        <message>
            <source>Gwet's AC1 %1</source>
            <translation>AC1 de Gwet %1</translation>
        </message>
        <message>
            <source>%1 of %2 agree with the reference. Kappa is undefined here: the answers all fell into one category.</source>
            <translation>%1 de %2 coinciden con la referencia. Kappa no está definido aquí: todas las respuestas cayeron en una sola categoría.</translation>
        </message>
        <message>
            <source>%1 of %2 agree with the reference. Kappa is low because one label dominates (the prevalence paradox): read AC1 beside it.</source>
            <translation>%1 de %2 coinciden con la referencia. Kappa es bajo porque domina una etiqueta (la paradoja de la prevalencia): lee AC1 a su lado.</translation>
        </message>
        <message>
            <source>%1 of %2 agree with the reference.</source>
            <translation>%1 de %2 coinciden con la referencia.</translation>
        </message>
    </context>
</TS>
