<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>No log file: messages go to the terminal that started Moderator (standard error; --log-json writes them as JSON lines)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PySide6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Moderator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderator {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A console for chairs of hybrid meetings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Action</name>
    <message>
        <source>{key} (keypad)</source>
        <extracomment>The console&apos;s actions that also work while the agenda editor is the active window (and are in its Session menu): what staff reach for while preparing the day (import, connect, the readiness check, switching the session) and the speaker display&apos;s controls, which must answer whatever window is in front. Plain keys (N, Space, Delete…) mean typing or editing there, and the editor has its own undo, so those stay the main window&apos;s; so does Ctrl+Q, which in the editor would close the whole console.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— (menu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{keys} or {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start / pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the countdown, or pause it while it runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current speaker is done; give the floor to the next one and start the clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add 30 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the current speaker 30 seconds more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove 30 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take 30 seconds from the current speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add 1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the current speaker one minute more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove 1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take one minute from the current speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the time…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the current speaker&apos;s remaining time exactly (e.g. 2:30)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the current speaker&apos;s time again from their full allotment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a speaker…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a participant or a walk-in to the list, placed by their speech type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floor request in the room…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a hand raised in the room (H then Enter for the selected speaker)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close / reopen the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the current agenda item&apos;s list of speakers, or open it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interposed intervention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected speaker interrupts the current one, who resumes afterwards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the floor to the selected speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the floor to the speaker selected in the list, out of order if need be</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass over the selected speaker; they keep their place and can be put back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the selected skipped or removed speaker back on the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected speaker is done (for the one speaking: end of their turn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the selected speaker off the list (Ctrl+Z brings them back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show removed speakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the speakers taken off the list, struck through, to put one back (B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected speaker one place up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected speaker one place down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to the top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the selected speaker the next to speak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last action (list or clock); it syncs like any action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do the undone action again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the floor to the hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the floor now to the selected raised hand (or the first in line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the hand to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the selected raised hand (or the first) at the end of this item&apos;s list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower the hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower the selected raised hand (or the first in line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit to the end…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview shortening the waiting speakers&apos; times so the session ends on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on the speaker…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a note on the selected (or current) speaker, for the chair only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on the agenda item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a note on the current agenda item, for the chair only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speech types…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This meeting&apos;s default times and rules per speech type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timer thresholds…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the countdown turns to warning and final, for this meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chime at the thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound a chime when the time reaches the warning, final and time-up thresholds (off by default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report of this session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who spoke, for how long, and the balance between groups; export as PDF, CSV, XLSX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report of the meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same report over every session of the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaking balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the live share of speaking time so far by stakeholder group, gender, and in the room or remote (the report&apos;s numbers, as the turns run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the speaker display (podium screen or confidence monitor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker display controls…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the display&apos;s screen, send messages, blackout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blackout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Black out the speaker display, or undo it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show “Please conclude”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show “Please conclude” on the speaker display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show “Time is up”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show “Time is up” on the display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a message…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a message for the speaker display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the message off the display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import an agenda…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a schedule (CSV, XLSX, pretalx/frab JSON or XML, iCalendar); files can also be dropped on the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda editor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit meetings, sessions, agenda items, lists of speakers and the participants roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload to backend…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff: send this session&apos;s meeting to a backend meeting (the backend&apos;s preview first; needs a staff token)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready for today?…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that this laptop is ready for today and make sessions available offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch to another session of this database: by day, type to filter, Enter opens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a meeting (title, venue, time zone), then its first session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a session in a meeting (date, times, room), open it and fill its agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a backend…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a conference backend and follow a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide this list of every action (Ctrl+F searches it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Moderator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version of Moderator, Qt and PySide, and where the data file and the logs are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the console (everything is already saved)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddSpeakerDialog</name>
    <message>
        <source>Add a speaker</source>
        <extracomment>The speaker was added; carries the new entry id.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name or organisation… or a walk-in: Name, Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>m:ss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add as &amp;walk-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the typed name as a new participant, even if it matches the roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker:</source>
        <extracomment>Why the last &quot;Add&quot; was refused (a closed list, a limit), next to the buttons.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speech type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda item:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New participant (walk-in): {who}. On the roster: {names} — type without the comma to pick them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody on the roster matches. New participant (walk-in): {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} participants match: keep typing, or ↓ to pick one (or “Add as walk-in” for someone new)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type m:ss (2:30) or minutes (3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several participants match “{text}”: pick one, or type more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The speaker could not be added.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaEditing</name>
    <message>
        <source>Two speakers share a place; move another one first</source>
        <extracomment>A session&apos;s data changed (its fields, agenda, lists): views showing it re-read it. A meeting&apos;s roster changed (a participant added or edited, a language). A meeting has another session (a duplicate) or one fewer (its undo). An edit did not apply; carries the reason, for the person editing. An edit could not be saved; nothing changed. The open session changed under the editor (the chair&apos;s action, or another console&apos;s edit through the backend&apos;s feed): views showing it re-read it. The file changed wholesale (an import re-read the open session): views re-read all.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This meeting has no session yet: add one first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That session is no longer in this database</source>
        <extracomment>Events that change nothing the editor shows (it shows the session, its details, agenda items and lists, not the clock, the turns or the hands). Events that change a meeting&apos;s roster.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved, nothing changed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaEditor</name>
    <message>
        <source>Agenda editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings, sessions and agenda items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an agenda item to the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the chosen agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the chosen agenda item up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the chosen agenda item down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a session to edit it, or one of its agenda items to edit its list of speakers. The Roster tab lists the meeting&apos;s participants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;oster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move agenda item up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move agenda item down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a session first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a session to duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied, on this console only: Session → Upload to backend… sends its meeting to a backend.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaForms</name>
    <message>
        <source>Problem with the form</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaTreeModel</name>
    <message>
        <source>Meetings, sessions and agenda items</source>
        <extracomment>``(kind, id)`` of a tree node: ``(&quot;meeting&quot; | &quot;session&quot; | &quot;item&quot;, id)``. The entry or participant id of a table row. What a dragged speaker carries: the entry id.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BalancePanel</name>
    <message>
        <source>Speaking balance so far</source>
        <extracomment>Okabe–Ito colours (as the report&apos;s chart): distinct for every kind of colour vision. Each with the text colour that reads on it. Speakers whose gender was not recorded: grey, not a colour of its own.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <extracomment>The balance on screen (``None`` until first shown).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaking balance so far: {time} in {turns}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} turns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaking balance: nobody has spoken yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No time yet: {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has spoken yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to a backend</source>
        <extracomment>The least width the dialog takes: a form of two fields and a sentence of result. Beside the title text, the window manager&apos;s title bar holds an icon and three buttons. A line edit&apos;s frame and inner margins around its text. Room left between the dialog and the screen&apos;s edges. The chair chose to follow a session: (backend URL, token, session id).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backend address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <extracomment>The chair edited the token (typed, pasted, cleared): the keyring never overwrites it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session to follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for this computer&apos;s keyring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is kept in this computer&apos;s keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no keyring: the token is kept for this run only and will be asked for again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backend refused: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach {url}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected as {role} of “{meeting}”; server clock {offset:+d} ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This token cannot chair a session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address must start with https:// (or http:// on a LAN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the access token the organisers gave you.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountdownWidget</name>
    <message>
        <source>Countdown</source>
        <extracomment>In overtime the cue inverts this long after each new second, until the next one.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CurrentSpeakerPanel</name>
    <message>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function and organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speech type and attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has the floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: {name} resumes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time} over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: {name} resumes — {organisation} ({time}, {where})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: nobody is waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: {name} — {organisation} ({type}, {time}, {where})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisplayControls</name>
    <message>
        <source>Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (main)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen for the speaker display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the speaker display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide overtime on the speaker display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The speaker sees 0:00 and TIME UP instead of +m:ss; the console still counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blackout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn the speaker display black; press again to restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages to the speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message to type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a message and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker display status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages (Enter or double-click sends):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the display: “{text}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No message on the display.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisplayControlsDialog</name>
    <message>
        <source>Speaker display</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisplayIndicator</name>
    <message>
        <source>message “{text}”</source>
        <extracomment>A typed message longer than this is cut in the status bar (in full in the tooltip).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blackout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display: off ({pending} when shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display: off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>main screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display: BLACKOUT ({screen})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display: {message} ({screen})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display: on (screen {screen})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display: on (window on {screen})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click for the speaker display&apos;s controls.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisplayPreview</name>
    <message>
        <source>Preview of the speaker display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BLACKOUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT SHOWN</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FitPlanModel</name>
    <message>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(minimum)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is shortened below {floor}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FitToEndDialog</name>
    <message>
        <source>Fit to the end</source>
        <extracomment>Applied: carries how many allotments changed.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projected end now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projected end after fitting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allotments now and after fitting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every waiting speaker&apos;s time is shortened by the same proportion, never below 0:30. The speaker who has the floor keeps their time. One Ctrl+Z undoes it all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the shortened times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session has no scheduled end to fit to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projected end {end}, scheduled end {scheduled}: on time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projected end now {end}, scheduled end {scheduled}: late by {late}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After fitting: ends {end}, on time ({count} speakers shortened).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After fitting: ends {end}, still late by {late}: everyone waiting is at the minimum of 0:30 ({count} speakers shortened).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to shorten: everyone waiting is already at the minimum of 0:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session is on time: nothing to shorten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandsModel</name>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown participant)</source>
        <extracomment>The open hands changed (one was raised, lowered or taken), once the rows are updated.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the room</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandsPanel</name>
    <message>
        <source>Raised hands</source>
        <extracomment>A hand was raised that was not there before: carries a notice for the status bar. G, A or L found no hand to act on: carries the reason, for the status bar.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hand is raised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised hands: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No raised hands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✋ {name} raised a hand</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpOverlay</name>
    <message>
        <source>Keyboard shortcuts</source>
        <extracomment>The keys that are never typed into the search field: they close the help or are the console&apos;s function keys (F1 closes, F5 shows the speaker display).
----------
(keys as shown, description) per action, in the collection&apos;s order.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every shortcut works while this list is open · Ctrl+F searches · Enter or a double click runs the highlighted action · F1 or Esc closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search actions, keys, descriptions (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every action and its keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shown} of {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No action matches “{q}”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>to create</source>
        <extracomment>Names listed under one kind and action in the preview tree before &quot;… and N more&quot;. Progress reports from the worker at most this often (seconds), so they never flood the loop.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept as they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no longer in the file: kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused: cannot reach the backend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <extracomment>The heading of each kind of record.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created</source>
        <extracomment>The same once the import is applied.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import {name}</source>
        <extracomment>Refused and kept records named in the plain-view notice before &quot;… and N more&quot;. Rows were written; carries the ``ImportPreview`` of what was done.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <extracomment>Whether the preview shown (and so the import) removes what left the file.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the file holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the import cannot do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the import will change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove what is no longer in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing with the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be imported here: nothing is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database holds everything in this file; {n} record(s) are no longer in it (tick the box below to remove them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database already holds everything in this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove what is no longer in the file ({n} session(s) or agenda item(s), with their lists of speakers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: {n} records written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: the backend cannot take these changes from this console, so nothing will be imported:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the backend as {n} action(s), queued like the chair&apos;s own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This meeting is on a backend: the import is sent there as {n} action(s), queued like the chair&apos;s own (they wait in the queue while offline).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the file was read:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept as they are:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{meetings} meeting(s), {sessions} session(s) in {rooms} room(s), {participants} participant(s), {entries} speaker entries ({format}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import an agenda</source>
        <extracomment>The file dialog&apos;s remembered folder for imports.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemForm</name>
    <message>
        <source>Agenda item title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes, or m:ss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert the agenda item&apos;s fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Planned duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number} of {count} (Alt+↑ / Alt+↓ in the tree to move it)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Label</name>
    <message>
        <source>session</source>
        <extracomment>A planned duration beyond a day is a typing mistake, not an agenda item. Scheduled times are instants since 1970 in milliseconds; nothing is planned before 2000.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question / comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point of order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right of reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parliament</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Civil society</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UN entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled</source>
        <extracomment>A new meeting&apos;s timer thresholds: WARNING from 1:00 left, FINAL (&quot;wrap up now&quot;) from 0:30, as stage timers set their yellow and red by default. Stored with the meeting, so a meeting made before these defaults keeps the thresholds it was stored with; the chair changes them per meeting (Ctrl+Shift+T). The chair closed the list: no new statements or floor requests (points of order and rights of reply stay possible). How they came onto the list (``EntryOrigin``): the turn log and reports say how each speaker got the floor (a point of order shows as the speech type).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floor request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interposed</source>
        <extracomment>How the report names a turn that interrupted another one.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <extracomment>The turn interrupted another one (an interposed intervention).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <extracomment>How long the menu&apos;s confirmation stays in the status bar.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker &amp;display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as the console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language saved: it applies when the console next starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The speaker display&apos;s language is changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Session</source>
        <extracomment>The speaker display&apos;s actions: the Display menu, and the shortcuts that also act from the display controls dialog (all with a modifier or an F key, so none is typing). Whether the live balance panel is shown (QSettings key). The size the console opens at when the screen has room for it (and no size was saved). The menu bar: every action reachable by mouse too (the shortcuts are shown beside them).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderator — {title}</source>
        <extracomment>Emitted once, when the window has painted for the first time (start-up measurements).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List of speakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item {n}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  ■ LIST CLOSED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a speaker in the list first (click or ↑/↓)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has the floor: there is no time to set</source>
        <extracomment>The console&apos;s own settings and notes (the file is reached on first use).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: {action} ({key} redoes it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redone: {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo: {step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo: {step}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingSettingsDialog</name>
    <message>
        <source>End of the agenda item&apos;s list (before the replies)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top of the list, right after the current speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own queue, taken at the end of the agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupts the current speaker, who resumes afterwards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speech types — {meeting}</source>
        <extracomment>Saved: carries the meeting&apos;s new ``SpeechRules``.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speech type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where a new speaker goes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind}: where a new speaker goes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind}: limit per delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>later replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as the first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>limit per delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replies per delegation on one agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time of the second and later replies (empty: as the first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q&amp;A reserve per imported talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q&amp;&amp;A reserve per talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept free at the end of an imported talk; its speakers share the rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems with these settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times as m:ss (2:30) or minutes (3). New settings apply to speakers added from now on; those already on the list keep their time. Kept on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind}: {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} — {field}: “{text}” is not a time (m:ss or minutes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} — {field}: at most 4 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} — {field}: must be at least 0:01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q&amp;A reserve: “{text}” is not a time (m:ss or minutes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q&amp;A reserve: at most 4 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Not saved, nothing changed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessagesModel</name>
    <message>
        <source>Typed earlier: send it again</source>
        <extracomment>Typed messages longer than this are cut: the banner must stay readable from the room.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preset message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewMeetingDialog</name>
    <message>
        <source>New meeting</source>
        <extracomment>The meeting was created (its id) and whether the chair goes on to its first session.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then create its first session</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewSessionDialog</name>
    <message>
        <source>New session</source>
        <extracomment>The session was created: its id, open it now, then fill its agenda in the editor.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HH:MM, or YYYY-MM-DD HH:MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new session is on this console only until its meeting is uploaded (Session → Upload to backend…), as a duplicated one is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open it now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and fill its agenda in the agenda editor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotSyncingBanner</name>
    <message>
        <source>Not syncing</source>
        <extracomment>The chair asked to connect (the button, or a click on the banner).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Not syncing — Connect ({shortcut})</source>
        <extracomment>The refusal shown (``None`` unless the backend refused).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Not syncing — Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to the backend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for the access token of {url} in this computer&apos;s keyring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session is followed on {url}, but no access token is available on this laptop (none in the keyring, no MODERATOR_TOKEN): remote hands do not arrive and your actions stay here until you connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session is followed on a backend whose address this laptop does not know: remote hands do not arrive and your actions stay here until you connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backend {url} refused: {reason}. Connect with a valid access token; your actions stay here meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 action waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} actions waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backend refused an earlier action, not yet read: {newest}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backend refused {n} earlier actions, not yet read; the newest: {newest}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesEditor</name>
    <message>
        <source>Note — {title}</source>
        <extracomment>The panel shows this much of a note; the whole note is in the tooltip and the editor. Saved: (kind, entity id, text); an empty text means the note was deleted.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only you see this note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Enter saves, Esc cancels. Notes stay on this computer: they are not sent to the backend or shown to anyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>Whose note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on the speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the note on this speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on the agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the note on this agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker: nobody has the floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda item: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agenda item</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfflineDownloadDialog</name>
    <message>
        <source>Make sessions available offline</source>
        <extracomment>The download ended (every chosen session downloaded, refused or failed).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backend address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the sessions</source>
        <extracomment>The chair edited the token (typed, pasted, cleared): the keyring never overwrites it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions to make available offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v of %m sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened to each session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download the ticked sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the backend for its sessions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backend refused: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach {url}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backend&apos;s answer could not be read ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{meeting}”: 1 session, times in {zone}; today&apos;s are ticked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{meeting}”: {count} sessions, times in {zone}; today&apos;s are ticked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open in the console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} changes waiting to be sent: kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on this laptop: will be updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in this token&apos;s sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading {n} sessions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not downloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} of {total} sessions done…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenSessionDialog</name>
    <message>
        <source>Open session</source>
        <extracomment>The chair chose this session (its id); the console opens it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to filter: title, meeting, room, day…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions by day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times in {zone}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No session matches “{text}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 session · Enter opens it · Esc cancels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} sessions · Enter opens the selected one · Esc cancels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a session first (↑/↓)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That session is the one open now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Phase</name>
    <message>
        <source>NOBODY HAS THE FLOOR · PRESS N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>READY · SPACE TO START</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PAUSED · {phase}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RUNNING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FINAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TIME UP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OVERTIME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>READY</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadinessDialog</name>
    <message>
        <source>Ready for today?</source>
        <extracomment>Sessions were made available offline (their ids): the console may list them anew.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <extracomment>The backend address and token the last check used (its keyring answer included).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make sessions available offline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check itself failed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this console&apos;s connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this run</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Refusal</name>
    <message>
        <source>The room is longer than {limit} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start is not a date this century</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session must end after it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A session cannot last more than a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That agenda item already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{title}” still has {speakers} on its list: take them off it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone has spoken under “{title}”: it stays on record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {what} needs a title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {what} title is longer than {limit} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That agenda item is not in this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The position must be between 1 and {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The planned duration must be between 0:00 and 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format: {value!r} is not one of {known} (or empty when not known)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>command is for session {session}, not this one</source>
        <extracomment>Integers travel as JSON numbers: beyond 2**53 they are not exact in every client, and no time, duration or id of ours comes anywhere near it. A speaker&apos;s time (allotted, spoken, remaining) beyond a day is a typing mistake. Ids a command creates (agenda items, participants put back) fit the stores&apos; columns. A session&apos;s languages (&quot;en, fr, es&quot;) and a participant&apos;s language.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The floor has moved on: this was for a turn that no longer has it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That speaker is not on this session&apos;s list</source>
        <extracomment>Every command class by its ``name``; the package&apos;s ``__init__`` imports every command module, so the catalogue is complete wherever ``moderator.domain.commands`` is imported.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: at most {longest} characters ({given} given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: a character that cannot be stored (U+{code:04X})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A {what} id of 1 to {limit} characters is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown clock status {status!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time must be between 0:00 and 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A running clock needs the moment it started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has the floor: give the floor to a speaker first</source>
        <extracomment>The turn on the floor when the chair acted (see ``Command._check_turn``).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has the floor: there is no time to adjust</source>
        <extracomment>The turn on the floor when the chair acted (see ``Command._check_turn``). The turn on the floor when the chair acted (see ``Command._check_turn``).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjusting by zero changes nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has the floor: there is no time to set</source>
        <extracomment>The turn on the floor when the chair acted (see ``Command._check_turn``).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has the floor: there is no time to reset</source>
        <extracomment>The turn on the floor when the chair acted (see ``Command._check_turn``).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The floor has moved on since: that time can no longer change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The warning must be between 0:00 and 60:00 before the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not waiting ({state})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This turn was already opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has the floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has the floor: there is no one to interrupt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An intervention is already under way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The floor has moved on since: this can no longer be undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That speaker does not have the floor: nothing to undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody to give the floor back to: nothing to pause again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown entry state {cancel_entry_state!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot put an entry back to {state!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} cannot have the floor back from here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone is already interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} cannot be paused again from here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That turn of {name} is not on record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One speaker or turn is named twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That hand is not on record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They have raised their hand again since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That person is not a participant of this meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} already has a hand raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name of 1 to {limit} characters is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation is longer than {limit} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown attendance {attendance!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That participant already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is on a list of speakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has raised a hand in this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has spoken in this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {label} is longer than {limit} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gender is longer than {limit} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown stakeholder group {group!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown origin {origin!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This speaker entry already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown speech type {speech_type!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of speakers of “{title}” is closed (points of order and rights of reply are still possible)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The allotted time must be between 0 and 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a valid place in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has the floor: end their turn before removing them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has already spoken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has the floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has already spoken: add them again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is no longer waiting to speak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The allotted time must be between 0:00 and 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of speakers of “{title}” is closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Spoken: the time the speaker&apos;s clock ran, whatever was done to the countdown (a restart, a set time, ± time change what is left, never what was spoken).</source>
        <extracomment>The definitions behind the numbers, stated with every report (screen, PDF, CSV, XLSX).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused: the time the clock stood still while the speaker held the floor (time waiting for an interposed intervention is the intervention&apos;s, not a pause).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allotted: the planned time, plus or minus the time added or removed (± and set time), plus the time a restart gave back (what had been spoken before it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overrun of a speaker: spoken beyond the final allotment; of an agenda item: actual (first start to last end) beyond planned; of a session: actual end against scheduled end (− finished early), and while it runs, how far it is already past its scheduled end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{table} (continued)</source>
        <extracomment>The order of the printed tables: the summary first, the long turn log last. A table is as wide as its columns&apos; weights at this many millimetres each, at most the page. Names, organisations and titles wrap onto at most this many lines in a cell; the last line of a longer text ends in &quot;…&quot; (the CSV and XLSX files have it whole). A word longer than this may be cut in a table cell rather than widen its column further.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderator · page {page} of {pages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderator · page {page}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaking time by stakeholder group</source>
        <extracomment>What an end (or a session&apos;s overrun, not yet known) says while it is still running. Relative width for paged output (PDF): text columns that carry names get more. A TIME shown on screen and in the PDF with its date when the report spans several days. Only the sessions table does: elsewhere the session&apos;s row tells the day, and the turn log has no room for dates. (CSV and XLSX always write the full date and time.) A short name for a tab or a spreadsheet sheet (at most 31 characters). Show dates with times (the report spans more than one local day).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaking time by gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaking time in the room and remote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room and remote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By stakeholder group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the room and remote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaking time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report as of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has had the floor yet: there are no turns to report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A turn is still running: it is counted with its time so far and marked Running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overrun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions: scheduled against actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speech type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How they got the floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allotted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spoken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speakers: planned against actual, turn by turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No turns yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda items: planned against actual (first start to last end)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agenda items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportWindow</name>
    <message>
        <source>Export the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <extracomment>The report is on screen (after opening or &quot;Refresh&quot;); carries the ``ReportDocument``. A file was written; carries its path. Reading or writing failed; carries the message shown in the window.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <extracomment>Views as tall as their rows (the small balance tables, on one scrolling page).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute the report again as of now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;XLSX…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}: {subject}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report as of {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportWords</name>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{duration} in %n turn(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{duration} · {share} % · %n turn(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoomRequestPicker</name>
    <message>
        <source>Floor request in the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to find a name or organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who raised their hand? Enter records it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title or function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stakeholder group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RosterPanel</name>
    <message>
        <source>Participants of the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title or function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation or delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stakeholder group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the room or remote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the form for a new participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add as new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the form as a new participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to the chosen participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title or &amp;function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation or delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stakeholder &amp;group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>G&amp;ender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender and language are optional personal data: the backend shares them with staff and chairs only, never with participants or displays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Roster&lt;/b&gt; of {meeting}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaveStatusLabel</name>
    <message>
        <source>Saved locally: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT SAVED: “{action}” ({cause})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last action, “{action}”, was not saved and is not on screen: {reason}
This stays until an action is saved again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionForm</name>
    <message>
        <source>Session title</source>
        <extracomment>The user asked for a copy of the session.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>en, fr, es</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert the session&apos;s fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy with its agenda and speakers, on this console only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;rack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in {zone}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Followed on a backend: every field here is sent to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not followed on a backend: saved on this console.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionHeader</name>
    <message>
        <source>DEMO DATA — fictional speakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data</source>
        <extracomment>The widest lateness the header reserves room for, so &quot;On time&quot; turning into &quot;Ahead by 12 min&quot; does not move the titles (nor cut them at another place).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projected end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late or ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled end {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projected end {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On time</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Late by %n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ahead by %n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionService</name>
    <message>
        <source>Nobody has the floor — press N to give the floor to {name}.</source>
        <extracomment>What went wrong, for the chair (which file, what to do). The driver&apos;s words (&quot;disk I/O error&quot;, &quot;database or disk is full&quot;), short enough for a status bar. Events were committed and applied to the state (a chair action, an agenda edit, the backend&apos;s changes); carries the list of events, never empty. A command did not apply to the current state; carries the reason, for the chair. A command could not be saved; nothing changed; carries a message for the chair. Whether the file is known to hold every action on screen: a ``SaveProblem`` after a write failed, ``None`` once a later write succeeded. Emitted only when it changes, so &quot;Saved locally&quot; never stays on screen after a write failed. The session was read again whole (an import rewrote its agenda): views refresh everything. Remote changes never cause it: they arrive as ``sig_state_changed``. The meeting&apos;s speech-type rules (the console&apos;s settings; defaults until loaded). The last write&apos;s failure, until a write succeeds again (``sig_save_status``).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has the floor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of speakers is finished: nobody is waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That speaker is not on this session&apos;s list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two speakers share a place; move another one first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session has no agenda item to add a speaker to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That person is not a participant of this meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has the floor: there is no one to interrupt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session has no agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An intervention is already under way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} already has the floor: there is no one to interrupt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That hand is no longer raised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved, nothing changed: {action}. {message}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpeakerDisplay</name>
    <message>
        <source>NO SPEAKER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>READY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: nobody is waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the next speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderator — speaker display</source>
        <extracomment>A sentence for the chair about where the display is (or why not where it was asked). Visibility, screen, options, message or blackout changed: controls refresh. What the display shows changed (carries the ``DisplayView``): the preview repaints.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The screen “{wanted}” chosen for the speaker display is not connected: the display is a window on the main screen “{screen}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The speaker display is a window on “{screen}”: that screen also shows the console, which must stay visible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker display: full screen on “{screen}” ({w}×{h}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker display: a window on “{screen}”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpeakerListModel</name>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaking</source>
        <extracomment>Custom roles for views and tests that need the entity behind a row. What a dragged speaker carries: the entry id.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resumes next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpeakersModel</name>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speech type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allotted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allotted: “{text}” is not a time (m:ss or minutes)</source>
        <extracomment>A value typed in the list could not be read, so it never reached the service: carries the reason, for the person editing.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpeakersPanel</name>
    <message>
        <source>List of speakers of the agenda item</source>
        <extracomment>The participant Enter (or a click on a suggestion) picked in the name field: the next Enter adds them. A time typed for the speaker being added: a change of speech type keeps it (as in the chair&apos;s Add a speaker dialog); the next speaker starts from the defaults again.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name or an organisation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speech type of the speaker to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allotted time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>m:ss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the speaker to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the selected speaker off the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected speaker up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected speaker down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a row, or Alt+↑ / Alt+↓, to reorder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;List of speakers&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant: type a name from the roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant: {count} on the roster match “{text}”: pick one from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant: nobody on the roster is called “{text}” (add them on the Roster tab first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allotted: type m:ss (3:00) or minutes (3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter adds them as {kind}, {time}; or change the speech type and time first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpeakingTimeChart</name>
    <message>
        <source>Speaking time per group</source>
        <extracomment>The raw value of a cell (milliseconds, epoch milliseconds, counts, shares): what a column sorts by, not its text.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpeechTypeDelegate</name>
    <message>
        <source>Speech type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncBadge</name>
    <message>
        <source>Sync status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncDetailsDialog</name>
    <message>
        <source>Sync details</source>
        <extracomment>During a catch-up the status changes many times a second; the window follows at this pace.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions not yet sent to the backend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions the backend refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refusals stay listed; the badge stops counting them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes arrive by long-polling: the live stream does not work on this network (the stream is tried again every few minutes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was refused by the backend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused by the backend ({n} not seen yet):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused by the backend (seen):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is waiting to be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} actions waiting to be sent (the first {shown} shown):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} action(s) waiting to be sent:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThresholdsDialog</name>
    <message>
        <source>Timer thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning when this much is left:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final phase when this much is left (0:00: none):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For every session of “{m}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Warning: “{t}” is not a time (m:ss).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Final: “{t}” is not a time (m:ss).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Final: it must not be more than the warning.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimeInput</name>
    <message>
        <source>Remaining time (m:ss, or minutes):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is not a time. Type m:ss (2:30) or minutes (3):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UploadDialog</name>
    <message>
        <source>Upload to backend</source>
        <extracomment>The environment variable ``--backend`` and ``moderator check`` take the token from. A preview or an upload has its answer (or its refusal) on screen.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{title}” from this console</source>
        <extracomment>(address, token, backend meeting) of the last good preview: what Upload sends to.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backend address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting id on the backend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview first: the backend says what it will change before anything is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the upload changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the meeting id the backend knows this meeting by.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the backend what the upload would change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploaded to meeting “{meeting}”: {count} session(s) sent again to the consoles following them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backend will make {count} change(s). Upload sends them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to upload: the backend already has this meeting as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} thing(s) will not be changed; the reasons are listed below.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_Form</name>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
