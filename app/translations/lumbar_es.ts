<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>BodyMap</name>
    <message>
        <location filename="../clinic/body_map.py" line="56"/>
        <source>Where each nerve root is felt (dermatomes). Click an area to find its root in 3D.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BodyMapPanel</name>
    <message>
        <location filename="../clinic/body_map_panel.py" line="98"/>
        <source>Where it is felt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CameraAnimator</name>
    <message>
        <location filename="../explore/views.py" line="101"/>
        <source>View: {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explore/views.py" line="201"/>
        <source>View: {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClipController</name>
    <message>
        <location filename="../explore/clipping.py" line="143"/>
        <source>Cut through the {level} disc, seen from below as on an MRI scan (front at the top, patient&apos;s right on the left)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClipDialog</name>
    <message>
        <location filename="../share/forms.py" line="123"/>
        <source>Export clip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/forms.py" line="139"/>
        <source>{w}x{h}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/forms.py" line="142"/>
        <source>{r:g} frames a second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/forms.py" line="147"/>
        <source>MP4 video (H.264, plays in slides and browsers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/forms.py" line="148"/>
        <source>GIF animation (plays everywhere, larger file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/forms.py" line="154"/>
        <source>Burn in each step&apos;s title as a subtitle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/forms.py" line="158"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/forms.py" line="161"/>
        <source>Scene:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/forms.py" line="162"/>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/forms.py" line="163"/>
        <source>Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/forms.py" line="164"/>
        <source>Frame rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/forms.py" line="168"/>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/forms.py" line="175"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClipPanel</name>
    <message>
        <location filename="../explore/clip_panel.py" line="36"/>
        <source>Cuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explore/clip_panel.py" line="40"/>
        <source>Cut the model open to see inside. The cut faces are filled in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explore/clip_panel.py" line="59"/>
        <source>Move the {lower} cut (mm from the middle of the spine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explore/clip_panel.py" line="64"/>
        <source>Near half</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explore/clip_panel.py" line="67"/>
        <source>Keep the half between you and the cut instead of the far half (the far half shows the cut face, and follows when you turn the model to the other side)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explore/clip_panel.py" line="83"/>
        <source>Cut through a disc…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explore/clip_panel.py" line="85"/>
        <source>{level} disc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explore/clip_panel.py" line="87"/>
        <source>Cut across the middle of a disc and look at the cut from below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explore/clip_panel.py" line="90"/>
        <source>Face the cut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explore/clip_panel.py" line="92"/>
        <source>Turn the view to look straight at the last cut you switched on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explore/clip_panel.py" line="95"/>
        <source>Remove cuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explore/clip_panel.py" line="96"/>
        <source>Show the whole model again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explore/clip_panel.py" line="140"/>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConditionPanel</name>
    <message>
        <location filename="../clinic/panel.py" line="102"/>
        <source>The disc problem to show on the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../clinic/panel.py" line="84"/>
        <location filename="../clinic/panel.py" line="103"/>
        <source>Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../clinic/panel.py" line="108"/>
        <source>{level} disc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../clinic/panel.py" line="110"/>
        <source>Which disc: L4-L5 and L5-S1 are the ones that fail most often</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../clinic/panel.py" line="112"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../clinic/panel.py" line="122"/>
        <source>The patient&apos;s {side} side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../clinic/panel.py" line="126"/>
        <source>Both sides (a central problem)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../clinic/panel.py" line="131"/>
        <source>Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../clinic/panel.py" line="138"/>
        <source>Where the disc material goes. Just beside the middle (paracentral) usually catches the root that runs past the disc; out at the side (foraminal) the root that leaves at that level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../clinic/panel.py" line="144"/>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../clinic/panel.py" line="152"/>
        <source>How far along the problem is: drag to see it grow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../clinic/panel.py" line="161"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../clinic/panel.py" line="174"/>
        <source>▶ Watch it happen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../clinic/panel.py" line="178"/>
        <source>Play the scene for this condition at this level and side</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Export3DDialog</name>
    <message>
        <location filename="../share/forms.py" line="226"/>
        <source>Export 3D model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/forms.py" line="229"/>
        <source>Only the parts that are showing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/forms.py" line="230"/>
        <source>All parts, hidden ones too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/forms.py" line="238"/>
        <source>Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportTools</name>
    <message>
        <location filename="../share/dialogs.py" line="91"/>
        <location filename="../share/dialogs.py" line="112"/>
        <location filename="../share/dialogs.py" line="148"/>
        <location filename="../share/dialogs.py" line="165"/>
        <source>the model is still loading; try again in a moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/dialogs.py" line="102"/>
        <source>no part is visible; show some parts or export all parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/dialogs.py" line="183"/>
        <source>another export is still running; wait for it or cancel it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/dialogs.py" line="196"/>
        <location filename="../share/dialogs.py" line="226"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/dialogs.py" line="256"/>
        <source>Export clip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/dialogs.py" line="257"/>
        <source>There is no scene to make a clip of.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/dialogs.py" line="278"/>
        <source>Export 3D model</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoutDialog</name>
    <message>
        <location filename="../share/forms.py" line="257"/>
        <source>Print handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/forms.py" line="259"/>
        <source>Save handout as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/forms.py" line="277"/>
        <source>A one- or two-page handout with pictures, plain words, the nerve involved,
the sources, the disclaimer and room for your notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/forms.py" line="284"/>
        <source>Scene:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/forms.py" line="285"/>
        <source>Disc level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/forms.py" line="286"/>
        <source>Side:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/forms.py" line="291"/>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/forms.py" line="291"/>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InfoPanel</name>
    <message>
        <location filename="../explore/info_panel.py" line="60"/>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explore/info_panel.py" line="67"/>
        <source>Find a part: L4, nerve, gel, ligament…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explore/info_panel.py" line="70"/>
        <source>Type a name or a word for a part and press Enter to select it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explore/info_panel.py" line="85"/>
        <location filename="../explore/info_panel.py" line="171"/>
        <source>Nothing selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explore/info_panel.py" line="95"/>
        <location filename="../explore/info_panel.py" line="174"/>
        <source>Click a part in the 3D view, or find it by name above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explore/info_panel.py" line="108"/>
        <source>Show only this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explore/info_panel.py" line="110"/>
        <source>Hide everything else (Show all brings it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explore/info_panel.py" line="112"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explore/info_panel.py" line="113"/>
        <source>Select nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explore/info_panel.py" line="147"/>
        <source>Nothing found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explore/info_panel.py" line="150"/>
        <source>No part is called “{strip}”. Try a level (L4), or a word such as disc, nerve, gel, bone or ligament.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explore/info_panel.py" line="194"/>
        <source>{group}{level} · &lt;code&gt;{id}&lt;/code&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explore/info_panel.py" line="207"/>
        <source>&lt;b&gt;In this scene:&lt;/b&gt; {text}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../window.py" line="46"/>
        <source>Drag to turn · scroll or right-drag to zoom · Shift+drag to move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window.py" line="112"/>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window.py" line="216"/>
        <source>{len} structures · {triangles:,} triangles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window.py" line="234"/>
        <source>Loading the model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window.py" line="275"/>
        <source>View: {label}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MousePicker</name>
    <message>
        <location filename="../explore/picking.py" line="248"/>
        <source>{name} · click to select</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartPanel</name>
    <message>
        <location filename="../explore/part_panel.py" line="49"/>
        <source>See-through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explore/part_panel.py" line="52"/>
        <source>Make parts see-through to look inside. 100 is solid, 0 is invisible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explore/part_panel.py" line="57"/>
        <source>X-ray (bones see-through)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explore/part_panel.py" line="60"/>
        <source>Bones see-through; discs, nerves and the dural sac stay solid (X)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explore/part_panel.py" line="64"/>
        <source>Selected part: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explore/part_panel.py" line="66"/>
        <source>How solid the selected part is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explore/part_panel.py" line="75"/>
        <source>How solid all the {group} are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explore/part_panel.py" line="83"/>
        <source>Show only selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explore/part_panel.py" line="85"/>
        <source>Hide every part but the selected one (I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explore/part_panel.py" line="88"/>
        <source>Show all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explore/part_panel.py" line="90"/>
        <source>Show every part again (A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explore/part_panel.py" line="92"/>
        <source>All solid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explore/part_panel.py" line="93"/>
        <source>Every part fully solid again, x-ray off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explore/part_panel.py" line="124"/>
        <source>Selected part: {value}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlayerPanel</name>
    <message>
        <location filename="../player/panel.py" line="97"/>
        <source>Scenes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../player/panel.py" line="104"/>
        <source>Choose a scene to watch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../player/panel.py" line="123"/>
        <source>Drag to move through the scene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../player/panel.py" line="133"/>
        <source>Time in the scene / length of the scene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../player/panel.py" line="134"/>
        <source>Loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../player/panel.py" line="142"/>
        <source>Playback speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../player/panel.py" line="145"/>
        <source>{s:g}×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../player/panel.py" line="151"/>
        <source>Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../player/panel.py" line="187"/>
        <source>{name} (cannot be shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../player/panel.py" line="227"/>
        <source>0:00 / {clock}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../player/panel.py" line="238"/>
        <source>{clock} / {clock2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../player/panel.py" line="245"/>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../player/panel.py" line="245"/>
        <source>&amp;Play</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesController</name>
    <message>
        <location filename="../shell/preferences.py" line="343"/>
        <source>Preferences saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../shell/preferences.py" line="351"/>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shell/preferences.py" line="357"/>
        <source>Like the desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shell/preferences.py" line="358"/>
        <source> pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shell/preferences.py" line="361"/>
        <source>Text size in the panels and menus (larger for a projector)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shell/preferences.py" line="369"/>
        <source>High contrast: white on black with yellow selection, for low vision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shell/preferences.py" line="376"/>
        <source> px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shell/preferences.py" line="379"/>
        <source>How tall the explanation&apos;s text is in presentation mode (F5); every other text grows with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shell/preferences.py" line="386"/>
        <source>Label the main structures in the 3D view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shell/preferences.py" line="391"/>
        <source>Like the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shell/preferences.py" line="396"/>
        <source>The language of the window, the scenes and the handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shell/preferences.py" line="399"/>
        <source>Font size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shell/preferences.py" line="400"/>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shell/preferences.py" line="401"/>
        <source>Presentation text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shell/preferences.py" line="403"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shell/preferences.py" line="409"/>
        <source>Settings are kept for the next time the viewer opens.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SlicedJob</name>
    <message>
        <location filename="../share/jobs.py" line="45"/>
        <source>Exporting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusParts</name>
    <message>
        <location filename="../shell/about.py" line="71"/>
        <source>Educational, not medical advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shell/about.py" line="91"/>
        <source>Building the 3D model (first start only): {text}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StillDialog</name>
    <message>
        <location filename="../share/forms.py" line="53"/>
        <source>Save still</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/forms.py" line="57"/>
        <source>As on screen ({screen}x{screen2})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/forms.py" line="64"/>
        <source>Custom…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/forms.py" line="72"/>
        <source> px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/forms.py" line="85"/>
        <source>Caption: scene, step and level, and the notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/forms.py" line="88"/>
        <source>Write what the picture shows at its bottom edge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/forms.py" line="90"/>
        <source>Transparent background (for slides)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/forms.py" line="92"/>
        <source>Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/forms.py" line="100"/>
        <source>Copy to clipboard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StructuresPanel</name>
    <message>
        <location filename="../shell/structures_panel.py" line="49"/>
        <source>Structures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shell/structures_panel.py" line="51"/>
        <source>Tick a structure to show it, untick it to hide it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shell/structures_panel.py" line="60"/>
        <source>Show all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shell/structures_panel.py" line="61"/>
        <source>Show every structure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shell/structures_panel.py" line="63"/>
        <source>Hide all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shell/structures_panel.py" line="64"/>
        <source>Hide every structure.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextPanel</name>
    <message>
        <location filename="../player/text_panel.py" line="55"/>
        <source>Explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../player/text_panel.py" line="72"/>
        <source>The steps of this scene: click one to jump there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../player/text_panel.py" line="80"/>
        <source>&lt;b&gt;Educational, not medical advice.&lt;/b&gt; {DISCLAIMER}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../player/text_panel.py" line="118"/>
        <source>Jump to this step ({clock})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ViewerContext</name>
    <message>
        <location filename="../context.py" line="128"/>
        <source>{tip} ({shown})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>about</name>
    <message>
        <location filename="../shell/about.py" line="14"/>
        <source>This program is for learning only. It is not medical advice, and it cannot tell what is wrong with your back. Talk to a doctor or physiotherapist about your own symptoms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shell/about.py" line="19"/>
        <source>&lt;h3&gt;{APP_NAME} {version}&lt;/h3&gt;
&lt;p&gt;A 3D model of the lower back (the lumbar spine, L1 to S1) that shows how a disc can bulge,
tear or herniate and press on a nerve. Made for patients, physicians and teachers.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Educational, not medical advice.&lt;/b&gt; {DISCLAIMER}&lt;/p&gt;
&lt;p&gt;The model is built by the program from published average dimensions; it is not any
person&apos;s scan.&lt;/p&gt;
&lt;p&gt;Mouse: drag to turn the model, right-drag or scroll to zoom, middle-drag or Shift+drag to move it.&lt;/p&gt;
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shell/about.py" line="41"/>
        <source>Drawing with OpenGL: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shell/about.py" line="42"/>
        <source>not yet known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shell/about.py" line="47"/>
        <source> (software, no anti-aliasing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shell/about.py" line="49"/>
        <source> (graphics card, anti-aliased)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shell/about.py" line="53"/>
        <source>About {APP_NAME}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bench</name>
    <message>
        <location filename="../cli/commands/bench.py" line="202"/>
        <source>print one JSON object (the default prints lines)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/commands/bench.py" line="208"/>
        <source>mesh detail of the model (default: normal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/commands/bench.py" line="215"/>
        <source>mouse moves in the orbit test (default: 40)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/commands/bench.py" line="221"/>
        <source>instead: drive the real window this long (every scene and step, conditions, x-ray, cuts, split view, labels) and report memory, actors, timers and errors; exit 0 only on a clean exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/commands/bench.py" line="235"/>
        <source>--frames {frames} is too few; use 5 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/commands/bench.py" line="265"/>
        <source>--soak {soak:g} is too short; give 1 second or more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>body_map</name>
    <message>
        <location filename="../clinic/body_map_panel.py" line="50"/>
        <source>### Where it is felt

No nerve root is pressed now. Each coloured area on the body shows where one root carries feeling from the skin (its **dermatome**). Click an area to see its root in the 3D view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../clinic/body_map_panel.py" line="65"/>
        <source>not pressed now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../clinic/body_map_panel.py" line="68"/>
        <source>#### {side} {root} root ({state})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../clinic/body_map_panel.py" line="71"/>
        <source>The {role} root at {level}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../clinic/body_map_panel.py" line="74"/>
        <source>- **Felt in** {area} ({side} leg).
- **Typical complaint:** {complaint}
- **Skin:** {feels}
- **Weakness:** {weak} *({muscle})*
- **Reflex:** {reflex}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../viewer/body_drawing.py" line="175"/>
        <source>Front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../viewer/body_drawing.py" line="175"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../viewer/body_drawing.py" line="184"/>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../viewer/body_drawing.py" line="184"/>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../cli/main.py" line="56"/>
        <source>--lang needs a language code, e.g. --lang es</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/main.py" line="67"/>
        <source>A 3D model of the lower back that explains lumbar disc problems. Educational, not medical advice. With no command, opens the viewer window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/main.py" line="78"/>
        <source>mesh detail of the model (default: normal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/main.py" line="83"/>
        <source>language of the window and the texts (default: the system&apos;s); valid anywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/main.py" line="88"/>
        <source>draw with Mesa&apos;s software OpenGL (LIBGL_ALWAYS_SOFTWARE=1), for a driver without OpenGL 3.2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/main.py" line="114"/>
        <source>unrecognized arguments: {args}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/main.py" line="127"/>
        <source>{prog}: error: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/main.py" line="135"/>
        <source>{prog}: internal error: {kind}: {message} (set LUMBAR_VIEWER_DEBUG=1 to see the details)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clipping</name>
    <message>
        <location filename="../explore/clipping.py" line="40"/>
        <source>Sagittal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explore/clipping.py" line="41"/>
        <source>Cut from front to back (left | right), seen from the patient&apos;s left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explore/clipping.py" line="44"/>
        <source>Coronal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explore/clipping.py" line="45"/>
        <source>Cut from side to side (front | back), seen from the front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explore/clipping.py" line="48"/>
        <source>Axial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explore/clipping.py" line="49"/>
        <source>Cut across the spine (top | bottom), seen from below as on an MRI scan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conditions</name>
    <message>
        <location filename="../clinic/panel.py" line="49"/>
        <source>None (healthy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../clinic/panel.py" line="53"/>
        <source>The healthy spine, as built</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../clinic/panel.py" line="58"/>
        <source>Herniation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../clinic/panel.py" line="59"/>
        <source>Part of the soft centre of the disc pushes out through the outer ring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../clinic/panel.py" line="60"/>
        <source>Bulge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../clinic/panel.py" line="61"/>
        <source>The disc&apos;s rim pushes out a little all the way round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../clinic/panel.py" line="62"/>
        <source>Tear (annular fissure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../clinic/panel.py" line="63"/>
        <source>A split in the tough outer ring of the disc (annular fissure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../clinic/panel.py" line="64"/>
        <source>Worn disc (degeneration)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../clinic/panel.py" line="65"/>
        <source>A worn, dried-out disc: it loses height, and bone spurs grow beside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../clinic/panel.py" line="68"/>
        <source>Central (middle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../clinic/panel.py" line="69"/>
        <source>Paracentral (beside the middle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../clinic/panel.py" line="70"/>
        <source>Foraminal (side opening)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../clinic/panel.py" line="71"/>
        <source>Far lateral (outside it)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>explore_args</name>
    <message>
        <location filename="../cli/explore_args.py" line="83"/>
        <source>bones see-through; discs, nerves and sac solid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/explore_args.py" line="89"/>
        <source>name the main structures with leader lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/explore_args.py" line="95"/>
        <source>outline one part and caption it with its name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <location filename="../cli/commands/export.py" line="22"/>
        <source>the file to write: .glb, .gltf, .stl, .obj or .ply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/commands/export.py" line="28"/>
        <source>mesh detail of the model (default: normal)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>figures</name>
    <message>
        <location filename="../cli/commands/figures.py" line="31"/>
        <source>the disc problem to draw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/commands/figures.py" line="37"/>
        <source>disc levels, comma-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/commands/figures.py" line="43"/>
        <source>sides (left, right, both)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/commands/figures.py" line="49"/>
        <source>directions, comma-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/commands/figures.py" line="55"/>
        <source>severities 0..1, comma-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/commands/figures.py" line="62"/>
        <source>an existing folder to write in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/commands/figures.py" line="69"/>
        <source>camera direction (default: {DEFAULT_VIEW})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/commands/figures.py" line="78"/>
        <source>picture size (default: 1280x800)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/commands/figures.py" line="84"/>
        <source>mesh detail (default: normal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/commands/figures.py" line="94"/>
        <source>{option} is empty; give one or more of {join}, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/commands/figures.py" line="101"/>
        <source>{option} has &apos;{v}&apos;; use {join} (comma-separated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/commands/figures.py" line="119"/>
        <source>--severities has &apos;{v}&apos;; use numbers from 0 to 1, such as 0.4,0.9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/commands/figures.py" line="143"/>
        <source>the folder {out_dir} does not exist; create it first or choose another --out-dir</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>frame_actions</name>
    <message>
        <location filename="../shell/frame_actions.py" line="32"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shell/frame_actions.py" line="35"/>
        <source>Close the viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shell/frame_actions.py" line="44"/>
        <source>Look at the spine: {lower}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shell/frame_actions.py" line="53"/>
        <source>&amp;Reset view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shell/frame_actions.py" line="56"/>
        <source>Back to the starting view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shell/frame_actions.py" line="61"/>
        <source>&amp;Full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shell/frame_actions.py" line="62"/>
        <source>Fill the screen with the viewer (for a projector)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shell/frame_actions.py" line="65"/>
        <source>&amp;Panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shell/frame_actions.py" line="71"/>
        <source>&amp;About {APP_NAME}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shell/frame_actions.py" line="74"/>
        <source>What this program is, and why it is not medical advice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>groups</name>
    <message>
        <location filename="../context.py" line="49"/>
        <source>Bones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../context.py" line="50"/>
        <source>Discs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../context.py" line="51"/>
        <source>Nerves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../context.py" line="52"/>
        <source>Ligaments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../context.py" line="53"/>
        <source>Facet joints</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>handout</name>
    <message>
        <location filename="../cli/commands/handout.py" line="23"/>
        <source>a scene id (see &apos;lumbar-viewer scenes&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/commands/handout.py" line="33"/>
        <source>the PDF file to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/commands/handout.py" line="38"/>
        <source>the patient&apos;s disc level (default: the scene&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/commands/handout.py" line="41"/>
        <source>the patient&apos;s side (default: the scene&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/commands/handout.py" line="47"/>
        <source>mesh detail of the model (default: normal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/handout.py" line="31"/>
        <source>left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/handout.py" line="31"/>
        <source>right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/handout.py" line="136"/>
        <source>Healthy {level} disc, the same view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/handout.py" line="214"/>
        <source>the {level} disc, {side} side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/handout_pdf.py" line="127"/>
        <source>Where it may be felt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/handout_pdf.py" line="265"/>
        <source>{app} · patient handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/handout_pdf.py" line="268"/>
        <source>Educational, not medical advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/handout_pdf.py" line="282"/>
        <source>Page {page} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/handout_pdf.py" line="310"/>
        <source>Notes from your doctor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>handout_pdf</name>
    <message>
        <location filename="../share/handout_pdf.py" line="228"/>
        <source>the handout could not be started on this printer or file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/handout_pdf.py" line="348"/>
        <source>{title}: a patient handout</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <location filename="../i18n.py" line="53"/>
        <source>the language &apos;{code}&apos; is not available; languages: {known}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>info_panel</name>
    <message>
        <location filename="../explore/info_panel.py" line="36"/>
        <source>Bone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explore/info_panel.py" line="37"/>
        <source>Disc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explore/info_panel.py" line="38"/>
        <source>Nerve tissue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explore/info_panel.py" line="39"/>
        <source>Ligament</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explore/info_panel.py" line="40"/>
        <source>Joint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explore/info_panel.py" line="42"/>
        <source>For learning only, not medical advice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>measure</name>
    <message>
        <location filename="../cli/commands/measure.py" line="21"/>
        <source>print one JSON object (shape in the README)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/commands/measure.py" line="27"/>
        <source>mesh detail of the model (default: normal)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>menu</name>
    <message>
        <location filename="../share/menu.py" line="24"/>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/menu.py" line="37"/>
        <source>Save &amp;still…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/menu.py" line="40"/>
        <source>Save the view as a PNG picture, at screen size or up to 4K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/menu.py" line="44"/>
        <source>&amp;Copy view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/menu.py" line="47"/>
        <source>Copy the view to the clipboard as a picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/menu.py" line="51"/>
        <source>Export &amp;clip…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/menu.py" line="54"/>
        <source>Make an MP4 or GIF clip of a scene, for slides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/menu.py" line="58"/>
        <source>Export &amp;3D model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/menu.py" line="61"/>
        <source>Save the model as it stands as glTF, STL, OBJ or PLY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/menu.py" line="66"/>
        <source>&amp;Print handout…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/menu.py" line="69"/>
        <source>Print a one- or two-page handout for a patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/menu.py" line="73"/>
        <source>Save &amp;handout as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/menu.py" line="76"/>
        <source>Save the patient handout as a PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/menu.py" line="90"/>
        <source>{tip} ({shown})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>menus</name>
    <message>
        <location filename="../context.py" line="29"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../context.py" line="30"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../context.py" line="31"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../context.py" line="32"/>
        <source>&amp;Scene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../context.py" line="33"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../context.py" line="100"/>
        <source>&amp;{name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>outputs</name>
    <message>
        <location filename="../outputs.py" line="35"/>
        <source>{option} {path} has {got}; use a file name ending in {join}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../outputs.py" line="42"/>
        <source>the folder {folder} does not exist; create it first or choose another {option}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../outputs.py" line="48"/>
        <source>{folder} is not a folder; choose an {option} inside a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../outputs.py" line="54"/>
        <source>{path} is a folder; give {option} a file name ending in {join}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../outputs.py" line="60"/>
        <source>{path} is read-only; choose another name or make the file writable first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../outputs.py" line="71"/>
        <source>cannot write in the folder {folder}{reason}; choose a folder you can write to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../outputs.py" line="109"/>
        <source>could not write {name}: {why}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>panel</name>
    <message>
        <location filename="../clinic/panel.py" line="313"/>
        <source>There is no scene for this condition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../clinic/panel.py" line="355"/>
        <source>&amp;Measurements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../clinic/panel.py" line="358"/>
        <source>Show disc height, dural sac area and foramen height with the normal range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../clinic/panel.py" line="364"/>
        <source>&amp;Healthy beside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../clinic/panel.py" line="367"/>
        <source>Show the healthy spine on the left and the chosen condition on the right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../player/panel.py" line="49"/>
        <source>&amp;Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../player/panel.py" line="51"/>
        <source>Play or pause the scene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../player/panel.py" line="55"/>
        <source>Pre&amp;vious step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../player/panel.py" line="57"/>
        <source>Go back to the start of this step, or to the step before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../player/panel.py" line="61"/>
        <source>&amp;Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../player/panel.py" line="63"/>
        <source>Go on to the next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../player/panel.py" line="67"/>
        <source>Go to &amp;start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../player/panel.py" line="69"/>
        <source>Go back to the start of the scene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../player/panel.py" line="73"/>
        <source>Go to &amp;end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../player/panel.py" line="75"/>
        <source>Go to the end of the scene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../player/panel.py" line="79"/>
        <source>&amp;Loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../player/panel.py" line="81"/>
        <source>Start again from the beginning when the scene ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../player/panel.py" line="85"/>
        <source>&amp;Open scenes folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../player/panel.py" line="87"/>
        <source>Show the scenes in another folder (for teachers who write their own)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../player/panel.py" line="341"/>
        <source>Playback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../player/panel.py" line="370"/>
        <source>Open a folder of scenes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>render</name>
    <message>
        <location filename="../cli/commands/render.py" line="46"/>
        <source>the PNG file to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/commands/render.py" line="53"/>
        <source>picture size in pixels (default: 1280x800)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/commands/render.py" line="60"/>
        <source>camera direction: {join} (default: the scene step&apos;s own camera with --scene, else {DEFAULT_VIEW})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/commands/render.py" line="70"/>
        <source>mesh detail of the model (default: normal)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scene_args</name>
    <message>
        <location filename="../cli/scene_args.py" line="17"/>
        <source>a folder of your own scene .toml files, used beside the built-in presets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/scene_args.py" line="32"/>
        <source>the scenes folder {folder} {what}; give --scenes-dir a folder of scene .toml files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/scene_args.py" line="50"/>
        <source>scene &apos;{scene_id}&apos; cannot be loaded: {e}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scenes</name>
    <message>
        <location filename="../cli/commands/scenes.py" line="25"/>
        <source>folder of scene .toml files (default: the built-in presets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/commands/scenes.py" line="30"/>
        <source>print {&quot;scenes&quot;: [{id, title, level, duration, file}], &quot;errors&quot;: [{file, line, message}]}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/commands/scenes.py" line="43"/>
        <source>the folder {folder} does not exist; give --dir a folder that holds scene .toml files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/commands/scenes.py" line="50"/>
        <source>{folder} is not a folder; give --dir a folder that holds scene .toml files</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>selftest</name>
    <message>
        <location filename="../cli/commands/selftest.py" line="44"/>
        <source>the tests/ folder was not found; run selftest in the lumbar-viewer source folder (the one with pyproject.toml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/commands/selftest.py" line="84"/>
        <source>the virtual display (Xvfb) did not start; check that the xvfb package works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/commands/selftest.py" line="102"/>
        <source>pytest and pytest-qt are not installed; install the test extra: python3 -m pip install &apos;.[test]&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sides</name>
    <message>
        <location filename="../clinic/body_map_panel.py" line="40"/>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../clinic/body_map_panel.py" line="40"/>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../clinic/panel.py" line="73"/>
        <source>Both</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>state_args</name>
    <message>
        <location filename="../cli/state_args.py" line="31"/>
        <source>a scene id (see &apos;lumbar-viewer scenes&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/state_args.py" line="38"/>
        <source>time in the scene (default: end)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/state_args.py" line="44"/>
        <source>step N (1 = first), once it has played</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/state_args.py" line="49"/>
        <source>show one disc problem instead of a scene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/state_args.py" line="54"/>
        <source>disc level (default: the scene&apos;s, or L4-L5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/state_args.py" line="59"/>
        <source>side (default: the scene&apos;s, or left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/state_args.py" line="64"/>
        <source>herniation or tear direction (default: paracentral)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/state_args.py" line="70"/>
        <source>how far along the condition is (default: 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/state_args.py" line="84"/>
        <source>give either --scene or --condition, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/state_args.py" line="88"/>
        <source>--at and --step belong to --scene; a --condition is shown as it stands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/state_args.py" line="107"/>
        <source>a scene plays on one side; use --side left or --side right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/state_args.py" line="111"/>
        <source>--direction and --severity belong to --condition; a scene sets its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/state_args.py" line="122"/>
        <source>scene &apos;{scene_id}&apos; has steps 1 to {len}, not {step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/state_args.py" line="136"/>
        <source>--{opt} needs --scene or --condition</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>still</name>
    <message>
        <location filename="../share/still.py" line="52"/>
        <source>a still of {w}x{h} pixels cannot be made; use {MIN_SIDE}x{MIN_SIDE} up to {MAX_SIZE}x{MAX_SIZE2}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>symptoms</name>
    <message>
        <location filename="../clinic/body_map_panel.py" line="31"/>
        <source>pressed hard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../clinic/body_map_panel.py" line="32"/>
        <source>pressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../clinic/body_map_panel.py" line="33"/>
        <source>touched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../clinic/body_map_panel.py" line="34"/>
        <source>free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../clinic/body_map_panel.py" line="37"/>
        <source>exiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../clinic/body_map_panel.py" line="38"/>
        <source>traversing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>system</name>
    <message>
        <location filename="../cli/system.py" line="122"/>
        <source>{purpose} needs system libraries that are missing; install them with: {install_command}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/system.py" line="134"/>
        <source>&apos;{join}&apos; failed with exit status {rc}; install the packages by hand with: apt-get install -y {join2}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>text_panel</name>
    <message>
        <location filename="../player/text_panel.py" line="32"/>
        <source>### Choose a scene

Pick a scene from the list to watch how a disc in the lower back can bulge, tear or break open and press on a nerve. Press **Space** to play or pause, the **arrow keys** to go a step back or forward, **Home** and **End** to go to the start or the end.

You can turn the model with the mouse at any time. Point at an underlined word to see what it means.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>themes</name>
    <message>
        <location filename="../shell/preferences.py" line="37"/>
        <source>Like the desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shell/preferences.py" line="38"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shell/preferences.py" line="39"/>
        <source>High contrast</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tools</name>
    <message>
        <location filename="../explore/tools.py" line="89"/>
        <source>&amp;X-ray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explore/tools.py" line="100"/>
        <source>Show &amp;only selected part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explore/tools.py" line="103"/>
        <source>Hide everything but the selected part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explore/tools.py" line="108"/>
        <source>Show &amp;all parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explore/tools.py" line="111"/>
        <source>Show every part again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explore/tools.py" line="114"/>
        <source>&amp;Cut through disc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explore/tools.py" line="120"/>
        <source>{level} disc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explore/tools.py" line="123"/>
        <source>Cut across the middle of the {level} disc and look at the cut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explore/tools.py" line="133"/>
        <source>&amp;Remove cuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explore/tools.py" line="136"/>
        <source>Show the whole model again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explore/tools.py" line="154"/>
        <source>&amp;Turntable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explore/tools.py" line="157"/>
        <source>Turn the model slowly round and round (for a waiting room)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explore/tools.py" line="161"/>
        <source>&amp;Saved views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explore/tools.py" line="170"/>
        <source>&amp;Find a part…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explore/tools.py" line="173"/>
        <source>Find a part by name or by a word such as nerve, gel or L4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explore/tools.py" line="178"/>
        <source>Select &amp;nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explore/tools.py" line="181"/>
        <source>Clear the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explore/tools.py" line="194"/>
        <source>Save this view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explore/tools.py" line="196"/>
        <source>Remember the camera under a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explore/tools.py" line="205"/>
        <source>Forget a view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explore/tools.py" line="213"/>
        <source>Save this view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explore/tools.py" line="213"/>
        <source>Name of the view:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explore/tools.py" line="217"/>
        <source>Saved the view “{saved}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explore/tools.py" line="229"/>
        <source>Selected: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shell/tools.py" line="47"/>
        <source>⚠ Settings reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shell/tools.py" line="61"/>
        <source>&amp;Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shell/tools.py" line="64"/>
        <source>Name the main structures with leader lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shell/tools.py" line="72"/>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shell/tools.py" line="75"/>
        <source>Font size, theme (including high contrast) and labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shell/tools.py" line="80"/>
        <source>&amp;Presentation mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shell/tools.py" line="83"/>
        <source>Full screen with big text for a classroom; PageDown/PageUp step, Escape leaves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shell/tools.py" line="90"/>
        <source>Leave presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shell/tools.py" line="93"/>
        <source>Back to the normal window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shell/tools.py" line="97"/>
        <source>Next step of the scene (or the next view), as a presentation clicker sends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shell/tools.py" line="100"/>
        <source>Previous step of the scene (or the previous view)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shell/tools.py" line="101"/>
        <source>Next slide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shell/tools.py" line="101"/>
        <source>Previous slide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shell/tools.py" line="119"/>
        <source>Step in presentation mode</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>video</name>
    <message>
        <location filename="../cli/commands/video.py" line="25"/>
        <source>a scene id (see &apos;lumbar-viewer scenes&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/commands/video.py" line="35"/>
        <source>the clip to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/commands/video.py" line="41"/>
        <source>picture size in pixels, up to 3840x2160 (default: 1280x720 for MP4, 640x360 for GIF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/commands/video.py" line="49"/>
        <source>frames per second, 1 to 60 (default: 24 for MP4, 12 for GIF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/commands/video.py" line="52"/>
        <source>start time in seconds, or &apos;start&apos; (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/commands/video.py" line="58"/>
        <source>end time in seconds, or &apos;end&apos; (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/commands/video.py" line="61"/>
        <source>burn each step&apos;s title into the picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/commands/video.py" line="64"/>
        <source>play the scene at another disc level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/commands/video.py" line="66"/>
        <source>play the scene on the other side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/commands/video.py" line="71"/>
        <source>mesh detail of the model (default: normal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/commands/video.py" line="90"/>
        <source>--from/--to: {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/video.py" line="86"/>
        <source>a clip is written as {join}, not &apos;{value}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/video.py" line="93"/>
        <source>a clip of {w}x{h} pixels cannot be made; use {MIN_SIDE}x{MIN_SIDE} up to {MAX_SIZE}x{MAX_SIZE2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/video.py" line="101"/>
        <source>an MP4 needs an even width and height, not {w}x{h}; try {value}x{value2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/video.py" line="108"/>
        <source>the frame rate {fps:g} is not allowed; use {lo:g} to {hi:g} frames per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/video.py" line="115"/>
        <source>the range {start:g} to {stop:g} s is not in the scene; &apos;{id}&apos; runs from 0 to {d:g} seconds and the start must come before the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/video.py" line="196"/>
        <source>could not write the clip {name}: {why}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>views</name>
    <message>
        <location filename="../context.py" line="38"/>
        <source>Front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../context.py" line="39"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../context.py" line="40"/>
        <source>Left side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../context.py" line="41"/>
        <source>Right side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../context.py" line="42"/>
        <source>From above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../context.py" line="43"/>
        <source>Oblique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../context.py" line="44"/>
        <source>From below</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>widgets</name>
    <message>
        <location filename="../widgets.py" line="20"/>
        <source>&lt;b&gt;Educational, not medical advice.&lt;/b&gt; Point here for more.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xray</name>
    <message>
        <location filename="../explore/xray.py" line="26"/>
        <source>X-ray: bones see-through, discs, nerves and the dural sac solid</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
