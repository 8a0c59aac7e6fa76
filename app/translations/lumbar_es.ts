<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Annotate</name>
    <message>
        <location filename="../annotate/tools.py" line="30"/>
        <source>Red</source>
        <translation>Rojo</translation>
    </message>
    <message>
        <location filename="../annotate/tools.py" line="31"/>
        <source>Blue</source>
        <translation>Azul</translation>
    </message>
    <message>
        <location filename="../annotate/tools.py" line="32"/>
        <source>Green</source>
        <translation>Verde</translation>
    </message>
    <message>
        <location filename="../annotate/tools.py" line="33"/>
        <source>Black</source>
        <translation>Negro</translation>
    </message>
    <message>
        <location filename="../annotate/tools.py" line="56"/>
        <source>Note on the model</source>
        <translation>Nota sobre el modelo</translation>
    </message>
    <message>
        <location filename="../annotate/tools.py" line="57"/>
        <source>Text of the note (pinned where you clicked):</source>
        <translation>Texto de la nota (se fija donde hizo clic):</translation>
    </message>
    <message>
        <location filename="../annotate/tools.py" line="73"/>
        <source>Saved the visit to {name}.</source>
        <translation>Visita guardada en {name}.</translation>
    </message>
    <message>
        <location filename="../annotate/tools.py" line="88"/>
        <source>Opened the visit {name}.</source>
        <translation>Visita {name} abierta.</translation>
    </message>
    <message>
        <location filename="../annotate/tools.py" line="95"/>
        <source>Save visit</source>
        <translation>Guardar la visita</translation>
    </message>
    <message>
        <location filename="../annotate/tools.py" line="97"/>
        <location filename="../annotate/tools.py" line="109"/>
        <source>Visit files (*.json)</source>
        <translation>Archivos de visita (*.json)</translation>
    </message>
    <message>
        <location filename="../annotate/tools.py" line="107"/>
        <source>Open visit</source>
        <translation>Abrir una visita</translation>
    </message>
    <message>
        <location filename="../annotate/tools.py" line="119"/>
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <location filename="../annotate/tools.py" line="141"/>
        <source>&amp;Pen</source>
        <translation>&amp;Lápiz</translation>
    </message>
    <message>
        <location filename="../annotate/tools.py" line="144"/>
        <source>Draw on the model with the left mouse button; a drag that starts beside the model turns it</source>
        <translation>Dibujar sobre el modelo con el botón izquierdo del ratón; si arrastra desde fuera del modelo, lo gira</translation>
    </message>
    <message>
        <location filename="../annotate/tools.py" line="156"/>
        <source>&amp;Freehand</source>
        <translation>&amp;A mano alzada</translation>
    </message>
    <message>
        <location filename="../annotate/tools.py" line="157"/>
        <source>&amp;Arrow</source>
        <translation>&amp;Flecha</translation>
    </message>
    <message>
        <location filename="../annotate/tools.py" line="158"/>
        <source>&amp;Note</source>
        <translation>&amp;Nota</translation>
    </message>
    <message>
        <location filename="../annotate/tools.py" line="181"/>
        <source>&amp;Undo drawing</source>
        <translation>&amp;Deshacer el dibujo</translation>
    </message>
    <message>
        <location filename="../annotate/tools.py" line="184"/>
        <source>Take back the last stroke, arrow, note or clear</source>
        <translation>Quitar el último trazo, flecha o nota, o deshacer el último borrado</translation>
    </message>
    <message>
        <location filename="../annotate/tools.py" line="189"/>
        <source>&amp;Clear drawings</source>
        <translation>&amp;Borrar los dibujos</translation>
    </message>
    <message>
        <location filename="../annotate/tools.py" line="192"/>
        <source>Remove every stroke, arrow and note (undo brings them back)</source>
        <translation>Quitar todos los trazos, flechas y notas (deshacer los recupera)</translation>
    </message>
    <message>
        <location filename="../annotate/tools.py" line="197"/>
        <source>Save &amp;visit…</source>
        <translation>Guardar la &amp;visita…</translation>
    </message>
    <message>
        <location filename="../annotate/tools.py" line="200"/>
        <source>Save what is shown and the drawings as a visit file, to open again later</source>
        <translation>Guardar lo que se muestra y los dibujos en un archivo de visita, para abrirlo más tarde</translation>
    </message>
    <message>
        <location filename="../annotate/tools.py" line="205"/>
        <source>&amp;Open visit…</source>
        <translation>Abrir una vis&amp;ita…</translation>
    </message>
    <message>
        <location filename="../annotate/tools.py" line="208"/>
        <source>Open a saved visit: its scene or condition, its view and its drawings</source>
        <translation>Abrir una visita guardada: su escena o su problema, su vista y sus dibujos</translation>
    </message>
</context>
<context>
    <name>Announcer</name>
    <message>
        <location filename="../shell/announce.py" line="41"/>
        <source>No nerve root is pressed now.</source>
        <translation>Ahora no hay ninguna raíz nerviosa presionada.</translation>
    </message>
    <message>
        <location filename="../shell/announce.py" line="46"/>
        <source>{side} {root} root ({how})</source>
        <translation>Raíz {root} del lado {side} ({how})</translation>
    </message>
    <message>
        <location filename="../shell/announce.py" line="52"/>
        <source>Pressed now: {roots}.</source>
        <translation>Presionadas ahora: {roots}.</translation>
    </message>
    <message>
        <location filename="../shell/announce.py" line="65"/>
        <source>Announcements</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <location filename="../shell/announce.py" line="67"/>
        <source>The step that begins and the nerve roots pressed now</source>
        <translation>El paso que empieza y las raíces nerviosas presionadas ahora</translation>
    </message>
    <message>
        <location filename="../shell/announce.py" line="103"/>
        <source>Step {n} of {total}: {title}.</source>
        <translation>Paso {n} de {total}: {title}.</translation>
    </message>
</context>
<context>
    <name>BodyMap</name>
    <message>
        <location filename="../clinic/body_map.py" line="56"/>
        <source>Where each nerve root is felt (dermatomes). Click an area to find its root in 3D.</source>
        <translation>Dónde se nota cada raíz nerviosa (dermatomas). Haga clic en una zona para ver su raíz en 3D.</translation>
    </message>
</context>
<context>
    <name>BodyMapPanel</name>
    <message>
        <location filename="../clinic/body_map_panel.py" line="98"/>
        <location filename="../clinic/body_map_panel.py" line="103"/>
        <source>Where it is felt</source>
        <translation>Dónde se nota</translation>
    </message>
    <message>
        <location filename="../clinic/body_map_panel.py" line="105"/>
        <source>Which nerve root is pressed and where in the leg it is felt</source>
        <translation>Qué raíz nerviosa está presionada y en qué parte de la pierna se nota</translation>
    </message>
</context>
<context>
    <name>CameraAnimator</name>
    <message>
        <location filename="../explore/views.py" line="101"/>
        <source>View: {label}</source>
        <translation>Vista: {label}</translation>
    </message>
    <message>
        <location filename="../explore/views.py" line="201"/>
        <source>View: {name}</source>
        <translation>Vista: {name}</translation>
    </message>
</context>
<context>
    <name>ClipController</name>
    <message>
        <location filename="../explore/clipping.py" line="143"/>
        <source>Cut through the {level} disc, seen from below as on an MRI scan (front at the top, patient&apos;s right on the left)</source>
        <translation>Corte por el disco {level}, visto desde abajo como en una resonancia magnética (delante arriba, la derecha del paciente a la izquierda)</translation>
    </message>
</context>
<context>
    <name>ClipDialog</name>
    <message>
        <location filename="../share/forms.py" line="124"/>
        <source>Export clip</source>
        <translation>Exportar vídeo</translation>
    </message>
    <message>
        <location filename="../share/forms.py" line="140"/>
        <source>{w}x{h}</source>
        <translation>{w}x{h}</translation>
    </message>
    <message>
        <location filename="../share/forms.py" line="143"/>
        <source>{r:g} frames a second</source>
        <translation>{r:g} imágenes por segundo</translation>
    </message>
    <message>
        <location filename="../share/forms.py" line="148"/>
        <source>MP4 video (H.264, plays in slides and browsers)</source>
        <translation>Vídeo MP4 (H.264, se reproduce en presentaciones y navegadores)</translation>
    </message>
    <message>
        <location filename="../share/forms.py" line="149"/>
        <source>GIF animation (plays everywhere, larger file)</source>
        <translation>Animación GIF (se reproduce en todas partes, archivo más grande)</translation>
    </message>
    <message>
        <location filename="../share/forms.py" line="155"/>
        <source>Burn in each step&apos;s title as a subtitle</source>
        <translation>Grabar el título de cada paso como subtítulo</translation>
    </message>
    <message>
        <location filename="../share/forms.py" line="159"/>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <location filename="../share/forms.py" line="162"/>
        <source>Scene:</source>
        <translation>Escena:</translation>
    </message>
    <message>
        <location filename="../share/forms.py" line="163"/>
        <source>From:</source>
        <translation>Desde:</translation>
    </message>
    <message>
        <location filename="../share/forms.py" line="164"/>
        <source>Size:</source>
        <translation>Tamaño:</translation>
    </message>
    <message>
        <location filename="../share/forms.py" line="165"/>
        <source>Frame rate:</source>
        <translation>Imágenes por segundo:</translation>
    </message>
    <message>
        <location filename="../share/forms.py" line="169"/>
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <location filename="../share/forms.py" line="176"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
</context>
<context>
    <name>ClipPanel</name>
    <message>
        <location filename="../explore/clip_panel.py" line="36"/>
        <source>Cuts</source>
        <translation>Cortes</translation>
    </message>
    <message>
        <location filename="../explore/clip_panel.py" line="40"/>
        <source>Cut the model open to see inside. The cut faces are filled in.</source>
        <translation>Corte el modelo para ver su interior. Las caras del corte se ven rellenas.</translation>
    </message>
    <message>
        <location filename="../explore/clip_panel.py" line="58"/>
        <source>Position of the {cut} cut</source>
        <translation>Posición del corte {cut}</translation>
    </message>
    <message>
        <location filename="../explore/clip_panel.py" line="62"/>
        <source>Move the {lower} cut (mm from the middle of the spine)</source>
        <translation>Mover el corte {lower} (mm desde el centro de la columna)</translation>
    </message>
    <message>
        <location filename="../explore/clip_panel.py" line="67"/>
        <source>Near half</source>
        <translation>Mitad cercana</translation>
    </message>
    <message>
        <location filename="../explore/clip_panel.py" line="70"/>
        <source>Keep the near half of the {cut} cut</source>
        <translation>Conservar la mitad cercana del corte {cut}</translation>
    </message>
    <message>
        <location filename="../explore/clip_panel.py" line="73"/>
        <source>Keep the half between you and the cut instead of the far half (the far half shows the cut face, and follows when you turn the model to the other side)</source>
        <translation>Conservar la mitad entre usted y el corte en vez de la mitad lejana (la mitad lejana muestra la cara del corte, y cambia cuando gira el modelo hacia el otro lado)</translation>
    </message>
    <message>
        <location filename="../explore/clip_panel.py" line="89"/>
        <source>Cut through a disc…</source>
        <translation>Cortar por un disco…</translation>
    </message>
    <message>
        <location filename="../explore/clip_panel.py" line="91"/>
        <source>{level} disc</source>
        <translation>Disco {level}</translation>
    </message>
    <message>
        <location filename="../explore/clip_panel.py" line="93"/>
        <source>Cut across the middle of a disc and look at the cut from below</source>
        <translation>Cortar por la mitad de un disco y mirar el corte desde abajo</translation>
    </message>
    <message>
        <location filename="../explore/clip_panel.py" line="96"/>
        <source>Face the cut</source>
        <translation>Mirar el corte de frente</translation>
    </message>
    <message>
        <location filename="../explore/clip_panel.py" line="98"/>
        <source>Turn the view to look straight at the last cut you switched on</source>
        <translation>Girar la vista para mirar de frente el último corte que activó</translation>
    </message>
    <message>
        <location filename="../explore/clip_panel.py" line="101"/>
        <source>Remove cuts</source>
        <translation>Quitar los cortes</translation>
    </message>
    <message>
        <location filename="../explore/clip_panel.py" line="102"/>
        <source>Show the whole model again</source>
        <translation>Volver a mostrar el modelo entero</translation>
    </message>
    <message>
        <location filename="../explore/clip_panel.py" line="146"/>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
</context>
<context>
    <name>ConditionPanel</name>
    <message>
        <location filename="../clinic/panel.py" line="103"/>
        <source>The disc problem to show on the model</source>
        <translation>El problema de disco que se muestra en el modelo</translation>
    </message>
    <message>
        <location filename="../clinic/panel.py" line="85"/>
        <location filename="../clinic/panel.py" line="104"/>
        <source>Condition</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../clinic/panel.py" line="109"/>
        <source>{level} disc</source>
        <translation>Disco {level}</translation>
    </message>
    <message>
        <location filename="../clinic/panel.py" line="111"/>
        <source>Which disc: L4-L5 and L5-S1 are the ones that fail most often</source>
        <translation>Qué disco: L4-L5 y L5-S1 son los que fallan con más frecuencia</translation>
    </message>
    <message>
        <location filename="../clinic/panel.py" line="113"/>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location filename="../clinic/panel.py" line="123"/>
        <source>The patient&apos;s {side} side</source>
        <translation>El lado {side} del paciente</translation>
    </message>
    <message>
        <location filename="../clinic/panel.py" line="127"/>
        <source>Both sides (a central problem)</source>
        <translation>Los dos lados (un problema central)</translation>
    </message>
    <message>
        <location filename="../clinic/panel.py" line="132"/>
        <source>Side</source>
        <translation>Lado</translation>
    </message>
    <message>
        <location filename="../clinic/panel.py" line="139"/>
        <source>Where the disc material goes. Just beside the middle (paracentral) usually catches the root that runs past the disc; out at the side (foraminal) the root that leaves at that level.</source>
        <translation>Hacia dónde va el material del disco. Justo al lado del centro (paracentral) suele atrapar la raíz que pasa por detrás del disco; hacia el lado (foraminal), la raíz que sale en ese nivel.</translation>
    </message>
    <message>
        <location filename="../clinic/panel.py" line="145"/>
        <source>Direction</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../clinic/panel.py" line="154"/>
        <source>How far along the problem is: drag to see it grow</source>
        <translation>Cuánto ha avanzado el problema: arrastre para verlo crecer</translation>
    </message>
    <message>
        <location filename="../clinic/panel.py" line="151"/>
        <location filename="../clinic/panel.py" line="163"/>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <location filename="../clinic/panel.py" line="175"/>
        <source>▶ Watch it happen</source>
        <translation>▶ Ver cómo ocurre</translation>
    </message>
    <message>
        <location filename="../clinic/panel.py" line="179"/>
        <source>Play the scene for this condition at this level and side</source>
        <translation>Reproducir la escena de este problema en este nivel y este lado</translation>
    </message>
    <message>
        <location filename="../clinic/panel.py" line="187"/>
        <source>What the condition does</source>
        <translation>Qué hace el problema</translation>
    </message>
    <message>
        <location filename="../clinic/panel.py" line="189"/>
        <source>The pressed roots and what they cause</source>
        <translation>Las raíces presionadas y lo que causan</translation>
    </message>
    <message>
        <location filename="../clinic/panel.py" line="338"/>
        <source>{side} {root} nerve root</source>
        <translation>Raíz nerviosa {root} del lado {side_lower}</translation>
    </message>
</context>
<context>
    <name>Export3DDialog</name>
    <message>
        <location filename="../share/forms.py" line="227"/>
        <source>Export 3D model</source>
        <translation>Exportar modelo 3D</translation>
    </message>
    <message>
        <location filename="../share/forms.py" line="230"/>
        <source>Only the parts that are showing</source>
        <translation>Solo las partes que se ven</translation>
    </message>
    <message>
        <location filename="../share/forms.py" line="231"/>
        <source>All parts, hidden ones too</source>
        <translation>Todas las partes, también las ocultas</translation>
    </message>
    <message>
        <location filename="../share/forms.py" line="239"/>
        <source>Choose file…</source>
        <translation>Elegir archivo…</translation>
    </message>
</context>
<context>
    <name>ExportTools</name>
    <message>
        <location filename="../share/dialogs.py" line="91"/>
        <location filename="../share/dialogs.py" line="112"/>
        <location filename="../share/dialogs.py" line="160"/>
        <location filename="../share/dialogs.py" line="177"/>
        <source>the model is still loading; try again in a moment</source>
        <translation>el modelo aún se está cargando; inténtelo de nuevo en un momento</translation>
    </message>
    <message>
        <location filename="../share/dialogs.py" line="102"/>
        <source>no part is visible; show some parts or export all parts</source>
        <translation>no se ve ninguna parte; muestre alguna parte o exporte todas</translation>
    </message>
    <message>
        <location filename="../share/dialogs.py" line="195"/>
        <source>another export is still running; wait for it or cancel it</source>
        <translation>todavía hay otra exportación en marcha; espere a que acabe o cancélela</translation>
    </message>
    <message>
        <location filename="../share/dialogs.py" line="208"/>
        <location filename="../share/dialogs.py" line="238"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location filename="../share/dialogs.py" line="268"/>
        <source>Export clip</source>
        <translation>Exportar vídeo</translation>
    </message>
    <message>
        <location filename="../share/dialogs.py" line="269"/>
        <source>There is no scene to make a clip of.</source>
        <translation>No hay ninguna escena de la que hacer un vídeo.</translation>
    </message>
    <message>
        <location filename="../share/dialogs.py" line="290"/>
        <source>Export 3D model</source>
        <translation>Exportar modelo 3D</translation>
    </message>
    <message>
        <location filename="../share/dialogs.py" line="309"/>
        <source>Save take-home 3D page</source>
        <translation>Guardar la página 3D para casa</translation>
    </message>
    <message>
        <location filename="../share/dialogs.py" line="311"/>
        <source>Web page (*.html)</source>
        <translation>Página web (*.html)</translation>
    </message>
    <message>
        <location filename="../share/dialogs.py" line="315"/>
        <source>Saved {path} ({mb} MB): it opens in any web browser, without the internet.</source>
        <translation>Guardado {path} ({mb} MB): se abre en cualquier navegador, sin internet.</translation>
    </message>
</context>
<context>
    <name>HandoutDialog</name>
    <message>
        <location filename="../share/forms.py" line="258"/>
        <source>Print handout</source>
        <translation>Imprimir hoja informativa</translation>
    </message>
    <message>
        <location filename="../share/forms.py" line="260"/>
        <source>Save handout as PDF</source>
        <translation>Guardar la hoja informativa como PDF</translation>
    </message>
    <message>
        <location filename="../share/forms.py" line="279"/>
        <source>A one- or two-page handout with pictures, plain words, the nerve involved,
the sources, the disclaimer and room for your notes.</source>
        <translation>Una hoja informativa de una o dos páginas con imágenes, palabras sencillas, el nervio afectado,
las fuentes, el aviso y espacio para sus notas.</translation>
    </message>
    <message>
        <location filename="../share/forms.py" line="286"/>
        <source>Scene:</source>
        <translation>Escena:</translation>
    </message>
    <message>
        <location filename="../share/forms.py" line="287"/>
        <source>Disc level:</source>
        <translation>Nivel del disco:</translation>
    </message>
    <message>
        <location filename="../share/forms.py" line="288"/>
        <source>Side:</source>
        <translation>Lado:</translation>
    </message>
    <message>
        <location filename="../share/forms.py" line="293"/>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <location filename="../share/forms.py" line="293"/>
        <source>Save…</source>
        <translation>Guardar…</translation>
    </message>
</context>
<context>
    <name>InfoPanel</name>
    <message>
        <location filename="../explore/info_panel.py" line="60"/>
        <source>Information</source>
        <translation>Información</translation>
    </message>
    <message>
        <location filename="../explore/info_panel.py" line="67"/>
        <source>Find a part</source>
        <translation>Buscar una parte</translation>
    </message>
    <message>
        <location filename="../explore/info_panel.py" line="68"/>
        <source>Find a part: L4, nerve, gel, ligament…</source>
        <translation>Buscar una parte: L4, nervio, gel, ligamento…</translation>
    </message>
    <message>
        <location filename="../explore/info_panel.py" line="71"/>
        <source>Type a name or a word for a part and press Enter to select it</source>
        <translation>Escriba un nombre o una palabra de una parte y pulse Intro para seleccionarla</translation>
    </message>
    <message>
        <location filename="../explore/info_panel.py" line="86"/>
        <location filename="../explore/info_panel.py" line="167"/>
        <source>Nothing selected</source>
        <translation>Nada seleccionado</translation>
    </message>
    <message>
        <location filename="../explore/info_panel.py" line="96"/>
        <location filename="../explore/info_panel.py" line="170"/>
        <source>Click a part in the 3D view, or find it by name above.</source>
        <translation>Haga clic en una parte de la vista 3D, o búsquela por su nombre arriba.</translation>
    </message>
    <message>
        <location filename="../explore/info_panel.py" line="105"/>
        <source>Show only this</source>
        <translation>Mostrar solo esto</translation>
    </message>
    <message>
        <location filename="../explore/info_panel.py" line="107"/>
        <source>Hide everything else (Show all brings it back)</source>
        <translation>Ocultar todo lo demás (Mostrar todo lo devuelve)</translation>
    </message>
    <message>
        <location filename="../explore/info_panel.py" line="109"/>
        <source>Clear</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../explore/info_panel.py" line="110"/>
        <source>Select nothing</source>
        <translation>No seleccionar nada</translation>
    </message>
    <message>
        <location filename="../explore/info_panel.py" line="143"/>
        <source>Nothing found</source>
        <translation>No se ha encontrado nada</translation>
    </message>
    <message>
        <location filename="../explore/info_panel.py" line="146"/>
        <source>No part is called “{strip}”. Try a level (L4), or a word such as disc, nerve, gel, bone or ligament.</source>
        <translation>Ninguna parte se llama «{strip}». Pruebe con un nivel (L4) o una palabra como disco, nervio, gel, hueso o ligamento.</translation>
    </message>
    <message>
        <location filename="../explore/info_panel.py" line="188"/>
        <source> · level {level}</source>
        <translation> · nivel {level}</translation>
    </message>
    <message>
        <location filename="../explore/info_panel.py" line="190"/>
        <source>{group}{level} · &lt;code&gt;{id}&lt;/code&gt;</source>
        <translation>{group}{level} · &lt;code&gt;{id}&lt;/code&gt;</translation>
    </message>
    <message>
        <location filename="../explore/info_panel.py" line="203"/>
        <source>&lt;b&gt;In this scene:&lt;/b&gt; {text}</source>
        <translation>&lt;b&gt;En esta escena:&lt;/b&gt; {text}</translation>
    </message>
</context>
<context>
    <name>KeyboardShortcuts</name>
    <message>
        <location filename="../shell/keyboard.py" line="105"/>
        <source>Window</source>
        <translation>Ventana</translation>
    </message>
    <message>
        <location filename="../shell/keyboard.py" line="108"/>
        <source>3D view</source>
        <translation>Vista 3D</translation>
    </message>
    <message>
        <location filename="../shell/keyboard.py" line="118"/>
        <location filename="../shell/keyboard.py" line="122"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../shell/keyboard.py" line="124"/>
        <source>Each command, its menu and its keys</source>
        <translation>Cada orden, su menú y sus teclas</translation>
    </message>
    <message>
        <location filename="../shell/keyboard.py" line="126"/>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <location filename="../shell/keyboard.py" line="126"/>
        <source>Command</source>
        <translation>Orden</translation>
    </message>
    <message>
        <location filename="../shell/keyboard.py" line="127"/>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <location filename="../shell/keyboard.py" line="137"/>
        <source>Tab and Shift+Tab move between the controls. While the 3D view has focus it takes the keys listed last.</source>
        <translation>Tab y Mayús+Tab pasan de un control a otro. Mientras la vista 3D tiene el foco, usa las teclas de la lista del final.</translation>
    </message>
    <message>
        <location filename="../shell/keyboard.py" line="147"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../shell/keyboard.py" line="159"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../shell/keyboard.py" line="162"/>
        <source>Every command and its keys</source>
        <translation>Todas las órdenes y sus teclas</translation>
    </message>
</context>
<context>
    <name>KeyboardView</name>
    <message>
        <location filename="../viewer/keyboard_view.py" line="37"/>
        <source>Left / Right</source>
        <translation>Izquierda / Derecha</translation>
    </message>
    <message>
        <location filename="../viewer/keyboard_view.py" line="38"/>
        <source>Turn the model (3D view focused)</source>
        <translation>Girar el modelo (con el foco en la vista 3D)</translation>
    </message>
    <message>
        <location filename="../viewer/keyboard_view.py" line="41"/>
        <source>Up / Down</source>
        <translation>Arriba / Abajo</translation>
    </message>
    <message>
        <location filename="../viewer/keyboard_view.py" line="42"/>
        <source>Tilt the model (3D view focused)</source>
        <translation>Inclinar el modelo (con el foco en la vista 3D)</translation>
    </message>
    <message>
        <location filename="../viewer/keyboard_view.py" line="45"/>
        <source>Shift+arrows</source>
        <translation>Mayús+flechas</translation>
    </message>
    <message>
        <location filename="../viewer/keyboard_view.py" line="46"/>
        <source>Move the model (3D view focused)</source>
        <translation>Mover el modelo (con el foco en la vista 3D)</translation>
    </message>
    <message>
        <location filename="../viewer/keyboard_view.py" line="48"/>
        <source>+ / -</source>
        <translation>+ / -</translation>
    </message>
    <message>
        <location filename="../viewer/keyboard_view.py" line="48"/>
        <source>Zoom in / out (3D view focused)</source>
        <translation>Acercar / alejar (con el foco en la vista 3D)</translation>
    </message>
    <message>
        <location filename="../viewer/keyboard_view.py" line="97"/>
        <source>3D view of the lower back</source>
        <translation>Vista 3D de la zona lumbar</translation>
    </message>
    <message>
        <location filename="../viewer/keyboard_view.py" line="99"/>
        <source>Arrow keys turn the model, Shift and the arrow keys move it, plus and minus zoom.</source>
        <translation>Las flechas giran el modelo, Mayús con las flechas lo mueve, más y menos acercan y alejan.</translation>
    </message>
</context>
<context>
    <name>Layouts</name>
    <message>
        <location filename="../shell/layouts.py" line="81"/>
        <source>Patient layout</source>
        <translation>Disposición para el paciente</translation>
    </message>
    <message>
        <location filename="../shell/layouts.py" line="82"/>
        <source>Clinician layout</source>
        <translation>Disposición para el profesional</translation>
    </message>
    <message>
        <location filename="../shell/layouts.py" line="89"/>
        <source>The model big, with the explanation and the list of scenes beside it</source>
        <translation>El modelo en grande, con la explicación y la lista de escenas al lado</translation>
    </message>
    <message>
        <location filename="../shell/layouts.py" line="92"/>
        <source>Adds the condition dials, the body map, measurements and the part tools</source>
        <translation>Añade los controles del problema, el mapa del cuerpo, las medidas y las herramientas de las partes</translation>
    </message>
    <message>
        <location filename="../shell/layouts.py" line="204"/>
        <source>Detach the {panel} panel</source>
        <translation>Separar el panel {panel}</translation>
    </message>
    <message>
        <location filename="../shell/layouts.py" line="205"/>
        <source>Close the {panel} panel</source>
        <translation>Cerrar el panel {panel}</translation>
    </message>
    <message>
        <location filename="../shell/layouts.py" line="259"/>
        <source>Panels</source>
        <translation>Paneles</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../window.py" line="49"/>
        <source>Drag to turn · scroll or right-drag to zoom · Shift+drag to move</source>
        <translation>Arrastre para girar · rueda o arrastre con el botón derecho para acercar · Mayús+arrastre para mover</translation>
    </message>
    <message>
        <location filename="../window.py" line="118"/>
        <source>Views</source>
        <translation>Vistas</translation>
    </message>
    <message>
        <location filename="../window.py" line="200"/>
        <source>{len} structures · {triangles:,} triangles</source>
        <translation>{len} estructuras · {triangles:,} triángulos</translation>
    </message>
    <message>
        <location filename="../window.py" line="218"/>
        <source>Loading the model…</source>
        <translation>Cargando el modelo…</translation>
    </message>
    <message>
        <location filename="../window.py" line="259"/>
        <source>View: {label}</source>
        <translation>Vista: {label}</translation>
    </message>
</context>
<context>
    <name>ModelLoader</name>
    <message>
        <location filename="../viewer/model_loading.py" line="40"/>
        <source>The model could not be built ({kind}: {why}).</source>
        <translation>No se pudo construir el modelo ({kind}: {why}).</translation>
    </message>
</context>
<context>
    <name>MousePicker</name>
    <message>
        <location filename="../explore/picking.py" line="250"/>
        <source>{name} · click to select</source>
        <translation>{name} · haga clic para seleccionar</translation>
    </message>
</context>
<context>
    <name>MriPanel</name>
    <message>
        <location filename="../mri/panel.py" line="24"/>
        <source>Sagittal: the middle</source>
        <translation>Sagital: por el centro</translation>
    </message>
    <message>
        <location filename="../mri/panel.py" line="25"/>
        <source>A side view cut down the middle of the spine</source>
        <translation>Un corte visto de lado por el centro de la columna</translation>
    </message>
    <message>
        <location filename="../mri/panel.py" line="29"/>
        <source>left</source>
        <translation>izquierdo</translation>
    </message>
    <message>
        <location filename="../mri/panel.py" line="30"/>
        <source>right</source>
        <translation>derecho</translation>
    </message>
    <message>
        <location filename="../mri/panel.py" line="32"/>
        <source>Sagittal: beside the middle, {side}</source>
        <translation>Sagital: junto al centro, {side}</translation>
    </message>
    <message>
        <location filename="../mri/panel.py" line="33"/>
        <source>A side view cut through the {side} side of the canal, where most herniations press</source>
        <translation>Un corte visto de lado por el lado {side} del canal, donde presionan la mayoría de las hernias</translation>
    </message>
    <message>
        <location filename="../mri/panel.py" line="36"/>
        <source>Sagittal: {side} side openings (foramina)</source>
        <translation>Sagital: agujeros del lado {side} (agujeros de conjunción)</translation>
    </message>
    <message>
        <location filename="../mri/panel.py" line="37"/>
        <source>A side view cut through the openings where the {side} nerve roots leave the spine</source>
        <translation>Un corte visto de lado por los agujeros por donde salen de la columna las raíces nerviosas del lado {side}</translation>
    </message>
    <message>
        <location filename="../mri/panel.py" line="45"/>
        <source>Axial: across one disc</source>
        <translation>Axial: a través de un disco</translation>
    </message>
    <message>
        <location filename="../mri/panel.py" line="46"/>
        <source>A cut straight across the spine through the middle of the chosen disc, seen from the feet</source>
        <translation>Un corte recto a través de la columna por el centro del disco elegido, visto desde los pies</translation>
    </message>
    <message>
        <location filename="../mri/panel.py" line="61"/>
        <source>MRI picture</source>
        <translation>Imagen de resonancia</translation>
    </message>
    <message>
        <location filename="../mri/panel.py" line="63"/>
        <source>A made-up T2 MRI slice of the model as it is now: fluid bright, bone and ligament dark</source>
        <translation>Un corte de resonancia T2 simulado del modelo tal como está ahora: el líquido claro, el hueso y los ligamentos oscuros</translation>
    </message>
    <message>
        <location filename="../mri/panel.py" line="69"/>
        <source>On this kind of MRI (T2-weighted) water is bright: the fluid round the nerves and the gel of a healthy disc. Bone edges, ligaments, the disc&apos;s outer ring and a dried-out disc are dark. Letters at the edges: A front, P back, S head end, I feet end, R and L the patient&apos;s right and left (an axial slice is seen from the feet).</source>
        <translation>En este tipo de resonancia (potenciada en T2) el agua se ve clara: el líquido que rodea los nervios y el gel de un disco sano. Los bordes del hueso, los ligamentos, el anillo exterior del disco y un disco seco se ven oscuros. Letras en los bordes: A delante, P detrás, S hacia la cabeza, I hacia los pies, R y L la derecha y la izquierda del paciente (un corte axial se ve desde los pies).</translation>
    </message>
    <message>
        <location filename="../mri/panel.py" line="119"/>
        <source>The MRI picture appears with the model.</source>
        <translation>La imagen de resonancia aparece con el modelo.</translation>
    </message>
    <message>
        <location filename="../mri/panel.py" line="154"/>
        <source>MRI view</source>
        <translation>Vista de resonancia</translation>
    </message>
    <message>
        <location filename="../mri/panel.py" line="162"/>
        <source>MRI slice</source>
        <translation>Corte de resonancia</translation>
    </message>
    <message>
        <location filename="../mri/panel.py" line="164"/>
        <source>Which cut through the spine the MRI picture shows</source>
        <translation>Qué corte de la columna muestra la imagen de resonancia</translation>
    </message>
    <message>
        <location filename="../mri/panel.py" line="171"/>
        <source>Disc of the axial slice</source>
        <translation>Disco del corte axial</translation>
    </message>
    <message>
        <location filename="../mri/panel.py" line="175"/>
        <source>Sl&amp;ice:</source>
        <translation>C&amp;orte:</translation>
    </message>
    <message>
        <location filename="../mri/panel.py" line="176"/>
        <source>&amp;Disc:</source>
        <translation>&amp;Disco:</translation>
    </message>
</context>
<context>
    <name>MriPicture</name>
    <message>
        <location filename="../mri/picture.py" line="16"/>
        <source>Illustration, not anyone&apos;s scan</source>
        <translation>Ilustración, no es la resonancia de nadie</translation>
    </message>
    <message>
        <location filename="../mri/picture.py" line="23"/>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <location filename="../mri/picture.py" line="24"/>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <location filename="../mri/picture.py" line="25"/>
        <location filename="../mri/picture.py" line="29"/>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <location filename="../mri/picture.py" line="26"/>
        <location filename="../mri/picture.py" line="30"/>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <location filename="../mri/picture.py" line="31"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location filename="../mri/picture.py" line="32"/>
        <source>I</source>
        <translation>I</translation>
    </message>
    <message>
        <location filename="../mri/picture.py" line="41"/>
        <source>Axial T2 through the {disc} disc</source>
        <translation>Axial T2 por el disco {disc}</translation>
    </message>
    <message>
        <location filename="../mri/picture.py" line="43"/>
        <source>Sagittal T2, midline</source>
        <translation>Sagital T2, línea media</translation>
    </message>
    <message>
        <location filename="../mri/picture.py" line="44"/>
        <source>right</source>
        <translation>derecho</translation>
    </message>
    <message>
        <location filename="../mri/picture.py" line="44"/>
        <source>left</source>
        <translation>izquierdo</translation>
    </message>
    <message>
        <location filename="../mri/picture.py" line="46"/>
        <source>Sagittal T2 through the {side} foramina</source>
        <translation>Sagital T2 por los agujeros de conjunción del lado {side}</translation>
    </message>
    <message>
        <location filename="../mri/picture.py" line="47"/>
        <source>Sagittal T2 beside the midline, {side}</source>
        <translation>Sagital T2 junto a la línea media, {side}</translation>
    </message>
</context>
<context>
    <name>MriView</name>
    <message>
        <location filename="../mri/__init__.py" line="39"/>
        <source>The MRI picture could not be made ({why}).</source>
        <translation>No se pudo hacer la imagen de resonancia ({why}).</translation>
    </message>
    <message>
        <location filename="../mri/__init__.py" line="119"/>
        <source>&amp;MRI view</source>
        <translation>Vista de &amp;resonancia</translation>
    </message>
    <message>
        <location filename="../mri/__init__.py" line="122"/>
        <source>Show what an MRI of the model would look like now (an illustration, not a scan)</source>
        <translation>Mostrar cómo se vería ahora una resonancia del modelo (una ilustración, no una prueba real)</translation>
    </message>
</context>
<context>
    <name>PartPanel</name>
    <message>
        <location filename="../explore/part_panel.py" line="50"/>
        <source>See-through</source>
        <translation>Transparencia</translation>
    </message>
    <message>
        <location filename="../explore/part_panel.py" line="53"/>
        <source>Make parts see-through to look inside. 100 is solid, 0 is invisible.</source>
        <translation>Haga transparentes las partes para ver el interior. 100 es sólido, 0 es invisible.</translation>
    </message>
    <message>
        <location filename="../explore/part_panel.py" line="58"/>
        <source>X-ray (bones see-through)</source>
        <translation>Rayos X (huesos transparentes)</translation>
    </message>
    <message>
        <location filename="../explore/part_panel.py" line="61"/>
        <source>Bones see-through; discs, nerves and the dural sac stay solid (X)</source>
        <translation>Huesos transparentes; discos, nervios y saco dural siguen sólidos (X)</translation>
    </message>
    <message>
        <location filename="../explore/part_panel.py" line="65"/>
        <source>Selected part: none</source>
        <translation>Parte seleccionada: ninguna</translation>
    </message>
    <message>
        <location filename="../explore/part_panel.py" line="67"/>
        <location filename="../explore/part_panel.py" line="68"/>
        <source>How solid the selected part is</source>
        <translation>Cuán sólida es la parte seleccionada</translation>
    </message>
    <message>
        <location filename="../explore/part_panel.py" line="77"/>
        <source>How solid all the {group} are</source>
        <translation>Cuán sólidos son todos los {group}</translation>
    </message>
    <message>
        <location filename="../explore/part_panel.py" line="85"/>
        <source>Show only selected</source>
        <translation>Mostrar solo la seleccionada</translation>
    </message>
    <message>
        <location filename="../explore/part_panel.py" line="87"/>
        <source>Hide every part but the selected one (I)</source>
        <translation>Ocultar todas las partes menos la seleccionada (I)</translation>
    </message>
    <message>
        <location filename="../explore/part_panel.py" line="90"/>
        <source>Show all</source>
        <translation>Mostrar todo</translation>
    </message>
    <message>
        <location filename="../explore/part_panel.py" line="92"/>
        <source>Show every part again (A)</source>
        <translation>Volver a mostrar todas las partes (A)</translation>
    </message>
    <message>
        <location filename="../explore/part_panel.py" line="94"/>
        <source>All solid</source>
        <translation>Todo sólido</translation>
    </message>
    <message>
        <location filename="../explore/part_panel.py" line="95"/>
        <source>Every part fully solid again, x-ray off</source>
        <translation>Todas las partes de nuevo sólidas, rayos X desactivados</translation>
    </message>
    <message>
        <location filename="../explore/part_panel.py" line="126"/>
        <source>Selected part: {value}</source>
        <translation>Parte seleccionada: {value}</translation>
    </message>
    <message>
        <location filename="../explore/part_panel.py" line="127"/>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
</context>
<context>
    <name>PlayerPanel</name>
    <message>
        <location filename="../player/panel.py" line="97"/>
        <location filename="../player/panel.py" line="104"/>
        <source>Scenes</source>
        <translation>Escenas</translation>
    </message>
    <message>
        <location filename="../player/panel.py" line="106"/>
        <source>Choose a scene to watch; it opens at its first step</source>
        <translation>Elija una escena para verla; se abre en su primer paso</translation>
    </message>
    <message>
        <location filename="../player/panel.py" line="108"/>
        <source>Choose a scene to watch.</source>
        <translation>Elija una escena para verla.</translation>
    </message>
    <message>
        <location filename="../player/panel.py" line="127"/>
        <source>Time in the scene</source>
        <translation>Tiempo en la escena</translation>
    </message>
    <message>
        <location filename="../player/panel.py" line="128"/>
        <source>Drag to move through the scene</source>
        <translation>Arrastre para moverse por la escena</translation>
    </message>
    <message>
        <location filename="../player/panel.py" line="138"/>
        <source>Time in the scene / length of the scene</source>
        <translation>Tiempo en la escena / duración de la escena</translation>
    </message>
    <message>
        <location filename="../player/panel.py" line="139"/>
        <source>Loop</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <location filename="../player/panel.py" line="147"/>
        <location filename="../player/panel.py" line="148"/>
        <source>Playback speed</source>
        <translation>Velocidad de reproducción</translation>
    </message>
    <message>
        <location filename="../player/panel.py" line="151"/>
        <source>{s:g}×</source>
        <translation>{s:g}×</translation>
    </message>
    <message>
        <location filename="../player/panel.py" line="157"/>
        <source>Speed</source>
        <translation>Velocidad</translation>
    </message>
    <message>
        <location filename="../player/panel.py" line="194"/>
        <source>{name} (cannot be shown)</source>
        <translation>{name} (no se puede mostrar)</translation>
    </message>
    <message>
        <location filename="../player/panel.py" line="234"/>
        <source>0:00 / {clock}</source>
        <translation>0:00 / {clock}</translation>
    </message>
    <message>
        <location filename="../player/panel.py" line="245"/>
        <source>{clock} / {clock2}</source>
        <translation>{clock} / {clock2}</translation>
    </message>
    <message>
        <location filename="../player/panel.py" line="252"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pausa</translation>
    </message>
    <message>
        <location filename="../player/panel.py" line="252"/>
        <source>&amp;Play</source>
        <translation>&amp;Reproducir</translation>
    </message>
</context>
<context>
    <name>PreferencesController</name>
    <message>
        <location filename="../shell/preferences.py" line="162"/>
        <source>Preferences saved</source>
        <translation>Preferencias guardadas</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../shell/preferences.py" line="170"/>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location filename="../shell/preferences.py" line="176"/>
        <source>Like the desktop</source>
        <translation>Como el escritorio</translation>
    </message>
    <message>
        <location filename="../shell/preferences.py" line="177"/>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <location filename="../shell/preferences.py" line="180"/>
        <source>Text size in the panels and menus (larger for a projector)</source>
        <translation>Tamaño del texto en los paneles y menús (más grande para un proyector)</translation>
    </message>
    <message>
        <location filename="../shell/preferences.py" line="188"/>
        <source>High contrast: white on black with yellow selection, for low vision</source>
        <translation>Alto contraste: blanco sobre negro con la selección en amarillo, para baja visión</translation>
    </message>
    <message>
        <location filename="../shell/preferences.py" line="195"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location filename="../shell/preferences.py" line="198"/>
        <source>How tall the explanation&apos;s text is in presentation mode (F5); every other text grows with it</source>
        <translation>Altura del texto de la explicación en el modo presentación (F5); los demás textos crecen con él</translation>
    </message>
    <message>
        <location filename="../shell/preferences.py" line="205"/>
        <source>Label the main structures in the 3D view</source>
        <translation>Rotular las estructuras principales en la vista 3D</translation>
    </message>
    <message>
        <location filename="../shell/preferences.py" line="210"/>
        <source>Like the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <location filename="../shell/preferences.py" line="215"/>
        <source>The language of the window, the scenes and the handout</source>
        <translation>El idioma de la ventana, las escenas y la hoja informativa</translation>
    </message>
    <message>
        <location filename="../shell/preferences.py" line="218"/>
        <source>Font size</source>
        <translation>Tamaño de letra</translation>
    </message>
    <message>
        <location filename="../shell/preferences.py" line="219"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../shell/preferences.py" line="220"/>
        <source>Presentation text</source>
        <translation>Texto de presentación</translation>
    </message>
    <message>
        <location filename="../shell/preferences.py" line="222"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../shell/preferences.py" line="228"/>
        <source>Settings are kept for the next time the viewer opens.</source>
        <translation>Los ajustes se guardan para la próxima vez que abra el visor.</translation>
    </message>
</context>
<context>
    <name>QuizController</name>
    <message>
        <location filename="../teach/controller.py" line="59"/>
        <source>Choose a scene first: the quiz asks about the scene on screen.</source>
        <translation>Elija primero una escena: el cuestionario pregunta sobre la escena en pantalla.</translation>
    </message>
    <message>
        <location filename="../teach/controller.py" line="65"/>
        <source>The scene “{0}” has no quiz.</source>
        <translation>La escena «{0}» no tiene cuestionario.</translation>
    </message>
    <message>
        <location filename="../teach/controller.py" line="105"/>
        <location filename="../teach/controller.py" line="117"/>
        <source>You chose: {0}.</source>
        <translation>Ha elegido: {0}.</translation>
    </message>
    <message>
        <location filename="../teach/controller.py" line="145"/>
        <source>Right!</source>
        <translation>¡Correcto!</translation>
    </message>
    <message>
        <location filename="../teach/controller.py" line="147"/>
        <source>The answer: {0}.</source>
        <translation>La respuesta: {0}.</translation>
    </message>
    <message>
        <location filename="../teach/controller.py" line="149"/>
        <source>Not quite: the answer is {0}.</source>
        <translation>No exactamente: la respuesta es {0}.</translation>
    </message>
</context>
<context>
    <name>QuizPanel</name>
    <message>
        <location filename="../teach/panel.py" line="48"/>
        <source>Quiz</source>
        <translation>Cuestionario</translation>
    </message>
    <message>
        <location filename="../teach/panel.py" line="81"/>
        <source>Or name the part…</source>
        <translation>O diga el nombre de la parte…</translation>
    </message>
    <message>
        <location filename="../teach/panel.py" line="83"/>
        <source>Answer by naming a part</source>
        <translation>Responder con el nombre de una parte</translation>
    </message>
    <message>
        <location filename="../teach/panel.py" line="85"/>
        <source>Choose the part the question asks for, then press Answer</source>
        <translation>Elija la parte que pide la pregunta y pulse Responder</translation>
    </message>
    <message>
        <location filename="../teach/panel.py" line="87"/>
        <source>Or name the part here, then press Answer</source>
        <translation>O escriba aquí el nombre de la parte y pulse Responder</translation>
    </message>
    <message>
        <location filename="../teach/panel.py" line="88"/>
        <source>&amp;Answer</source>
        <translation>&amp;Responder</translation>
    </message>
    <message>
        <location filename="../teach/panel.py" line="90"/>
        <source>Answer with the part named</source>
        <translation>Responder con la parte nombrada</translation>
    </message>
    <message>
        <location filename="../teach/panel.py" line="98"/>
        <source>Feedback</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <location filename="../teach/panel.py" line="101"/>
        <source>&amp;Show answer</source>
        <translation>&amp;Ver la respuesta</translation>
    </message>
    <message>
        <location filename="../teach/panel.py" line="102"/>
        <location filename="../teach/panel.py" line="191"/>
        <source>&amp;Next question</source>
        <translation>&amp;Siguiente pregunta</translation>
    </message>
    <message>
        <location filename="../teach/panel.py" line="103"/>
        <source>&amp;End quiz</source>
        <translation>&amp;Terminar el cuestionario</translation>
    </message>
    <message>
        <location filename="../teach/panel.py" line="108"/>
        <source>Show the right answer (Space or R)</source>
        <translation>Mostrar la respuesta correcta (Espacio o R)</translation>
    </message>
    <message>
        <location filename="../teach/panel.py" line="113"/>
        <source>Go on to the next question (Right or PageDown)</source>
        <translation>Pasar a la siguiente pregunta (flecha derecha o Av Pág)</translation>
    </message>
    <message>
        <location filename="../teach/panel.py" line="118"/>
        <source>Leave the quiz and go back to the scene</source>
        <translation>Salir del cuestionario y volver a la escena</translation>
    </message>
    <message>
        <location filename="../teach/panel.py" line="131"/>
        <source>Keys: 1 to 6 choose an option · Space or R shows the answer · Right or PageDown: next · Left or PageUp: back</source>
        <translation>Teclas: 1 a 6 eligen una opción · Espacio o R muestra la respuesta · flecha derecha o Av Pág: siguiente · flecha izquierda o Re Pág: anterior</translation>
    </message>
    <message>
        <location filename="../teach/panel.py" line="167"/>
        <source>Choose a scene, then Scene &gt; Quiz to test what you saw.</source>
        <translation>Elija una escena y luego Escena &gt; Cuestionario para comprobar lo que vio.</translation>
    </message>
    <message>
        <location filename="../teach/panel.py" line="170"/>
        <source>Quiz finished</source>
        <translation>Cuestionario terminado</translation>
    </message>
    <message>
        <location filename="../teach/panel.py" line="171"/>
        <source>Your score: {0} of {1}</source>
        <translation>Su puntuación: {0} de {1}</translation>
    </message>
    <message>
        <location filename="../teach/panel.py" line="174"/>
        <source>Question {0} of {1} · score {2}</source>
        <translation>Pregunta {0} de {1} · puntuación {2}</translation>
    </message>
    <message>
        <location filename="../teach/panel.py" line="182"/>
        <source>Option {0}: {1}</source>
        <translation>Opción {0}: {1}</translation>
    </message>
    <message>
        <location filename="../teach/panel.py" line="189"/>
        <source>&amp;See the score</source>
        <translation>&amp;Ver la puntuación</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../report/dialog.py" line="45"/>
        <source>Protrusion</source>
        <translation>Protrusión</translation>
    </message>
    <message>
        <location filename="../report/dialog.py" line="46"/>
        <source>Extrusion</source>
        <translation>Extrusión</translation>
    </message>
    <message>
        <location filename="../report/dialog.py" line="47"/>
        <source>Sequestration</source>
        <translation>Secuestro</translation>
    </message>
    <message>
        <location filename="../report/dialog.py" line="48"/>
        <source>Herniation</source>
        <translation>Hernia</translation>
    </message>
    <message>
        <location filename="../report/dialog.py" line="49"/>
        <source>Disc bulge</source>
        <translation>Abombamiento discal</translation>
    </message>
    <message>
        <location filename="../report/dialog.py" line="50"/>
        <source>Annular fissure (tear)</source>
        <translation>Fisura anular (rotura)</translation>
    </message>
    <message>
        <location filename="../report/dialog.py" line="51"/>
        <source>Degeneration</source>
        <translation>Degeneración</translation>
    </message>
    <message>
        <location filename="../report/dialog.py" line="52"/>
        <source>Stenosis</source>
        <translation>Estenosis</translation>
    </message>
    <message>
        <location filename="../report/dialog.py" line="57"/>
        <source>left</source>
        <translation>izquierdo</translation>
    </message>
    <message>
        <location filename="../report/dialog.py" line="58"/>
        <source>right</source>
        <translation>derecho</translation>
    </message>
    <message>
        <location filename="../report/dialog.py" line="59"/>
        <source>both</source>
        <translation>ambos</translation>
    </message>
    <message>
        <location filename="../report/dialog.py" line="60"/>
        <source>central</source>
        <translation>central</translation>
    </message>
    <message>
        <location filename="../report/dialog.py" line="61"/>
        <source>paracentral</source>
        <translation>paracentral</translation>
    </message>
    <message>
        <location filename="../report/dialog.py" line="62"/>
        <source>foraminal</source>
        <translation>foraminal</translation>
    </message>
    <message>
        <location filename="../report/dialog.py" line="63"/>
        <source>far-lateral</source>
        <translation>extraforaminal</translation>
    </message>
    <message>
        <location filename="../report/dialog.py" line="64"/>
        <source>mild</source>
        <translation>leve</translation>
    </message>
    <message>
        <location filename="../report/dialog.py" line="65"/>
        <source>moderate</source>
        <translation>moderado</translation>
    </message>
    <message>
        <location filename="../report/dialog.py" line="66"/>
        <source>severe</source>
        <translation>grave</translation>
    </message>
    <message>
        <location filename="../report/dialog.py" line="69"/>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location filename="../report/dialog.py" line="70"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../report/dialog.py" line="71"/>
        <source>Side</source>
        <translation>Lado</translation>
    </message>
    <message>
        <location filename="../report/dialog.py" line="72"/>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <location filename="../report/dialog.py" line="73"/>
        <source>Grade</source>
        <translation>Grado</translation>
    </message>
    <message>
        <location filename="../report/dialog.py" line="74"/>
        <source>What it means</source>
        <translation>Qué significa</translation>
    </message>
    <message>
        <location filename="../report/dialog.py" line="90"/>
        <source>Explain my MRI report</source>
        <translation>Explicar mi informe de resonancia</translation>
    </message>
    <message>
        <location filename="../report/dialog.py" line="97"/>
        <source>Paste the findings or impression of your lumbar MRI report, or open its file.</source>
        <translation>Pegue los hallazgos o la conclusión de su informe de resonancia lumbar, o abra su archivo.</translation>
    </message>
    <message>
        <location filename="../report/dialog.py" line="107"/>
        <source>For example: L4-5: small right paracentral protrusion.</source>
        <translation>Por ejemplo: L4-5: pequeña protrusión paracentral derecha.</translation>
    </message>
    <message>
        <location filename="../report/dialog.py" line="109"/>
        <source>Report text</source>
        <translation>Texto del informe</translation>
    </message>
    <message>
        <location filename="../report/dialog.py" line="111"/>
        <source>The words of the MRI report; Ctrl+Return reads them.</source>
        <translation>El texto del informe de resonancia; Ctrl+Intro lo lee.</translation>
    </message>
    <message>
        <location filename="../report/dialog.py" line="117"/>
        <source>&amp;Open .txt or .pdf…</source>
        <translation>&amp;Abrir .txt o .pdf…</translation>
    </message>
    <message>
        <location filename="../report/dialog.py" line="118"/>
        <source>Open a report saved as text or PDF</source>
        <translation>Abrir un informe guardado como texto o PDF</translation>
    </message>
    <message>
        <location filename="../report/dialog.py" line="121"/>
        <source>&amp;Read the report</source>
        <translation>&amp;Leer el informe</translation>
    </message>
    <message>
        <location filename="../report/dialog.py" line="122"/>
        <source>Find the findings (Ctrl+Return)</source>
        <translation>Buscar los hallazgos (Ctrl+Intro)</translation>
    </message>
    <message>
        <location filename="../report/dialog.py" line="135"/>
        <source>What it understood (correct anything that is wrong):</source>
        <translation>Lo que ha entendido (corrija lo que esté mal):</translation>
    </message>
    <message>
        <location filename="../report/dialog.py" line="142"/>
        <source>Findings understood</source>
        <translation>Hallazgos entendidos</translation>
    </message>
    <message>
        <location filename="../report/dialog.py" line="146"/>
        <source>What it read but cannot show:</source>
        <translation>Lo que ha leído pero no puede mostrar:</translation>
    </message>
    <message>
        <location filename="../report/dialog.py" line="150"/>
        <source>Findings the model cannot show</source>
        <translation>Hallazgos que el modelo no puede mostrar</translation>
    </message>
    <message>
        <location filename="../report/dialog.py" line="155"/>
        <source>&amp;Play</source>
        <translation>&amp;Reproducir</translation>
    </message>
    <message>
        <location filename="../report/dialog.py" line="156"/>
        <source>Build the scene and play it in the window</source>
        <translation>Crear la escena y reproducirla en la ventana</translation>
    </message>
    <message>
        <location filename="../report/dialog.py" line="159"/>
        <source>&amp;Save scene…</source>
        <translation>&amp;Guardar la escena…</translation>
    </message>
    <message>
        <location filename="../report/dialog.py" line="160"/>
        <source>Save the scene as a .toml and .md file pair</source>
        <translation>Guardar la escena como un par de archivos .toml y .md</translation>
    </message>
    <message>
        <location filename="../report/dialog.py" line="163"/>
        <source>Make &amp;handout…</source>
        <translation>Hacer la &amp;hoja informativa…</translation>
    </message>
    <message>
        <location filename="../report/dialog.py" line="164"/>
        <source>Save a patient handout as PDF</source>
        <translation>Guardar una hoja informativa para el paciente en PDF</translation>
    </message>
    <message>
        <location filename="../report/dialog.py" line="167"/>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <location filename="../report/dialog.py" line="168"/>
        <source>Close this window; the scene keeps playing</source>
        <translation>Cerrar esta ventana; la escena sigue reproduciéndose</translation>
    </message>
    <message>
        <location filename="../report/dialog.py" line="194"/>
        <source>Open an MRI report</source>
        <translation>Abrir un informe de resonancia</translation>
    </message>
    <message>
        <location filename="../report/dialog.py" line="196"/>
        <source>Reports (*.txt *.pdf);;All files (*)</source>
        <translation>Informes (*.txt *.pdf);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../report/dialog.py" line="228"/>
        <source>Nothing: every finding it read can be shown.</source>
        <translation>Nada: todos los hallazgos leídos se pueden mostrar.</translation>
    </message>
    <message>
        <location filename="../report/dialog.py" line="233"/>
        <source>{n} finding(s) understood; the most important first.</source>
        <translation>{n} hallazgo(s) entendido(s); el más importante primero.</translation>
    </message>
    <message>
        <location filename="../report/dialog.py" line="253"/>
        <source>Finding {n}: {what}</source>
        <translation>Hallazgo {n}: {what}</translation>
    </message>
    <message>
        <location filename="../report/dialog.py" line="286"/>
        <source>Save the scene</source>
        <translation>Guardar la escena</translation>
    </message>
    <message>
        <location filename="../report/dialog.py" line="288"/>
        <source>Scene (*.toml)</source>
        <translation>Escena (*.toml)</translation>
    </message>
</context>
<context>
    <name>ReportFiles</name>
    <message>
        <location filename="../report/files.py" line="25"/>
        <source>the report {path} does not exist; give a .txt or .pdf file, or - to read standard input</source>
        <translation>el informe {path} no existe; indique un archivo .txt o .pdf, o - para leer la entrada estándar</translation>
    </message>
    <message>
        <location filename="../report/files.py" line="30"/>
        <source>the report {path} is not a file; give a .txt or .pdf file, or - to read standard input</source>
        <translation>el informe {path} no es un archivo; indique un archivo .txt o .pdf, o - para leer la entrada estándar</translation>
    </message>
    <message>
        <location filename="../report/files.py" line="38"/>
        <source>the report {name} is not a text or PDF file; use a .txt or .pdf file</source>
        <translation>el informe {name} no es un archivo de texto ni PDF; use un archivo .txt o .pdf</translation>
    </message>
    <message>
        <location filename="../report/files.py" line="44"/>
        <source>the report {name} is over 5 MB; give the text or PDF of one MRI report</source>
        <translation>el informe {name} ocupa más de 5 MB; indique el texto o el PDF de un solo informe de resonancia</translation>
    </message>
</context>
<context>
    <name>ReportTools</name>
    <message>
        <location filename="../report/tools.py" line="49"/>
        <source>There is no finding to show; read a report first.</source>
        <translation>No hay ningún hallazgo que mostrar; lea primero un informe.</translation>
    </message>
    <message>
        <location filename="../cli/commands/explain_report.py" line="38"/>
        <location filename="../report/tools.py" line="51"/>
        <location filename="../report/tools.py" line="74"/>
        <source>My MRI report</source>
        <translation>Mi informe de resonancia</translation>
    </message>
    <message>
        <location filename="../report/tools.py" line="57"/>
        <source>Scenes cannot play in this window.</source>
        <translation>En esta ventana no se pueden reproducir escenas.</translation>
    </message>
    <message>
        <location filename="../report/tools.py" line="62"/>
        <source>Playing the scene of your MRI report.</source>
        <translation>Reproduciendo la escena de su informe de resonancia.</translation>
    </message>
    <message>
        <location filename="../report/tools.py" line="71"/>
        <source>There is no finding to save; read a report first.</source>
        <translation>No hay ningún hallazgo que guardar; lea primero un informe.</translation>
    </message>
    <message>
        <location filename="../report/tools.py" line="75"/>
        <source>Saved {file} and its text {md} ({n} steps).</source>
        <translation>Guardado {file} y su texto {md} ({n} pasos).</translation>
    </message>
    <message>
        <location filename="../report/tools.py" line="81"/>
        <source>This window has no handout command.</source>
        <translation>Esta ventana no tiene la orden de hoja informativa.</translation>
    </message>
    <message>
        <location filename="../report/tools.py" line="96"/>
        <source>Explain my MRI &amp;report…</source>
        <translation>Explicar mi &amp;informe de resonancia…</translation>
    </message>
    <message>
        <location filename="../report/tools.py" line="99"/>
        <source>Paste or open an MRI report and see its findings on the model</source>
        <translation>Pegar o abrir un informe de resonancia y ver sus hallazgos en el modelo</translation>
    </message>
</context>
<context>
    <name>ScenePlayer</name>
    <message>
        <location filename="../viewer/scene_player.py" line="124"/>
        <source>There is no scene &apos;{scene}&apos;.</source>
        <translation>No hay ninguna escena &apos;{scene}&apos;.</translation>
    </message>
    <message>
        <location filename="../viewer/scene_player.py" line="315"/>
        <source>The scene &apos;{scene}&apos; cannot be shown: {why}.</source>
        <translation>La escena &apos;{scene}&apos; no se puede mostrar: {why}.</translation>
    </message>
</context>
<context>
    <name>SlicedJob</name>
    <message>
        <location filename="../share/jobs.py" line="45"/>
        <source>Exporting</source>
        <translation>Exportando</translation>
    </message>
</context>
<context>
    <name>StatusParts</name>
    <message>
        <location filename="../shell/about.py" line="89"/>
        <source>Building the 3D model (first start only): {text}</source>
        <translation>Construyendo el modelo 3D (solo la primera vez): {text}</translation>
    </message>
</context>
<context>
    <name>StillDialog</name>
    <message>
        <location filename="../share/forms.py" line="54"/>
        <source>Save still</source>
        <translation>Guardar imagen</translation>
    </message>
    <message>
        <location filename="../share/forms.py" line="58"/>
        <source>As on screen ({screen}x{screen2})</source>
        <translation>Como en pantalla ({screen}x{screen2})</translation>
    </message>
    <message>
        <location filename="../share/forms.py" line="65"/>
        <source>Custom…</source>
        <translation>Personalizado…</translation>
    </message>
    <message>
        <location filename="../share/forms.py" line="73"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location filename="../share/forms.py" line="86"/>
        <source>Caption: scene, step and level, and the notice</source>
        <translation>Pie: escena, paso y nivel, y el aviso</translation>
    </message>
    <message>
        <location filename="../share/forms.py" line="89"/>
        <source>Write what the picture shows at its bottom edge</source>
        <translation>Escribir en el borde de abajo lo que muestra la imagen</translation>
    </message>
    <message>
        <location filename="../share/forms.py" line="91"/>
        <source>Transparent background (for slides)</source>
        <translation>Fondo transparente (para presentaciones)</translation>
    </message>
    <message>
        <location filename="../share/forms.py" line="93"/>
        <source>Size:</source>
        <translation>Tamaño:</translation>
    </message>
    <message>
        <location filename="../share/forms.py" line="101"/>
        <source>Copy to clipboard</source>
        <translation>Copiar al portapapeles</translation>
    </message>
</context>
<context>
    <name>StructuresPanel</name>
    <message>
        <location filename="../shell/structures_panel.py" line="50"/>
        <location filename="../shell/structures_panel.py" line="54"/>
        <source>Structures</source>
        <translation>Estructuras</translation>
    </message>
    <message>
        <location filename="../shell/structures_panel.py" line="52"/>
        <source>Tick a structure to show it, untick it to hide it.</source>
        <translation>Marque una estructura para mostrarla; desmárquela para ocultarla.</translation>
    </message>
    <message>
        <location filename="../shell/structures_panel.py" line="56"/>
        <source>Tick a structure to show it, untick it to hide it</source>
        <translation>Marque una estructura para mostrarla y desmárquela para ocultarla</translation>
    </message>
    <message>
        <location filename="../shell/structures_panel.py" line="65"/>
        <source>Show all</source>
        <translation>Mostrar todo</translation>
    </message>
    <message>
        <location filename="../shell/structures_panel.py" line="66"/>
        <source>Show every structure.</source>
        <translation>Mostrar todas las estructuras.</translation>
    </message>
    <message>
        <location filename="../shell/structures_panel.py" line="68"/>
        <source>Hide all</source>
        <translation>Ocultar todo</translation>
    </message>
    <message>
        <location filename="../shell/structures_panel.py" line="69"/>
        <source>Hide every structure.</source>
        <translation>Ocultar todas las estructuras.</translation>
    </message>
</context>
<context>
    <name>Teach</name>
    <message>
        <location filename="../teach/__init__.py" line="45"/>
        <source>&amp;Quiz</source>
        <translation>&amp;Cuestionario</translation>
    </message>
    <message>
        <location filename="../teach/__init__.py" line="48"/>
        <source>Ask the questions of the scene on screen; click the model to answer</source>
        <translation>Hacer las preguntas de la escena en pantalla; haga clic en el modelo para responder</translation>
    </message>
</context>
<context>
    <name>TextPanel</name>
    <message>
        <location filename="../player/text_panel.py" line="55"/>
        <source>Explanation</source>
        <translation>Explicación</translation>
    </message>
    <message>
        <location filename="../player/text_panel.py" line="62"/>
        <source>Explanation of this step</source>
        <translation>Explicación de este paso</translation>
    </message>
    <message>
        <location filename="../player/text_panel.py" line="64"/>
        <source>Underlined words have a plain-words tooltip</source>
        <translation>Las palabras subrayadas tienen una explicación sencilla al pasar el ratón</translation>
    </message>
    <message>
        <location filename="../player/text_panel.py" line="76"/>
        <source>Steps of this scene</source>
        <translation>Pasos de esta escena</translation>
    </message>
    <message>
        <location filename="../player/text_panel.py" line="77"/>
        <source>The steps of this scene: click one to jump there.</source>
        <translation>Los pasos de esta escena: haga clic en uno para ir a él.</translation>
    </message>
    <message>
        <location filename="../player/text_panel.py" line="85"/>
        <source>&lt;b&gt;Educational, not medical advice.&lt;/b&gt; {DISCLAIMER}</source>
        <translation>&lt;b&gt;Educativo, no es un consejo médico.&lt;/b&gt; {DISCLAIMER}</translation>
    </message>
    <message>
        <location filename="../player/text_panel.py" line="90"/>
        <source>Educational, not medical advice</source>
        <translation>Educativo, no es un consejo médico</translation>
    </message>
    <message>
        <location filename="../player/text_panel.py" line="124"/>
        <source>Jump to this step ({clock})</source>
        <translation>Ir a este paso ({clock})</translation>
    </message>
    <message>
        <location filename="../player/text_panel.py" line="136"/>
        <source>*{title} · step {step} of {n}*</source>
        <translation>*{title} · paso {step} de {n}*</translation>
    </message>
</context>
<context>
    <name>TextZoom</name>
    <message>
        <location filename="../shell/text_zoom.py" line="44"/>
        <source>Leave presentation mode to change the text size</source>
        <translation>Salga del modo presentación para cambiar el tamaño del texto</translation>
    </message>
    <message>
        <location filename="../shell/text_zoom.py" line="57"/>
        <source>Text size {percent}%</source>
        <translation>Tamaño del texto {percent}%</translation>
    </message>
    <message>
        <location filename="../shell/text_zoom.py" line="67"/>
        <source>&amp;Bigger text</source>
        <translation>Texto más &amp;grande</translation>
    </message>
    <message>
        <location filename="../shell/text_zoom.py" line="70"/>
        <source>Make every text of the window bigger</source>
        <translation>Agrandar todos los textos de la ventana</translation>
    </message>
    <message>
        <location filename="../shell/text_zoom.py" line="76"/>
        <source>&amp;Smaller text</source>
        <translation>Texto más &amp;pequeño</translation>
    </message>
    <message>
        <location filename="../shell/text_zoom.py" line="79"/>
        <source>Make every text of the window smaller</source>
        <translation>Reducir todos los textos de la ventana</translation>
    </message>
    <message>
        <location filename="../shell/text_zoom.py" line="84"/>
        <source>&amp;Normal text size</source>
        <translation>Tamaño de texto &amp;normal</translation>
    </message>
    <message>
        <location filename="../shell/text_zoom.py" line="87"/>
        <source>Put every text back to its normal size</source>
        <translation>Devolver todos los textos a su tamaño normal</translation>
    </message>
</context>
<context>
    <name>ViewerContext</name>
    <message>
        <location filename="../context.py" line="130"/>
        <source>{tip} ({shown})</source>
        <translation>{tip} ({shown})</translation>
    </message>
</context>
<context>
    <name>Visit</name>
    <message>
        <location filename="../annotate/showing.py" line="36"/>
        <source>the visit shows the scene &apos;{scene}&apos;, which this program does not have</source>
        <translation>la visita muestra la escena &apos;{scene}&apos;, que este programa no tiene</translation>
    </message>
    <message>
        <location filename="../annotate/showing.py" line="45"/>
        <source>the visit&apos;s scene cannot be shown: {why}</source>
        <translation>no se puede mostrar la escena de la visita: {why}</translation>
    </message>
    <message>
        <location filename="../annotate/showing.py" line="58"/>
        <source>the visit&apos;s condition cannot be shown: {why}</source>
        <translation>no se puede mostrar el problema de la visita: {why}</translation>
    </message>
    <message>
        <location filename="../annotate/visit.py" line="57"/>
        <source>{name} is not a visit file this program can open: {why}</source>
        <translation>{name} no es un archivo de visita que este programa pueda abrir: {why}</translation>
    </message>
    <message>
        <location filename="../annotate/visit.py" line="71"/>
        <source>there is no file {path}; choose a visit file that exists</source>
        <translation>no existe el archivo {path}; elija un archivo de visita que exista</translation>
    </message>
</context>
<context>
    <name>about</name>
    <message>
        <location filename="../shell/about.py" line="15"/>
        <source>This program is for learning only. It is not medical advice, and it cannot tell what is wrong with your back. Talk to a doctor or physiotherapist about your own symptoms.</source>
        <translation>Este programa es solo para aprender. No es un consejo médico y no puede decir qué le pasa a su espalda. Hable con un médico o un fisioterapeuta sobre sus propios síntomas.</translation>
    </message>
    <message>
        <location filename="../shell/about.py" line="20"/>
        <source>&lt;h3&gt;{APP_NAME} {version}&lt;/h3&gt;
&lt;p&gt;A 3D model of the lower back (the lumbar spine, L1 to S1) that shows how a disc can bulge,
tear or herniate and press on a nerve. Made for patients, physicians and teachers.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Educational, not medical advice.&lt;/b&gt; {DISCLAIMER}&lt;/p&gt;
&lt;p&gt;The model is built by the program from published average dimensions; it is not any
person&apos;s scan.&lt;/p&gt;
&lt;p&gt;Mouse: drag to turn the model, right-drag or scroll to zoom, middle-drag or Shift+drag to move it.&lt;/p&gt;
</source>
        <translation>&lt;h3&gt;{APP_NAME} {version}&lt;/h3&gt;
&lt;p&gt;Un modelo 3D de la zona lumbar (la columna lumbar, de L1 a S1) que muestra cómo un disco puede abombarse,
romperse o herniarse y presionar un nervio. Hecho para pacientes, médicos y profesores.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Educativo, no es un consejo médico.&lt;/b&gt; {DISCLAIMER}&lt;/p&gt;
&lt;p&gt;El programa construye el modelo a partir de medidas medias publicadas; no es la imagen
de ninguna persona.&lt;/p&gt;
&lt;p&gt;Ratón: arrastre para girar el modelo, arrastre con el botón derecho o use la rueda para acercar, arrastre con el botón central o Mayús+arrastre para moverlo.&lt;/p&gt;
</translation>
    </message>
    <message>
        <location filename="../shell/about.py" line="42"/>
        <source>Drawing with OpenGL: {name}</source>
        <translation>Dibujando con OpenGL: {name}</translation>
    </message>
    <message>
        <location filename="../shell/about.py" line="43"/>
        <source>not yet known</source>
        <translation>aún no se sabe</translation>
    </message>
    <message>
        <location filename="../shell/about.py" line="48"/>
        <source> (software, no anti-aliasing)</source>
        <translation> (por software, sin suavizado)</translation>
    </message>
    <message>
        <location filename="../shell/about.py" line="50"/>
        <source> (graphics card, anti-aliased)</source>
        <translation> (tarjeta gráfica, con suavizado)</translation>
    </message>
    <message>
        <location filename="../shell/about.py" line="54"/>
        <source>About {APP_NAME}</source>
        <translation>Acerca de {APP_NAME}</translation>
    </message>
</context>
<context>
    <name>bench</name>
    <message>
        <location filename="../cli/commands/bench.py" line="236"/>
        <source>print one JSON object (the default prints lines)</source>
        <translation>imprimir un objeto JSON (por defecto imprime líneas)</translation>
    </message>
    <message>
        <location filename="../cli/commands/bench.py" line="242"/>
        <source>mesh detail of the model (default: normal)</source>
        <translation>detalle de la malla del modelo (por defecto: normal)</translation>
    </message>
    <message>
        <location filename="../cli/commands/bench.py" line="249"/>
        <source>mouse moves in the orbit test (default: 40)</source>
        <translation>movimientos del ratón en la prueba de giro (por defecto: 40)</translation>
    </message>
    <message>
        <location filename="../cli/commands/bench.py" line="255"/>
        <source>instead: drive the real window this long (every scene and step, conditions, x-ray, cuts, split view, labels) and report memory, actors, timers and errors; exit 0 only on a clean exit</source>
        <translation>en su lugar: manejar la ventana real durante este tiempo (todas las escenas y pasos, problemas, rayos X, cortes, vista doble, rótulos) e informar de memoria, actores, temporizadores y errores; sale con 0 solo si todo termina limpio</translation>
    </message>
    <message>
        <location filename="../cli/commands/bench.py" line="269"/>
        <source>--frames {frames} is too few; use 5 or more</source>
        <translation>--frames {frames} son demasiado pocas; use 5 o más</translation>
    </message>
    <message>
        <location filename="../cli/commands/bench.py" line="299"/>
        <source>--soak {soak:g} is too short; give 1 second or more</source>
        <translation>--soak {soak:g} es demasiado corto; dé 1 segundo o más</translation>
    </message>
</context>
<context>
    <name>body_map</name>
    <message>
        <location filename="../clinic/body_map_panel.py" line="50"/>
        <source>### Where it is felt

No nerve root is pressed now. Each coloured area on the body shows where one root carries feeling from the skin (its **dermatome**). Click an area to see its root in the 3D view.</source>
        <translation>### Dónde se nota

Ahora no hay ninguna raíz nerviosa apretada. Cada zona de color del cuerpo muestra de dónde lleva la sensibilidad de la piel una raíz (su **dermatoma**). Haga clic en una zona para ver su raíz en la vista 3D.</translation>
    </message>
    <message>
        <location filename="../clinic/body_map_panel.py" line="65"/>
        <source>not pressed now</source>
        <translation>ahora no está apretada</translation>
    </message>
    <message>
        <location filename="../clinic/body_map_panel.py" line="68"/>
        <source>#### {side} {root} root ({state})</source>
        <translation>#### Raíz {root}, lado {side_lower} ({state})</translation>
    </message>
    <message>
        <location filename="../clinic/body_map_panel.py" line="71"/>
        <source>The {role} root at {level}.</source>
        <translation>La raíz {role} en {level}.</translation>
    </message>
    <message>
        <location filename="../clinic/body_map_panel.py" line="74"/>
        <source>- **Felt in** {area} ({side} leg).
- **Typical complaint:** {complaint}
- **Skin:** {feels}
- **Weakness:** {weak} *({muscle})*
- **Reflex:** {reflex}</source>
        <translation>- **Se nota en** {area} (pierna del lado {side}).
- **Molestia típica:** {complaint}
- **Piel:** {feels}
- **Debilidad:** {weak} *({muscle})*
- **Reflejo:** {reflex}</translation>
    </message>
    <message>
        <location filename="../viewer/body_drawing.py" line="184"/>
        <source>Front</source>
        <translation>Delante</translation>
    </message>
    <message>
        <location filename="../viewer/body_drawing.py" line="184"/>
        <source>Back</source>
        <translation>Detrás</translation>
    </message>
    <message>
        <location filename="../viewer/body_drawing.py" line="191"/>
        <source>Left</source>
        <translation>Izquierda</translation>
    </message>
    <message>
        <location filename="../viewer/body_drawing.py" line="191"/>
        <source>Right</source>
        <translation>Derecha</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../cli/main.py" line="77"/>
        <source>--lang needs a language code, e.g. --lang es</source>
        <translation>--lang necesita un código de idioma, por ejemplo --lang es</translation>
    </message>
    <message>
        <location filename="../cli/main.py" line="88"/>
        <source>A 3D model of the lower back that explains lumbar disc problems. Educational, not medical advice. With no command, opens the viewer window.</source>
        <translation>Un modelo 3D de la zona lumbar que explica los problemas de los discos lumbares. Educativo, no es un consejo médico. Sin ninguna orden, abre la ventana del visor.</translation>
    </message>
    <message>
        <location filename="../cli/main.py" line="99"/>
        <source>mesh detail of the model (default: normal)</source>
        <translation>detalle de la malla del modelo (por defecto: normal)</translation>
    </message>
    <message>
        <location filename="../cli/main.py" line="104"/>
        <source>language of the window and the texts (default: the system&apos;s); valid anywhere</source>
        <translation>idioma de la ventana y de los textos (por defecto: el del sistema); vale en cualquier posición</translation>
    </message>
    <message>
        <location filename="../cli/main.py" line="109"/>
        <source>draw with Mesa&apos;s software OpenGL (LIBGL_ALWAYS_SOFTWARE=1), for a driver without OpenGL 3.2</source>
        <translation>dibujar con el OpenGL por software de Mesa (LIBGL_ALWAYS_SOFTWARE=1), para un controlador sin OpenGL 3.2</translation>
    </message>
    <message>
        <location filename="../cli/main.py" line="44"/>
        <location filename="../cli/main.py" line="135"/>
        <source>unrecognized arguments: {args}</source>
        <translation>argumentos no reconocidos: {args}</translation>
    </message>
    <message>
        <location filename="../cli/main.py" line="38"/>
        <source>the following arguments are required: {args}</source>
        <translation>faltan estos argumentos obligatorios: {args}</translation>
    </message>
    <message>
        <location filename="../cli/main.py" line="40"/>
        <source>argument {arg}: {value} is not allowed; choose from {choices}</source>
        <translation>argumento {arg}: no se admite {value}; elija entre {choices}</translation>
    </message>
    <message>
        <location filename="../cli/main.py" line="41"/>
        <source>argument {arg} needs a value</source>
        <translation>el argumento {arg} necesita un valor</translation>
    </message>
    <message>
        <location filename="../cli/main.py" line="43"/>
        <source>argument {arg}: {value} is not a valid {kind}</source>
        <translation>argumento {arg}: {value} no es un valor {kind} válido</translation>
    </message>
    <message>
        <location filename="../cli/main.py" line="45"/>
        <source>argument {arg}: {why}</source>
        <translation>argumento {arg}: {why}</translation>
    </message>
    <message>
        <location filename="../cli/main.py" line="148"/>
        <source>{prog}: error: {message}</source>
        <translation>{prog}: error: {message}</translation>
    </message>
    <message>
        <location filename="../cli/main.py" line="156"/>
        <source>{prog}: internal error: {kind}: {message} (set LUMBAR_VIEWER_DEBUG=1 to see the details)</source>
        <translation>{prog}: error interno: {kind}: {message} (ponga LUMBAR_VIEWER_DEBUG=1 para ver los detalles)</translation>
    </message>
</context>
<context>
    <name>clipping</name>
    <message>
        <location filename="../explore/clipping.py" line="40"/>
        <source>Sagittal</source>
        <translation>Sagital</translation>
    </message>
    <message>
        <location filename="../explore/clipping.py" line="41"/>
        <source>Cut from front to back (left | right), seen from the patient&apos;s left</source>
        <translation>Corte de delante atrás (izquierda | derecha), visto desde la izquierda del paciente</translation>
    </message>
    <message>
        <location filename="../explore/clipping.py" line="44"/>
        <source>Coronal</source>
        <translation>Coronal</translation>
    </message>
    <message>
        <location filename="../explore/clipping.py" line="45"/>
        <source>Cut from side to side (front | back), seen from the front</source>
        <translation>Corte de lado a lado (delante | detrás), visto desde delante</translation>
    </message>
    <message>
        <location filename="../explore/clipping.py" line="48"/>
        <source>Axial</source>
        <translation>Axial</translation>
    </message>
    <message>
        <location filename="../explore/clipping.py" line="49"/>
        <source>Cut across the spine (top | bottom), seen from below as on an MRI scan</source>
        <translation>Corte transversal de la columna (arriba | abajo), visto desde abajo como en una resonancia magnética</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <location filename="../cli/commands/bench.py" line="25"/>
        <source>measure start-up, model build and frame times (import_s, build_cold_s, first_frame_s, ...)</source>
        <translation>medir los tiempos de arranque, de construcción del modelo y de cada imagen (import_s, build_cold_s, first_frame_s, ...)</translation>
    </message>
    <message>
        <location filename="../cli/commands/figures.py" line="19"/>
        <source>draw one condition at many levels, sides, directions and severities: PNGs, a contact sheet, an index</source>
        <translation>dibujar un problema en muchos niveles, lados, direcciones y grados: PNG, una hoja de miniaturas y un índice</translation>
    </message>
    <message>
        <location filename="../cli/commands/handout.py" line="11"/>
        <source>write a one- or two-page patient handout of a scene as a PDF (pictures, plain text, notes field)</source>
        <translation>escribir como PDF una hoja informativa para el paciente, de una o dos páginas, sobre una escena (imágenes, texto sencillo, espacio para notas)</translation>
    </message>
    <message>
        <location filename="../cli/commands/measure.py" line="11"/>
        <source>measure disc heights, dural sac area, foramina, nucleus/fragment volume and root compression</source>
        <translation>medir la altura de los discos, el área del saco dural, los agujeros de conjunción, el volumen del núcleo o del fragmento y la compresión de las raíces</translation>
    </message>
    <message>
        <location filename="../cli/commands/render.py" line="12"/>
        <source>draw the model from a named view into a PNG file, without opening a window</source>
        <translation>dibujar el modelo desde una vista con nombre en un archivo PNG, sin abrir ninguna ventana</translation>
    </message>
    <message>
        <location filename="../cli/commands/scenes.py" line="17"/>
        <source>list the scenes (the presets, or the .toml files of a folder) and check each file for mistakes</source>
        <translation>listar las escenas (las incluidas, o los archivos .toml de una carpeta) y buscar errores en cada archivo</translation>
    </message>
    <message>
        <location filename="../cli/commands/selftest.py" line="22"/>
        <source>set the machine up (system libraries, virtual display) and run the whole test suite with pytest</source>
        <translation>preparar el equipo (bibliotecas del sistema, pantalla virtual) y pasar todas las pruebas con pytest</translation>
    </message>
    <message>
        <location filename="../cli/commands/video.py" line="12"/>
        <source>make a clip of a scene as .mp4 (H.264, for slides) or .gif, without opening a window</source>
        <translation>hacer un vídeo de una escena en .mp4 (H.264, para presentaciones) o .gif, sin abrir ninguna ventana</translation>
    </message>
    <message>
        <location filename="../cli/commands/export.py" line="12"/>
        <source>write the model as a 3D file: .glb or .gltf (one node per part), .stl, .obj or .ply (mm, RAS axes), or .html: a take-home page that opens offline by double-click and turns in the browser</source>
        <translation>escribir el modelo como archivo 3D: .glb o .gltf (un nodo por parte), .stl, .obj o .ply (mm, ejes RAS), o .html: una página para llevar a casa que se abre sin internet con doble clic y gira en el navegador</translation>
    </message>
    <message>
        <location filename="../cli/commands/explain_report.py" line="12"/>
        <source>read a lumbar MRI report (text or PDF) and list the findings the model can show and those it cannot</source>
        <translation>leer un informe de resonancia lumbar (texto o PDF) y listar los hallazgos que el modelo puede mostrar y los que no</translation>
    </message>
    <message>
        <location filename="../cli/commands/worksheet.py" line="11"/>
        <source>print a scene&apos;s quiz as a PDF worksheet: questions with pictures, answer key on the last page</source>
        <translation>imprimir el cuestionario de una escena como ficha en PDF: preguntas con imágenes y las respuestas en la última página</translation>
    </message>
</context>
<context>
    <name>conditions</name>
    <message>
        <location filename="../clinic/panel.py" line="50"/>
        <source>None (healthy)</source>
        <translation>Ninguno (sano)</translation>
    </message>
    <message>
        <location filename="../clinic/panel.py" line="54"/>
        <source>The healthy spine, as built</source>
        <translation>La columna sana, tal como se construye</translation>
    </message>
    <message>
        <location filename="../clinic/panel.py" line="59"/>
        <source>Herniation</source>
        <translation>Hernia</translation>
    </message>
    <message>
        <location filename="../clinic/panel.py" line="60"/>
        <source>Part of the soft centre of the disc pushes out through the outer ring</source>
        <translation>Parte del centro blando del disco sale a través del anillo exterior</translation>
    </message>
    <message>
        <location filename="../clinic/panel.py" line="61"/>
        <source>Bulge</source>
        <translation>Abombamiento</translation>
    </message>
    <message>
        <location filename="../clinic/panel.py" line="62"/>
        <source>The disc&apos;s rim pushes out a little all the way round</source>
        <translation>El borde del disco sobresale un poco a lo largo de toda su vuelta</translation>
    </message>
    <message>
        <location filename="../clinic/panel.py" line="63"/>
        <source>Tear (annular fissure)</source>
        <translation>Rotura (fisura anular)</translation>
    </message>
    <message>
        <location filename="../clinic/panel.py" line="64"/>
        <source>A split in the tough outer ring of the disc (annular fissure)</source>
        <translation>Una grieta en el anillo exterior, duro, del disco (fisura anular)</translation>
    </message>
    <message>
        <location filename="../clinic/panel.py" line="65"/>
        <source>Worn disc (degeneration)</source>
        <translation>Disco gastado (degeneración)</translation>
    </message>
    <message>
        <location filename="../clinic/panel.py" line="66"/>
        <source>A worn, dried-out disc: it loses height, and bone spurs grow beside it</source>
        <translation>Un disco gastado y seco: pierde altura y a su lado crecen picos de hueso</translation>
    </message>
    <message>
        <location filename="../clinic/panel.py" line="69"/>
        <source>Central (middle)</source>
        <translation>Central (en el medio)</translation>
    </message>
    <message>
        <location filename="../clinic/panel.py" line="70"/>
        <source>Paracentral (beside the middle)</source>
        <translation>Paracentral (al lado del medio)</translation>
    </message>
    <message>
        <location filename="../clinic/panel.py" line="71"/>
        <source>Foraminal (side opening)</source>
        <translation>Foraminal (la ventana lateral)</translation>
    </message>
    <message>
        <location filename="../clinic/panel.py" line="72"/>
        <source>Far lateral (outside it)</source>
        <translation>Extraforaminal (por fuera de ella)</translation>
    </message>
</context>
<context>
    <name>explain_report</name>
    <message>
        <location filename="../cli/commands/explain_report.py" line="22"/>
        <source>the report: a .txt or .pdf file, or - for standard input</source>
        <translation>el informe: un archivo .txt o .pdf, o - para la entrada estándar</translation>
    </message>
    <message>
        <location filename="../cli/commands/explain_report.py" line="27"/>
        <source>print one JSON object (findings, unsupported, message)</source>
        <translation>imprimir un objeto JSON (findings, unsupported, message)</translation>
    </message>
    <message>
        <location filename="../cli/commands/explain_report.py" line="33"/>
        <source>also write a scene of the findings (FILE.toml and FILE.md) that the window can play</source>
        <translation>escribir también una escena de los hallazgos (FILE.toml y FILE.md) que la ventana puede reproducir</translation>
    </message>
    <message>
        <location filename="../cli/commands/explain_report.py" line="42"/>
        <source>the scene&apos;s title (default: {title})</source>
        <translation>el título de la escena (por defecto: {title})</translation>
    </message>
    <message>
        <location filename="../cli/commands/explain_report.py" line="59"/>
        <source>no scene written: {why}</source>
        <translation>no se escribió ninguna escena: {why}</translation>
    </message>
    <message>
        <location filename="../cli/commands/explain_report.py" line="70"/>
        <source>, catches {roots}</source>
        <translation>, presiona {roots}</translation>
    </message>
    <message>
        <location filename="../cli/commands/explain_report.py" line="77"/>
        <source>cannot show: {finding}</source>
        <translation>no se puede mostrar: {finding}</translation>
    </message>
    <message>
        <location filename="../cli/commands/explain_report.py" line="80"/>
        <source>For learning only, not medical advice.</source>
        <translation>Solo para aprender, no es un consejo médico.</translation>
    </message>
    <message>
        <location filename="../cli/commands/explain_report.py" line="84"/>
        <source>wrote {out} and {md} ({n} steps)</source>
        <translation>escrito {out} y {md} ({n} pasos)</translation>
    </message>
</context>
<context>
    <name>explore_args</name>
    <message>
        <location filename="../cli/explore_args.py" line="49"/>
        <source>&apos;{text}&apos; names no disc; {allowed}</source>
        <translation>&apos;{text}&apos; no nombra ningún disco; {allowed}</translation>
    </message>
    <message>
        <location filename="../cli/explore_args.py" line="57"/>
        <source>&apos;{text}&apos; is not a cut; {allowed}</source>
        <translation>&apos;{text}&apos; no es un corte; {allowed}</translation>
    </message>
    <message>
        <location filename="../cli/explore_args.py" line="64"/>
        <source>a {kind} cut at {offset:g} mm misses the spine; use {lo:g} to {hi:g} mm</source>
        <translation>un corte {kind} a {offset:g} mm no toca la columna; use de {lo:g} a {hi:g} mm</translation>
    </message>
    <message>
        <location filename="../cli/explore_args.py" line="84"/>
        <source>&apos;{text}&apos; is not a part id{hint}</source>
        <translation>&apos;{text}&apos; no es el identificador de una parte{hint}</translation>
    </message>
    <message>
        <location filename="../cli/explore_args.py" line="93"/>
        <source>bones see-through; discs, nerves and sac solid</source>
        <translation>huesos transparentes; discos, nervios y saco sólidos</translation>
    </message>
    <message>
        <location filename="../cli/explore_args.py" line="99"/>
        <source>name the main structures with leader lines</source>
        <translation>nombrar las estructuras principales con líneas de referencia</translation>
    </message>
    <message>
        <location filename="../cli/explore_args.py" line="105"/>
        <source>outline one part and caption it with its name</source>
        <translation>resaltar el contorno de una parte y ponerle su nombre</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <location filename="../cli/commands/export.py" line="27"/>
        <source>the file to write: .glb, .gltf, .stl, .obj, .ply or .html</source>
        <translation>el archivo que se escribe: .glb, .gltf, .stl, .obj, .ply o .html</translation>
    </message>
    <message>
        <location filename="../cli/commands/export.py" line="33"/>
        <source>mesh detail of the model (default: normal)</source>
        <translation>detalle de la malla del modelo (por defecto: normal)</translation>
    </message>
</context>
<context>
    <name>figures</name>
    <message>
        <location filename="../cli/commands/figures.py" line="34"/>
        <source>the disc problem to draw</source>
        <translation>el problema de disco que se dibuja</translation>
    </message>
    <message>
        <location filename="../cli/commands/figures.py" line="40"/>
        <source>disc levels, comma-separated</source>
        <translation>niveles de disco, separados por comas</translation>
    </message>
    <message>
        <location filename="../cli/commands/figures.py" line="46"/>
        <source>sides (left, right, both)</source>
        <translation>lados (left, right, both)</translation>
    </message>
    <message>
        <location filename="../cli/commands/figures.py" line="52"/>
        <source>directions, comma-separated</source>
        <translation>direcciones, separadas por comas</translation>
    </message>
    <message>
        <location filename="../cli/commands/figures.py" line="58"/>
        <source>severities 0..1, comma-separated</source>
        <translation>grados de 0 a 1, separados por comas</translation>
    </message>
    <message>
        <location filename="../cli/commands/figures.py" line="65"/>
        <source>an existing folder to write in</source>
        <translation>una carpeta que ya exista, donde escribir</translation>
    </message>
    <message>
        <location filename="../cli/commands/figures.py" line="72"/>
        <source>camera direction (default: {DEFAULT_VIEW})</source>
        <translation>dirección de la cámara (por defecto: {DEFAULT_VIEW})</translation>
    </message>
    <message>
        <location filename="../cli/commands/figures.py" line="81"/>
        <source>picture size (default: 1280x800)</source>
        <translation>tamaño de la imagen (por defecto: 1280x800)</translation>
    </message>
    <message>
        <location filename="../cli/commands/figures.py" line="87"/>
        <source>mesh detail (default: normal)</source>
        <translation>detalle de la malla (por defecto: normal)</translation>
    </message>
    <message>
        <location filename="../cli/commands/figures.py" line="97"/>
        <source>{option} is empty; give one or more of {join}, separated by commas</source>
        <translation>{option} está vacío; dé uno o más de {join}, separados por comas</translation>
    </message>
    <message>
        <location filename="../cli/commands/figures.py" line="104"/>
        <source>{option} has &apos;{v}&apos;; use {join} (comma-separated)</source>
        <translation>{option} tiene &apos;{v}&apos;; use {join} (separados por comas)</translation>
    </message>
    <message>
        <location filename="../cli/commands/figures.py" line="122"/>
        <source>--severities has &apos;{v}&apos;; use numbers from 0 to 1, such as 0.4,0.9</source>
        <translation>--severities tiene &apos;{v}&apos;; use números de 0 a 1, como 0.4,0.9</translation>
    </message>
    <message>
        <location filename="../cli/commands/figures.py" line="146"/>
        <source>the folder {out_dir} does not exist; create it first or choose another --out-dir</source>
        <translation>la carpeta {out_dir} no existe; créela primero o elija otro --out-dir</translation>
    </message>
</context>
<context>
    <name>findings</name>
    <message>
        <location filename="../clinic/controller.py" line="124"/>
        <source>### Healthy spine

Pick a **condition**, a **level** and a **side** above. The model changes to show it, and the nerve root it presses turns orange-red.

The body map shows where that root is felt.</source>
        <translation>### Columna sana

Elija arriba un **problema**, un **nivel** y un **lado**. El modelo cambia para mostrarlo, y la raíz nerviosa que se aprieta se vuelve rojo anaranjado.

El mapa del cuerpo muestra dónde se nota esa raíz.</translation>
    </message>
    <message>
        <location filename="../clinic/controller.py" line="136"/>
        <source>No nerve root is touched at this severity. Move the severity slider to the right.</source>
        <translation>Con esta gravedad no se toca ninguna raíz nerviosa. Mueva hacia la derecha el control de gravedad.</translation>
    </message>
    <message>
        <location filename="../clinic/controller.py" line="148"/>
        <source>Also touched: {rest}.</source>
        <translation>También rozadas: {rest}.</translation>
    </message>
</context>
<context>
    <name>frame_actions</name>
    <message>
        <location filename="../shell/frame_actions.py" line="32"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../shell/frame_actions.py" line="35"/>
        <source>Close the viewer</source>
        <translation>Cerrar el visor</translation>
    </message>
    <message>
        <location filename="../shell/frame_actions.py" line="44"/>
        <source>Look at the spine: {lower}</source>
        <translation>Mirar la columna: {lower}</translation>
    </message>
    <message>
        <location filename="../shell/frame_actions.py" line="53"/>
        <source>&amp;Reset view</source>
        <translation>&amp;Restablecer la vista</translation>
    </message>
    <message>
        <location filename="../shell/frame_actions.py" line="56"/>
        <source>Back to the starting view</source>
        <translation>Volver a la vista inicial</translation>
    </message>
    <message>
        <location filename="../shell/frame_actions.py" line="61"/>
        <source>&amp;Full screen</source>
        <translation>&amp;Pantalla completa</translation>
    </message>
    <message>
        <location filename="../shell/frame_actions.py" line="62"/>
        <source>Fill the screen with the viewer (for a projector)</source>
        <translation>Llenar la pantalla con el visor (para un proyector)</translation>
    </message>
    <message>
        <location filename="../shell/frame_actions.py" line="65"/>
        <source>&amp;Panels</source>
        <translation>Pa&amp;neles</translation>
    </message>
    <message>
        <location filename="../shell/frame_actions.py" line="71"/>
        <source>&amp;About {APP_NAME}</source>
        <translation>&amp;Acerca de {APP_NAME}</translation>
    </message>
    <message>
        <location filename="../shell/frame_actions.py" line="74"/>
        <source>What this program is, and why it is not medical advice</source>
        <translation>Qué es este programa y por qué no es un consejo médico</translation>
    </message>
</context>
<context>
    <name>groups</name>
    <message>
        <location filename="../context.py" line="50"/>
        <source>Bones</source>
        <translation>Huesos</translation>
    </message>
    <message>
        <location filename="../context.py" line="51"/>
        <source>Discs</source>
        <translation>Discos</translation>
    </message>
    <message>
        <location filename="../context.py" line="52"/>
        <source>Nerves</source>
        <translation>Nervios</translation>
    </message>
    <message>
        <location filename="../context.py" line="53"/>
        <source>Ligaments</source>
        <translation>Ligamentos</translation>
    </message>
    <message>
        <location filename="../context.py" line="54"/>
        <source>Facet joints</source>
        <translation>Articulaciones facetarias</translation>
    </message>
</context>
<context>
    <name>handout</name>
    <message>
        <location filename="../cli/commands/handout.py" line="24"/>
        <source>a scene id (see &apos;lumbar-viewer scenes&apos;)</source>
        <translation>el identificador de una escena (vea &apos;lumbar-viewer scenes&apos;)</translation>
    </message>
    <message>
        <location filename="../cli/commands/handout.py" line="29"/>
        <source>an MRI report (.txt or .pdf): the scene of its findings</source>
        <translation>un informe de resonancia (.txt o .pdf): la escena de sus hallazgos</translation>
    </message>
    <message>
        <location filename="../cli/commands/handout.py" line="39"/>
        <source>the PDF file to write</source>
        <translation>el archivo PDF que se escribe</translation>
    </message>
    <message>
        <location filename="../cli/commands/handout.py" line="44"/>
        <source>the patient&apos;s disc level (default: the scene&apos;s)</source>
        <translation>el nivel del disco del paciente (por defecto: el de la escena)</translation>
    </message>
    <message>
        <location filename="../cli/commands/handout.py" line="47"/>
        <source>the patient&apos;s side (default: the scene&apos;s)</source>
        <translation>el lado del paciente (por defecto: el de la escena)</translation>
    </message>
    <message>
        <location filename="../cli/commands/handout.py" line="53"/>
        <source>mesh detail of the model (default: normal)</source>
        <translation>detalle de la malla del modelo (por defecto: normal)</translation>
    </message>
    <message>
        <location filename="../cli/commands/handout.py" line="59"/>
        <source>also write the take-home 3D page (as &apos;export --out FILE.html&apos;); the handout names it</source>
        <translation>escribir también la página 3D para casa (como &apos;export --out FILE.html&apos;); la hoja informativa la nombra</translation>
    </message>
    <message>
        <location filename="../cli/commands/handout.py" line="99"/>
        <source>wrote {out} ({pages}, &apos;{scene}&apos; at {level} {side})</source>
        <translation>escrito {out} ({pages}, &apos;{scene}&apos; en {level} {side})</translation>
    </message>
    <message>
        <location filename="../cli/commands/handout.py" line="101"/>
        <source>1 page</source>
        <translation>1 página</translation>
    </message>
    <message>
        <location filename="../cli/commands/handout.py" line="101"/>
        <source>{n} pages</source>
        <translation>{n} páginas</translation>
    </message>
    <message>
        <location filename="../cli/commands/handout.py" line="119"/>
        <source>--level and --side do not go with --report; the report says where each finding is</source>
        <translation>--level y --side no van con --report; el informe dice dónde está cada hallazgo</translation>
    </message>
    <message>
        <location filename="../cli/commands/handout.py" line="126"/>
        <source>no handout made: {why}</source>
        <translation>no se hizo la hoja informativa: {why}</translation>
    </message>
    <message>
        <location filename="../share/handout.py" line="136"/>
        <source>Healthy {level} disc, the same view</source>
        <translation>Disco {level} sano, la misma vista</translation>
    </message>
    <message>
        <location filename="../share/handout.py" line="216"/>
        <source>the {level} disc, {side} side</source>
        <translation>el disco {level}, lado {side}</translation>
    </message>
    <message>
        <location filename="../share/handout.py" line="220"/>
        <source>the {levels} discs</source>
        <translation>los discos {levels}</translation>
    </message>
    <message>
        <location filename="../share/handout_pdf.py" line="37"/>
        <source>A handout about {where} · {date}</source>
        <translation>Hoja informativa sobre {where} · {date}</translation>
    </message>
    <message>
        <location filename="../share/handout_pdf.py" line="41"/>
        <source>&lt;b&gt;In short:&lt;/b&gt; {summary}</source>
        <translation>&lt;b&gt;En pocas palabras:&lt;/b&gt; {summary}</translation>
    </message>
    <message>
        <location filename="../share/handout_pdf.py" line="46"/>
        <source>Step by step</source>
        <translation>Paso a paso</translation>
    </message>
    <message>
        <location filename="../share/handout_pdf.py" line="50"/>
        <source>The nerve and where you may feel it</source>
        <translation>El nervio y dónde puede notarlo</translation>
    </message>
    <message>
        <location filename="../share/handout.py" line="221"/>
        <location filename="../share/handout_pdf.py" line="52"/>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <location filename="../share/handout_pdf.py" line="53"/>
        <source>Most likely</source>
        <translation>Lo más probable</translation>
    </message>
    <message>
        <location filename="../share/handout_pdf.py" line="53"/>
        <source>May be</source>
        <translation>Puede ser</translation>
    </message>
    <message>
        <location filename="../share/handout_pdf.py" line="56"/>
        <source>&lt;b&gt;{lead}: the {sides} {root} nerve root.&lt;/b&gt; It carries feeling from {area}, and it helps with {muscle}.</source>
        <translation>&lt;b&gt;{lead}: la raíz nerviosa {root} del lado {sides}.&lt;/b&gt; Lleva la sensibilidad de {area} y ayuda a {muscle}.</translation>
    </message>
    <message>
        <location filename="../share/handout_pdf.py" line="67"/>
        <source>Words explained</source>
        <translation>Palabras explicadas</translation>
    </message>
    <message>
        <location filename="../share/handout_pdf.py" line="82"/>
        <source>Where this comes from</source>
        <translation>De dónde sale esta información</translation>
    </message>
    <message>
        <location filename="../share/handout_pdf.py" line="84"/>
        <source>The explanation is this program&apos;s own, drawn from the article {article} and standard anatomy. Where it describes treatment, it reports the article&apos;s view, not settled medicine. Disc names follow the standard nomenclature: {nomenclature}</source>
        <translation>La explicación es propia de este programa, basada en el artículo {article} y en la anatomía habitual. Cuando habla de tratamientos, cuenta la opinión del artículo, no algo establecido en medicina. Los nombres de los discos siguen la nomenclatura habitual: {nomenclature}</translation>
    </message>
    <message>
        <location filename="../share/handout_pdf.py" line="141"/>
        <source>Where it may be felt</source>
        <translation>Dónde se puede notar</translation>
    </message>
    <message>
        <location filename="../share/handout_pdf.py" line="279"/>
        <source>{app} · patient handout</source>
        <translation>{app} · hoja informativa para el paciente</translation>
    </message>
    <message>
        <location filename="../share/handout_pdf.py" line="282"/>
        <source>Educational, not medical advice</source>
        <translation>Educativo, no es un consejo médico</translation>
    </message>
    <message>
        <location filename="../share/handout_pdf.py" line="296"/>
        <source>Page {page} of {total}</source>
        <translation>Página {page} de {total}</translation>
    </message>
    <message>
        <location filename="../share/handout_pdf.py" line="324"/>
        <source>Notes from your doctor</source>
        <translation>Notas de su médico</translation>
    </message>
</context>
<context>
    <name>handout_pdf</name>
    <message>
        <location filename="../share/handout_pdf.py" line="242"/>
        <source>the handout could not be started on this printer or file</source>
        <translation>no se pudo empezar la hoja informativa en esta impresora o archivo</translation>
    </message>
    <message>
        <location filename="../share/handout_pdf.py" line="362"/>
        <source>{title}: a patient handout</source>
        <translation>{title}: hoja informativa para el paciente</translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <location filename="../i18n.py" line="53"/>
        <source>the language &apos;{code}&apos; is not available; languages: {known}</source>
        <translation>el idioma &apos;{code}&apos; no está disponible; idiomas: {known}</translation>
    </message>
</context>
<context>
    <name>info_panel</name>
    <message>
        <location filename="../explore/info_panel.py" line="37"/>
        <source>Bone</source>
        <translation>Hueso</translation>
    </message>
    <message>
        <location filename="../explore/info_panel.py" line="38"/>
        <source>Disc</source>
        <translation>Disco</translation>
    </message>
    <message>
        <location filename="../explore/info_panel.py" line="39"/>
        <source>Nerve tissue</source>
        <translation>Tejido nervioso</translation>
    </message>
    <message>
        <location filename="../explore/info_panel.py" line="40"/>
        <source>Ligament</source>
        <translation>Ligamento</translation>
    </message>
    <message>
        <location filename="../explore/info_panel.py" line="41"/>
        <source>Joint</source>
        <translation>Articulación</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../viewer/label_plan.py" line="23"/>
        <source>{level} vertebra</source>
        <translation>Vértebra {level}</translation>
    </message>
    <message>
        <location filename="../viewer/label_plan.py" line="24"/>
        <source>Sacrum</source>
        <translation>Sacro</translation>
    </message>
    <message>
        <location filename="../viewer/label_plan.py" line="26"/>
        <source>{level} disc</source>
        <translation>Disco {level}</translation>
    </message>
    <message>
        <location filename="../viewer/label_plan.py" line="27"/>
        <source>Dural sac</source>
        <translation>Saco dural</translation>
    </message>
    <message>
        <location filename="../viewer/label_plan.py" line="30"/>
        <source>{root} nerve root</source>
        <translation>Raíz nerviosa {root}</translation>
    </message>
    <message>
        <location filename="../viewer/label_plan.py" line="38"/>
        <source>{level} disc: outer ring (annulus)</source>
        <translation>Disco {level}: anillo exterior (anillo fibroso)</translation>
    </message>
    <message>
        <location filename="../viewer/label_plan.py" line="39"/>
        <source>Gel core (nucleus)</source>
        <translation>Centro de gel (núcleo)</translation>
    </message>
    <message>
        <location filename="../viewer/label_plan.py" line="40"/>
        <source>Ligamentum flavum</source>
        <translation>Ligamento amarillo</translation>
    </message>
    <message>
        <location filename="../viewer/label_plan.py" line="41"/>
        <source>Facet joint</source>
        <translation>Articulación facetaria</translation>
    </message>
</context>
<context>
    <name>measure</name>
    <message>
        <location filename="../cli/commands/measure.py" line="23"/>
        <source>print one JSON object (shape in the README)</source>
        <translation>imprimir un objeto JSON (su forma está en el README)</translation>
    </message>
    <message>
        <location filename="../cli/commands/measure.py" line="29"/>
        <source>mesh detail of the model (default: normal)</source>
        <translation>detalle de la malla del modelo (por defecto: normal)</translation>
    </message>
</context>
<context>
    <name>menu</name>
    <message>
        <location filename="../share/menu.py" line="24"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <location filename="../share/menu.py" line="37"/>
        <source>Save &amp;still…</source>
        <translation>Guardar &amp;imagen…</translation>
    </message>
    <message>
        <location filename="../share/menu.py" line="40"/>
        <source>Save the view as a PNG picture, at screen size or up to 4K</source>
        <translation>Guardar la vista como imagen PNG, al tamaño de la pantalla o hasta 4K</translation>
    </message>
    <message>
        <location filename="../share/menu.py" line="44"/>
        <source>&amp;Copy view</source>
        <translation>&amp;Copiar la vista</translation>
    </message>
    <message>
        <location filename="../share/menu.py" line="47"/>
        <source>Copy the view to the clipboard as a picture</source>
        <translation>Copiar la vista al portapapeles como imagen</translation>
    </message>
    <message>
        <location filename="../share/menu.py" line="51"/>
        <source>Export &amp;clip…</source>
        <translation>Exportar &amp;vídeo…</translation>
    </message>
    <message>
        <location filename="../share/menu.py" line="54"/>
        <source>Make an MP4 or GIF clip of a scene, for slides</source>
        <translation>Hacer un vídeo MP4 o GIF de una escena, para presentaciones</translation>
    </message>
    <message>
        <location filename="../share/menu.py" line="58"/>
        <source>Export &amp;3D model…</source>
        <translation>Exportar &amp;modelo 3D…</translation>
    </message>
    <message>
        <location filename="../share/menu.py" line="61"/>
        <source>Save the model as it stands as glTF, STL, OBJ or PLY</source>
        <translation>Guardar el modelo tal como está en glTF, STL, OBJ o PLY</translation>
    </message>
    <message>
        <location filename="../share/menu.py" line="65"/>
        <source>Save &amp;take-home 3D page…</source>
        <translation>Guardar la página 3D para &amp;casa…</translation>
    </message>
    <message>
        <location filename="../share/menu.py" line="68"/>
        <source>Save one web page with the model as shown and the drawings: it opens offline</source>
        <translation>Guardar una página web con el modelo tal como se ve y los dibujos: se abre sin internet</translation>
    </message>
    <message>
        <location filename="../share/menu.py" line="75"/>
        <source>&amp;Print handout…</source>
        <translation>Im&amp;primir hoja informativa…</translation>
    </message>
    <message>
        <location filename="../share/menu.py" line="78"/>
        <source>Print a one- or two-page handout for a patient</source>
        <translation>Imprimir una hoja informativa de una o dos páginas para un paciente</translation>
    </message>
    <message>
        <location filename="../share/menu.py" line="82"/>
        <source>Save &amp;handout as PDF…</source>
        <translation>Guardar la &amp;hoja informativa como PDF…</translation>
    </message>
    <message>
        <location filename="../share/menu.py" line="85"/>
        <source>Save the patient handout as a PDF file</source>
        <translation>Guardar la hoja informativa para el paciente como archivo PDF</translation>
    </message>
    <message>
        <location filename="../share/menu.py" line="99"/>
        <source>{tip} ({shown})</source>
        <translation>{tip} ({shown})</translation>
    </message>
</context>
<context>
    <name>menus</name>
    <message>
        <location filename="../context.py" line="29"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../context.py" line="30"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../context.py" line="31"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../context.py" line="32"/>
        <source>&amp;Scene</source>
        <translation>E&amp;scena</translation>
    </message>
    <message>
        <location filename="../context.py" line="33"/>
        <source>&amp;Draw</source>
        <translation>&amp;Dibujar</translation>
    </message>
    <message>
        <location filename="../context.py" line="34"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
</context>
<context>
    <name>outputs</name>
    <message>
        <location filename="../outputs.py" line="35"/>
        <source>{option} {path} has {got}; use a file name ending in {join}</source>
        <translation>{option} {path} tiene {got}; use un nombre de archivo que termine en {join}</translation>
    </message>
    <message>
        <location filename="../outputs.py" line="42"/>
        <source>the folder {folder} does not exist; create it first or choose another {option}</source>
        <translation>la carpeta {folder} no existe; créela primero o elija otro {option}</translation>
    </message>
    <message>
        <location filename="../outputs.py" line="48"/>
        <source>{folder} is not a folder; choose an {option} inside a folder</source>
        <translation>{folder} no es una carpeta; elija un {option} dentro de una carpeta</translation>
    </message>
    <message>
        <location filename="../outputs.py" line="54"/>
        <source>{path} is a folder; give {option} a file name ending in {join}</source>
        <translation>{path} es una carpeta; dé a {option} un nombre de archivo que termine en {join}</translation>
    </message>
    <message>
        <location filename="../outputs.py" line="60"/>
        <source>{path} is read-only; choose another name or make the file writable first</source>
        <translation>{path} es de solo lectura; elija otro nombre o permita antes escribir en el archivo</translation>
    </message>
    <message>
        <location filename="../outputs.py" line="71"/>
        <source>cannot write in the folder {folder}{reason}; choose a folder you can write to</source>
        <translation>no se puede escribir en la carpeta {folder}{reason}; elija una carpeta en la que pueda escribir</translation>
    </message>
    <message>
        <location filename="../outputs.py" line="109"/>
        <source>could not write {name}: {why}</source>
        <translation>no se pudo escribir {name}: {why}</translation>
    </message>
</context>
<context>
    <name>overlay</name>
    <message>
        <location filename="../viewer/overlay.py" line="24"/>
        <source>Lumbar Spine Viewer · educational model, not medical advice</source>
        <translation>Lumbar Spine Viewer · modelo educativo, no es un consejo médico</translation>
    </message>
</context>
<context>
    <name>panel</name>
    <message>
        <location filename="../clinic/panel.py" line="318"/>
        <source>There is no scene for this condition.</source>
        <translation>No hay ninguna escena para este problema.</translation>
    </message>
    <message>
        <location filename="../clinic/panel.py" line="365"/>
        <source>&amp;Measurements</source>
        <translation>&amp;Medidas</translation>
    </message>
    <message>
        <location filename="../clinic/panel.py" line="368"/>
        <source>Show disc height, dural sac area and foramen height with the normal range</source>
        <translation>Mostrar la altura del disco, el área del saco dural y la altura del agujero de conjunción junto a sus valores normales</translation>
    </message>
    <message>
        <location filename="../clinic/panel.py" line="374"/>
        <source>&amp;Healthy beside</source>
        <translation>&amp;Sano al lado</translation>
    </message>
    <message>
        <location filename="../clinic/panel.py" line="377"/>
        <source>Show the healthy spine on the left and the chosen condition on the right</source>
        <translation>Mostrar la columna sana a la izquierda y el problema elegido a la derecha</translation>
    </message>
    <message>
        <location filename="../player/panel.py" line="49"/>
        <source>&amp;Play</source>
        <translation>&amp;Reproducir</translation>
    </message>
    <message>
        <location filename="../player/panel.py" line="51"/>
        <source>Play or pause the scene</source>
        <translation>Reproducir o pausar la escena</translation>
    </message>
    <message>
        <location filename="../player/panel.py" line="55"/>
        <source>Pre&amp;vious step</source>
        <translation>Paso an&amp;terior</translation>
    </message>
    <message>
        <location filename="../player/panel.py" line="57"/>
        <source>Go back to the start of this step, or to the step before</source>
        <translation>Volver al principio de este paso, o al paso anterior</translation>
    </message>
    <message>
        <location filename="../player/panel.py" line="61"/>
        <source>&amp;Next step</source>
        <translation>Paso &amp;siguiente</translation>
    </message>
    <message>
        <location filename="../player/panel.py" line="63"/>
        <source>Go on to the next step</source>
        <translation>Pasar al paso siguiente</translation>
    </message>
    <message>
        <location filename="../player/panel.py" line="67"/>
        <source>Go to &amp;start</source>
        <translation>Ir al &amp;principio</translation>
    </message>
    <message>
        <location filename="../player/panel.py" line="69"/>
        <source>Go back to the start of the scene</source>
        <translation>Volver al principio de la escena</translation>
    </message>
    <message>
        <location filename="../player/panel.py" line="73"/>
        <source>Go to &amp;end</source>
        <translation>Ir al &amp;final</translation>
    </message>
    <message>
        <location filename="../player/panel.py" line="75"/>
        <source>Go to the end of the scene</source>
        <translation>Ir al final de la escena</translation>
    </message>
    <message>
        <location filename="../player/panel.py" line="79"/>
        <source>&amp;Loop</source>
        <translation>Re&amp;petir</translation>
    </message>
    <message>
        <location filename="../player/panel.py" line="81"/>
        <source>Start again from the beginning when the scene ends</source>
        <translation>Empezar de nuevo cuando acabe la escena</translation>
    </message>
    <message>
        <location filename="../player/panel.py" line="85"/>
        <source>&amp;Open scenes folder…</source>
        <translation>&amp;Abrir una carpeta de escenas…</translation>
    </message>
    <message>
        <location filename="../player/panel.py" line="87"/>
        <source>Show the scenes in another folder (for teachers who write their own)</source>
        <translation>Mostrar las escenas de otra carpeta (para profesores que escriben las suyas)</translation>
    </message>
    <message>
        <location filename="../player/panel.py" line="348"/>
        <source>Playback</source>
        <translation>Reproducción</translation>
    </message>
    <message>
        <location filename="../player/panel.py" line="377"/>
        <source>Open a folder of scenes</source>
        <translation>Abrir una carpeta de escenas</translation>
    </message>
</context>
<context>
    <name>parts</name>
    <message>
        <location filename="../viewer/part_words.py" line="16"/>
        <source>{level} vertebra</source>
        <translation>Vértebra {level}</translation>
    </message>
    <message>
        <location filename="../viewer/part_words.py" line="17"/>
        <source>The {level} bone: a thick body in front carries weight, a ring of bone behind it guards the nerves.</source>
        <translation>El hueso {level}: un cuerpo grueso delante carga con el peso y un anillo de hueso detrás protege los nervios.</translation>
    </message>
    <message>
        <location filename="../viewer/part_words.py" line="24"/>
        <source>Sacrum</source>
        <translation>Sacro</translation>
    </message>
    <message>
        <location filename="../viewer/part_words.py" line="25"/>
        <source>The wedge of fused bones at the base of the spine; its top (S1) carries the lowest disc.</source>
        <translation>La cuña de huesos unidos en la base de la columna; su parte de arriba (S1) sostiene el último disco.</translation>
    </message>
    <message>
        <location filename="../viewer/part_words.py" line="31"/>
        <source>{level} disc, outer ring (annulus fibrosus)</source>
        <translation>Disco {level}, anillo exterior (anillo fibroso)</translation>
    </message>
    <message>
        <location filename="../viewer/part_words.py" line="32"/>
        <source>The tough outer ring of the disc, built of many layers of criss-crossed fibres.</source>
        <translation>El anillo exterior y duro del disco, hecho de muchas capas de fibras cruzadas.</translation>
    </message>
    <message>
        <location filename="../viewer/part_words.py" line="37"/>
        <source>{level} disc, gel core (nucleus pulposus)</source>
        <translation>Disco {level}, centro de gel (núcleo pulposo)</translation>
    </message>
    <message>
        <location filename="../viewer/part_words.py" line="38"/>
        <source>The soft, water-rich gel in the middle of the disc that spreads load like a cushion.</source>
        <translation>El gel blando y lleno de agua del centro del disco, que reparte la carga como un cojín.</translation>
    </message>
    <message>
        <location filename="../viewer/part_words.py" line="43"/>
        <source>Dural sac</source>
        <translation>Saco dural</translation>
    </message>
    <message>
        <location filename="../viewer/part_words.py" line="44"/>
        <source>The fluid-filled sleeve inside the spinal canal that holds the bundle of nerve roots.</source>
        <translation>La funda llena de líquido dentro del canal raquídeo que contiene el haz de raíces nerviosas.</translation>
    </message>
    <message>
        <location filename="../viewer/part_words.py" line="49"/>
        <source>{Side} {root} nerve root</source>
        <translation>Raíz nerviosa {root} del lado {side}</translation>
    </message>
    <message>
        <location filename="../viewer/part_words.py" line="50"/>
        <source>The {root} nerve on the {side}: it leaves the spine through {opening}.</source>
        <translation>El nervio {root} del lado {side}: sale de la columna por {opening}.</translation>
    </message>
    <message>
        <location filename="../viewer/part_words.py" line="53"/>
        <source>{level} ligamentum flavum</source>
        <translation>Ligamento amarillo {level}</translation>
    </message>
    <message>
        <location filename="../viewer/part_words.py" line="54"/>
        <source>An elastic yellow ligament joining the bony arches behind the nerves; it thickens with age.</source>
        <translation>Un ligamento amarillo y elástico que une los arcos de hueso por detrás de los nervios; con los años se engrosa.</translation>
    </message>
    <message>
        <location filename="../viewer/part_words.py" line="60"/>
        <source>{Side} {level} facet joint</source>
        <translation>Articulación facetaria {level} del lado {side}</translation>
    </message>
    <message>
        <location filename="../viewer/part_words.py" line="61"/>
        <source>A small sliding joint at the back of the spine, lined with cartilage, that guides and limits motion.</source>
        <translation>Una pequeña articulación de la parte de atrás de la columna, cubierta de cartílago, que guía y limita el movimiento.</translation>
    </message>
    <message>
        <location filename="../viewer/part_words.py" line="77"/>
        <source>the first sacral opening</source>
        <translation>la primera ventana del sacro</translation>
    </message>
    <message>
        <location filename="../viewer/part_words.py" line="80"/>
        <source>the {upper}-{lower} opening</source>
        <translation>la ventana {upper}-{lower}</translation>
    </message>
    <message>
        <location filename="../viewer/part_words.py" line="82"/>
        <source>an opening in the front of the sacrum</source>
        <translation>una ventana de la cara delantera del sacro</translation>
    </message>
</context>
<context>
    <name>render</name>
    <message>
        <location filename="../cli/commands/render.py" line="26"/>
        <source>&apos;{text}&apos; is not a picture size; use WIDTHxHEIGHT in pixels, each {lo} to {hi}, such as 1280x800</source>
        <translation>&apos;{text}&apos; no es un tamaño de imagen; use ANCHOxALTO en píxeles, cada uno de {lo} a {hi}, como 1280x800</translation>
    </message>
    <message>
        <location filename="../cli/commands/render.py" line="41"/>
        <source>unknown view &apos;{text}&apos;; use one of: {join}</source>
        <translation>vista desconocida &apos;{text}&apos;; use una de: {join}</translation>
    </message>
    <message>
        <location filename="../cli/commands/render.py" line="67"/>
        <source>the PNG file to write</source>
        <translation>el archivo PNG que se escribe</translation>
    </message>
    <message>
        <location filename="../cli/commands/render.py" line="74"/>
        <source>picture size in pixels (default: 1280x800)</source>
        <translation>tamaño de la imagen en píxeles (por defecto: 1280x800)</translation>
    </message>
    <message>
        <location filename="../cli/commands/render.py" line="81"/>
        <source>camera direction: {join} (default: the scene step&apos;s own camera with --scene, else {DEFAULT_VIEW})</source>
        <translation>dirección de la cámara: {join} (por defecto: la cámara del propio paso con --scene; si no, {DEFAULT_VIEW})</translation>
    </message>
    <message>
        <location filename="../cli/commands/render.py" line="91"/>
        <source>instead of the 3D view, what an MRI (T2) of that state would look like: {forms} (an illustration, not anyone&apos;s scan; --view does not apply)</source>
        <translation>en lugar de la vista 3D, cómo se vería una resonancia (T2) de ese estado: {forms} (una ilustración, no la resonancia de nadie; --view no se aplica)</translation>
    </message>
    <message>
        <location filename="../cli/commands/render.py" line="101"/>
        <source>mesh detail of the model (default: normal)</source>
        <translation>detalle de la malla del modelo (por defecto: normal)</translation>
    </message>
    <message>
        <location filename="../cli/commands/render.py" line="154"/>
        <source>--view belongs to the 3D picture; an --mri slice is always read the radiologist&apos;s way</source>
        <translation>--view es para la imagen 3D; un corte --mri siempre se ve como lo lee el radiólogo</translation>
    </message>
</context>
<context>
    <name>scene_args</name>
    <message>
        <location filename="../cli/scene_args.py" line="17"/>
        <source>a folder of your own scene .toml files, used beside the built-in presets</source>
        <translation>una carpeta con sus propios archivos .toml de escenas, que se usan junto a las incluidas</translation>
    </message>
    <message>
        <location filename="../cli/scene_args.py" line="32"/>
        <source>the scenes folder {folder} {what}; give --scenes-dir a folder of scene .toml files</source>
        <translation>la carpeta de escenas {folder} {what}; dé a --scenes-dir una carpeta con archivos .toml de escenas</translation>
    </message>
    <message>
        <location filename="../cli/scene_args.py" line="50"/>
        <source>scene &apos;{scene_id}&apos; cannot be loaded: {e}</source>
        <translation>la escena &apos;{scene_id}&apos; no se puede cargar: {e}</translation>
    </message>
</context>
<context>
    <name>scenes</name>
    <message>
        <location filename="../cli/commands/scenes.py" line="28"/>
        <source>folder of scene .toml files (default: the built-in presets)</source>
        <translation>carpeta de archivos .toml de escenas (por defecto: las incluidas)</translation>
    </message>
    <message>
        <location filename="../cli/commands/scenes.py" line="33"/>
        <source>print {&quot;scenes&quot;: [{id, title, level, duration, file}], &quot;errors&quot;: [{file, line, message}]}</source>
        <translation>imprimir {&quot;scenes&quot;: [{id, title, level, duration, file}], &quot;errors&quot;: [{file, line, message}]}</translation>
    </message>
    <message>
        <location filename="../cli/commands/scenes.py" line="46"/>
        <source>the folder {folder} does not exist; give --dir a folder that holds scene .toml files</source>
        <translation>la carpeta {folder} no existe; dé a --dir una carpeta que contenga archivos .toml de escenas</translation>
    </message>
    <message>
        <location filename="../cli/commands/scenes.py" line="53"/>
        <source>{folder} is not a folder; give --dir a folder that holds scene .toml files</source>
        <translation>{folder} no es una carpeta; dé a --dir una carpeta que contenga archivos .toml de escenas</translation>
    </message>
    <message>
        <location filename="../cli/commands/scenes.py" line="69"/>
        <source>no scene files (*.toml) in {folder}</source>
        <translation>no hay archivos de escenas (*.toml) en {folder}</translation>
    </message>
    <message>
        <location filename="../cli/commands/scenes.py" line="71"/>
        <source>1 step</source>
        <translation>1 paso</translation>
    </message>
    <message>
        <location filename="../cli/commands/scenes.py" line="71"/>
        <source>{n} steps</source>
        <translation>{n} pasos</translation>
    </message>
    <message>
        <location filename="../cli/commands/scenes.py" line="78"/>
        <source>{good} good, {bad} ({mistakes})</source>
        <translation>{good} correctas, {bad} ({mistakes})</translation>
    </message>
    <message>
        <location filename="../cli/commands/scenes.py" line="80"/>
        <source>1 bad file</source>
        <translation>1 archivo con errores</translation>
    </message>
    <message>
        <location filename="../cli/commands/scenes.py" line="80"/>
        <source>{n} bad files</source>
        <translation>{n} archivos con errores</translation>
    </message>
    <message>
        <location filename="../cli/commands/scenes.py" line="82"/>
        <source>1 mistake</source>
        <translation>1 error</translation>
    </message>
    <message>
        <location filename="../cli/commands/scenes.py" line="82"/>
        <source>{n} mistakes</source>
        <translation>{n} errores</translation>
    </message>
</context>
<context>
    <name>selftest</name>
    <message>
        <location filename="../cli/commands/selftest.py" line="47"/>
        <source>the tests/ folder was not found; run selftest in the lumbar-viewer source folder (the one with pyproject.toml)</source>
        <translation>no se encontró la carpeta tests/; ejecute selftest en la carpeta del código de lumbar-viewer (la que tiene pyproject.toml)</translation>
    </message>
    <message>
        <location filename="../cli/commands/selftest.py" line="87"/>
        <source>the virtual display (Xvfb) did not start; check that the xvfb package works</source>
        <translation>la pantalla virtual (Xvfb) no arrancó; compruebe que el paquete xvfb funciona</translation>
    </message>
    <message>
        <location filename="../cli/commands/selftest.py" line="105"/>
        <source>pytest and pytest-qt are not installed; install the test extra: python3 -m pip install &apos;.[test]&apos;</source>
        <translation>pytest y pytest-qt no están instalados; instale el extra de pruebas: python3 -m pip install &apos;.[test]&apos;</translation>
    </message>
</context>
<context>
    <name>sides</name>
    <message>
        <location filename="../clinic/body_map_panel.py" line="40"/>
        <source>Left</source>
        <translation>Izquierdo</translation>
    </message>
    <message>
        <location filename="../clinic/body_map_panel.py" line="40"/>
        <source>Right</source>
        <translation>Derecho</translation>
    </message>
    <message>
        <location filename="../clinic/panel.py" line="74"/>
        <source>Both</source>
        <translation>Ambos</translation>
    </message>
    <message>
        <location filename="../i18n.py" line="157"/>
        <source>left</source>
        <translation>izquierdo</translation>
    </message>
    <message>
        <location filename="../i18n.py" line="157"/>
        <source>right</source>
        <translation>derecho</translation>
    </message>
</context>
<context>
    <name>split_view</name>
    <message>
        <location filename="../clinic/split_view.py" line="30"/>
        <source>Healthy</source>
        <translation>Sano</translation>
    </message>
    <message>
        <location filename="../clinic/split_view.py" line="73"/>
        <source>Healthy spine</source>
        <translation>Columna sana</translation>
    </message>
</context>
<context>
    <name>state_args</name>
    <message>
        <location filename="../cli/state_args.py" line="31"/>
        <source>a scene id (see &apos;lumbar-viewer scenes&apos;)</source>
        <translation>el identificador de una escena (vea &apos;lumbar-viewer scenes&apos;)</translation>
    </message>
    <message>
        <location filename="../cli/state_args.py" line="38"/>
        <source>time in the scene (default: end)</source>
        <translation>tiempo en la escena (por defecto: el final)</translation>
    </message>
    <message>
        <location filename="../cli/state_args.py" line="44"/>
        <source>step N (1 = first), once it has played</source>
        <translation>el paso N (1 = el primero), una vez reproducido</translation>
    </message>
    <message>
        <location filename="../cli/state_args.py" line="49"/>
        <source>show one disc problem instead of a scene</source>
        <translation>mostrar un problema de disco en vez de una escena</translation>
    </message>
    <message>
        <location filename="../cli/state_args.py" line="54"/>
        <source>disc level (default: the scene&apos;s, or L4-L5)</source>
        <translation>nivel del disco (por defecto: el de la escena, o L4-L5)</translation>
    </message>
    <message>
        <location filename="../cli/state_args.py" line="59"/>
        <source>side (default: the scene&apos;s, or left)</source>
        <translation>lado (por defecto: el de la escena, o left)</translation>
    </message>
    <message>
        <location filename="../cli/state_args.py" line="64"/>
        <source>herniation or tear direction (default: paracentral)</source>
        <translation>dirección de la hernia o de la rotura (por defecto: paracentral)</translation>
    </message>
    <message>
        <location filename="../cli/state_args.py" line="70"/>
        <source>how far along the condition is (default: 1)</source>
        <translation>cuánto ha avanzado el problema (por defecto: 1)</translation>
    </message>
    <message>
        <location filename="../cli/state_args.py" line="84"/>
        <source>give either --scene or --condition, not both</source>
        <translation>dé --scene o --condition, no los dos</translation>
    </message>
    <message>
        <location filename="../cli/state_args.py" line="88"/>
        <source>--at and --step belong to --scene; a --condition is shown as it stands</source>
        <translation>--at y --step van con --scene; un --condition se muestra tal como está</translation>
    </message>
    <message>
        <location filename="../cli/state_args.py" line="107"/>
        <source>a scene plays on one side; use --side left or --side right</source>
        <translation>una escena ocurre en un solo lado; use --side left o --side right</translation>
    </message>
    <message>
        <location filename="../cli/state_args.py" line="111"/>
        <source>--direction and --severity belong to --condition; a scene sets its own</source>
        <translation>--direction y --severity van con --condition; una escena pone los suyos</translation>
    </message>
    <message>
        <location filename="../cli/state_args.py" line="122"/>
        <source>scene &apos;{scene_id}&apos; has steps 1 to {len}, not {step}</source>
        <translation>la escena &apos;{scene_id}&apos; tiene los pasos 1 a {len}, no {step}</translation>
    </message>
    <message>
        <location filename="../cli/state_args.py" line="136"/>
        <source>--{opt} needs --scene or --condition</source>
        <translation>--{opt} necesita --scene o --condition</translation>
    </message>
</context>
<context>
    <name>still</name>
    <message>
        <location filename="../share/still.py" line="52"/>
        <source>a still of {w}x{h} pixels cannot be made; use {MIN_SIDE}x{MIN_SIDE} up to {MAX_SIZE}x{MAX_SIZE2}</source>
        <translation>no se puede hacer una imagen de {w}x{h} píxeles; use de {MIN_SIDE}x{MIN_SIDE} a {MAX_SIZE}x{MAX_SIZE2}</translation>
    </message>
    <message>
        <location filename="../share/still.py" line="72"/>
        <source>{level}, {side} side</source>
        <translation>{level}, lado {side}</translation>
    </message>
    <message>
        <location filename="../share/still.py" line="78"/>
        <source>Step {step} of {n}: {title}</source>
        <translation>Paso {step} de {n}: {title}</translation>
    </message>
    <message>
        <location filename="../share/still.py" line="84"/>
        <source>Lumbar spine · {level}</source>
        <translation>Columna lumbar · {level}</translation>
    </message>
    <message>
        <location filename="../share/still.py" line="86"/>
        <source>, {side} side</source>
        <translation>, lado {side}</translation>
    </message>
</context>
<context>
    <name>symptoms</name>
    <message>
        <location filename="../clinic/body_map_panel.py" line="31"/>
        <source>pressed hard</source>
        <translation>muy apretada</translation>
    </message>
    <message>
        <location filename="../clinic/body_map_panel.py" line="32"/>
        <source>pressed</source>
        <translation>apretada</translation>
    </message>
    <message>
        <location filename="../clinic/body_map_panel.py" line="33"/>
        <source>touched</source>
        <translation>rozada</translation>
    </message>
    <message>
        <location filename="../clinic/body_map_panel.py" line="34"/>
        <source>free</source>
        <translation>libre</translation>
    </message>
    <message>
        <location filename="../clinic/body_map_panel.py" line="37"/>
        <source>exiting</source>
        <translation>saliente</translation>
    </message>
    <message>
        <location filename="../clinic/body_map_panel.py" line="38"/>
        <source>traversing</source>
        <translation>transitante</translation>
    </message>
</context>
<context>
    <name>system</name>
    <message>
        <location filename="../cli/system.py" line="125"/>
        <source>{purpose} needs system libraries that are missing; install them with: {install_command}</source>
        <translation>{purpose} necesita bibliotecas del sistema que faltan; instálelas con: {install_command}</translation>
    </message>
    <message>
        <location filename="../cli/system.py" line="137"/>
        <source>&apos;{join}&apos; failed with exit status {rc}; install the packages by hand with: apt-get install -y {join2}</source>
        <translation>&apos;{join}&apos; falló con el código de salida {rc}; instale los paquetes a mano con: apt-get install -y {join2}</translation>
    </message>
</context>
<context>
    <name>take_home</name>
    <message>
        <location filename="../share/take_home.py" line="31"/>
        <source>Your lower back in 3D</source>
        <translation>Su zona lumbar en 3D</translation>
    </message>
    <message>
        <location filename="../share/take_home.py" line="72"/>
        <source>Step {n}: {title}</source>
        <translation>Paso {n}: {title}</translation>
    </message>
    <message>
        <location filename="../share/take_home.py" line="75"/>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <location filename="../share/take_home.py" line="75"/>
        <source>What happens, step by step</source>
        <translation>Qué pasa, paso a paso</translation>
    </message>
    <message>
        <location filename="../share/take_home.py" line="145"/>
        <source>The {level} disc, {side} side · step {n} of {total}</source>
        <translation>El disco {level}, lado {side} · paso {n} de {total}</translation>
    </message>
    <message>
        <location filename="../share/take_home.py" line="170"/>
        <source>The 3D model could not be shown:</source>
        <translation>No se pudo mostrar el modelo 3D:</translation>
    </message>
    <message>
        <location filename="../share/take_home.py" line="179"/>
        <source>Educational, not medical advice.</source>
        <translation>Educativo, no es un consejo médico.</translation>
    </message>
    <message>
        <location filename="../share/take_home.py" line="183"/>
        <source>3D model of the lower back: drag to turn, pinch or scroll to zoom, point at a part to see its name</source>
        <translation>Modelo 3D de la zona lumbar: arrastre para girarlo, pellizque o use la rueda para acercarlo, señale una parte para ver su nombre</translation>
    </message>
    <message>
        <location filename="../share/take_home.py" line="189"/>
        <source>Loading the 3D model…</source>
        <translation>Cargando el modelo 3D…</translation>
    </message>
    <message>
        <location filename="../share/take_home.py" line="191"/>
        <source>Drag to turn the model, scroll or pinch to zoom, right-drag or two fingers to move it. Point at a part (or tap it) to see its name.</source>
        <translation>Arrastre para girar el modelo, use la rueda o pellizque para acercarlo, arrastre con el botón derecho o con dos dedos para moverlo. Señale una parte (o tóquela) para ver su nombre.</translation>
    </message>
    <message>
        <location filename="../share/take_home.py" line="198"/>
        <source>Made with Lumbar Spine Viewer on {date}. The 3D view uses three.js (MIT licence).</source>
        <translation>Hecho con Lumbar Spine Viewer el {date}. La vista 3D usa three.js (licencia MIT).</translation>
    </message>
</context>
<context>
    <name>text_panel</name>
    <message>
        <location filename="../player/text_panel.py" line="32"/>
        <source>### Choose a scene

Pick a scene from the list to watch how a disc in the lower back can bulge, tear or break open and press on a nerve. Press **Space** to play or pause, the **arrow keys** to go a step back or forward, **Home** and **End** to go to the start or the end.

You can turn the model with the mouse at any time. Point at an underlined word to see what it means.</source>
        <translation>### Elija una escena

Elija una escena de la lista para ver cómo un disco de la zona lumbar puede abombarse, romperse o abrirse y presionar un nervio. Pulse **Espacio** para reproducir o pausar, las **flechas** para ir un paso atrás o adelante, **Inicio** y **Fin** para ir al principio o al final.

Puede girar el modelo con el ratón en cualquier momento. Señale una palabra subrayada para ver qué significa.</translation>
    </message>
</context>
<context>
    <name>themes</name>
    <message>
        <location filename="../shell/stored_prefs.py" line="20"/>
        <source>Like the desktop</source>
        <translation>Como el escritorio</translation>
    </message>
    <message>
        <location filename="../shell/stored_prefs.py" line="21"/>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location filename="../shell/stored_prefs.py" line="22"/>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
</context>
<context>
    <name>tools</name>
    <message>
        <location filename="../explore/tools.py" line="89"/>
        <source>&amp;X-ray</source>
        <translation>Rayos &amp;X</translation>
    </message>
    <message>
        <location filename="../explore/tools.py" line="100"/>
        <source>Show &amp;only selected part</source>
        <translation>Mostrar s&amp;olo la parte seleccionada</translation>
    </message>
    <message>
        <location filename="../explore/tools.py" line="103"/>
        <source>Hide everything but the selected part</source>
        <translation>Ocultar todo menos la parte seleccionada</translation>
    </message>
    <message>
        <location filename="../explore/tools.py" line="108"/>
        <source>Show &amp;all parts</source>
        <translation>Mostrar &amp;todas las partes</translation>
    </message>
    <message>
        <location filename="../explore/tools.py" line="111"/>
        <source>Show every part again</source>
        <translation>Volver a mostrar todas las partes</translation>
    </message>
    <message>
        <location filename="../explore/tools.py" line="114"/>
        <source>&amp;Cut through disc</source>
        <translation>&amp;Cortar por un disco</translation>
    </message>
    <message>
        <location filename="../explore/tools.py" line="120"/>
        <source>{level} disc</source>
        <translation>Disco {level}</translation>
    </message>
    <message>
        <location filename="../explore/tools.py" line="123"/>
        <source>Cut across the middle of the {level} disc and look at the cut</source>
        <translation>Cortar por la mitad del disco {level} y mirar el corte</translation>
    </message>
    <message>
        <location filename="../explore/tools.py" line="133"/>
        <source>&amp;Remove cuts</source>
        <translation>&amp;Quitar los cortes</translation>
    </message>
    <message>
        <location filename="../explore/tools.py" line="136"/>
        <source>Show the whole model again</source>
        <translation>Volver a mostrar el modelo entero</translation>
    </message>
    <message>
        <location filename="../explore/tools.py" line="154"/>
        <source>&amp;Turntable</source>
        <translation>&amp;Giro continuo</translation>
    </message>
    <message>
        <location filename="../explore/tools.py" line="157"/>
        <source>Turn the model slowly round and round (for a waiting room)</source>
        <translation>Girar el modelo despacio sin parar (para una sala de espera)</translation>
    </message>
    <message>
        <location filename="../explore/tools.py" line="161"/>
        <source>&amp;Saved views</source>
        <translation>Vistas &amp;guardadas</translation>
    </message>
    <message>
        <location filename="../explore/tools.py" line="170"/>
        <source>&amp;Find a part…</source>
        <translation>&amp;Buscar una parte…</translation>
    </message>
    <message>
        <location filename="../explore/tools.py" line="173"/>
        <source>Find a part by name or by a word such as nerve, gel or L4</source>
        <translation>Buscar una parte por su nombre o por una palabra como nervio, gel o L4</translation>
    </message>
    <message>
        <location filename="../explore/tools.py" line="178"/>
        <source>Select &amp;nothing</source>
        <translation>&amp;No seleccionar nada</translation>
    </message>
    <message>
        <location filename="../explore/tools.py" line="181"/>
        <source>Clear the selection</source>
        <translation>Quitar la selección</translation>
    </message>
    <message>
        <location filename="../explore/tools.py" line="194"/>
        <source>Save this view…</source>
        <translation>Guardar esta vista…</translation>
    </message>
    <message>
        <location filename="../explore/tools.py" line="196"/>
        <source>Remember the camera under a name</source>
        <translation>Recordar la cámara con un nombre</translation>
    </message>
    <message>
        <location filename="../explore/tools.py" line="205"/>
        <source>Forget a view</source>
        <translation>Olvidar una vista</translation>
    </message>
    <message>
        <location filename="../explore/tools.py" line="213"/>
        <source>Save this view</source>
        <translation>Guardar esta vista</translation>
    </message>
    <message>
        <location filename="../explore/tools.py" line="213"/>
        <source>Name of the view:</source>
        <translation>Nombre de la vista:</translation>
    </message>
    <message>
        <location filename="../explore/tools.py" line="217"/>
        <source>Saved the view “{saved}”</source>
        <translation>Vista «{saved}» guardada</translation>
    </message>
    <message>
        <location filename="../explore/tools.py" line="229"/>
        <source>Selected: {value}</source>
        <translation>Seleccionado: {value}</translation>
    </message>
    <message>
        <location filename="../shell/tools.py" line="72"/>
        <source>⚠ Settings reset</source>
        <translation>⚠ Ajustes restablecidos</translation>
    </message>
    <message>
        <location filename="../shell/tools.py" line="86"/>
        <source>&amp;Labels</source>
        <translation>&amp;Rótulos</translation>
    </message>
    <message>
        <location filename="../shell/tools.py" line="89"/>
        <source>Name the main structures with leader lines</source>
        <translation>Nombrar las estructuras principales con líneas de referencia</translation>
    </message>
    <message>
        <location filename="../shell/tools.py" line="97"/>
        <source>&amp;Preferences…</source>
        <translation>Pre&amp;ferencias…</translation>
    </message>
    <message>
        <location filename="../shell/tools.py" line="100"/>
        <source>Font size, theme (including high contrast) and labels</source>
        <translation>Tamaño de letra, tema (también alto contraste), rótulos e idioma</translation>
    </message>
    <message>
        <location filename="../shell/tools.py" line="105"/>
        <source>&amp;Presentation mode</source>
        <translation>Modo &amp;presentación</translation>
    </message>
    <message>
        <location filename="../shell/tools.py" line="108"/>
        <source>Full screen with big text for a classroom; PageDown/PageUp step, Escape leaves</source>
        <translation>Pantalla completa con letra grande para una clase; AvPág/RePág cambian de paso, Esc sale</translation>
    </message>
    <message>
        <location filename="../shell/tools.py" line="115"/>
        <source>Leave presentation</source>
        <translation>Salir de la presentación</translation>
    </message>
    <message>
        <location filename="../shell/tools.py" line="118"/>
        <source>Back to the normal window</source>
        <translation>Volver a la ventana normal</translation>
    </message>
    <message>
        <location filename="../shell/tools.py" line="122"/>
        <source>Next step of the scene (or the next view), as a presentation clicker sends</source>
        <translation>Paso siguiente de la escena (o la vista siguiente), como lo envía un mando de presentaciones</translation>
    </message>
    <message>
        <location filename="../shell/tools.py" line="125"/>
        <source>Previous step of the scene (or the previous view)</source>
        <translation>Paso anterior de la escena (o la vista anterior)</translation>
    </message>
    <message>
        <location filename="../shell/tools.py" line="126"/>
        <source>Next slide</source>
        <translation>Diapositiva siguiente</translation>
    </message>
    <message>
        <location filename="../shell/tools.py" line="126"/>
        <source>Previous slide</source>
        <translation>Diapositiva anterior</translation>
    </message>
    <message>
        <location filename="../shell/tools.py" line="144"/>
        <source>Step in presentation mode</source>
        <translation>Cambiar de paso en el modo presentación</translation>
    </message>
</context>
<context>
    <name>video</name>
    <message>
        <location filename="../cli/commands/video.py" line="27"/>
        <source>a scene id (see &apos;lumbar-viewer scenes&apos;)</source>
        <translation>el identificador de una escena (vea &apos;lumbar-viewer scenes&apos;)</translation>
    </message>
    <message>
        <location filename="../cli/commands/video.py" line="37"/>
        <source>the clip to write</source>
        <translation>el vídeo que se escribe</translation>
    </message>
    <message>
        <location filename="../cli/commands/video.py" line="43"/>
        <source>picture size in pixels, up to 3840x2160 (default: 1280x720 for MP4, 640x360 for GIF)</source>
        <translation>tamaño de la imagen en píxeles, hasta 3840x2160 (por defecto: 1280x720 para MP4, 640x360 para GIF)</translation>
    </message>
    <message>
        <location filename="../cli/commands/video.py" line="51"/>
        <source>frames per second, 1 to 60 (default: 24 for MP4, 12 for GIF)</source>
        <translation>imágenes por segundo, de 1 a 60 (por defecto: 24 para MP4, 12 para GIF)</translation>
    </message>
    <message>
        <location filename="../cli/commands/video.py" line="54"/>
        <source>start time in seconds, or &apos;start&apos; (default)</source>
        <translation>tiempo de inicio en segundos, o &apos;start&apos; (por defecto)</translation>
    </message>
    <message>
        <location filename="../cli/commands/video.py" line="60"/>
        <source>end time in seconds, or &apos;end&apos; (default)</source>
        <translation>tiempo final en segundos, o &apos;end&apos; (por defecto)</translation>
    </message>
    <message>
        <location filename="../cli/commands/video.py" line="63"/>
        <source>burn each step&apos;s title into the picture</source>
        <translation>grabar el título de cada paso en la imagen</translation>
    </message>
    <message>
        <location filename="../cli/commands/video.py" line="66"/>
        <source>play the scene at another disc level</source>
        <translation>reproducir la escena en otro nivel de disco</translation>
    </message>
    <message>
        <location filename="../cli/commands/video.py" line="68"/>
        <source>play the scene on the other side</source>
        <translation>reproducir la escena en el otro lado</translation>
    </message>
    <message>
        <location filename="../cli/commands/video.py" line="73"/>
        <source>mesh detail of the model (default: normal)</source>
        <translation>detalle de la malla del modelo (por defecto: normal)</translation>
    </message>
    <message>
        <location filename="../cli/commands/video.py" line="92"/>
        <source>--from/--to: {e}</source>
        <translation>--from/--to: {e}</translation>
    </message>
    <message>
        <location filename="../share/video.py" line="87"/>
        <source>a clip is written as {join}, not &apos;{value}&apos;</source>
        <translation>un vídeo se escribe como {join}, no como &apos;{value}&apos;</translation>
    </message>
    <message>
        <location filename="../share/video.py" line="94"/>
        <source>a clip of {w}x{h} pixels cannot be made; use {MIN_SIDE}x{MIN_SIDE} up to {MAX_SIZE}x{MAX_SIZE2}</source>
        <translation>no se puede hacer un vídeo de {w}x{h} píxeles; use de {MIN_SIDE}x{MIN_SIDE} a {MAX_SIZE}x{MAX_SIZE2}</translation>
    </message>
    <message>
        <location filename="../share/video.py" line="102"/>
        <source>an MP4 needs an even width and height, not {w}x{h}; try {value}x{value2}</source>
        <translation>un MP4 necesita un ancho y un alto pares, no {w}x{h}; pruebe {value}x{value2}</translation>
    </message>
    <message>
        <location filename="../share/video.py" line="109"/>
        <source>the frame rate {fps:g} is not allowed; use {lo:g} to {hi:g} frames per second</source>
        <translation>no se admiten {fps:g} imágenes por segundo; use de {lo:g} a {hi:g}</translation>
    </message>
    <message>
        <location filename="../share/video.py" line="116"/>
        <source>the range {start:g} to {stop:g} s is not in the scene; &apos;{id}&apos; runs from 0 to {d:g} seconds and the start must come before the end</source>
        <translation>el tramo de {start:g} a {stop:g} s no está en la escena; &apos;{id}&apos; va de 0 a {d:g} segundos y el inicio debe ir antes del final</translation>
    </message>
    <message>
        <location filename="../share/video.py" line="197"/>
        <source>could not write the clip {name}: {why}</source>
        <translation>no se pudo escribir el vídeo {name}: {why}</translation>
    </message>
</context>
<context>
    <name>views</name>
    <message>
        <location filename="../context.py" line="39"/>
        <source>Front</source>
        <translation>Delante</translation>
    </message>
    <message>
        <location filename="../context.py" line="40"/>
        <source>Back</source>
        <translation>Detrás</translation>
    </message>
    <message>
        <location filename="../context.py" line="41"/>
        <source>Left side</source>
        <translation>Lado izquierdo</translation>
    </message>
    <message>
        <location filename="../context.py" line="42"/>
        <source>Right side</source>
        <translation>Lado derecho</translation>
    </message>
    <message>
        <location filename="../context.py" line="43"/>
        <source>From above</source>
        <translation>Desde arriba</translation>
    </message>
    <message>
        <location filename="../context.py" line="44"/>
        <source>Oblique</source>
        <translation>Oblicua</translation>
    </message>
    <message>
        <location filename="../context.py" line="45"/>
        <source>From below</source>
        <translation>Desde abajo</translation>
    </message>
</context>
<context>
    <name>widgets</name>
    <message>
        <location filename="../widgets.py" line="20"/>
        <source>&lt;b&gt;Educational, not medical advice.&lt;/b&gt; Point here for more.</source>
        <translation>&lt;b&gt;Educativo, no es un consejo médico.&lt;/b&gt; Señale aquí para saber más.</translation>
    </message>
</context>
<context>
    <name>worksheet</name>
    <message>
        <location filename="../cli/commands/worksheet.py" line="26"/>
        <source>a scene id (see &apos;lumbar-viewer scenes&apos;)</source>
        <translation>el identificador de una escena (vea &apos;lumbar-viewer scenes&apos;)</translation>
    </message>
    <message>
        <location filename="../cli/commands/worksheet.py" line="36"/>
        <source>the PDF file to write</source>
        <translation>el archivo PDF que se escribe</translation>
    </message>
    <message>
        <location filename="../cli/commands/worksheet.py" line="41"/>
        <source>the disc level to ask about (default: the scene&apos;s)</source>
        <translation>el nivel del disco sobre el que preguntar (por defecto: el de la escena)</translation>
    </message>
    <message>
        <location filename="../cli/commands/worksheet.py" line="44"/>
        <source>the side to ask about (default: the scene&apos;s)</source>
        <translation>el lado sobre el que preguntar (por defecto: el de la escena)</translation>
    </message>
    <message>
        <location filename="../cli/commands/worksheet.py" line="50"/>
        <source>the same &apos;which root?&apos; questions for the same N (default: new ones each time)</source>
        <translation>las mismas preguntas de &apos;¿qué raíz?&apos; para el mismo N (por defecto: nuevas cada vez)</translation>
    </message>
    <message>
        <location filename="../cli/commands/worksheet.py" line="58"/>
        <source>mesh detail of the model (default: normal)</source>
        <translation>detalle de la malla del modelo (por defecto: normal)</translation>
    </message>
    <message>
        <location filename="../cli/commands/worksheet.py" line="75"/>
        <source>the scene &apos;{id}&apos; has no quiz; add [[questions]] blocks to its file (see scenes/README.md)</source>
        <translation>la escena &apos;{id}&apos; no tiene cuestionario; añada bloques [[questions]] a su archivo (vea scenes/README.md)</translation>
    </message>
    <message>
        <location filename="../cli/commands/worksheet.py" line="87"/>
        <source>wrote {out} ({pages} pages: {n} questions, the answer key last)</source>
        <translation>escrito {out} ({pages} páginas: {n} preguntas, las respuestas al final)</translation>
    </message>
    <message>
        <location filename="../share/worksheet.py" line="91"/>
        <source>the {level} disc, {side} side</source>
        <translation>el disco {level}, lado {side}</translation>
    </message>
    <message>
        <location filename="../share/worksheet.py" line="104"/>
        <location filename="../share/worksheet.py" line="242"/>
        <source>Quiz: {title}</source>
        <translation>Cuestionario: {title}</translation>
    </message>
    <message>
        <location filename="../share/worksheet.py" line="106"/>
        <source>About {where}.</source>
        <translation>Sobre {where}.</translation>
    </message>
    <message>
        <location filename="../share/worksheet.py" line="109"/>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <location filename="../share/worksheet.py" line="109"/>
        <source>Date:</source>
        <translation>Fecha:</translation>
    </message>
    <message>
        <location filename="../share/worksheet.py" line="120"/>
        <source>Tick one (or mark it on the picture):</source>
        <translation>Marque una (o señálela en la imagen):</translation>
    </message>
    <message>
        <location filename="../share/worksheet.py" line="122"/>
        <source>Tick one:</source>
        <translation>Marque una:</translation>
    </message>
    <message>
        <location filename="../share/worksheet.py" line="127"/>
        <source>Circle it on the picture and name it:</source>
        <translation>Rodéela en la imagen y escriba su nombre:</translation>
    </message>
    <message>
        <location filename="../share/worksheet.py" line="130"/>
        <source>Answer key</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <location filename="../share/worksheet.py" line="172"/>
        <source>the worksheet could not be started on this printer or file</source>
        <translation>no se pudo empezar la ficha en esta impresora o archivo</translation>
    </message>
    <message>
        <location filename="../share/worksheet.py" line="186"/>
        <source>{app} · quiz worksheet</source>
        <translation>{app} · ficha de cuestionario</translation>
    </message>
    <message>
        <location filename="../share/worksheet.py" line="191"/>
        <source>Educational, not medical advice</source>
        <translation>Educativo, no es un consejo médico</translation>
    </message>
    <message>
        <location filename="../share/worksheet.py" line="197"/>
        <source>Page {n} of {pages}</source>
        <translation>Página {n} de {pages}</translation>
    </message>
</context>
<context>
    <name>xray</name>
    <message>
        <location filename="../explore/xray.py" line="26"/>
        <source>X-ray: bones see-through, discs, nerves and the dural sac solid</source>
        <translation>Rayos X: huesos transparentes; discos, nervios y saco dural sólidos</translation>
    </message>
</context>
</TS>
