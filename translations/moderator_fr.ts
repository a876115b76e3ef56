<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AboutDialog</name>
    <message>
        <source>No log file: messages go to the terminal that started Moderator (standard error; --log-json writes them as JSON lines)</source>
        <translation>Pas de fichier journal : les messages vont au terminal qui a lancé Moderator (sortie d&apos;erreur ; --log-json les écrit en lignes JSON)</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
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
        <translation>Système</translation>
    </message>
    <message>
        <source>Data file</source>
        <translation>Fichier de données</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Journaux</translation>
    </message>
    <message>
        <source>About Moderator</source>
        <translation>À propos de Moderator</translation>
    </message>
    <message>
        <source>Moderator {version}</source>
        <translation>Moderator {version}</translation>
    </message>
    <message>
        <source>A console for chairs of hybrid meetings.</source>
        <translation>Une console pour la présidence des réunions hybrides.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>Ouvrir le dossier des données</translation>
    </message>
</context>
<context>
    <name>Action</name>
    <message>
        <source>{key} (keypad)</source>
        <extracomment>The console&apos;s actions that also work while the agenda editor is the active window (and are in its Session menu): what staff reach for while preparing the day (import, connect, the readiness check, switching the session) and the speaker display&apos;s controls, which must answer whatever window is in front. Plain keys (N, Space, Delete…) mean typing or editing there, and the editor has its own undo, so those stay the main window&apos;s; so does Ctrl+Q, which in the editor would close the whole console.</extracomment>
        <translation>{key} (pavé numérique)</translation>
    </message>
    <message>
        <source>— (menu)</source>
        <translation>— (menu)</translation>
    </message>
    <message>
        <source>{keys} or {key}</source>
        <translation>{keys} ou {key}</translation>
    </message>
    <message>
        <source>Start / pause</source>
        <translation>Démarrer / pause</translation>
    </message>
    <message>
        <source>Start the countdown, or pause it while it runs</source>
        <translation>Démarrer le compte à rebours, ou le mettre en pause pendant qu&apos;il tourne</translation>
    </message>
    <message>
        <source>Next speaker</source>
        <translation>Orateur suivant</translation>
    </message>
    <message>
        <source>The current speaker is done; give the floor to the next one and start the clock</source>
        <translation>L&apos;orateur en cours a terminé ; donner la parole au suivant et démarrer le chrono</translation>
    </message>
    <message>
        <source>Add 30 s</source>
        <translation>Ajouter 30 s</translation>
    </message>
    <message>
        <source>Give the current speaker 30 seconds more</source>
        <translation>Donner 30 secondes de plus à l&apos;orateur en cours</translation>
    </message>
    <message>
        <source>Remove 30 s</source>
        <translation>Retirer 30 s</translation>
    </message>
    <message>
        <source>Take 30 seconds from the current speaker</source>
        <translation>Retirer 30 secondes à l&apos;orateur en cours</translation>
    </message>
    <message>
        <source>Add 1 min</source>
        <translation>Ajouter 1 min</translation>
    </message>
    <message>
        <source>Give the current speaker one minute more</source>
        <translation>Donner une minute de plus à l&apos;orateur en cours</translation>
    </message>
    <message>
        <source>Remove 1 min</source>
        <translation>Retirer 1 min</translation>
    </message>
    <message>
        <source>Take one minute from the current speaker</source>
        <translation>Retirer une minute à l&apos;orateur en cours</translation>
    </message>
    <message>
        <source>Set the time…</source>
        <translation>Régler le temps…</translation>
    </message>
    <message>
        <source>Set the current speaker&apos;s remaining time exactly (e.g. 2:30)</source>
        <translation>Régler exactement le temps restant de l&apos;orateur en cours (p. ex. 2:30)</translation>
    </message>
    <message>
        <source>Reset the time</source>
        <translation>Remettre le temps à zéro</translation>
    </message>
    <message>
        <source>Start the current speaker&apos;s time again from their full allotment</source>
        <translation>Repartir du temps alloué complet de l&apos;orateur en cours</translation>
    </message>
    <message>
        <source>Add a speaker…</source>
        <translation>Ajouter un orateur…</translation>
    </message>
    <message>
        <source>Add a participant or a walk-in to the list, placed by their speech type</source>
        <translation>Ajouter à la liste un participant ou une personne non inscrite, placé selon son type d&apos;intervention</translation>
    </message>
    <message>
        <source>Floor request in the room…</source>
        <translation>Demande de parole dans la salle…</translation>
    </message>
    <message>
        <source>Record a hand raised in the room (H then Enter for the selected speaker)</source>
        <translation>Enregistrer une main levée dans la salle (H puis Entrée pour l&apos;orateur sélectionné)</translation>
    </message>
    <message>
        <source>Close / reopen the list</source>
        <translation>Clore / rouvrir la liste</translation>
    </message>
    <message>
        <source>Close the current agenda item&apos;s list of speakers, or open it again</source>
        <translation>Clore la liste des orateurs du point en cours, ou la rouvrir</translation>
    </message>
    <message>
        <source>Interposed intervention</source>
        <translation>Intervention intercalée</translation>
    </message>
    <message>
        <source>The selected speaker interrupts the current one, who resumes afterwards</source>
        <translation>L&apos;orateur sélectionné interrompt l&apos;orateur en cours, qui reprend ensuite</translation>
    </message>
    <message>
        <source>Give the floor to the selected speaker</source>
        <translation>Donner la parole à l&apos;orateur sélectionné</translation>
    </message>
    <message>
        <source>Give the floor to the speaker selected in the list, out of order if need be</source>
        <translation>Donner la parole à l&apos;orateur sélectionné dans la liste, hors tour si nécessaire</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Passer</translation>
    </message>
    <message>
        <source>Pass over the selected speaker; they keep their place and can be put back</source>
        <translation>Passer l&apos;orateur sélectionné ; il garde sa place et peut être remis</translation>
    </message>
    <message>
        <source>Put back</source>
        <translation>Remettre</translation>
    </message>
    <message>
        <source>Put the selected skipped or removed speaker back on the list</source>
        <translation>Remettre sur la liste l&apos;orateur sélectionné, passé ou retiré</translation>
    </message>
    <message>
        <source>Mark as done</source>
        <translation>Marquer comme terminé</translation>
    </message>
    <message>
        <source>The selected speaker is done (for the one speaking: end of their turn)</source>
        <translation>L&apos;orateur sélectionné a terminé (pour celui qui parle : fin de son tour de parole)</translation>
    </message>
    <message>
        <source>Remove from the list</source>
        <translation>Retirer de la liste</translation>
    </message>
    <message>
        <source>Take the selected speaker off the list (Ctrl+Z brings them back)</source>
        <translation>Retirer l&apos;orateur sélectionné de la liste (Ctrl+Z le remet)</translation>
    </message>
    <message>
        <source>Show removed speakers</source>
        <translation>Montrer les orateurs retirés</translation>
    </message>
    <message>
        <source>Show the speakers taken off the list, struck through, to put one back (B)</source>
        <translation>Montrer les orateurs retirés de la liste, barrés, pour en remettre un (B)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move the selected speaker one place up</source>
        <translation>Monter l&apos;orateur sélectionné d&apos;une place</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Move the selected speaker one place down</source>
        <translation>Descendre l&apos;orateur sélectionné d&apos;une place</translation>
    </message>
    <message>
        <source>Move to the top</source>
        <translation>Mettre en tête</translation>
    </message>
    <message>
        <source>Make the selected speaker the next to speak</source>
        <translation>Faire de l&apos;orateur sélectionné le prochain à parler</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Undo the last action (list or clock); it syncs like any action</source>
        <translation>Annuler la dernière action (liste ou chrono) ; elle se synchronise comme toute action</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Do the undone action again</source>
        <translation>Refaire l&apos;action annulée</translation>
    </message>
    <message>
        <source>Give the floor to the hand</source>
        <translation>Donner la parole à la main levée</translation>
    </message>
    <message>
        <source>Give the floor now to the selected raised hand (or the first in line)</source>
        <translation>Donner maintenant la parole à la main levée sélectionnée (ou à la première)</translation>
    </message>
    <message>
        <source>Add the hand to the list</source>
        <translation>Inscrire la main levée sur la liste</translation>
    </message>
    <message>
        <source>Add the selected raised hand (or the first) at the end of this item&apos;s list</source>
        <translation>Inscrire la main levée sélectionnée (ou la première) à la fin de la liste de ce point</translation>
    </message>
    <message>
        <source>Lower the hand</source>
        <translation>Baisser la main</translation>
    </message>
    <message>
        <source>Lower the selected raised hand (or the first in line)</source>
        <translation>Baisser la main levée sélectionnée (ou la première)</translation>
    </message>
    <message>
        <source>Fit to the end…</source>
        <translation>Tenir l&apos;horaire…</translation>
    </message>
    <message>
        <source>Preview shortening the waiting speakers&apos; times so the session ends on time</source>
        <translation>Prévisualiser la réduction des temps des orateurs en attente pour que la séance finisse à l&apos;heure</translation>
    </message>
    <message>
        <source>Note on the speaker…</source>
        <translation>Note sur l&apos;orateur…</translation>
    </message>
    <message>
        <source>Write a note on the selected (or current) speaker, for the chair only</source>
        <translation>Écrire une note sur l&apos;orateur sélectionné (ou en cours), pour la présidence seulement</translation>
    </message>
    <message>
        <source>Note on the agenda item…</source>
        <translation>Note sur le point de l&apos;ordre du jour…</translation>
    </message>
    <message>
        <source>Write a note on the current agenda item, for the chair only</source>
        <translation>Écrire une note sur le point en cours, pour la présidence seulement</translation>
    </message>
    <message>
        <source>Speech types…</source>
        <translation>Types d&apos;intervention…</translation>
    </message>
    <message>
        <source>This meeting&apos;s default times and rules per speech type</source>
        <translation>Temps par défaut et règles de cette réunion par type d&apos;intervention</translation>
    </message>
    <message>
        <source>Timer thresholds…</source>
        <translation>Seuils du chrono…</translation>
    </message>
    <message>
        <source>When the countdown turns to warning and final, for this meeting</source>
        <translation>Quand le compte à rebours passe à l&apos;avertissement et à la fin proche, pour cette réunion</translation>
    </message>
    <message>
        <source>Chime at the thresholds</source>
        <translation>Carillon aux seuils</translation>
    </message>
    <message>
        <source>Sound a chime when the time reaches the warning, final and time-up thresholds (off by default)</source>
        <translation>Faire sonner un carillon quand le temps atteint les seuils d&apos;avertissement, de fin proche et de temps écoulé (désactivé par défaut)</translation>
    </message>
    <message>
        <source>Report of this session…</source>
        <translation>Rapport de cette séance…</translation>
    </message>
    <message>
        <source>Who spoke, for how long, and the balance between groups; export as PDF, CSV, XLSX</source>
        <translation>Qui a parlé, combien de temps, et l&apos;équilibre entre les groupes ; export en PDF, CSV, XLSX</translation>
    </message>
    <message>
        <source>Report of the meeting…</source>
        <translation>Rapport de la réunion…</translation>
    </message>
    <message>
        <source>The same report over every session of the meeting</source>
        <translation>Le même rapport sur toutes les séances de la réunion</translation>
    </message>
    <message>
        <source>Speaking balance</source>
        <translation>Équilibre des temps de parole</translation>
    </message>
    <message>
        <source>Show or hide the live share of speaking time so far by stakeholder group, gender, and in the room or remote (the report&apos;s numbers, as the turns run)</source>
        <translation>Montrer ou masquer la part des temps de parole à ce stade par groupe de parties prenantes, par genre, et dans la salle ou à distance (les chiffres du rapport, au fil des tours de parole)</translation>
    </message>
    <message>
        <source>Speaker display</source>
        <translation>Affichage pour l&apos;orateur</translation>
    </message>
    <message>
        <source>Show or hide the speaker display (podium screen or confidence monitor)</source>
        <translation>Montrer ou masquer l&apos;affichage pour l&apos;orateur (écran du pupitre ou moniteur de retour)</translation>
    </message>
    <message>
        <source>Speaker display controls…</source>
        <translation>Commandes de l&apos;affichage pour l&apos;orateur…</translation>
    </message>
    <message>
        <source>Choose the display&apos;s screen, send messages, blackout</source>
        <translation>Choisir l&apos;écran de l&apos;affichage, envoyer des messages, écran noir</translation>
    </message>
    <message>
        <source>Blackout</source>
        <translation>Écran noir</translation>
    </message>
    <message>
        <source>Black out the speaker display, or undo it</source>
        <translation>Passer l&apos;affichage pour l&apos;orateur au noir, ou le rétablir</translation>
    </message>
    <message>
        <source>Show “Please conclude”</source>
        <translation>Afficher « Veuillez conclure »</translation>
    </message>
    <message>
        <source>Show “Please conclude” on the speaker display</source>
        <translation>Afficher « Veuillez conclure » sur l&apos;affichage pour l&apos;orateur</translation>
    </message>
    <message>
        <source>Show “Time is up”</source>
        <translation>Afficher « Le temps est écoulé »</translation>
    </message>
    <message>
        <source>Show “Time is up” on the display</source>
        <translation>Afficher « Le temps est écoulé » sur l&apos;affichage</translation>
    </message>
    <message>
        <source>Type a message…</source>
        <translation>Saisir un message…</translation>
    </message>
    <message>
        <source>Type a message for the speaker display</source>
        <translation>Saisir un message pour l&apos;affichage pour l&apos;orateur</translation>
    </message>
    <message>
        <source>Clear the message</source>
        <translation>Effacer le message</translation>
    </message>
    <message>
        <source>Take the message off the display</source>
        <translation>Retirer le message de l&apos;affichage</translation>
    </message>
    <message>
        <source>Import an agenda…</source>
        <translation>Importer un ordre du jour…</translation>
    </message>
    <message>
        <source>Import a schedule (CSV, XLSX, pretalx/frab JSON or XML, iCalendar); files can also be dropped on the window</source>
        <translation>Importer un programme (CSV, XLSX, JSON ou XML pretalx/frab, iCalendar) ; on peut aussi déposer les fichiers sur la fenêtre</translation>
    </message>
    <message>
        <source>Agenda editor…</source>
        <translation>Éditeur d&apos;ordre du jour…</translation>
    </message>
    <message>
        <source>Edit meetings, sessions, agenda items, lists of speakers and the participants roster</source>
        <translation>Modifier les réunions, séances, points de l&apos;ordre du jour, listes des orateurs et la liste des participants</translation>
    </message>
    <message>
        <source>Upload to backend…</source>
        <translation>Envoyer au serveur…</translation>
    </message>
    <message>
        <source>Staff: send this session&apos;s meeting to a backend meeting (the backend&apos;s preview first; needs a staff token)</source>
        <translation>Personnel : envoyer la réunion de cette séance vers une réunion du serveur (aperçu du serveur d&apos;abord ; jeton du personnel requis)</translation>
    </message>
    <message>
        <source>Ready for today?…</source>
        <translation>Prêt pour aujourd&apos;hui ?…</translation>
    </message>
    <message>
        <source>Check that this laptop is ready for today and make sessions available offline</source>
        <translation>Vérifier que cet ordinateur est prêt pour aujourd&apos;hui et rendre des séances disponibles hors connexion</translation>
    </message>
    <message>
        <source>Control surfaces…</source>
        <translation>Surfaces de contrôle…</translation>
    </message>
    <message>
        <source>Let a Stream Deck (Bitfocus Companion) or a script drive this console over HTTP, WebSocket or OSC; off by default</source>
        <translation>Permettre à un Stream Deck (Bitfocus Companion) ou à un script de piloter cette console par HTTP, WebSocket ou OSC ; désactivé par défaut</translation>
    </message>
    <message>
        <source>Open session…</source>
        <translation>Ouvrir une séance…</translation>
    </message>
    <message>
        <source>Switch to another session of this database: by day, type to filter, Enter opens</source>
        <translation>Passer à une autre séance de cette base de données : par jour, tapez pour filtrer, Entrée ouvre</translation>
    </message>
    <message>
        <source>New meeting…</source>
        <translation>Nouvelle réunion…</translation>
    </message>
    <message>
        <source>Create a meeting (title, venue, time zone), then its first session</source>
        <translation>Créer une réunion (intitulé, lieu, fuseau horaire), puis sa première séance</translation>
    </message>
    <message>
        <source>New session…</source>
        <translation>Nouvelle séance…</translation>
    </message>
    <message>
        <source>Create a session in a meeting (date, times, room), open it and fill its agenda</source>
        <translation>Créer une séance dans une réunion (date, heures, salle), l&apos;ouvrir et remplir son ordre du jour</translation>
    </message>
    <message>
        <source>Connect to a backend…</source>
        <translation>Se connecter à un serveur…</translation>
    </message>
    <message>
        <source>Connect to a conference backend and follow a session</source>
        <translation>Se connecter au serveur d&apos;une conférence et suivre une séance</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Show or hide this list of every action (Ctrl+F searches it)</source>
        <translation>Montrer ou masquer cette liste de toutes les actions (Ctrl+F y recherche)</translation>
    </message>
    <message>
        <source>About Moderator</source>
        <translation>À propos de Moderator</translation>
    </message>
    <message>
        <source>The version of Moderator, Qt and PySide, and where the data file and the logs are</source>
        <translation>La version de Moderator, de Qt et de PySide, et l&apos;emplacement du fichier de données et des journaux</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Close the console (everything is already saved)</source>
        <translation>Fermer la console (tout est déjà enregistré)</translation>
    </message>
</context>
<context>
    <name>AddSpeakerDialog</name>
    <message>
        <source>Add a speaker</source>
        <extracomment>The speaker was added; carries the new entry id.</extracomment>
        <translation>Ajouter un orateur</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Orateur</translation>
    </message>
    <message>
        <source>Name or organisation… or a walk-in: Name, Organisation</source>
        <translation>Nom ou organisation… ou une personne non inscrite : Nom, Organisation</translation>
    </message>
    <message>
        <source>Speech type</source>
        <translation>Type d&apos;intervention</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Point de l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>Allotted time</source>
        <translation>Temps alloué</translation>
    </message>
    <message>
        <source>m:ss</source>
        <translation>m:ss</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add as &amp;walk-in</source>
        <translation>Ajouter comme &amp;non inscrit</translation>
    </message>
    <message>
        <source>Add the typed name as a new participant, even if it matches the roster</source>
        <translation>Ajouter le nom saisi comme nouveau participant, même s&apos;il correspond à la liste des participants</translation>
    </message>
    <message>
        <source>Speaker:</source>
        <extracomment>Why the last &quot;Add&quot; was refused (a closed list, a limit), next to the buttons.</extracomment>
        <translation>Orateur :</translation>
    </message>
    <message>
        <source>Speech type:</source>
        <translation>Type d&apos;intervention :</translation>
    </message>
    <message>
        <source>Agenda item:</source>
        <translation>Point de l&apos;ordre du jour :</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Temps :</translation>
    </message>
    <message>
        <source>New participant (walk-in): {who}. On the roster: {names} — type without the comma to pick them</source>
        <translation>Nouveau participant (non inscrit) : {who}. Dans la liste des participants : {names} — saisissez sans la virgule pour les choisir</translation>
    </message>
    <message>
        <source>Nobody on the roster matches. New participant (walk-in): {who}</source>
        <translation>Personne ne correspond dans la liste des participants. Nouveau participant (non inscrit) : {who}</translation>
    </message>
    <message>
        <source>{count} participants match: keep typing, or ↓ to pick one (or “Add as walk-in” for someone new)</source>
        <translation>{count} participants correspondent : continuez la saisie, ou ↓ pour en choisir un (ou « Ajouter comme non inscrit » pour une nouvelle personne)</translation>
    </message>
    <message>
        <source>Type m:ss (2:30) or minutes (3)</source>
        <translation>Saisissez m:ss (2:30) ou des minutes (3)</translation>
    </message>
    <message>
        <source>Several participants match “{text}”: pick one, or type more.</source>
        <translation>Plusieurs participants correspondent à « {text} » : choisissez-en un, ou précisez la saisie.</translation>
    </message>
    <message>
        <source>The speaker could not be added.</source>
        <translation>L&apos;orateur n&apos;a pas pu être ajouté.</translation>
    </message>
</context>
<context>
    <name>AgendaEditing</name>
    <message>
        <source>Edit session</source>
        <extracomment>A session&apos;s data changed (its fields, agenda, lists): views showing it re-read it. A meeting&apos;s roster changed (a participant added or edited, a language). A meeting has another session (a duplicate) or one fewer (its undo). An edit did not apply; carries the reason, for the person editing. An edit could not be saved; nothing changed. The open session changed under the editor (the chair&apos;s action, or another console&apos;s edit through the backend&apos;s feed): views showing it re-read it. The file changed wholesale (an import re-read the open session): views re-read all.</extracomment>
        <translation>Modifier la séance</translation>
    </message>
    <message>
        <source>Session details</source>
        <translation>Détails de la séance</translation>
    </message>
    <message>
        <source>Add agenda item</source>
        <translation>Ajouter un point</translation>
    </message>
    <message>
        <source>Edit agenda item</source>
        <translation>Modifier le point</translation>
    </message>
    <message>
        <source>Move agenda item</source>
        <translation>Déplacer le point</translation>
    </message>
    <message>
        <source>Remove agenda item</source>
        <translation>Supprimer le point</translation>
    </message>
    <message>
        <source>Add speaker</source>
        <translation>Ajouter un orateur</translation>
    </message>
    <message>
        <source>Speech type</source>
        <translation>Type d&apos;intervention</translation>
    </message>
    <message>
        <source>Allotted time</source>
        <translation>Temps alloué</translation>
    </message>
    <message>
        <source>Remove speaker</source>
        <translation>Retirer l&apos;orateur</translation>
    </message>
    <message>
        <source>Two speakers share a place; move another one first</source>
        <translation>Deux orateurs occupent la même place ; déplacez d&apos;abord l&apos;un d&apos;eux</translation>
    </message>
    <message>
        <source>Move speaker</source>
        <translation>Déplacer l&apos;orateur</translation>
    </message>
    <message>
        <source>This meeting has no session yet: add one first</source>
        <translation>Cette réunion n&apos;a pas encore de séance : ajoutez-en une d&apos;abord</translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation>Ajouter un participant</translation>
    </message>
    <message>
        <source>Edit participant</source>
        <translation>Modifier le participant</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>That session is no longer in this database</source>
        <extracomment>Events that change nothing the editor shows (it shows the session, its details, agenda items and lists, not the clock, the turns or the hands). Events that change a meeting&apos;s roster.</extracomment>
        <translation>Cette séance n&apos;est plus dans cette base de données</translation>
    </message>
    <message>
        <source>Not saved, nothing changed: {error}</source>
        <translation>Non enregistré, rien n&apos;a changé : {error}</translation>
    </message>
</context>
<context>
    <name>AgendaEditor</name>
    <message>
        <source>Agenda editor</source>
        <translation>Éditeur d&apos;ordre du jour</translation>
    </message>
    <message>
        <source>Meetings, sessions and agenda items</source>
        <translation>Réunions, séances et points de l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>Add agenda item</source>
        <translation>Ajouter un point</translation>
    </message>
    <message>
        <source>Add an agenda item to the session</source>
        <translation>Ajouter un point à l&apos;ordre du jour de la séance</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Remove the chosen agenda item</source>
        <translation>Supprimer le point choisi</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move the chosen agenda item up</source>
        <translation>Monter le point choisi</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Move the chosen agenda item down</source>
        <translation>Descendre le point choisi</translation>
    </message>
    <message>
        <source>Choose a session to edit it, or one of its agenda items to edit its list of speakers. The Roster tab lists the meeting&apos;s participants.</source>
        <translation>Choisissez une séance pour la modifier, ou l&apos;un de ses points pour modifier sa liste des orateurs. L&apos;onglet Participants liste les participants de la réunion.</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Details or roster</source>
        <translation>Détails ou participants</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Détails</translation>
    </message>
    <message>
        <source>R&amp;oster</source>
        <translation>&amp;Participants</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Duplicate session</source>
        <translation>Dupliquer la séance</translation>
    </message>
    <message>
        <source>Move agenda item up</source>
        <translation>Monter le point</translation>
    </message>
    <message>
        <source>Move agenda item down</source>
        <translation>Descendre le point</translation>
    </message>
    <message>
        <source>Remove agenda item</source>
        <translation>Supprimer le point</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Séance</translation>
    </message>
    <message>
        <source>Choose a session first</source>
        <translation>Choisissez d&apos;abord une séance</translation>
    </message>
    <message>
        <source>New agenda item</source>
        <translation>Nouveau point de l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>Choose a session to duplicate</source>
        <translation>Choisissez une séance à dupliquer</translation>
    </message>
    <message>
        <source>Copied, on this console only: Session → Upload to backend… sends its meeting to a backend.</source>
        <translation>Copiée, sur cette console seulement : Séance → Envoyer au serveur… envoie sa réunion à un serveur.</translation>
    </message>
</context>
<context>
    <name>AgendaForms</name>
    <message>
        <source>local time</source>
        <translation>heure locale</translation>
    </message>
    <message>
        <source>Problem with the form</source>
        <translation>Problème dans le formulaire</translation>
    </message>
</context>
<context>
    <name>AgendaTreeModel</name>
    <message>
        <source>Meetings, sessions and agenda items</source>
        <extracomment>``(kind, id)`` of a tree node: ``(&quot;meeting&quot; | &quot;session&quot; | &quot;item&quot;, id)``. The entry or participant id of a table row. What a dragged speaker carries: the entry id.</extracomment>
        <translation>Réunions, séances et points de l&apos;ordre du jour</translation>
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
        <translation>Équilibre des temps de parole à ce stade</translation>
    </message>
    <message>
        <source>Groups</source>
        <extracomment>The balance on screen (``None`` until first shown). The finished turns&apos; sums, kept from one second to the next (from the first showing).</extracomment>
        <translation>Groupes</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Speaking balance so far: {time} in {turns}</source>
        <translation>Équilibre des temps de parole à ce stade : {time} en {turns}</translation>
    </message>
    <message>
        <source>1 turn</source>
        <translation>1 intervention</translation>
    </message>
    <message>
        <source>{n} turns</source>
        <translation>{n} interventions</translation>
    </message>
    <message>
        <source>Speaking balance: nobody has spoken yet</source>
        <translation>Équilibre des temps de parole : personne n&apos;a encore parlé</translation>
    </message>
    <message>
        <source>No time yet: {who}</source>
        <translation>Pas encore de temps : {who}</translation>
    </message>
    <message>
        <source>Nobody has spoken yet.</source>
        <translation>Personne n&apos;a encore parlé.</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to a backend</source>
        <extracomment>The least width the dialog takes: a form of two fields and a sentence of result. Beside the title text, the window manager&apos;s title bar holds an icon and three buttons. A line edit&apos;s frame and inner margins around its text. Room left between the dialog and the screen&apos;s edges. The chair chose to follow a session: (backend URL, token, session id).</extracomment>
        <translation>Se connecter à un serveur</translation>
    </message>
    <message>
        <source>Backend address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Jeton d&apos;accès</translation>
    </message>
    <message>
        <source>Test connection</source>
        <extracomment>The chair edited the token (typed, pasted, cleared): the keyring never overwrites it.</extracomment>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Session to follow</source>
        <translation>Séance à suivre</translation>
    </message>
    <message>
        <source>Follow session</source>
        <translation>Suivre la séance</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>Looking for this computer&apos;s keyring…</source>
        <translation>Recherche du trousseau de cet ordinateur…</translation>
    </message>
    <message>
        <source>The token is kept in this computer&apos;s keyring.</source>
        <translation>Le jeton est conservé dans le trousseau de cet ordinateur.</translation>
    </message>
    <message>
        <source>This computer has no keyring: the token is kept for this run only and will be asked for again next time.</source>
        <translation>Cet ordinateur n&apos;a pas de trousseau : le jeton est conservé pour cette session seulement et sera redemandé la prochaine fois.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>The backend refused: {message}</source>
        <translation>Le serveur a refusé : {message}</translation>
    </message>
    <message>
        <source>Cannot reach {url}: {error}</source>
        <translation>Impossible de joindre {url} : {error}</translation>
    </message>
    <message>
        <source>Connected as {role} of “{meeting}”; server clock {offset:+d} ms.</source>
        <translation>Connecté en tant que {role} de « {meeting} » ; horloge du serveur {offset:+d} ms.</translation>
    </message>
    <message>
        <source>This token cannot chair a session.</source>
        <translation>Ce jeton ne permet pas de présider une séance.</translation>
    </message>
    <message>
        <source>The address must start with https:// (or http:// on a LAN).</source>
        <translation>L&apos;adresse doit commencer par https:// (ou http:// sur un réseau local).</translation>
    </message>
    <message>
        <source>Paste the access token the organisers gave you.</source>
        <translation>Collez le jeton d&apos;accès remis par les organisateurs.</translation>
    </message>
</context>
<context>
    <name>ControlDialog</name>
    <message>
        <source>Control surfaces</source>
        <translation>Surfaces de contrôle</translation>
    </message>
    <message>
        <source>Let a Stream Deck (through Bitfocus Companion) or a script press the console&apos;s keys and read who speaks and the countdown. The page to build in Companion is described in docs/companion.md.</source>
        <translation>Permettre à un Stream Deck (via Bitfocus Companion) ou à un script d&apos;appuyer sur les touches de la console et de lire qui a la parole et le compte à rebours. La page à créer dans Companion est décrite dans docs/companion.md.</translation>
    </message>
    <message>
        <source>HTTP and WebSocket, on port</source>
        <translation>HTTP et WebSocket, sur le port</translation>
    </message>
    <message>
        <source>OSC over UDP, on port</source>
        <translation>OSC sur UDP, sur le port</translation>
    </message>
    <message>
        <source>This computer only (127.0.0.1, no secret)</source>
        <translation>Cet ordinateur seulement (127.0.0.1, sans secret)</translation>
    </message>
    <message>
        <source>The network (every interface): surfaces must give the secret</source>
        <translation>Le réseau (toutes les interfaces) : les surfaces doivent donner le secret</translation>
    </message>
    <message>
        <source>Control secret</source>
        <translation>Secret de contrôle</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>New secret</source>
        <translation>Nouveau secret</translation>
    </message>
    <message>
        <source>Make a new secret; the old one stops working when you apply</source>
        <translation>Créer un nouveau secret ; l&apos;ancien cesse de fonctionner quand vous appliquez</translation>
    </message>
    <message>
        <source>Secret:</source>
        <translation>Secret :</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
</context>
<context>
    <name>ControlSurfaces</name>
    <message>
        <source>HTTP control could not start: {error}</source>
        <extracomment>How long a problem (port in use) stays in the status bar&apos;s passing messages. The servers started, stopped or failed: ``status_lines()`` changed.</extracomment>
        <translation>Le contrôle HTTP n&apos;a pas pu démarrer : {error}</translation>
    </message>
    <message>
        <source>OSC control could not start: {error}</source>
        <translation>Le contrôle OSC n&apos;a pas pu démarrer : {error}</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>HTTP and WebSocket: {addresses} ({websocket})</source>
        <translation>HTTP et WebSocket : {addresses} ({websocket})</translation>
    </message>
    <message>
        <source>OSC: udp {where}, /moderator/&lt;action&gt;</source>
        <translation>OSC : udp {where}, /moderator/&lt;action&gt;</translation>
    </message>
    <message>
        <source>Off: no control surface can drive this console</source>
        <translation>Désactivé : aucune surface de contrôle ne peut piloter cette console</translation>
    </message>
    <message>
        <source>PORT PROBLEM</source>
        <translation>PROBLÈME DE PORT</translation>
    </message>
    <message>
        <source>Control (network, secret): {parts}</source>
        <translation>Contrôle (réseau, secret) : {parts}</translation>
    </message>
    <message>
        <source>Control: {parts}</source>
        <translation>Contrôle : {parts}</translation>
    </message>
</context>
<context>
    <name>CountdownWidget</name>
    <message>
        <source>Countdown</source>
        <extracomment>In overtime the cue inverts this long after each new second, until the next one.</extracomment>
        <translation>Compte à rebours</translation>
    </message>
</context>
<context>
    <name>CurrentSpeakerPanel</name>
    <message>
        <source>Speaker</source>
        <translation>Orateur</translation>
    </message>
    <message>
        <source>Function and organisation</source>
        <translation>Fonction et organisation</translation>
    </message>
    <message>
        <source>Speech type and attendance</source>
        <translation>Type d&apos;intervention et présence</translation>
    </message>
    <message>
        <source>Next speaker</source>
        <translation>Orateur suivant</translation>
    </message>
    <message>
        <source>Nobody has the floor</source>
        <translation>Personne n&apos;a la parole</translation>
    </message>
    <message>
        <source>Next: {name} resumes</source>
        <translation>Suivant : {name} reprend</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>{time} restant</translation>
    </message>
    <message>
        <source>{time} over</source>
        <translation>{time} de dépassement</translation>
    </message>
    <message>
        <source>Next: {name} resumes — {organisation} ({time}, {where})</source>
        <translation>Suivant : {name} reprend — {organisation} ({time}, {where})</translation>
    </message>
    <message>
        <source>Next: nobody is waiting</source>
        <translation>Suivant : personne n&apos;attend</translation>
    </message>
    <message>
        <source>Next: {name} — {organisation} ({type}, {time}, {where})</source>
        <translation>Suivant : {name} — {organisation} ({type}, {time}, {where})</translation>
    </message>
</context>
<context>
    <name>DisplayControls</name>
    <message>
        <source>Screen</source>
        <translation>Écran</translation>
    </message>
    <message>
        <source>{name} — {w}×{h} at ({x}, {y})</source>
        <translation>{name} — {w}×{h} à ({x}, {y})</translation>
    </message>
    <message>
        <source> (main)</source>
        <translation> (principal)</translation>
    </message>
    <message>
        <source>Screen for the speaker display</source>
        <translation>Écran de l&apos;affichage pour l&apos;orateur</translation>
    </message>
    <message>
        <source>Show the speaker display</source>
        <translation>Montrer l&apos;affichage pour l&apos;orateur</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Plein écran</translation>
    </message>
    <message>
        <source>Hide overtime on the speaker display</source>
        <translation>Masquer le dépassement sur l&apos;affichage pour l&apos;orateur</translation>
    </message>
    <message>
        <source>The speaker sees 0:00 and TIME UP instead of +m:ss; the console still counts</source>
        <translation>L&apos;orateur voit 0:00 et TEMPS ÉCOULÉ au lieu de +m:ss ; la console continue de compter</translation>
    </message>
    <message>
        <source>Blackout</source>
        <translation>Écran noir</translation>
    </message>
    <message>
        <source>Turn the speaker display black; press again to restore</source>
        <translation>Passer l&apos;affichage pour l&apos;orateur au noir ; appuyez de nouveau pour le rétablir</translation>
    </message>
    <message>
        <source>Messages to the speaker</source>
        <translation>Messages à l&apos;orateur</translation>
    </message>
    <message>
        <source>Message to type</source>
        <translation>Message à saisir</translation>
    </message>
    <message>
        <source>Type a message and press Enter</source>
        <translation>Saisissez un message et appuyez sur Entrée</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Send the message</source>
        <translation>Envoyer le message</translation>
    </message>
    <message>
        <source>Clear message</source>
        <translation>Effacer le message</translation>
    </message>
    <message>
        <source>Clear the message</source>
        <translation>Effacer le message</translation>
    </message>
    <message>
        <source>Speaker display status</source>
        <translation>État de l&apos;affichage pour l&apos;orateur</translation>
    </message>
    <message>
        <source>Screen:</source>
        <translation>Écran :</translation>
    </message>
    <message>
        <source>Messages (Enter or double-click sends):</source>
        <translation>Messages (Entrée ou double-clic pour envoyer) :</translation>
    </message>
    <message>
        <source>Hide the display</source>
        <translation>Masquer l&apos;affichage</translation>
    </message>
    <message>
        <source>Show the display</source>
        <translation>Montrer l&apos;affichage</translation>
    </message>
    <message>
        <source>On the display: “{text}”</source>
        <translation>À l&apos;affichage : « {text} »</translation>
    </message>
    <message>
        <source>No message on the display.</source>
        <translation>Aucun message à l&apos;affichage.</translation>
    </message>
</context>
<context>
    <name>DisplayControlsDialog</name>
    <message>
        <source>Speaker display</source>
        <translation>Affichage pour l&apos;orateur</translation>
    </message>
</context>
<context>
    <name>DisplayIndicator</name>
    <message>
        <source>message “{text}”</source>
        <extracomment>A typed message longer than this is cut in the status bar (in full in the tooltip).</extracomment>
        <translation>message « {text} »</translation>
    </message>
    <message>
        <source>blackout</source>
        <translation>écran noir</translation>
    </message>
    <message>
        <source>Display: off ({pending} when shown)</source>
        <translation>Affichage : éteint ({pending} à l&apos;affichage)</translation>
    </message>
    <message>
        <source>Display: off</source>
        <translation>Affichage : éteint</translation>
    </message>
    <message>
        <source>main screen</source>
        <translation>écran principal</translation>
    </message>
    <message>
        <source>Display: BLACKOUT ({screen})</source>
        <translation>Affichage : ÉCRAN NOIR ({screen})</translation>
    </message>
    <message>
        <source>Display: {message} ({screen})</source>
        <translation>Affichage : {message} ({screen})</translation>
    </message>
    <message>
        <source>Display: on (screen {screen})</source>
        <translation>Affichage : allumé (écran {screen})</translation>
    </message>
    <message>
        <source>Display: on (window on {screen})</source>
        <translation>Affichage : allumé (fenêtre sur {screen})</translation>
    </message>
    <message>
        <source>Click for the speaker display&apos;s controls.</source>
        <translation>Cliquez pour les commandes de l&apos;affichage pour l&apos;orateur.</translation>
    </message>
</context>
<context>
    <name>DisplayMessage</name>
    <message>
        <source>Please conclude</source>
        <extracomment>Typed messages longer than this are cut: the banner must stay readable from the room.</extracomment>
        <translation>Veuillez conclure</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>Le temps est écoulé</translation>
    </message>
</context>
<context>
    <name>DisplayPreview</name>
    <message>
        <source>Preview of the speaker display</source>
        <translation>Aperçu de l&apos;affichage pour l&apos;orateur</translation>
    </message>
    <message>
        <source>BLACKOUT</source>
        <translation>ÉCRAN NOIR</translation>
    </message>
    <message>
        <source>NOT SHOWN</source>
        <translation>NON AFFICHÉ</translation>
    </message>
</context>
<context>
    <name>FieldError</name>
    <message>
        <source>{field}: {message}</source>
        <translation>{field} : {message}</translation>
    </message>
    <message>
        <source>Date</source>
        <extracomment>The fields the forms name in their problems (passed to ``FieldError`` by name).</extracomment>
        <translation>Date</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Title or function</source>
        <translation>Titre ou fonction</translation>
    </message>
    <message>
        <source>Organisation or delegation</source>
        <translation>Organisation ou délégation</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>type a date as YYYY-MM-DD (e.g. 2025-11-28)</source>
        <translation>saisissez une date au format AAAA-MM-JJ (p. ex. 2025-11-28)</translation>
    </message>
    <message>
        <source>{text} is not a day of the calendar</source>
        <translation>{text} n&apos;est pas un jour du calendrier</translation>
    </message>
    <message>
        <source>type a time as HH:MM (e.g. 09:30)</source>
        <translation>saisissez une heure au format HH:MM (p. ex. 09:30)</translation>
    </message>
    <message>
        <source>{text} is not a time of day</source>
        <translation>{text} n&apos;est pas une heure de la journée</translation>
    </message>
    <message>
        <source>{time} does not exist on {day} in {zone} (the clocks go forward)</source>
        <translation>{time} n&apos;existe pas le {day} à {zone} (passage à l&apos;heure d&apos;été)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <source>a session needs a title</source>
        <translation>une séance doit avoir un intitulé</translation>
    </message>
    <message>
        <source>at most {limit} characters ({typed} typed)</source>
        <translation>{limit} caractères au plus ({typed} saisis)</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Salle</translation>
    </message>
    <message>
        <source>type a time as HH:MM, or YYYY-MM-DD HH:MM for another day</source>
        <translation>saisissez une heure HH:MM, ou AAAA-MM-JJ HH:MM pour un autre jour</translation>
    </message>
    <message>
        <source>the session must end after it starts</source>
        <translation>la séance doit finir après son début</translation>
    </message>
    <message>
        <source>a session cannot last more than a week</source>
        <translation>une séance ne peut pas durer plus d&apos;une semaine</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>at most {limit} characters</source>
        <translation>{limit} caractères au plus</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>an agenda item needs a title</source>
        <translation>un point de l&apos;ordre du jour doit avoir un intitulé</translation>
    </message>
    <message>
        <source>Planned duration</source>
        <translation>Durée prévue</translation>
    </message>
    <message>
        <source>type minutes (45) or m:ss (7:30), at most 24 hours</source>
        <translation>saisissez des minutes (45) ou m:ss (7:30), 24 heures au plus</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>a participant needs a name</source>
        <translation>un participant doit avoir un nom</translation>
    </message>
    <message>
        <source>a meeting needs a title</source>
        <translation>une réunion doit avoir un intitulé</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>choose the meeting&apos;s time zone (e.g. Europe/Brussels)</source>
        <translation>choisissez le fuseau horaire de la réunion (p. ex. Europe/Brussels)</translation>
    </message>
    <message>
        <source>“{zone}” is not a time zone name (e.g. Europe/Brussels)</source>
        <translation>« {zone} » n&apos;est pas un nom de fuseau horaire (p. ex. Europe/Brussels)</translation>
    </message>
</context>
<context>
    <name>FitPlanModel</name>
    <message>
        <source>Speaker</source>
        <translation>Orateur</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Point de l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <source>(minimum)</source>
        <translation>(minimum)</translation>
    </message>
    <message>
        <source>Nobody is shortened below {floor}</source>
        <translation>Aucun temps n&apos;est réduit au-dessous de {floor}</translation>
    </message>
</context>
<context>
    <name>FitToEndDialog</name>
    <message>
        <source>Fit to the end</source>
        <extracomment>Applied: carries how many allotments changed.</extracomment>
        <translation>Tenir l&apos;horaire</translation>
    </message>
    <message>
        <source>Projected end now</source>
        <translation>Fin prévue maintenant</translation>
    </message>
    <message>
        <source>Projected end after fitting</source>
        <translation>Fin prévue après ajustement</translation>
    </message>
    <message>
        <source>Allotments now and after fitting</source>
        <translation>Temps alloués maintenant et après ajustement</translation>
    </message>
    <message>
        <source>Every waiting speaker&apos;s time is shortened by the same proportion, never below 0:30. The speaker who has the floor keeps their time. One Ctrl+Z undoes it all.</source>
        <translation>Le temps de chaque orateur en attente est réduit dans la même proportion, jamais au-dessous de 0:30. L&apos;orateur qui a la parole garde son temps. Un seul Ctrl+Z annule le tout.</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Apply the shortened times</source>
        <translation>Appliquer les temps réduits</translation>
    </message>
    <message>
        <source>This session has no scheduled end to fit to.</source>
        <translation>Cette séance n&apos;a pas d&apos;heure de fin prévue à tenir.</translation>
    </message>
    <message>
        <source>Projected end {end}, scheduled end {scheduled}: on time.</source>
        <translation>Fin prévue {end}, fin programmée {scheduled} : à l&apos;heure.</translation>
    </message>
    <message>
        <source>Projected end now {end}, scheduled end {scheduled}: late by {late}.</source>
        <translation>Fin prévue maintenant {end}, fin programmée {scheduled} : retard de {late}.</translation>
    </message>
    <message>
        <source>After fitting: ends {end}, on time ({count} speakers shortened).</source>
        <translation>Après ajustement : fin à {end}, à l&apos;heure ({count} orateurs raccourcis).</translation>
    </message>
    <message>
        <source>After fitting: ends {end}, still late by {late}: everyone waiting is at the minimum of 0:30 ({count} speakers shortened).</source>
        <translation>Après ajustement : fin à {end}, encore en retard de {late} : chaque orateur en attente est au minimum de 0:30 ({count} orateurs raccourcis).</translation>
    </message>
    <message>
        <source>Nothing to shorten: everyone waiting is already at the minimum of 0:30.</source>
        <translation>Rien à réduire : chaque orateur en attente est déjà au minimum de 0:30.</translation>
    </message>
    <message>
        <source>The session is on time: nothing to shorten.</source>
        <translation>La séance est à l&apos;heure : rien à réduire.</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>Rien à changer.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>HandsModel</name>
    <message>
        <source>#</source>
        <extracomment>Where the source column says in words what its short label abbreviates.</extracomment>
        <translation>N°</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>(unknown participant)</source>
        <extracomment>The open hands changed (one was raised, lowered or taken), once the rows are updated.</extracomment>
        <translation>(participant inconnu)</translation>
    </message>
    <message>
        <source>Raised in the room (recorded by the chair)</source>
        <translation>Levée dans la salle (notée par la présidence)</translation>
    </message>
    <message>
        <source>Raised on the participant page</source>
        <translation>Levée sur la page du participant</translation>
    </message>
    <message>
        <source>Raised in {where}</source>
        <translation>Levée dans {where}</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Salle</translation>
    </message>
</context>
<context>
    <name>HandsPanel</name>
    <message>
        <source>Raised hands</source>
        <extracomment>A hand was raised that was not there before: carries a notice for the status bar. G, A or L found no hand to act on: carries the reason, for the status bar.</extracomment>
        <translation>Mains levées</translation>
    </message>
    <message>
        <source>No hand is raised.</source>
        <translation>Aucune main n&apos;est levée.</translation>
    </message>
    <message>
        <source>Raised hands: {count}</source>
        <translation>Mains levées : {count}</translation>
    </message>
    <message>
        <source>No raised hands</source>
        <translation>Aucune main levée</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Quelqu&apos;un</translation>
    </message>
    <message>
        <source>✋ {name} raised a hand</source>
        <translation>✋ {name} a levé la main</translation>
    </message>
    <message>
        <source>✋ {name} raised a hand ({where})</source>
        <translation>✋ {name} a levé la main ({where})</translation>
    </message>
</context>
<context>
    <name>HelpOverlay</name>
    <message>
        <source>Keyboard shortcuts</source>
        <extracomment>The keys that are never typed into the search field: they close the help or are the console&apos;s function keys (F1 closes, F5 shows the speaker display).
----------
(keys as shown, description) per action, in the collection&apos;s order.</extracomment>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Every shortcut works while this list is open · Ctrl+F searches · Enter or a double click runs the highlighted action · F1 or Esc closes</source>
        <translation>Tous les raccourcis fonctionnent pendant que cette liste est ouverte · Ctrl+F recherche · Entrée ou un double-clic exécute l&apos;action en surbrillance · F1 ou Échap ferme</translation>
    </message>
    <message>
        <source>Search actions, keys, descriptions (Ctrl+F)</source>
        <translation>Rechercher actions, touches, descriptions (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the actions</source>
        <translation>Rechercher les actions</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Effet</translation>
    </message>
    <message>
        <source>Every action and its keys</source>
        <translation>Toutes les actions et leurs touches</translation>
    </message>
    <message>
        <source>{n} actions</source>
        <translation>{n} actions</translation>
    </message>
    <message>
        <source>{shown} of {n}</source>
        <translation>{shown} sur {n}</translation>
    </message>
    <message>
        <source>No action matches “{q}”</source>
        <translation>Aucune action ne correspond à « {q} »</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>to create</source>
        <extracomment>Names listed under one kind and action in the preview tree before &quot;… and N more&quot;. Progress reports from the worker at most this often (seconds), so they never flood the loop.</extracomment>
        <translation>à créer</translation>
    </message>
    <message>
        <source>to update</source>
        <translation>à mettre à jour</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <source>kept as they are</source>
        <translation>conservés tels quels</translation>
    </message>
    <message>
        <source>to remove</source>
        <translation>à supprimer</translation>
    </message>
    <message>
        <source>no longer in the file: kept</source>
        <translation>absents du fichier : conservés</translation>
    </message>
    <message>
        <source>refused: cannot reach the backend</source>
        <translation>refusés : le serveur est injoignable</translation>
    </message>
    <message>
        <source>Meetings</source>
        <extracomment>The heading of each kind of record.</extracomment>
        <translation>Réunions</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation>Points de l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>Speaker entries</source>
        <translation>Inscriptions d&apos;orateurs</translation>
    </message>
    <message>
        <source>created</source>
        <extracomment>The same once the import is applied.</extracomment>
        <translation>créés</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>mis à jour</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>supprimés</translation>
    </message>
    <message>
        <source>Import {name}</source>
        <extracomment>Refused and kept records named in the plain-view notice before &quot;… and N more&quot;. Rows were written; carries the ``ImportPreview`` of what was done.</extracomment>
        <translation>Importer {name}</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <extracomment>Whether the preview shown (and so the import) removes what left the file.</extracomment>
        <translation>Lecture du fichier…</translation>
    </message>
    <message>
        <source>Import status</source>
        <translation>État de l&apos;importation</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progression de l&apos;importation</translation>
    </message>
    <message>
        <source>What the file holds</source>
        <translation>Contenu du fichier</translation>
    </message>
    <message>
        <source>What the import cannot do</source>
        <translation>Ce que l&apos;importation ne peut pas faire</translation>
    </message>
    <message>
        <source>What the import will change</source>
        <translation>Ce que l&apos;importation va changer</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Remove what is no longer in the file</source>
        <translation>Supprimer ce qui n&apos;est plus dans le fichier</translation>
    </message>
    <message>
        <source>Import error</source>
        <translation>Erreur d&apos;importation</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Comparing with the database…</source>
        <translation>Comparaison avec la base de données…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <source>This file cannot be imported here: nothing is written.</source>
        <translation>Ce fichier ne peut pas être importé ici : rien n&apos;est écrit.</translation>
    </message>
    <message>
        <source>The database holds everything in this file; {n} record(s) are no longer in it (tick the box below to remove them).</source>
        <translation>La base de données contient tout ce fichier ; {n} enregistrement(s) n&apos;y figurent plus (cochez la case ci-dessous pour les supprimer).</translation>
    </message>
    <message>
        <source>Ready to import.</source>
        <translation>Prêt à importer.</translation>
    </message>
    <message>
        <source>The database already holds everything in this file.</source>
        <translation>La base de données contient déjà tout ce fichier.</translation>
    </message>
    <message>
        <source>Remove what is no longer in the file ({n} session(s) or agenda item(s), with their lists of speakers)</source>
        <translation>Supprimer ce qui n&apos;est plus dans le fichier ({n} séance(s) ou point(s) de l&apos;ordre du jour, avec leurs listes des orateurs)</translation>
    </message>
    <message>
        <source>Imported: {n} records written.</source>
        <translation>Importé : {n} enregistrements écrits.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation>Annulé : rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Refused: the backend cannot take these changes from this console, so nothing will be imported:</source>
        <translation>Refusé : le serveur ne peut pas accepter ces modifications de cette console, rien ne sera donc importé :</translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation>… et {n} de plus</translation>
    </message>
    <message>
        <source>Sent to the backend as {n} action(s), queued like the chair&apos;s own.</source>
        <translation>Envoyé au serveur sous forme de {n} action(s), mises en file comme celles de la présidence.</translation>
    </message>
    <message>
        <source>This meeting is on a backend: the import is sent there as {n} action(s), queued like the chair&apos;s own (they wait in the queue while offline).</source>
        <translation>Cette réunion est sur un serveur : l&apos;importation y est envoyée sous forme de {n} action(s), mises en file comme celles de la présidence (elles attendent dans la file hors connexion).</translation>
    </message>
    <message>
        <source>How the file was read:</source>
        <translation>Lecture du fichier :</translation>
    </message>
    <message>
        <source>Kept as they are:</source>
        <translation>Conservés tels quels :</translation>
    </message>
    <message>
        <source>{meetings} meeting(s), {sessions} session(s) in {rooms} room(s), {participants} participant(s), {entries} speaker entries ({format}).</source>
        <translation>{meetings} réunion(s), {sessions} séance(s) dans {rooms} salle(s), {participants} participant(s), {entries} inscriptions d&apos;orateurs ({format}).</translation>
    </message>
    <message>
        <source>Import an agenda</source>
        <extracomment>The file dialog&apos;s remembered folder for imports.</extracomment>
        <translation>Importer un ordre du jour</translation>
    </message>
</context>
<context>
    <name>ItemForm</name>
    <message>
        <source>Agenda item title</source>
        <translation>Intitulé du point</translation>
    </message>
    <message>
        <source>Planned duration</source>
        <translation>Durée prévue</translation>
    </message>
    <message>
        <source>minutes, or m:ss</source>
        <translation>minutes, ou m:ss</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save the agenda item</source>
        <translation>Enregistrer le point</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Revert the agenda item&apos;s fields</source>
        <translation>Rétablir les champs du point</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Intitulé</translation>
    </message>
    <message>
        <source>&amp;Planned duration</source>
        <translation>Durée &amp;prévue</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>{number} of {count} (Alt+↑ / Alt+↓ in the tree to move it)</source>
        <translation>{number} sur {count} (Alt+↑ / Alt+↓ dans l&apos;arborescence pour le déplacer)</translation>
    </message>
</context>
<context>
    <name>Label</name>
    <message>
        <source>session</source>
        <extracomment>A planned duration beyond a day is a typing mistake, not an agenda item. Scheduled times are instants since 1970 in milliseconds; nothing is planned before 2000.</extracomment>
        <translation>séance</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Session type</source>
        <translation>Type de séance</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>agenda item</source>
        <translation>point de l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>participant</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Déclaration</translation>
    </message>
    <message>
        <source>Question / comment</source>
        <translation>Question / observation</translation>
    </message>
    <message>
        <source>Point of order</source>
        <translation>Motion d&apos;ordre</translation>
    </message>
    <message>
        <source>Right of reply</source>
        <translation>Droit de réponse</translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation>Intervention</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Speaking</source>
        <translation>À la parole</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Passé</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrompu</translation>
    </message>
    <message>
        <source>In the room</source>
        <translation>Dans la salle</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>À distance</translation>
    </message>
    <message>
        <source>Member State</source>
        <translation>État Membre</translation>
    </message>
    <message>
        <source>Parliament</source>
        <translation>Parlement</translation>
    </message>
    <message>
        <source>Civil society</source>
        <translation>Société civile</translation>
    </message>
    <message>
        <source>UN entity</source>
        <translation>Entité des Nations Unies</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En présentiel</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>Hybride</translation>
    </message>
    <message>
        <source>Virtual</source>
        <translation>Virtuel</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <extracomment>A new meeting&apos;s timer thresholds: WARNING from 1:00 left, FINAL (&quot;wrap up now&quot;) from 0:30, as stage timers set their yellow and red by default. Stored with the meeting, so a meeting made before these defaults keeps the thresholds it was stored with; the chair changes them per meeting (Ctrl+Shift+T). The chair closed the list: no new statements or floor requests (points of order and rights of reply stay possible). How they came onto the list (``EntryOrigin``): the turn log and reports say how each speaker got the floor (a point of order shows as the speech type). Where the hand that put them on the list was raised (``HandSource``: the participant page, the room, BigBlueButton, Zoom, Jitsi); &quot;&quot; when no hand did, or not recorded.</extracomment>
        <translation>Programmé</translation>
    </message>
    <message>
        <source>Floor request</source>
        <translation>Demande de parole</translation>
    </message>
    <message>
        <source>Remote hand</source>
        <translation>Main levée à distance</translation>
    </message>
    <message>
        <source>Interposed</source>
        <extracomment>How the report names a turn that interrupted another one.</extracomment>
        <translation>Intercalée</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <extracomment>The turn interrupted another one (an interposed intervention). Where the hand that put them on the list was raised (``None``: no hand, or not known). The three breakdowns of a balance: how a line is sorted into each. The genders as the lines record them (``None``: not recorded).</extracomment>
        <translation>Non indiqué</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <extracomment>How long the menu&apos;s confirmation stays in the status bar.</extracomment>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <source>Speaker &amp;display</source>
        <translation>&amp;Affichage pour l&apos;orateur</translation>
    </message>
    <message>
        <source>Same as the console</source>
        <translation>Comme la console</translation>
    </message>
    <message>
        <source>Language saved: it applies when the console next starts.</source>
        <translation>Langue enregistrée : elle s&apos;applique au prochain démarrage de la console.</translation>
    </message>
    <message>
        <source>The speaker display&apos;s language is changed.</source>
        <translation>La langue de l&apos;affichage pour l&apos;orateur est changée.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Session</source>
        <extracomment>The speaker display&apos;s actions: the Display menu, and the shortcuts that also act from the display controls dialog (all with a modifier or an F key, so none is typing). Whether the live balance panel is shown (QSettings key). The size the console opens at when the screen has room for it (and no size was saved). The menu bar: every action reachable by mouse too (the shortcuts are shown beside them).</extracomment>
        <translation>&amp;Séance</translation>
    </message>
    <message>
        <source>S&amp;peakers</source>
        <translation>&amp;Orateurs</translation>
    </message>
    <message>
        <source>&amp;Timer</source>
        <translation>&amp;Chrono</translation>
    </message>
    <message>
        <source>&amp;Hands</source>
        <translation>&amp;Mains</translation>
    </message>
    <message>
        <source>&amp;Display</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Moderator — {title}</source>
        <extracomment>Emitted once, when the window has painted for the first time (start-up measurements). A refusal the status bar shows (the service&apos;s, or the window&apos;s own: no speaker selected, nobody to set the time of…): the reason, in the chair&apos;s words. The speaker display, when it is built (on first use): whoever follows what the podium shows connects to its ``sig_changed``.</extracomment>
        <translation>Moderator — {title}</translation>
    </message>
    <message>
        <source>Current agenda item</source>
        <translation>Point de l&apos;ordre du jour en cours</translation>
    </message>
    <message>
        <source>List of speakers</source>
        <translation>Liste des orateurs</translation>
    </message>
    <message>
        <source>No agenda</source>
        <translation>Pas d&apos;ordre du jour</translation>
    </message>
    <message>
        <source>Item {n}: {title}</source>
        <translation>Point {n} : {title}</translation>
    </message>
    <message>
        <source>  ■ LIST CLOSED</source>
        <translation>  ■ LISTE CLOSE</translation>
    </message>
    <message>
        <source>Select a speaker in the list first (click or ↑/↓)</source>
        <translation>Sélectionnez d&apos;abord un orateur dans la liste (clic ou ↑/↓)</translation>
    </message>
    <message>
        <source>Nobody has the floor: there is no time to set</source>
        <extracomment>The console&apos;s own settings and notes (the file is reached on first use).</extracomment>
        <translation>Personne n&apos;a la parole : il n&apos;y a pas de temps à régler</translation>
    </message>
    <message>
        <source>Undone: {action} ({key} redoes it)</source>
        <translation>Annulé : {action} ({key} le rétablit)</translation>
    </message>
    <message>
        <source>Redone: {action}</source>
        <translation>Rétabli : {action}</translation>
    </message>
    <message>
        <source>Undo: {step}</source>
        <translation>Annuler : {step}</translation>
    </message>
    <message>
        <source>Redo: {step}</source>
        <translation>Rétablir : {step}</translation>
    </message>
</context>
<context>
    <name>MeetingSettingsDialog</name>
    <message>
        <source>End of the agenda item&apos;s list (before the replies)</source>
        <translation>Fin de la liste du point (avant les réponses)</translation>
    </message>
    <message>
        <source>Top of the list, right after the current speaker</source>
        <translation>En tête de liste, juste après l&apos;orateur en cours</translation>
    </message>
    <message>
        <source>Own queue, taken at the end of the agenda item</source>
        <translation>File à part, prise à la fin du point</translation>
    </message>
    <message>
        <source>Interrupts the current speaker, who resumes afterwards</source>
        <translation>Interrompt l&apos;orateur en cours, qui reprend ensuite</translation>
    </message>
    <message>
        <source>Speech types — {meeting}</source>
        <extracomment>Saved: carries the meeting&apos;s new ``SpeechRules``.</extracomment>
        <translation>Types d&apos;intervention — {meeting}</translation>
    </message>
    <message>
        <source>Speech type</source>
        <translation>Type d&apos;intervention</translation>
    </message>
    <message>
        <source>Default time</source>
        <translation>Temps par défaut</translation>
    </message>
    <message>
        <source>Where a new speaker goes</source>
        <translation>Place d&apos;un nouvel orateur</translation>
    </message>
    <message>
        <source>default time</source>
        <translation>temps par défaut</translation>
    </message>
    <message>
        <source>{kind}: where a new speaker goes</source>
        <translation>{kind} : place d&apos;un nouvel orateur</translation>
    </message>
    <message>
        <source>{kind}: limit per delegation</source>
        <translation>{kind} : limite par délégation</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <source>later replies</source>
        <translation>réponses suivantes</translation>
    </message>
    <message>
        <source>as the first</source>
        <translation>comme la première</translation>
    </message>
    <message>
        <source>limit per delegation</source>
        <translation>limite par délégation</translation>
    </message>
    <message>
        <source>replies per delegation on one agenda item</source>
        <translation>réponses par délégation sur un même point</translation>
    </message>
    <message>
        <source>time of the second and later replies (empty: as the first)</source>
        <translation>temps de la deuxième réponse et des suivantes (vide : comme la première)</translation>
    </message>
    <message>
        <source>Q&amp;A reserve per imported talk</source>
        <translation>Réserve de questions-réponses par exposé importé</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Q&amp;&amp;A reserve per talk</source>
        <translation>Réserve de questions-&amp;&amp;réponses par exposé</translation>
    </message>
    <message>
        <source>kept free at the end of an imported talk; its speakers share the rest</source>
        <translation>gardée libre à la fin d&apos;un exposé importé ; ses orateurs se partagent le reste</translation>
    </message>
    <message>
        <source>Problems with these settings</source>
        <translation>Problèmes dans ces réglages</translation>
    </message>
    <message>
        <source>Times as m:ss (2:30) or minutes (3). New settings apply to speakers added from now on; those already on the list keep their time. Kept on this computer.</source>
        <translation>Temps en m:ss (2:30) ou en minutes (3). Les nouveaux réglages s&apos;appliquent aux orateurs ajoutés désormais ; ceux déjà inscrits gardent leur temps. Conservés sur cet ordinateur.</translation>
    </message>
    <message>
        <source>{kind}: {field}</source>
        <translation>{kind} : {field}</translation>
    </message>
    <message>
        <source>{kind} — {field}: “{text}” is not a time (m:ss or minutes).</source>
        <translation>{kind} — {field} : « {text} » n&apos;est pas un temps (m:ss ou minutes).</translation>
    </message>
    <message>
        <source>{kind} — {field}: at most 4 hours.</source>
        <translation>{kind} — {field} : 4 heures au plus.</translation>
    </message>
    <message>
        <source>{kind} — {field}: must be at least 0:01.</source>
        <translation>{kind} — {field} : au moins 0:01.</translation>
    </message>
    <message>
        <source>Q&amp;A reserve: “{text}” is not a time (m:ss or minutes).</source>
        <translation>Réserve de questions-réponses : « {text} » n&apos;est pas un temps (m:ss ou minutes).</translation>
    </message>
    <message>
        <source>Q&amp;A reserve: at most 4 hours.</source>
        <translation>Réserve de questions-réponses : 4 heures au plus.</translation>
    </message>
    <message>
        <source>⚠ Not saved, nothing changed: {error}</source>
        <translation>⚠ Non enregistré, rien n&apos;a changé : {error}</translation>
    </message>
</context>
<context>
    <name>MessagesModel</name>
    <message>
        <source>Typed earlier: send it again</source>
        <translation>Saisi plus tôt : l&apos;envoyer de nouveau</translation>
    </message>
    <message>
        <source>Preset message</source>
        <translation>Message prédéfini</translation>
    </message>
</context>
<context>
    <name>NewMeetingDialog</name>
    <message>
        <source>New meeting</source>
        <extracomment>The meeting was created (its id) and whether the chair goes on to its first session.</extracomment>
        <translation>Nouvelle réunion</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Then create its first session</source>
        <translation>Puis créer sa première séance</translation>
    </message>
</context>
<context>
    <name>NewSessionDialog</name>
    <message>
        <source>New session</source>
        <extracomment>The session was created: its id, open it now, then fill its agenda in the editor.</extracomment>
        <translation>Nouvelle séance</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>HH:MM, or YYYY-MM-DD HH:MM</source>
        <translation>HH:MM, ou AAAA-MM-JJ HH:MM</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Salle</translation>
    </message>
    <message>
        <source>Times in</source>
        <translation>Heures en</translation>
    </message>
    <message>
        <source>The new session is on this console only until its meeting is uploaded (Session → Upload to backend…), as a duplicated one is.</source>
        <translation>La nouvelle séance n&apos;existe que sur cette console tant que sa réunion n&apos;est pas envoyée (Séance → Envoyer au serveur…), comme une séance dupliquée.</translation>
    </message>
    <message>
        <source>Open it now</source>
        <translation>L&apos;ouvrir maintenant</translation>
    </message>
    <message>
        <source>and fill its agenda in the agenda editor</source>
        <translation>et remplir son ordre du jour dans l&apos;éditeur</translation>
    </message>
</context>
<context>
    <name>NotSyncingBanner</name>
    <message>
        <source>Not syncing</source>
        <extracomment>The chair asked to connect (the button, or a click on the banner).</extracomment>
        <translation>Pas de synchronisation</translation>
    </message>
    <message>
        <source>⚠ Not syncing — Connect ({shortcut})</source>
        <extracomment>The refusal shown (``None`` unless the backend refused).</extracomment>
        <translation>⚠ Pas de synchronisation — Se connecter ({shortcut})</translation>
    </message>
    <message>
        <source>⚠ Not syncing — Connect</source>
        <translation>⚠ Pas de synchronisation — Se connecter</translation>
    </message>
    <message>
        <source>Connect…</source>
        <translation>Se connecter…</translation>
    </message>
    <message>
        <source>Connect to the backend</source>
        <translation>Se connecter au serveur</translation>
    </message>
    <message>
        <source>Looking for the access token of {url} in this computer&apos;s keyring…</source>
        <translation>Recherche du jeton d&apos;accès de {url} dans le trousseau de cet ordinateur…</translation>
    </message>
    <message>
        <source>This session is followed on {url}, but no access token is available on this laptop (none in the keyring, no MODERATOR_TOKEN): remote hands do not arrive and your actions stay here until you connect.</source>
        <translation>Cette séance est suivie sur {url}, mais aucun jeton d&apos;accès n&apos;est disponible sur cet ordinateur (aucun dans le trousseau, pas de MODERATOR_TOKEN) : les mains levées à distance n&apos;arrivent pas et vos actions restent ici jusqu&apos;à la connexion.</translation>
    </message>
    <message>
        <source>This session is followed on a backend whose address this laptop does not know: remote hands do not arrive and your actions stay here until you connect.</source>
        <translation>Cette séance est suivie sur un serveur dont cet ordinateur ne connaît pas l&apos;adresse : les mains levées à distance n&apos;arrivent pas et vos actions restent ici jusqu&apos;à la connexion.</translation>
    </message>
    <message>
        <source>The backend {url} refused: {reason}. Connect with a valid access token; your actions stay here meanwhile.</source>
        <translation>Le serveur {url} a refusé : {reason}. Connectez-vous avec un jeton d&apos;accès valide ; vos actions restent ici en attendant.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>aucune raison donnée</translation>
    </message>
    <message>
        <source>Nothing waiting</source>
        <translation>Rien en attente</translation>
    </message>
    <message>
        <source>1 action waiting</source>
        <translation>1 action en attente</translation>
    </message>
    <message>
        <source>{n} actions waiting</source>
        <translation>{n} actions en attente</translation>
    </message>
    <message>
        <source>The backend refused an earlier action, not yet read: {newest}.</source>
        <translation>Le serveur a refusé une action antérieure, pas encore lue : {newest}.</translation>
    </message>
    <message>
        <source>The backend refused {n} earlier actions, not yet read; the newest: {newest}.</source>
        <translation>Le serveur a refusé {n} actions antérieures, pas encore lues ; la plus récente : {newest}.</translation>
    </message>
</context>
<context>
    <name>NotesEditor</name>
    <message>
        <source>Note — {title}</source>
        <extracomment>The panel shows this much of a note; the whole note is in the tooltip and the editor. Saved: (kind, entity id, text); an empty text means the note was deleted.</extracomment>
        <translation>Note — {title}</translation>
    </message>
    <message>
        <source>Note on {title}</source>
        <translation>Note sur {title}</translation>
    </message>
    <message>
        <source>Only you see this note.</source>
        <translation>Vous seul voyez cette note.</translation>
    </message>
    <message>
        <source>Ctrl+Enter saves, Esc cancels. Notes stay on this computer: they are not sent to the backend or shown to anyone.</source>
        <translation>Ctrl+Entrée enregistre, Échap annule. Les notes restent sur cet ordinateur : elles ne sont ni envoyées au serveur ni montrées à quiconque.</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>Non enregistré : {error}</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>Whose note</source>
        <translation>Note sur qui</translation>
    </message>
    <message>
        <source>Note on the speaker</source>
        <translation>Note sur l&apos;orateur</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Edit the note on this speaker</source>
        <translation>Modifier la note sur cet orateur</translation>
    </message>
    <message>
        <source>Which agenda item</source>
        <translation>Quel point de l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>Note on the agenda item</source>
        <translation>Note sur le point de l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>Edit the note on this agenda item</source>
        <translation>Modifier la note sur ce point</translation>
    </message>
    <message>
        <source>No note.</source>
        <translation>Pas de note.</translation>
    </message>
    <message>
        <source>Speaker: {name}</source>
        <translation>Orateur : {name}</translation>
    </message>
    <message>
        <source>Next speaker: {name}</source>
        <translation>Orateur suivant : {name}</translation>
    </message>
    <message>
        <source>speaker</source>
        <translation>orateur</translation>
    </message>
    <message>
        <source>Speaker: nobody has the floor</source>
        <translation>Orateur : personne n&apos;a la parole</translation>
    </message>
    <message>
        <source>Agenda item: {title}</source>
        <translation>Point de l&apos;ordre du jour : {title}</translation>
    </message>
    <message>
        <source>No agenda item</source>
        <translation>Pas de point de l&apos;ordre du jour</translation>
    </message>
</context>
<context>
    <name>OfflineDownloadDialog</name>
    <message>
        <source>Make sessions available offline</source>
        <extracomment>The download ended (every chosen session downloaded, refused or failed).</extracomment>
        <translation>Rendre des séances disponibles hors connexion</translation>
    </message>
    <message>
        <source>Backend address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Jeton d&apos;accès</translation>
    </message>
    <message>
        <source>List the sessions</source>
        <extracomment>The chair edited the token (typed, pasted, cleared): the keyring never overwrites it.</extracomment>
        <translation>Lister les séances</translation>
    </message>
    <message>
        <source>Sessions to make available offline</source>
        <translation>Séances à rendre disponibles hors connexion</translation>
    </message>
    <message>
        <source>%v of %m sessions</source>
        <translation>%v séances sur %m</translation>
    </message>
    <message>
        <source>What happened to each session</source>
        <translation>Ce qui est arrivé à chaque séance</translation>
    </message>
    <message>
        <source>Download the ticked sessions</source>
        <translation>Télécharger les séances cochées</translation>
    </message>
    <message>
        <source>Asking the backend for its sessions…</source>
        <translation>Demande des séances au serveur…</translation>
    </message>
    <message>
        <source>The backend refused: {message}</source>
        <translation>Le serveur a refusé : {message}</translation>
    </message>
    <message>
        <source>Cannot reach {url}: {error}</source>
        <translation>Impossible de joindre {url} : {error}</translation>
    </message>
    <message>
        <source>The backend&apos;s answer could not be read ({error}).</source>
        <translation>La réponse du serveur n&apos;a pas pu être lue ({error}).</translation>
    </message>
    <message>
        <source>“{meeting}”: 1 session, times in {zone}; today&apos;s are ticked.</source>
        <translation>« {meeting} » : 1 séance, heures en {zone} ; celles d&apos;aujourd&apos;hui sont cochées.</translation>
    </message>
    <message>
        <source>“{meeting}”: {count} sessions, times in {zone}; today&apos;s are ticked.</source>
        <translation>« {meeting} » : {count} séances, heures en {zone} ; celles d&apos;aujourd&apos;hui sont cochées.</translation>
    </message>
    <message>
        <source>open in the console</source>
        <translation>ouverte dans la console</translation>
    </message>
    <message>
        <source>{n} changes waiting to be sent: kept</source>
        <translation>{n} modifications en attente d&apos;envoi : conservées</translation>
    </message>
    <message>
        <source>on this laptop: will be updated</source>
        <translation>sur cet ordinateur : sera mise à jour</translation>
    </message>
    <message>
        <source>not in this token&apos;s sessions</source>
        <translation>pas dans les séances de ce jeton</translation>
    </message>
    <message>
        <source>Downloading {n} sessions…</source>
        <translation>Téléchargement de {n} séances…</translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation>Téléchargée</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mise à jour</translation>
    </message>
    <message>
        <source>Not downloaded</source>
        <translation>Non téléchargée</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>{done} of {total} sessions done…</source>
        <translation>{done} séances sur {total} terminées…</translation>
    </message>
</context>
<context>
    <name>OpenSessionDialog</name>
    <message>
        <source>Today — {day}</source>
        <translation>Aujourd&apos;hui — {day}</translation>
    </message>
    <message>
        <source>Tomorrow — {day}</source>
        <translation>Demain — {day}</translation>
    </message>
    <message>
        <source>Yesterday — {day}</source>
        <translation>Hier — {day}</translation>
    </message>
    <message>
        <source>followed on a backend</source>
        <translation>suivie sur un serveur</translation>
    </message>
    <message>
        <source>local</source>
        <translation>locale</translation>
    </message>
    <message>
        <source>open now</source>
        <translation>ouverte</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>Open session</source>
        <extracomment>The chair chose this session (its id); the console opens it.</extracomment>
        <translation>Ouvrir une séance</translation>
    </message>
    <message>
        <source>Type to filter: title, meeting, room, day…</source>
        <translation>Tapez pour filtrer : intitulé, réunion, salle, jour…</translation>
    </message>
    <message>
        <source>Filter the sessions</source>
        <translation>Filtrer les séances</translation>
    </message>
    <message>
        <source>Sessions by day</source>
        <translation>Séances par jour</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Times in {zone}</source>
        <translation>Heures en {zone}</translation>
    </message>
    <message>
        <source>No session matches “{text}”</source>
        <translation>Aucune séance ne correspond à « {text} »</translation>
    </message>
    <message>
        <source>1 session · Enter opens it · Esc cancels</source>
        <translation>1 séance · Entrée l&apos;ouvre · Échap annule</translation>
    </message>
    <message>
        <source>{n} sessions · Enter opens the selected one · Esc cancels</source>
        <translation>{n} séances · Entrée ouvre celle choisie · Échap annule</translation>
    </message>
    <message>
        <source>Choose a session first (↑/↓)</source>
        <translation>Choisissez d&apos;abord une séance (↑/↓)</translation>
    </message>
    <message>
        <source>That session is the one open now</source>
        <translation>Cette séance est celle qui est ouverte</translation>
    </message>
</context>
<context>
    <name>Phase</name>
    <message>
        <source>NOBODY HAS THE FLOOR · PRESS N</source>
        <translation>PERSONNE N&apos;A LA PAROLE · APPUYEZ SUR N</translation>
    </message>
    <message>
        <source>READY · SPACE TO START</source>
        <translation>PRÊT · ESPACE POUR DÉMARRER</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation>EN PAUSE</translation>
    </message>
    <message>
        <source>PAUSED · {phase}</source>
        <translation>EN PAUSE · {phase}</translation>
    </message>
    <message>
        <source>RUNNING</source>
        <translation>EN COURS</translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation>AVERTISSEMENT</translation>
    </message>
    <message>
        <source>FINAL</source>
        <translation>FIN PROCHE</translation>
    </message>
    <message>
        <source>TIME UP</source>
        <translation>TEMPS ÉCOULÉ</translation>
    </message>
    <message>
        <source>OVERTIME</source>
        <translation>DÉPASSEMENT</translation>
    </message>
    <message>
        <source>READY</source>
        <translation>PRÊT</translation>
    </message>
</context>
<context>
    <name>ReadinessDialog</name>
    <message>
        <source>Ready for today?</source>
        <extracomment>Sessions were made available offline (their ids): the console may list them anew.</extracomment>
        <translation>Prêt pour aujourd&apos;hui ?</translation>
    </message>
    <message>
        <source>Checking…</source>
        <extracomment>The backend address and token the last check used (its keyring answer included).</extracomment>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Readiness checks</source>
        <translation>Vérifications de préparation</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Make sessions available offline…</source>
        <translation>Rendre des séances disponibles hors connexion…</translation>
    </message>
    <message>
        <source>The check itself failed: {error}</source>
        <translation>La vérification elle-même a échoué : {error}</translation>
    </message>
    <message>
        <source>this console&apos;s connection</source>
        <translation>la connexion de cette console</translation>
    </message>
    <message>
        <source>the keyring</source>
        <translation>le trousseau</translation>
    </message>
    <message>
        <source>this run</source>
        <translation>cette session</translation>
    </message>
</context>
<context>
    <name>Refusal</name>
    <message>
        <source>The room is longer than {limit} characters</source>
        <translation>Le nom de la salle dépasse {limit} caractères</translation>
    </message>
    <message>
        <source>The start is not a date this century</source>
        <translation>Le début n&apos;est pas une date de ce siècle</translation>
    </message>
    <message>
        <source>The session must end after it starts</source>
        <translation>La séance doit finir après son début</translation>
    </message>
    <message>
        <source>A session cannot last more than a week</source>
        <translation>Une séance ne peut pas durer plus d&apos;une semaine</translation>
    </message>
    <message>
        <source>That agenda item already exists</source>
        <translation>Ce point de l&apos;ordre du jour existe déjà</translation>
    </message>
    <message>
        <source>“{title}” still has {speakers} on its list: take them off it first</source>
        <translation>« {title} » a encore {speakers} sur sa liste : retirez-les d&apos;abord</translation>
    </message>
    <message>
        <source>Someone has spoken under “{title}”: it stays on record</source>
        <translation>Quelqu&apos;un a parlé au titre de « {title} » : il reste au compte rendu</translation>
    </message>
    <message>
        <source>The {what} needs a title</source>
        <translation>Il faut un intitulé : {what}</translation>
    </message>
    <message>
        <source>The {what} title is longer than {limit} characters</source>
        <translation>Intitulé trop long ({what}) : {limit} caractères au plus</translation>
    </message>
    <message>
        <source>That agenda item is not in this session</source>
        <translation>Ce point de l&apos;ordre du jour n&apos;est pas dans cette séance</translation>
    </message>
    <message>
        <source>The position must be between 1 and {count}</source>
        <translation>Le rang doit être compris entre 1 et {count}</translation>
    </message>
    <message>
        <source>The planned duration must be between 0:00 and 24 hours</source>
        <translation>La durée prévue doit être comprise entre 0:00 et 24 heures</translation>
    </message>
    <message>
        <source>Format: {value!r} is not one of {known} (or empty when not known)</source>
        <translation>Format : {value!r} n&apos;est pas l&apos;un de {known} (ou vide s&apos;il n&apos;est pas connu)</translation>
    </message>
    <message>
        <source>command is for session {session}, not this one</source>
        <extracomment>Integers travel as JSON numbers: beyond 2**53 they are not exact in every client, and no time, duration or id of ours comes anywhere near it. A speaker&apos;s time (allotted, spoken, remaining) beyond a day is a typing mistake. Ids a command creates (agenda items, participants put back) fit the stores&apos; columns. A session&apos;s languages (&quot;en, fr, es&quot;) and a participant&apos;s language.</extracomment>
        <translation>la commande vise la séance {session}, pas celle-ci</translation>
    </message>
    <message>
        <source>The floor has moved on: this was for a turn that no longer has it</source>
        <translation>La parole est passée : ceci visait un tour de parole qui ne l&apos;a plus</translation>
    </message>
    <message>
        <source>That speaker is not on this session&apos;s list</source>
        <extracomment>Every command class by its ``name``; the package&apos;s ``__init__`` imports every command module, so the catalogue is complete wherever ``moderator.domain.commands`` is imported.</extracomment>
        <translation>Cet orateur n&apos;est pas sur la liste de cette séance</translation>
    </message>
    <message>
        <source>{label}: at most {longest} characters ({given} given)</source>
        <translation>{label} : {longest} caractères au plus ({given} saisis)</translation>
    </message>
    <message>
        <source>{label}: a character that cannot be stored (U+{code:04X})</source>
        <translation>{label} : un caractère qui ne peut pas être enregistré (U+{code:04X})</translation>
    </message>
    <message>
        <source>A {what} id of 1 to {limit} characters is needed</source>
        <translation>Il faut un identifiant de 1 à {limit} caractères ({what})</translation>
    </message>
    <message>
        <source>Unknown clock status {status!r}</source>
        <translation>État de chrono inconnu {status!r}</translation>
    </message>
    <message>
        <source>The time must be between 0:00 and 24 hours</source>
        <translation>Le temps doit être compris entre 0:00 et 24 heures</translation>
    </message>
    <message>
        <source>A running clock needs the moment it started</source>
        <translation>Un chrono en marche doit avoir son instant de départ</translation>
    </message>
    <message>
        <source>Nobody has the floor: give the floor to a speaker first</source>
        <extracomment>The turn on the floor when the chair acted (see ``Command._check_turn``).</extracomment>
        <translation>Personne n&apos;a la parole : donnez d&apos;abord la parole à un orateur</translation>
    </message>
    <message>
        <source>Nobody has the floor: there is no time to adjust</source>
        <extracomment>The turn on the floor when the chair acted (see ``Command._check_turn``). The turn on the floor when the chair acted (see ``Command._check_turn``).</extracomment>
        <translation>Personne n&apos;a la parole : il n&apos;y a pas de temps à ajuster</translation>
    </message>
    <message>
        <source>Adjusting by zero changes nothing</source>
        <translation>Ajuster de zéro ne change rien</translation>
    </message>
    <message>
        <source>Nobody has the floor: there is no time to set</source>
        <extracomment>The turn on the floor when the chair acted (see ``Command._check_turn``).</extracomment>
        <translation>Personne n&apos;a la parole : il n&apos;y a pas de temps à régler</translation>
    </message>
    <message>
        <source>Nobody has the floor: there is no time to reset</source>
        <extracomment>The turn on the floor when the chair acted (see ``Command._check_turn``).</extracomment>
        <translation>Personne n&apos;a la parole : il n&apos;y a pas de temps à remettre à zéro</translation>
    </message>
    <message>
        <source>The floor has moved on since: that time can no longer change</source>
        <translation>La parole est passée depuis : ce temps ne peut plus changer</translation>
    </message>
    <message>
        <source>The warning must be between 0:00 and 60:00 before the end</source>
        <translation>L&apos;avertissement doit venir entre 0:00 et 60:00 avant la fin</translation>
    </message>
    <message>
        <source>{name} is not waiting ({state})</source>
        <translation>{name} n&apos;est pas en attente ({state})</translation>
    </message>
    <message>
        <source>This turn was already opened</source>
        <translation>Ce tour de parole a déjà été ouvert</translation>
    </message>
    <message>
        <source>Nobody has the floor</source>
        <translation>Personne n&apos;a la parole</translation>
    </message>
    <message>
        <source>Nobody has the floor: there is no one to interrupt</source>
        <translation>Personne n&apos;a la parole : il n&apos;y a personne à interrompre</translation>
    </message>
    <message>
        <source>An intervention is already under way</source>
        <translation>Une intervention est déjà en cours</translation>
    </message>
    <message>
        <source>The floor has moved on since: this can no longer be undone</source>
        <translation>La parole est passée depuis : ceci ne peut plus être annulé</translation>
    </message>
    <message>
        <source>That speaker does not have the floor: nothing to undo</source>
        <translation>Cet orateur n&apos;a pas la parole : rien à annuler</translation>
    </message>
    <message>
        <source>Nobody to give the floor back to: nothing to pause again</source>
        <translation>Personne à qui rendre la parole : rien à remettre en pause</translation>
    </message>
    <message>
        <source>Unknown entry state {cancel_entry_state!r}</source>
        <translation>État d&apos;inscription inconnu {cancel_entry_state!r}</translation>
    </message>
    <message>
        <source>Cannot put an entry back to {state!r}</source>
        <translation>Impossible de remettre une inscription à l&apos;état {state!r}</translation>
    </message>
    <message>
        <source>{name} cannot have the floor back from here</source>
        <translation>{name} ne peut pas reprendre la parole à ce stade</translation>
    </message>
    <message>
        <source>Someone is already interrupted</source>
        <translation>Quelqu&apos;un est déjà interrompu</translation>
    </message>
    <message>
        <source>{name} cannot be paused again from here</source>
        <translation>{name} ne peut pas être remis en pause à ce stade</translation>
    </message>
    <message>
        <source>That turn of {name} is not on record</source>
        <translation>Ce tour de parole de {name} n&apos;est pas au compte rendu</translation>
    </message>
    <message>
        <source>One speaker or turn is named twice</source>
        <translation>Un orateur ou un tour de parole est nommé deux fois</translation>
    </message>
    <message>
        <source>That hand is not on record</source>
        <translation>Cette main n&apos;est pas enregistrée</translation>
    </message>
    <message>
        <source>They have raised their hand again since</source>
        <translation>Cette personne a levé la main de nouveau depuis</translation>
    </message>
    <message>
        <source>That person is not a participant of this meeting</source>
        <translation>Cette personne n&apos;est pas participante à cette réunion</translation>
    </message>
    <message>
        <source>{who} already has a hand raised</source>
        <translation>{who} a déjà la main levée</translation>
    </message>
    <message>
        <source>A name of 1 to {limit} characters is needed</source>
        <translation>Il faut un nom de 1 à {limit} caractères</translation>
    </message>
    <message>
        <source>The organisation is longer than {limit} characters</source>
        <translation>Le nom de l&apos;organisation dépasse {limit} caractères</translation>
    </message>
    <message>
        <source>Unknown attendance {attendance!r}</source>
        <translation>Présence inconnue {attendance!r}</translation>
    </message>
    <message>
        <source>That participant already exists</source>
        <translation>Ce participant existe déjà</translation>
    </message>
    <message>
        <source>{name} is on a list of speakers</source>
        <translation>{name} est inscrit sur une liste des orateurs</translation>
    </message>
    <message>
        <source>{name} has raised a hand in this session</source>
        <translation>{name} a levé la main dans cette séance</translation>
    </message>
    <message>
        <source>{name} has spoken in this session</source>
        <translation>{name} a pris la parole dans cette séance</translation>
    </message>
    <message>
        <source>The {label} is longer than {limit} characters</source>
        <translation>Champ trop long ({label}) : {limit} caractères au plus</translation>
    </message>
    <message>
        <source>The gender is longer than {limit} characters</source>
        <translation>Le genre dépasse {limit} caractères</translation>
    </message>
    <message>
        <source>Unknown stakeholder group {group!r}</source>
        <translation>Groupe de parties prenantes inconnu {group!r}</translation>
    </message>
    <message>
        <source>Unknown origin {origin!r}</source>
        <extracomment>Where the hand that brings them was raised (``HandSource``); &quot;&quot; for none.</extracomment>
        <translation>Origine inconnue {origin!r}</translation>
    </message>
    <message>
        <source>Unknown hand source {source!r}</source>
        <translation>Source de main inconnue {source!r}</translation>
    </message>
    <message>
        <source>This speaker entry already exists</source>
        <translation>Cette inscription d&apos;orateur existe déjà</translation>
    </message>
    <message>
        <source>Unknown speech type {speech_type!r}</source>
        <translation>Type d&apos;intervention inconnu {speech_type!r}</translation>
    </message>
    <message>
        <source>The list of speakers of “{title}” is closed (points of order and rights of reply are still possible)</source>
        <translation>La liste des orateurs de « {title} » est close (les motions d&apos;ordre et les droits de réponse restent possibles)</translation>
    </message>
    <message>
        <source>The allotted time must be between 0 and 24 hours</source>
        <translation>Le temps alloué doit être compris entre 0 et 24 heures</translation>
    </message>
    <message>
        <source>Not a valid place in the list</source>
        <translation>Place non valable dans la liste</translation>
    </message>
    <message>
        <source>{name} has the floor: end their turn before removing them</source>
        <translation>{name} a la parole : terminez son tour de parole avant de le retirer</translation>
    </message>
    <message>
        <source>{name} has already spoken</source>
        <translation>{name} a déjà pris la parole</translation>
    </message>
    <message>
        <source>{name} has the floor</source>
        <translation>{name} a la parole</translation>
    </message>
    <message>
        <source>{name} has already spoken: add them again</source>
        <translation>{name} a déjà pris la parole : inscrivez-le de nouveau</translation>
    </message>
    <message>
        <source>{name} is no longer waiting to speak</source>
        <translation>{name} n&apos;attend plus de prendre la parole</translation>
    </message>
    <message>
        <source>The allotted time must be between 0:00 and 24 hours</source>
        <translation>Le temps alloué doit être compris entre 0:00 et 24 heures</translation>
    </message>
    <message>
        <source>The list of speakers of “{title}” is closed</source>
        <translation>La liste des orateurs de « {title} » est close</translation>
    </message>
    <message>
        <source>This delegation has used its {limit} rights of reply on this agenda item</source>
        <extracomment>For rights of reply: how many each delegation may take per agenda item (0: no limit), and the time of the later ones (0: the same as the first). The meeting&apos;s Q&amp;A reserve in the stored JSON, beside the speech types. Kept free of speeches at the end of a scheduled talk for questions: an imported talk&apos;s speakers share its slot less this (a 40-minute slot with 10 reserved gives 30).</extracomment>
        <translation>Cette délégation a utilisé ses {limit} droits de réponse sur ce point de l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>{who} has used its {limit} rights of reply on this agenda item</source>
        <translation>{who} a utilisé ses {limit} droits de réponse sur ce point de l&apos;ordre du jour</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Spoken: the time the speaker&apos;s clock ran, whatever was done to the countdown (a restart, a set time, ± time change what is left, never what was spoken).</source>
        <extracomment>The definitions behind the numbers, stated with every report (screen, PDF, CSV, XLSX).</extracomment>
        <translation>Temps de parole : le temps pendant lequel le chrono de l&apos;orateur a tourné, quoi qu&apos;on ait fait au compte à rebours (une remise à zéro, un temps réglé, ± changent le temps restant, jamais le temps de parole).</translation>
    </message>
    <message>
        <source>Paused: the time the clock stood still while the speaker held the floor (time waiting for an interposed intervention is the intervention&apos;s, not a pause).</source>
        <translation>Pause : le temps pendant lequel le chrono est resté arrêté alors que l&apos;orateur avait la parole (l&apos;attente d&apos;une intervention intercalée compte pour cette intervention, pas comme une pause).</translation>
    </message>
    <message>
        <source>Allotted: the planned time, plus or minus the time added or removed (± and set time), plus the time a restart gave back (what had been spoken before it).</source>
        <translation>Temps alloué : le temps prévu, plus ou moins le temps ajouté ou retiré (± et temps réglé), plus le temps rendu par une remise à zéro (ce qui avait été dit avant).</translation>
    </message>
    <message>
        <source>Overrun of a speaker: spoken beyond the final allotment; of an agenda item: actual (first start to last end) beyond planned; of a session: actual end against scheduled end (− finished early), and while it runs, how far it is already past its scheduled end.</source>
        <translation>Dépassement d&apos;un orateur : temps de parole au-delà de l&apos;allocation finale ; d&apos;un point de l&apos;ordre du jour : durée réelle (du premier début à la dernière fin) au-delà de la durée prévue ; d&apos;une séance : fin réelle par rapport à la fin programmée (− fini en avance), et pendant qu&apos;elle se déroule, son retard déjà acquis sur la fin programmée.</translation>
    </message>
    <message>
        <source>{table} (continued)</source>
        <extracomment>The order of the printed tables: the summary first, the long turn log last. A table is as wide as its columns&apos; weights at this many millimetres each, at most the page. Names, organisations and titles wrap onto at most this many lines in a cell; the last line of a longer text ends in &quot;…&quot; (the CSV and XLSX files have it whole). A word longer than this may be cut in a table cell rather than widen its column further.</extracomment>
        <translation>{table} (suite)</translation>
    </message>
    <message>
        <source>Moderator · page {page} of {pages}</source>
        <translation>Moderator · page {page} sur {pages}</translation>
    </message>
    <message>
        <source>Moderator · page {page}</source>
        <translation>Moderator · page {page}</translation>
    </message>
    <message>
        <source>Speaking time by stakeholder group</source>
        <extracomment>What an end (or a session&apos;s overrun, not yet known) says while it is still running. Relative width for paged output (PDF): text columns that carry names get more. A TIME shown on screen and in the PDF with its date when the report spans several days. Only the sessions table does: elsewhere the session&apos;s row tells the day, and the turn log has no room for dates. (CSV and XLSX always write the full date and time.) A short name for a tab or a spreadsheet sheet (at most 31 characters). Show dates with times (the report spans more than one local day).</extracomment>
        <translation>Temps de parole par groupe de parties prenantes</translation>
    </message>
    <message>
        <source>By group</source>
        <translation>Par groupe</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Speaking time by gender</source>
        <translation>Temps de parole par genre</translation>
    </message>
    <message>
        <source>By gender</source>
        <translation>Par genre</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Speaking time in the room and remote</source>
        <translation>Temps de parole dans la salle et à distance</translation>
    </message>
    <message>
        <source>Room and remote</source>
        <translation>Salle et distance</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Meeting report</source>
        <translation>Rapport de la réunion</translation>
    </message>
    <message>
        <source>Session report</source>
        <translation>Rapport de la séance</translation>
    </message>
    <message>
        <source>By stakeholder group</source>
        <translation>Par groupe de parties prenantes</translation>
    </message>
    <message>
        <source>In the room and remote</source>
        <translation>Dans la salle et à distance</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Salle</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Speaking time</source>
        <translation>Temps de parole</translation>
    </message>
    <message>
        <source>Report as of</source>
        <translation>Rapport au</translation>
    </message>
    <message>
        <source>Nobody has had the floor yet: there are no turns to report.</source>
        <translation>Personne n&apos;a encore eu la parole : il n&apos;y a pas de tour de parole à présenter.</translation>
    </message>
    <message>
        <source>A turn is still running: it is counted with its time so far and marked Running.</source>
        <translation>Un tour de parole est encore en cours : il est compté avec son temps jusqu&apos;ici et marqué En cours.</translation>
    </message>
    <message>
        <source>Scheduled start</source>
        <translation>Début programmé</translation>
    </message>
    <message>
        <source>Scheduled end</source>
        <translation>Fin programmée</translation>
    </message>
    <message>
        <source>Actual start</source>
        <translation>Début réel</translation>
    </message>
    <message>
        <source>Actual end</source>
        <translation>Fin réelle</translation>
    </message>
    <message>
        <source>Turns</source>
        <translation>Tours de parole</translation>
    </message>
    <message>
        <source>Overrun</source>
        <translation>Dépassement</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Pas commencé</translation>
    </message>
    <message>
        <source>Sessions: scheduled against actual</source>
        <translation>Séances : programmé et réel</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>No sessions.</source>
        <translation>Aucune séance.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Point de l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Orateur</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Speech type</source>
        <translation>Type d&apos;intervention</translation>
    </message>
    <message>
        <source>How they got the floor</source>
        <translation>Comment la parole a été obtenue</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Allotted</source>
        <translation>Alloué</translation>
    </message>
    <message>
        <source>Spoken</source>
        <translation>Parlé</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Speakers: planned against actual, turn by turn</source>
        <translation>Orateurs : prévu et réel, tour par tour</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Orateurs</translation>
    </message>
    <message>
        <source>No turns yet.</source>
        <translation>Pas encore de tour de parole.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Réel</translation>
    </message>
    <message>
        <source>First start</source>
        <translation>Premier début</translation>
    </message>
    <message>
        <source>Last end</source>
        <translation>Dernière fin</translation>
    </message>
    <message>
        <source>Agenda items: planned against actual (first start to last end)</source>
        <translation>Points de l&apos;ordre du jour : prévu et réel (du premier début à la dernière fin)</translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation>Points de l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>No agenda items.</source>
        <translation>Aucun point de l&apos;ordre du jour.</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <extracomment>The keys of the totals whose label is the model&apos;s (marked for translation); any other key is a gender as recorded, shown as written.</extracomment>
        <translation>Non indiqué</translation>
    </message>
</context>
<context>
    <name>ReportWindow</name>
    <message>
        <source>Export the report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>Report</source>
        <extracomment>The report is on screen (after opening or &quot;Refresh&quot;); carries the ``ReportDocument``. A file was written; carries its path. Reading or writing failed; carries the message shown in the window.</extracomment>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Report header</source>
        <translation>En-tête du rapport</translation>
    </message>
    <message>
        <source>Report notes</source>
        <translation>Notes du rapport</translation>
    </message>
    <message>
        <source>Report tables</source>
        <translation>Tableaux du rapport</translation>
    </message>
    <message>
        <source>Sessions</source>
        <extracomment>Views as tall as their rows (the small balance tables, on one scrolling page).</extracomment>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Orateurs</translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation>Points de l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Équilibre</translation>
    </message>
    <message>
        <source>Report status</source>
        <translation>État du rapport</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Compute the report again as of now</source>
        <translation>Recalculer le rapport à cet instant</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exporter en &amp;PDF…</translation>
    </message>
    <message>
        <source>Export &amp;XLSX…</source>
        <translation>Exporter en &amp;XLSX…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exporter en &amp;CSV…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Report table</source>
        <translation>Tableau du rapport</translation>
    </message>
    <message>
        <source>Reading the record…</source>
        <translation>Lecture du compte rendu…</translation>
    </message>
    <message>
        <source>{title}: {subject}</source>
        <translation>{title} : {subject}</translation>
    </message>
    <message>
        <source>Report as of {time}</source>
        <translation>Rapport au {time}</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>Écriture de {name}…</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Enregistré : {path}</translation>
    </message>
</context>
<context>
    <name>ReportWords</name>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n séance</numerusform>
            <numerusform>%n séances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n turn(s)</source>
        <translation>
            <numerusform>%n tour de parole</numerusform>
            <numerusform>%n tours de parole</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{duration} in %n turn(s)</source>
        <translation>
            <numerusform>{duration} en %n tour de parole</numerusform>
            <numerusform>{duration} en %n tours de parole</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{duration} · {share} % · %n turn(s)</source>
        <translation>
            <numerusform>{duration} · {share} % · %n tour</numerusform>
            <numerusform>{duration} · {share} % · %n tours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoomRequestPicker</name>
    <message>
        <source>Floor request in the room</source>
        <translation>Demande de parole dans la salle</translation>
    </message>
    <message>
        <source>Find a name or organisation</source>
        <translation>Trouver un nom ou une organisation</translation>
    </message>
    <message>
        <source>Type to find a name or organisation</source>
        <translation>Tapez pour trouver un nom ou une organisation</translation>
    </message>
    <message>
        <source>Who raised their hand</source>
        <translation>Qui a levé la main</translation>
    </message>
    <message>
        <source>Who raised their hand? Enter records it.</source>
        <translation>Qui a levé la main ? Entrée l&apos;enregistre.</translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Title or function</source>
        <translation>Titre ou fonction</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Stakeholder group</source>
        <translation>Groupe de parties prenantes</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Attends</source>
        <translation>Présence</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
</context>
<context>
    <name>RosterPanel</name>
    <message>
        <source>Participants of the meeting</source>
        <translation>Participants de la réunion</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Title or function</source>
        <translation>Titre ou fonction</translation>
    </message>
    <message>
        <source>Organisation or delegation</source>
        <translation>Organisation ou délégation</translation>
    </message>
    <message>
        <source>Stakeholder group</source>
        <translation>Groupe de parties prenantes</translation>
    </message>
    <message>
        <source>Gender (optional)</source>
        <translation>Genre (facultatif)</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>In the room or remote</source>
        <translation>Dans la salle ou à distance</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Clear the form for a new participant</source>
        <translation>Vider le formulaire pour un nouveau participant</translation>
    </message>
    <message>
        <source>Add as new</source>
        <translation>Ajouter comme nouveau</translation>
    </message>
    <message>
        <source>Add the form as a new participant</source>
        <translation>Ajouter le formulaire comme nouveau participant</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Enregistrer les modifications</translation>
    </message>
    <message>
        <source>Save the changes to the chosen participant</source>
        <translation>Enregistrer les modifications du participant choisi</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>Title or &amp;function</source>
        <translation>Titre ou &amp;fonction</translation>
    </message>
    <message>
        <source>&amp;Organisation or delegation</source>
        <translation>&amp;Organisation ou délégation</translation>
    </message>
    <message>
        <source>Stakeholder &amp;group</source>
        <translation>&amp;Groupe de parties prenantes</translation>
    </message>
    <message>
        <source>G&amp;ender</source>
        <translation>G&amp;enre</translation>
    </message>
    <message>
        <source>&amp;Attends</source>
        <translation>&amp;Présence</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Gender and language are optional personal data: the backend shares them with staff and chairs only, never with participants or displays.</source>
        <translation>Le genre et la langue sont des données personnelles facultatives : le serveur ne les partage qu&apos;avec le personnel et la présidence, jamais avec les participants ni les affichages.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Roster&lt;/b&gt; of {meeting}</source>
        <translation>&lt;b&gt;Participants&lt;/b&gt; de {meeting}</translation>
    </message>
</context>
<context>
    <name>SaveStatusLabel</name>
    <message>
        <source>Saved locally: {path}</source>
        <translation>Enregistré localement : {path}</translation>
    </message>
    <message>
        <source>NOT SAVED: “{action}” ({cause})</source>
        <translation>NON ENREGISTRÉ : « {action} » ({cause})</translation>
    </message>
    <message>
        <source>The last action, “{action}”, was not saved and is not on screen: {reason}
This stays until an action is saved again.</source>
        <translation>La dernière action, « {action} », n&apos;a pas été enregistrée et n&apos;est pas à l&apos;écran : {reason}
Ce message reste jusqu&apos;à ce qu&apos;une action soit de nouveau enregistrée.</translation>
    </message>
</context>
<context>
    <name>SessionForm</name>
    <message>
        <source>Session title</source>
        <extracomment>The user asked for a copy of the session.</extracomment>
        <translation>Intitulé de la séance</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Salle</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non précisé</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>en, fr, es</source>
        <translation>fr, en, es</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save the session</source>
        <translation>Enregistrer la séance</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Revert the session&apos;s fields</source>
        <translation>Rétablir les champs de la séance</translation>
    </message>
    <message>
        <source>Duplicate session</source>
        <translation>Dupliquer la séance</translation>
    </message>
    <message>
        <source>Duplicate the session</source>
        <translation>Dupliquer la séance</translation>
    </message>
    <message>
        <source>A copy with its agenda and speakers, on this console only</source>
        <translation>Une copie avec son ordre du jour et ses orateurs, sur cette console seulement</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Intitulé</translation>
    </message>
    <message>
        <source>&amp;Room</source>
        <translation>&amp;Salle</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>&amp;Starts</source>
        <translation>&amp;Début</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <source>&amp;Languages</source>
        <translation>&amp;Langues</translation>
    </message>
    <message>
        <source>T&amp;rack</source>
        <translation>Thè&amp;me</translation>
    </message>
    <message>
        <source>in {zone}</source>
        <translation>en {zone}</translation>
    </message>
    <message>
        <source>Followed on a backend: every field here is sent to it.</source>
        <translation>Suivie sur un serveur : chaque champ ici lui est envoyé.</translation>
    </message>
    <message>
        <source>Not followed on a backend: saved on this console.</source>
        <translation>Non suivie sur un serveur : enregistrée sur cette console.</translation>
    </message>
</context>
<context>
    <name>SessionHeader</name>
    <message>
        <source>DEMO DATA — fictional speakers</source>
        <translation>DONNÉES DE DÉMONSTRATION — orateurs fictifs</translation>
    </message>
    <message>
        <source>Demo data</source>
        <extracomment>The widest lateness the header reserves room for, so &quot;On time&quot; turning into &quot;Ahead by 12 min&quot; does not move the titles (nor cut them at another place).</extracomment>
        <translation>Données de démonstration</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Scheduled end</source>
        <translation>Fin programmée</translation>
    </message>
    <message>
        <source>Projected end</source>
        <translation>Fin prévue</translation>
    </message>
    <message>
        <source>Late or ahead</source>
        <translation>Retard ou avance</translation>
    </message>
    <message>
        <source>Scheduled end {time}</source>
        <translation>Fin programmée {time}</translation>
    </message>
    <message>
        <source>Projected end {time}</source>
        <translation>Fin prévue {time}</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>À l&apos;heure</translation>
    </message>
    <message numerus="yes">
        <source>Late by %n min</source>
        <translation>
            <numerusform>Retard de %n min</numerusform>
            <numerusform>Retard de %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ahead by %n min</source>
        <translation>
            <numerusform>Avance de %n min</numerusform>
            <numerusform>Avance de %n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionService</name>
    <message>
        <source>Pause</source>
        <extracomment>What went wrong, for the chair (which file, what to do). The driver&apos;s words (&quot;disk I/O error&quot;, &quot;database or disk is full&quot;), short enough for a status bar. Events were committed and applied to the state (a chair action, an agenda edit, the backend&apos;s changes); carries the list of events, never empty. A command did not apply to the current state; carries the reason, for the chair. A command could not be saved; nothing changed; carries a message for the chair. Whether the file is known to hold every action on screen: a ``SaveProblem`` after a write failed, ``None`` once a later write succeeded. Emitted only when it changes, so &quot;Saved locally&quot; never stays on screen after a write failed. The session was read again whole (an import rewrote its agenda): views refresh everything. Remote changes never cause it: they arrive as ``sig_state_changed``. The meeting&apos;s speech-type rules (the console&apos;s settings; defaults until loaded). The last write&apos;s failure, until a write succeeds again (``sig_save_status``).</extracomment>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Nobody has the floor — press N to give the floor to {name}.</source>
        <translation>Personne n&apos;a la parole — appuyez sur N pour donner la parole à {name}.</translation>
    </message>
    <message>
        <source>Nobody has the floor.</source>
        <translation>Personne n&apos;a la parole.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrage</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprise</translation>
    </message>
    <message>
        <source>End turn</source>
        <translation>Fin du tour de parole</translation>
    </message>
    <message>
        <source>The list of speakers is finished: nobody is waiting.</source>
        <translation>La liste des orateurs est épuisée : personne n&apos;attend.</translation>
    </message>
    <message>
        <source>Time {sign}{seconds} s</source>
        <translation>Temps {sign}{seconds} s</translation>
    </message>
    <message>
        <source>Set time</source>
        <translation>Régler le temps</translation>
    </message>
    <message>
        <source>Reset time</source>
        <translation>Remettre le temps à zéro</translation>
    </message>
    <message>
        <source>Floor to {name}</source>
        <translation>Parole à {name}</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>Retirer {name}</translation>
    </message>
    <message>
        <source>Skip {name}</source>
        <translation>Passer {name}</translation>
    </message>
    <message>
        <source>Put back {name}</source>
        <translation>Remettre {name}</translation>
    </message>
    <message>
        <source>Done: {name}</source>
        <translation>Terminé : {name}</translation>
    </message>
    <message>
        <source>That speaker is not on this session&apos;s list</source>
        <translation>Cet orateur n&apos;est pas sur la liste de cette séance</translation>
    </message>
    <message>
        <source>Two speakers share a place; move another one first</source>
        <translation>Deux orateurs occupent la même place ; déplacez d&apos;abord l&apos;un d&apos;eux</translation>
    </message>
    <message>
        <source>Move {name}</source>
        <translation>Déplacer {name}</translation>
    </message>
    <message>
        <source>This session has no agenda item to add a speaker to.</source>
        <translation>Cette séance n&apos;a pas de point de l&apos;ordre du jour auquel ajouter un orateur.</translation>
    </message>
    <message>
        <source>That person is not a participant of this meeting</source>
        <translation>Cette personne n&apos;est pas participante à cette réunion</translation>
    </message>
    <message>
        <source>Nobody has the floor: there is no one to interrupt</source>
        <translation>Personne n&apos;a la parole : il n&apos;y a personne à interrompre</translation>
    </message>
    <message>
        <source>Add {type}</source>
        <translation>Ajouter : {type}</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Non inscrit</translation>
    </message>
    <message>
        <source>Add to the list</source>
        <translation>Inscrire sur la liste</translation>
    </message>
    <message>
        <source>Timer thresholds</source>
        <translation>Seuils du chrono</translation>
    </message>
    <message>
        <source>This session has no agenda item</source>
        <translation>Cette séance n&apos;a pas de point de l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>Close the list of {title}</source>
        <translation>Clore la liste de {title}</translation>
    </message>
    <message>
        <source>Reopen the list of {title}</source>
        <translation>Rouvrir la liste de {title}</translation>
    </message>
    <message>
        <source>Intervention by {name}</source>
        <translation>Intervention de {name}</translation>
    </message>
    <message>
        <source>An intervention is already under way</source>
        <translation>Une intervention est déjà en cours</translation>
    </message>
    <message>
        <source>{name} already has the floor: there is no one to interrupt</source>
        <translation>{name} a déjà la parole : il n&apos;y a personne à interrompre</translation>
    </message>
    <message>
        <source>Floor request: {name}</source>
        <translation>Demande de parole : {name}</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>participant</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Rien à annuler</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation>Rien à rétablir</translation>
    </message>
    <message>
        <source>Floor to a raised hand</source>
        <translation>Parole à une main levée</translation>
    </message>
    <message>
        <source>Raised hand to the list</source>
        <translation>Main levée inscrite sur la liste</translation>
    </message>
    <message>
        <source>Lower hand</source>
        <translation>Baisser la main</translation>
    </message>
    <message>
        <source>That hand is no longer raised.</source>
        <translation>Cette main n&apos;est plus levée.</translation>
    </message>
    <message>
        <source>Not saved, nothing changed: {action}. {message}</source>
        <translation>Non enregistré, rien n&apos;a changé : {action}. {message}</translation>
    </message>
</context>
<context>
    <name>SpeakerDisplay</name>
    <message>
        <source>NO SPEAKER</source>
        <translation>PAS D&apos;ORATEUR</translation>
    </message>
    <message>
        <source>READY</source>
        <translation>PRÊT</translation>
    </message>
    <message>
        <source>Next: nobody is waiting</source>
        <translation>Suivant : personne n&apos;attend</translation>
    </message>
    <message>
        <source>Next: {name}</source>
        <translation>Suivant : {name}</translation>
    </message>
    <message>
        <source>Waiting for the next speaker</source>
        <translation>En attente du prochain orateur</translation>
    </message>
    <message>
        <source>Moderator — speaker display</source>
        <extracomment>A sentence for the chair about where the display is (or why not where it was asked). Visibility, screen, options, message or blackout changed: controls refresh. What the display shows changed (carries the ``DisplayView``): the preview repaints.</extracomment>
        <translation>Moderator — affichage pour l&apos;orateur</translation>
    </message>
    <message>
        <source>Speaker display</source>
        <translation>Affichage pour l&apos;orateur</translation>
    </message>
    <message>
        <source>The screen “{wanted}” chosen for the speaker display is not connected: the display is a window on the main screen “{screen}”.</source>
        <translation>L&apos;écran « {wanted} » choisi pour l&apos;affichage pour l&apos;orateur n&apos;est pas branché : l&apos;affichage est une fenêtre sur l&apos;écran principal « {screen} ».</translation>
    </message>
    <message>
        <source>The speaker display is a window on “{screen}”: that screen also shows the console, which must stay visible.</source>
        <translation>L&apos;affichage pour l&apos;orateur est une fenêtre sur « {screen} » : cet écran montre aussi la console, qui doit rester visible.</translation>
    </message>
    <message>
        <source>Speaker display: full screen on “{screen}” ({w}×{h}).</source>
        <translation>Affichage pour l&apos;orateur : plein écran sur « {screen} » ({w}×{h}).</translation>
    </message>
    <message>
        <source>Speaker display: a window on “{screen}”.</source>
        <translation>Affichage pour l&apos;orateur : une fenêtre sur « {screen} ».</translation>
    </message>
</context>
<context>
    <name>SpeakerListModel</name>
    <message>
        <source>Item</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Orateur</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Temps</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Prévu à</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Speaking</source>
        <extracomment>Custom roles for views and tests that need the entity behind a row. Plain ints: the roles a view asks for arrive as ints, and a set of ints answers fastest. What a dragged speaker carries: the entry id. By entry id, what its row shows; dropped whenever the row is announced as changed.</extracomment>
        <translation>À la parole</translation>
    </message>
    <message>
        <source>Resumes next</source>
        <translation>Reprend ensuite</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
</context>
<context>
    <name>SpeakersModel</name>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Speech type</source>
        <translation>Type d&apos;intervention</translation>
    </message>
    <message>
        <source>Allotted</source>
        <translation>Alloué</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Allotted: “{text}” is not a time (m:ss or minutes)</source>
        <extracomment>A value typed in the list could not be read, so it never reached the service: carries the reason, for the person editing.</extracomment>
        <translation>Temps alloué : « {text} » n&apos;est pas un temps (m:ss ou minutes)</translation>
    </message>
</context>
<context>
    <name>SpeakersPanel</name>
    <message>
        <source>List of speakers of the agenda item</source>
        <extracomment>The participant Enter (or a click on a suggestion) picked in the name field: the next Enter adds them. A time typed for the speaker being added: a change of speech type keeps it (as in the chair&apos;s Add a speaker dialog); the next speaker starts from the defaults again.</extracomment>
        <translation>Liste des orateurs du point</translation>
    </message>
    <message>
        <source>Participant to add</source>
        <translation>Participant à ajouter</translation>
    </message>
    <message>
        <source>Type a name or an organisation…</source>
        <translation>Tapez un nom ou une organisation…</translation>
    </message>
    <message>
        <source>Speech type of the speaker to add</source>
        <translation>Type d&apos;intervention de l&apos;orateur à ajouter</translation>
    </message>
    <message>
        <source>Allotted time</source>
        <translation>Temps alloué</translation>
    </message>
    <message>
        <source>m:ss</source>
        <translation>m:ss</translation>
    </message>
    <message>
        <source>Add speaker</source>
        <translation>Ajouter l&apos;orateur</translation>
    </message>
    <message>
        <source>Add the speaker to the list</source>
        <translation>Ajouter l&apos;orateur à la liste</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Take the selected speaker off the list</source>
        <translation>Retirer de la liste l&apos;orateur sélectionné</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move the selected speaker up</source>
        <translation>Monter l&apos;orateur sélectionné</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Move the selected speaker down</source>
        <translation>Descendre l&apos;orateur sélectionné</translation>
    </message>
    <message>
        <source>Drag a row, or Alt+↑ / Alt+↓, to reorder.</source>
        <translation>Faites glisser une ligne, ou Alt+↑ / Alt+↓, pour réordonner.</translation>
    </message>
    <message>
        <source>&lt;b&gt;List of speakers&lt;/b&gt;</source>
        <translation>&lt;b&gt;Liste des orateurs&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Participant: type a name from the roster</source>
        <translation>Participant : tapez un nom de la liste des participants</translation>
    </message>
    <message>
        <source>Participant: {count} on the roster match “{text}”: pick one from the list</source>
        <translation>Participant : {count} personnes de la liste correspondent à « {text} » : choisissez-en une dans la liste</translation>
    </message>
    <message>
        <source>Participant: nobody on the roster is called “{text}” (add them on the Roster tab first)</source>
        <translation>Participant : personne ne s&apos;appelle « {text} » dans la liste des participants (ajoutez la personne d&apos;abord dans l&apos;onglet Participants)</translation>
    </message>
    <message>
        <source>Allotted: type m:ss (3:00) or minutes (3)</source>
        <translation>Temps alloué : tapez m:ss (3:00) ou des minutes (3)</translation>
    </message>
    <message>
        <source>Enter adds them as {kind}, {time}; or change the speech type and time first</source>
        <translation>Entrée l&apos;inscrit pour : {kind}, {time} ; ou changez d&apos;abord le type d&apos;intervention et le temps</translation>
    </message>
</context>
<context>
    <name>SpeakingTimeChart</name>
    <message>
        <source>Speaking time per group</source>
        <extracomment>The raw value of a cell (milliseconds, epoch milliseconds, counts, shares): what a column sorts by, not its text.</extracomment>
        <translation>Temps de parole par groupe</translation>
    </message>
</context>
<context>
    <name>SpeechTypeDelegate</name>
    <message>
        <source>Speech type</source>
        <translation>Type d&apos;intervention</translation>
    </message>
</context>
<context>
    <name>SyncBadge</name>
    <message>
        <source>Sync status</source>
        <translation>État de la synchronisation</translation>
    </message>
</context>
<context>
    <name>SyncDetailsDialog</name>
    <message>
        <source>Sync details</source>
        <extracomment>During a catch-up the status changes many times a second; the window follows at this pace.</extracomment>
        <translation>Détails de la synchronisation</translation>
    </message>
    <message>
        <source>Queued at</source>
        <translation>Mise en file à</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
    <message>
        <source>Actions not yet sent to the backend</source>
        <translation>Actions pas encore envoyées au serveur</translation>
    </message>
    <message>
        <source>Refused at</source>
        <translation>Refusée à</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Actions the backend refused</source>
        <translation>Actions refusées par le serveur</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Vu</translation>
    </message>
    <message>
        <source>The refusals stay listed; the badge stops counting them</source>
        <translation>Les refus restent listés ; le badge cesse de les compter</translation>
    </message>
    <message>
        <source>Changes arrive by long-polling: the live stream does not work on this network (the stream is tried again every few minutes).</source>
        <translation>Les modifications arrivent par interrogation longue : le flux en direct ne fonctionne pas sur ce réseau (il est réessayé toutes les quelques minutes).</translation>
    </message>
    <message>
        <source>Last error: {error}</source>
        <translation>Dernière erreur : {error}</translation>
    </message>
    <message>
        <source>Nothing was refused by the backend.</source>
        <translation>Le serveur n&apos;a rien refusé.</translation>
    </message>
    <message>
        <source>Refused by the backend ({n} not seen yet):</source>
        <translation>Refusé par le serveur ({n} pas encore vus) :</translation>
    </message>
    <message>
        <source>Refused by the backend (seen):</source>
        <translation>Refusé par le serveur (vus) :</translation>
    </message>
    <message>
        <source>Nothing is waiting to be sent.</source>
        <translation>Rien n&apos;attend d&apos;être envoyé.</translation>
    </message>
    <message>
        <source>{n} actions waiting to be sent (the first {shown} shown):</source>
        <translation>{n} actions en attente d&apos;envoi (les {shown} premières affichées) :</translation>
    </message>
    <message>
        <source>{n} action(s) waiting to be sent:</source>
        <translation>{n} action(s) en attente d&apos;envoi :</translation>
    </message>
</context>
<context>
    <name>ThresholdsDialog</name>
    <message>
        <source>Timer thresholds</source>
        <translation>Seuils du chrono</translation>
    </message>
    <message>
        <source>Warning when this much is left</source>
        <translation>Avertissement quand il reste</translation>
    </message>
    <message>
        <source>Final phase when this much is left</source>
        <translation>Phase finale quand il reste</translation>
    </message>
    <message>
        <source>Warning when this much is left:</source>
        <translation>Avertissement quand il reste :</translation>
    </message>
    <message>
        <source>Final phase when this much is left (0:00: none):</source>
        <translation>Phase finale quand il reste (0:00 : aucune) :</translation>
    </message>
    <message>
        <source>For every session of “{m}”.</source>
        <translation>Pour chaque séance de « {m} ».</translation>
    </message>
    <message>
        <source>⚠ Warning: “{t}” is not a time (m:ss).</source>
        <translation>⚠ Avertissement : « {t} » n&apos;est pas un temps (m:ss).</translation>
    </message>
    <message>
        <source>⚠ Final: “{t}” is not a time (m:ss).</source>
        <translation>⚠ Fin proche : « {t} » n&apos;est pas un temps (m:ss).</translation>
    </message>
    <message>
        <source>⚠ Final: it must not be more than the warning.</source>
        <translation>⚠ Fin proche : elle ne doit pas dépasser l&apos;avertissement.</translation>
    </message>
</context>
<context>
    <name>TimeInput</name>
    <message>
        <source>Remaining time (m:ss, or minutes):</source>
        <translation>Temps restant (m:ss, ou minutes) :</translation>
    </message>
    <message>
        <source>Set the time</source>
        <translation>Régler le temps</translation>
    </message>
    <message>
        <source>“{text}” is not a time. Type m:ss (2:30) or minutes (3):</source>
        <translation>« {text} » n&apos;est pas un temps. Tapez m:ss (2:30) ou des minutes (3) :</translation>
    </message>
</context>
<context>
    <name>UploadDialog</name>
    <message>
        <source>Upload to backend</source>
        <extracomment>The environment variable ``--backend`` and ``moderator check`` take the token from. A preview or an upload has its answer (or its refusal) on screen.</extracomment>
        <translation>Envoyer au serveur</translation>
    </message>
    <message>
        <source>“{title}” from this console</source>
        <extracomment>(address, token, backend meeting) of the last good preview: what Upload sends to.</extracomment>
        <translation>« {title} » depuis cette console</translation>
    </message>
    <message>
        <source>Backend address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>Staff access token</source>
        <translation>Jeton d&apos;accès du personnel</translation>
    </message>
    <message>
        <source>Meeting id on the backend</source>
        <translation>Identifiant de la réunion sur le serveur</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Preview first: the backend says what it will change before anything is sent.</source>
        <translation>Aperçu d&apos;abord : le serveur dit ce qu&apos;il va changer avant tout envoi.</translation>
    </message>
    <message>
        <source>What the upload changes</source>
        <translation>Ce que l&apos;envoi change</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Type the meeting id the backend knows this meeting by.</source>
        <translation>Saisissez l&apos;identifiant sous lequel le serveur connaît cette réunion.</translation>
    </message>
    <message>
        <source>Asking the backend what the upload would change…</source>
        <translation>Demande au serveur de ce que l&apos;envoi changerait…</translation>
    </message>
    <message>
        <source>Uploading…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>Uploaded to meeting “{meeting}”: {count} session(s) sent again to the consoles following them.</source>
        <translation>Envoyé à la réunion « {meeting} » : {count} séance(s) renvoyée(s) aux consoles qui les suivent.</translation>
    </message>
    <message>
        <source>The backend will make {count} change(s). Upload sends them.</source>
        <translation>Le serveur fera {count} modification(s). Envoyer les transmet.</translation>
    </message>
    <message>
        <source>Nothing to upload: the backend already has this meeting as it is.</source>
        <translation>Rien à envoyer : le serveur a déjà cette réunion telle quelle.</translation>
    </message>
    <message>
        <source>{count} thing(s) will not be changed; the reasons are listed below.</source>
        <translation>{count} élément(s) ne seront pas modifiés ; les raisons sont listées ci-dessous.</translation>
    </message>
</context>
<context>
    <name>_Form</name>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
</context>
</TS>
