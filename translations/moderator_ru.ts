<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>AboutDialog</name>
    <message>
        <source>No log file: messages go to the terminal that started Moderator (standard error; --log-json writes them as JSON lines)</source>
        <translation>Файла журнала нет: сообщения выводятся в терминал, из которого запущен Moderator (стандартный поток ошибок; --log-json выводит их строками JSON)</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
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
        <translation>Система</translation>
    </message>
    <message>
        <source>Data file</source>
        <translation>Файл данных</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Журналы</translation>
    </message>
    <message>
        <source>About Moderator</source>
        <translation>О программе Moderator</translation>
    </message>
    <message>
        <source>Moderator {version}</source>
        <translation>Moderator {version}</translation>
    </message>
    <message>
        <source>A console for chairs of hybrid meetings.</source>
        <translation>Пульт для председателей гибридных заседаний.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>Открыть папку данных</translation>
    </message>
</context>
<context>
    <name>Action</name>
    <message>
        <source>{key} (keypad)</source>
        <extracomment>The console&apos;s actions that also work while the agenda editor is the active window (and are in its Session menu): what staff reach for while preparing the day (import, connect, the readiness check, switching the session) and the speaker display&apos;s controls, which must answer whatever window is in front. Plain keys (N, Space, Delete…) mean typing or editing there, and the editor has its own undo, so those stay the main window&apos;s; so does Ctrl+Q, which in the editor would close the whole console.</extracomment>
        <translation>{key} (цифровая клавиатура)</translation>
    </message>
    <message>
        <source>— (menu)</source>
        <translation>— (меню)</translation>
    </message>
    <message>
        <source>{keys} or {key}</source>
        <translation>{keys} или {key}</translation>
    </message>
    <message>
        <source>Start / pause</source>
        <translation>Старт / пауза</translation>
    </message>
    <message>
        <source>Start the countdown, or pause it while it runs</source>
        <translation>Запустить обратный отсчёт или поставить его на паузу</translation>
    </message>
    <message>
        <source>Next speaker</source>
        <translation>Следующий оратор</translation>
    </message>
    <message>
        <source>The current speaker is done; give the floor to the next one and start the clock</source>
        <translation>Текущий оратор закончил; предоставить слово следующему и запустить таймер</translation>
    </message>
    <message>
        <source>Add 30 s</source>
        <translation>Добавить 30 с</translation>
    </message>
    <message>
        <source>Give the current speaker 30 seconds more</source>
        <translation>Дать текущему оратору ещё 30 секунд</translation>
    </message>
    <message>
        <source>Remove 30 s</source>
        <translation>Убрать 30 с</translation>
    </message>
    <message>
        <source>Take 30 seconds from the current speaker</source>
        <translation>Забрать у текущего оратора 30 секунд</translation>
    </message>
    <message>
        <source>Add 1 min</source>
        <translation>Добавить 1 мин</translation>
    </message>
    <message>
        <source>Give the current speaker one minute more</source>
        <translation>Дать текущему оратору ещё минуту</translation>
    </message>
    <message>
        <source>Remove 1 min</source>
        <translation>Убрать 1 мин</translation>
    </message>
    <message>
        <source>Take one minute from the current speaker</source>
        <translation>Забрать у текущего оратора минуту</translation>
    </message>
    <message>
        <source>Set the time…</source>
        <translation>Установить время…</translation>
    </message>
    <message>
        <source>Set the current speaker&apos;s remaining time exactly (e.g. 2:30)</source>
        <translation>Точно установить оставшееся время текущего оратора (например, 2:30)</translation>
    </message>
    <message>
        <source>Reset the time</source>
        <translation>Сбросить время</translation>
    </message>
    <message>
        <source>Start the current speaker&apos;s time again from their full allotment</source>
        <translation>Начать отсчёт текущего оратора заново с полного отведённого времени</translation>
    </message>
    <message>
        <source>Add a speaker…</source>
        <translation>Добавить оратора…</translation>
    </message>
    <message>
        <source>Add a participant or a walk-in to the list, placed by their speech type</source>
        <translation>Добавить в список участника или незарегистрированного, на место по виду выступления</translation>
    </message>
    <message>
        <source>Floor request in the room…</source>
        <translation>Просьба о слове в зале…</translation>
    </message>
    <message>
        <source>Record a hand raised in the room (H then Enter for the selected speaker)</source>
        <translation>Записать поднятую в зале руку (H, затем Enter — для выбранного оратора)</translation>
    </message>
    <message>
        <source>Close / reopen the list</source>
        <translation>Закрыть / открыть список</translation>
    </message>
    <message>
        <source>Close the current agenda item&apos;s list of speakers, or open it again</source>
        <translation>Закрыть список ораторов по текущему пункту или открыть его снова</translation>
    </message>
    <message>
        <source>Interposed intervention</source>
        <translation>Вставная реплика</translation>
    </message>
    <message>
        <source>The selected speaker interrupts the current one, who resumes afterwards</source>
        <translation>Выбранный оратор прерывает текущего, который затем продолжает</translation>
    </message>
    <message>
        <source>Give the floor to the selected speaker</source>
        <translation>Предоставить слово выбранному оратору</translation>
    </message>
    <message>
        <source>Give the floor to the speaker selected in the list, out of order if need be</source>
        <translation>Предоставить слово выбранному в списке оратору, при необходимости вне очереди</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Пропустить</translation>
    </message>
    <message>
        <source>Pass over the selected speaker; they keep their place and can be put back</source>
        <translation>Пропустить выбранного оратора; он сохраняет место и может быть возвращён</translation>
    </message>
    <message>
        <source>Put back</source>
        <translation>Вернуть</translation>
    </message>
    <message>
        <source>Put the selected skipped or removed speaker back on the list</source>
        <translation>Вернуть в список выбранного пропущенного или снятого оратора</translation>
    </message>
    <message>
        <source>Mark as done</source>
        <translation>Отметить как выступившего</translation>
    </message>
    <message>
        <source>The selected speaker is done (for the one speaking: end of their turn)</source>
        <translation>Выбранный оратор закончил (для выступающего: конец выступления)</translation>
    </message>
    <message>
        <source>Remove from the list</source>
        <translation>Снять со списка</translation>
    </message>
    <message>
        <source>Take the selected speaker off the list (Ctrl+Z brings them back)</source>
        <translation>Снять выбранного оратора со списка (Ctrl+Z возвращает)</translation>
    </message>
    <message>
        <source>Show removed speakers</source>
        <translation>Показать снятых ораторов</translation>
    </message>
    <message>
        <source>Show the speakers taken off the list, struck through, to put one back (B)</source>
        <translation>Показать снятых со списка ораторов, зачёркнутыми, чтобы вернуть одного (B)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Вверх</translation>
    </message>
    <message>
        <source>Move the selected speaker one place up</source>
        <translation>Переместить выбранного оратора на одно место вверх</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Вниз</translation>
    </message>
    <message>
        <source>Move the selected speaker one place down</source>
        <translation>Переместить выбранного оратора на одно место вниз</translation>
    </message>
    <message>
        <source>Move to the top</source>
        <translation>В начало</translation>
    </message>
    <message>
        <source>Make the selected speaker the next to speak</source>
        <translation>Сделать выбранного оратора следующим</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Undo the last action (list or clock); it syncs like any action</source>
        <translation>Отменить последнее действие (список или таймер); синхронизируется как любое действие</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Do the undone action again</source>
        <translation>Снова выполнить отменённое действие</translation>
    </message>
    <message>
        <source>Give the floor to the hand</source>
        <translation>Предоставить слово поднятой руке</translation>
    </message>
    <message>
        <source>Give the floor now to the selected raised hand (or the first in line)</source>
        <translation>Сейчас предоставить слово выбранной поднятой руке (или первой в очереди)</translation>
    </message>
    <message>
        <source>Add the hand to the list</source>
        <translation>Записать поднятую руку в список</translation>
    </message>
    <message>
        <source>Add the selected raised hand (or the first) at the end of this item&apos;s list</source>
        <translation>Записать выбранную поднятую руку (или первую) в конец списка по этому пункту</translation>
    </message>
    <message>
        <source>Lower the hand</source>
        <translation>Опустить руку</translation>
    </message>
    <message>
        <source>Lower the selected raised hand (or the first in line)</source>
        <translation>Опустить выбранную поднятую руку (или первую в очереди)</translation>
    </message>
    <message>
        <source>Fit to the end…</source>
        <translation>Уложиться в регламент…</translation>
    </message>
    <message>
        <source>Preview shortening the waiting speakers&apos; times so the session ends on time</source>
        <translation>Предпросмотр сокращения времени ожидающих ораторов, чтобы заседание закончилось вовремя</translation>
    </message>
    <message>
        <source>Note on the speaker…</source>
        <translation>Заметка об ораторе…</translation>
    </message>
    <message>
        <source>Write a note on the selected (or current) speaker, for the chair only</source>
        <translation>Написать заметку о выбранном (или текущем) ораторе, только для председателя</translation>
    </message>
    <message>
        <source>Note on the agenda item…</source>
        <translation>Заметка о пункте повестки дня…</translation>
    </message>
    <message>
        <source>Write a note on the current agenda item, for the chair only</source>
        <translation>Написать заметку о текущем пункте, только для председателя</translation>
    </message>
    <message>
        <source>Speech types…</source>
        <translation>Виды выступлений…</translation>
    </message>
    <message>
        <source>This meeting&apos;s default times and rules per speech type</source>
        <translation>Время по умолчанию и правила этого мероприятия для каждого вида выступления</translation>
    </message>
    <message>
        <source>Timer thresholds…</source>
        <translation>Пороги таймера…</translation>
    </message>
    <message>
        <source>When the countdown turns to warning and final, for this meeting</source>
        <translation>Когда обратный отсчёт переходит к предупреждению и завершению, для этого мероприятия</translation>
    </message>
    <message>
        <source>Chime at the thresholds</source>
        <translation>Сигнал на порогах</translation>
    </message>
    <message>
        <source>Sound a chime when the time reaches the warning, final and time-up thresholds (off by default)</source>
        <translation>Подавать звуковой сигнал, когда время достигает порогов предупреждения, завершения и окончания (по умолчанию выключено)</translation>
    </message>
    <message>
        <source>Report of this session…</source>
        <translation>Отчёт об этом заседании…</translation>
    </message>
    <message>
        <source>Who spoke, for how long, and the balance between groups; export as PDF, CSV, XLSX</source>
        <translation>Кто выступал, сколько времени и баланс между группами; экспорт в PDF, CSV, XLSX</translation>
    </message>
    <message>
        <source>Report of the meeting…</source>
        <translation>Отчёт о мероприятии…</translation>
    </message>
    <message>
        <source>The same report over every session of the meeting</source>
        <translation>Тот же отчёт по всем заседаниям мероприятия</translation>
    </message>
    <message>
        <source>Speaking balance</source>
        <translation>Баланс времени выступлений</translation>
    </message>
    <message>
        <source>Show or hide the live share of speaking time so far by stakeholder group, gender, and in the room or remote (the report&apos;s numbers, as the turns run)</source>
        <translation>Показать или скрыть текущие доли времени выступлений по группам заинтересованных сторон, полу, в зале или дистанционно (цифры отчёта, по ходу выступлений)</translation>
    </message>
    <message>
        <source>Speaker display</source>
        <translation>Экран для оратора</translation>
    </message>
    <message>
        <source>Show or hide the speaker display (podium screen or confidence monitor)</source>
        <translation>Показать или скрыть экран для оратора (экран на трибуне или контрольный монитор)</translation>
    </message>
    <message>
        <source>Speaker display controls…</source>
        <translation>Управление экраном для оратора…</translation>
    </message>
    <message>
        <source>Choose the display&apos;s screen, send messages, blackout</source>
        <translation>Выбрать экран, отправить сообщения, затемнить</translation>
    </message>
    <message>
        <source>Blackout</source>
        <translation>Затемнение</translation>
    </message>
    <message>
        <source>Black out the speaker display, or undo it</source>
        <translation>Затемнить экран для оратора или отменить затемнение</translation>
    </message>
    <message>
        <source>Show “Please conclude”</source>
        <translation>Показать «Просьба завершать»</translation>
    </message>
    <message>
        <source>Show “Please conclude” on the speaker display</source>
        <translation>Показать «Просьба завершать» на экране для оратора</translation>
    </message>
    <message>
        <source>Show “Time is up”</source>
        <translation>Показать «Время истекло»</translation>
    </message>
    <message>
        <source>Show “Time is up” on the display</source>
        <translation>Показать «Время истекло» на экране</translation>
    </message>
    <message>
        <source>Type a message…</source>
        <translation>Ввести сообщение…</translation>
    </message>
    <message>
        <source>Type a message for the speaker display</source>
        <translation>Ввести сообщение для экрана оратора</translation>
    </message>
    <message>
        <source>Clear the message</source>
        <translation>Убрать сообщение</translation>
    </message>
    <message>
        <source>Take the message off the display</source>
        <translation>Убрать сообщение с экрана</translation>
    </message>
    <message>
        <source>Import an agenda…</source>
        <translation>Импорт повестки дня…</translation>
    </message>
    <message>
        <source>Import a schedule (CSV, XLSX, pretalx/frab JSON or XML, iCalendar); files can also be dropped on the window</source>
        <translation>Импортировать программу (CSV, XLSX, JSON или XML pretalx/frab, iCalendar); файлы можно также перетащить в окно</translation>
    </message>
    <message>
        <source>Agenda editor…</source>
        <translation>Редактор повестки дня…</translation>
    </message>
    <message>
        <source>Edit meetings, sessions, agenda items, lists of speakers and the participants roster</source>
        <translation>Изменить мероприятия, заседания, пункты повестки дня, списки ораторов и список участников</translation>
    </message>
    <message>
        <source>Upload to backend…</source>
        <translation>Отправить на сервер…</translation>
    </message>
    <message>
        <source>Staff: send this session&apos;s meeting to a backend meeting (the backend&apos;s preview first; needs a staff token)</source>
        <translation>Персонал: отправить мероприятие этого заседания в мероприятие на сервере (сначала предпросмотр сервера; нужен токен персонала)</translation>
    </message>
    <message>
        <source>Ready for today?…</source>
        <translation>Всё готово на сегодня?…</translation>
    </message>
    <message>
        <source>Check that this laptop is ready for today and make sessions available offline</source>
        <translation>Проверить, готов ли этот компьютер к сегодняшнему дню, и сделать заседания доступными без сети</translation>
    </message>
    <message>
        <source>Control surfaces…</source>
        <translation>Панели управления…</translation>
    </message>
    <message>
        <source>Let a Stream Deck (Bitfocus Companion) or a script drive this console over HTTP, WebSocket or OSC; off by default</source>
        <translation>Разрешить Stream Deck (Bitfocus Companion) или сценарию управлять этой консолью по HTTP, WebSocket или OSC; по умолчанию выключено</translation>
    </message>
    <message>
        <source>Open session…</source>
        <translation>Открыть заседание…</translation>
    </message>
    <message>
        <source>Switch to another session of this database: by day, type to filter, Enter opens</source>
        <translation>Перейти к другому заседанию этой базы данных: по дням, ввод для фильтра, Enter — открыть</translation>
    </message>
    <message>
        <source>New meeting…</source>
        <translation>Новое мероприятие…</translation>
    </message>
    <message>
        <source>Create a meeting (title, venue, time zone), then its first session</source>
        <translation>Создать мероприятие (название, место, часовой пояс), затем его первое заседание</translation>
    </message>
    <message>
        <source>New session…</source>
        <translation>Новое заседание…</translation>
    </message>
    <message>
        <source>Create a session in a meeting (date, times, room), open it and fill its agenda</source>
        <translation>Создать заседание в мероприятии (дата, время, зал), открыть его и заполнить повестку дня</translation>
    </message>
    <message>
        <source>Connect to a backend…</source>
        <translation>Подключиться к серверу…</translation>
    </message>
    <message>
        <source>Connect to a conference backend and follow a session</source>
        <translation>Подключиться к серверу конференции и следить за заседанием</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Show or hide this list of every action (Ctrl+F searches it)</source>
        <translation>Показать или скрыть этот список всех действий (Ctrl+F — поиск)</translation>
    </message>
    <message>
        <source>About Moderator</source>
        <translation>О программе Moderator</translation>
    </message>
    <message>
        <source>The version of Moderator, Qt and PySide, and where the data file and the logs are</source>
        <translation>Версия Moderator, Qt и PySide, а также где находятся файл данных и журналы</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <source>Close the console (everything is already saved)</source>
        <translation>Закрыть пульт (всё уже сохранено)</translation>
    </message>
</context>
<context>
    <name>AddSpeakerDialog</name>
    <message>
        <source>Add a speaker</source>
        <extracomment>The speaker was added; carries the new entry id.</extracomment>
        <translation>Добавить оратора</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Оратор</translation>
    </message>
    <message>
        <source>Name or organisation… or a walk-in: Name, Organisation</source>
        <translation>Имя или организация… или незарегистрированный участник: Имя, Организация</translation>
    </message>
    <message>
        <source>Speech type</source>
        <translation>Вид выступления</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Пункт повестки дня</translation>
    </message>
    <message>
        <source>Allotted time</source>
        <translation>Отведённое время</translation>
    </message>
    <message>
        <source>m:ss</source>
        <translation>м:сс</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Add as &amp;walk-in</source>
        <translation>Добавить как &amp;незарегистрированного</translation>
    </message>
    <message>
        <source>Add the typed name as a new participant, even if it matches the roster</source>
        <translation>Добавить введённое имя как нового участника, даже если оно совпадает со списком участников</translation>
    </message>
    <message>
        <source>Speaker:</source>
        <extracomment>Why the last &quot;Add&quot; was refused (a closed list, a limit), next to the buttons.</extracomment>
        <translation>Оратор:</translation>
    </message>
    <message>
        <source>Speech type:</source>
        <translation>Вид выступления:</translation>
    </message>
    <message>
        <source>Agenda item:</source>
        <translation>Пункт повестки дня:</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Время:</translation>
    </message>
    <message>
        <source>New participant (walk-in): {who}. On the roster: {names} — type without the comma to pick them</source>
        <translation>Новый участник (незарегистрированный): {who}. В списке участников: {names} — введите без запятой, чтобы выбрать их</translation>
    </message>
    <message>
        <source>Nobody on the roster matches. New participant (walk-in): {who}</source>
        <translation>В списке участников совпадений нет. Новый участник (незарегистрированный): {who}</translation>
    </message>
    <message>
        <source>{count} participants match: keep typing, or ↓ to pick one (or “Add as walk-in” for someone new)</source>
        <translation>Совпадений среди участников: {count}. Продолжайте ввод или нажмите ↓, чтобы выбрать (или «Добавить как незарегистрированного» для нового человека)</translation>
    </message>
    <message>
        <source>Type m:ss (2:30) or minutes (3)</source>
        <translation>Введите м:сс (2:30) или минуты (3)</translation>
    </message>
    <message>
        <source>Several participants match “{text}”: pick one, or type more.</source>
        <translation>С «{text}» совпадают несколько участников: выберите одного или уточните ввод.</translation>
    </message>
    <message>
        <source>The speaker could not be added.</source>
        <translation>Не удалось добавить оратора.</translation>
    </message>
</context>
<context>
    <name>AgendaEditing</name>
    <message>
        <source>Edit session</source>
        <extracomment>A session&apos;s data changed (its fields, agenda, lists): views showing it re-read it. A meeting&apos;s roster changed (a participant added or edited, a language). A meeting has another session (a duplicate) or one fewer (its undo). An edit did not apply; carries the reason, for the person editing. An edit could not be saved; nothing changed. The open session changed under the editor (the chair&apos;s action, or another console&apos;s edit through the backend&apos;s feed): views showing it re-read it. The file changed wholesale (an import re-read the open session): views re-read all.</extracomment>
        <translation>Изменение заседания</translation>
    </message>
    <message>
        <source>Session details</source>
        <translation>Сведения о заседании</translation>
    </message>
    <message>
        <source>Add agenda item</source>
        <translation>Добавление пункта</translation>
    </message>
    <message>
        <source>Edit agenda item</source>
        <translation>Изменение пункта</translation>
    </message>
    <message>
        <source>Move agenda item</source>
        <translation>Перемещение пункта</translation>
    </message>
    <message>
        <source>Remove agenda item</source>
        <translation>Удаление пункта</translation>
    </message>
    <message>
        <source>Add speaker</source>
        <translation>Добавление оратора</translation>
    </message>
    <message>
        <source>Speech type</source>
        <translation>Вид выступления</translation>
    </message>
    <message>
        <source>Allotted time</source>
        <translation>Отведённое время</translation>
    </message>
    <message>
        <source>Remove speaker</source>
        <translation>Снятие оратора</translation>
    </message>
    <message>
        <source>Two speakers share a place; move another one first</source>
        <translation>Два оратора занимают одно место; сначала переместите другого</translation>
    </message>
    <message>
        <source>Move speaker</source>
        <translation>Перемещение оратора</translation>
    </message>
    <message>
        <source>This meeting has no session yet: add one first</source>
        <translation>У этого мероприятия ещё нет заседания: сначала добавьте его</translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation>Добавление участника</translation>
    </message>
    <message>
        <source>Edit participant</source>
        <translation>Изменение участника</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>That session is no longer in this database</source>
        <extracomment>Events that change nothing the editor shows (it shows the session, its details, agenda items and lists, not the clock, the turns or the hands). Events that change a meeting&apos;s roster.</extracomment>
        <translation>Этого заседания больше нет в базе данных</translation>
    </message>
    <message>
        <source>Not saved, nothing changed: {error}</source>
        <translation>Не сохранено, ничего не изменилось: {error}</translation>
    </message>
</context>
<context>
    <name>AgendaEditor</name>
    <message>
        <source>Agenda editor</source>
        <translation>Редактор повестки дня</translation>
    </message>
    <message>
        <source>Meetings, sessions and agenda items</source>
        <translation>Мероприятия, заседания и пункты повестки дня</translation>
    </message>
    <message>
        <source>Add agenda item</source>
        <translation>Добавить пункт</translation>
    </message>
    <message>
        <source>Add an agenda item to the session</source>
        <translation>Добавить пункт в повестку дня заседания</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Remove the chosen agenda item</source>
        <translation>Удалить выбранный пункт</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Вверх</translation>
    </message>
    <message>
        <source>Move the chosen agenda item up</source>
        <translation>Переместить выбранный пункт вверх</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Вниз</translation>
    </message>
    <message>
        <source>Move the chosen agenda item down</source>
        <translation>Переместить выбранный пункт вниз</translation>
    </message>
    <message>
        <source>Choose a session to edit it, or one of its agenda items to edit its list of speakers. The Roster tab lists the meeting&apos;s participants.</source>
        <translation>Выберите заседание, чтобы изменить его, или один из его пунктов, чтобы изменить список ораторов. На вкладке «Участники» перечислены участники мероприятия.</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Часовой пояс</translation>
    </message>
    <message>
        <source>Details or roster</source>
        <translation>Подробности или участники</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Подробности</translation>
    </message>
    <message>
        <source>R&amp;oster</source>
        <translation>&amp;Участники</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <source>Duplicate session</source>
        <translation>Дублировать заседание</translation>
    </message>
    <message>
        <source>Move agenda item up</source>
        <translation>Переместить пункт вверх</translation>
    </message>
    <message>
        <source>Move agenda item down</source>
        <translation>Переместить пункт вниз</translation>
    </message>
    <message>
        <source>Remove agenda item</source>
        <translation>Удалить пункт</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Заседание</translation>
    </message>
    <message>
        <source>Choose a session first</source>
        <translation>Сначала выберите заседание</translation>
    </message>
    <message>
        <source>New agenda item</source>
        <translation>Новый пункт повестки дня</translation>
    </message>
    <message>
        <source>Choose a session to duplicate</source>
        <translation>Выберите заседание для дублирования</translation>
    </message>
    <message>
        <source>Copied, on this console only: Session → Upload to backend… sends its meeting to a backend.</source>
        <translation>Скопировано, только на этом пульте: Заседание → Отправить на сервер… отправляет его мероприятие на сервер.</translation>
    </message>
</context>
<context>
    <name>AgendaForms</name>
    <message>
        <source>local time</source>
        <translation>местное время</translation>
    </message>
    <message>
        <source>Problem with the form</source>
        <translation>Ошибка в форме</translation>
    </message>
</context>
<context>
    <name>AgendaTreeModel</name>
    <message>
        <source>Meetings, sessions and agenda items</source>
        <extracomment>``(kind, id)`` of a tree node: ``(&quot;meeting&quot; | &quot;session&quot; | &quot;item&quot;, id)``. The entry or participant id of a table row. What a dragged speaker carries: the entry id.</extracomment>
        <translation>Мероприятия, заседания и пункты повестки дня</translation>
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
        <translation>Баланс времени выступлений на данный момент</translation>
    </message>
    <message>
        <source>Groups</source>
        <extracomment>The balance on screen (``None`` until first shown). The finished turns&apos; sums, kept from one second to the next (from the first showing).</extracomment>
        <translation>Группы</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <source>Speaking balance so far: {time} in {turns}</source>
        <translation>Баланс времени выступлений на данный момент: {time} за {turns}</translation>
    </message>
    <message>
        <source>1 turn</source>
        <translation>1 выступление</translation>
    </message>
    <message>
        <source>{n} turns</source>
        <translation>выступлений: {n}</translation>
    </message>
    <message>
        <source>Speaking balance: nobody has spoken yet</source>
        <translation>Баланс времени выступлений: ещё никто не выступал</translation>
    </message>
    <message>
        <source>No time yet: {who}</source>
        <translation>Пока без времени: {who}</translation>
    </message>
    <message>
        <source>Nobody has spoken yet.</source>
        <translation>Ещё никто не выступал.</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to a backend</source>
        <extracomment>The least width the dialog takes: a form of two fields and a sentence of result. Beside the title text, the window manager&apos;s title bar holds an icon and three buttons. A line edit&apos;s frame and inner margins around its text. Room left between the dialog and the screen&apos;s edges. The chair chose to follow a session: (backend URL, token, session id).</extracomment>
        <translation>Подключение к серверу</translation>
    </message>
    <message>
        <source>Backend address</source>
        <translation>Адрес сервера</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Токен доступа</translation>
    </message>
    <message>
        <source>Test connection</source>
        <extracomment>The chair edited the token (typed, pasted, cleared): the keyring never overwrites it.</extracomment>
        <translation>Проверить подключение</translation>
    </message>
    <message>
        <source>Session to follow</source>
        <translation>Заседание для отслеживания</translation>
    </message>
    <message>
        <source>Follow session</source>
        <translation>Следить за заседанием</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Заседание</translation>
    </message>
    <message>
        <source>Looking for this computer&apos;s keyring…</source>
        <translation>Поиск хранилища ключей на этом компьютере…</translation>
    </message>
    <message>
        <source>The token is kept in this computer&apos;s keyring.</source>
        <translation>Токен хранится в хранилище ключей этого компьютера.</translation>
    </message>
    <message>
        <source>This computer has no keyring: the token is kept for this run only and will be asked for again next time.</source>
        <translation>На этом компьютере нет хранилища ключей: токен хранится только до закрытия программы и будет запрошен снова.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Подключение…</translation>
    </message>
    <message>
        <source>The backend refused: {message}</source>
        <translation>Сервер отказал: {message}</translation>
    </message>
    <message>
        <source>Cannot reach {url}: {error}</source>
        <translation>Не удаётся связаться с {url}: {error}</translation>
    </message>
    <message>
        <source>Connected as {role} of “{meeting}”; server clock {offset:+d} ms.</source>
        <translation>Подключено как {role} мероприятия «{meeting}»; часы сервера {offset:+d} мс.</translation>
    </message>
    <message>
        <source>This token cannot chair a session.</source>
        <translation>Этот токен не позволяет председательствовать на заседании.</translation>
    </message>
    <message>
        <source>The address must start with https:// (or http:// on a LAN).</source>
        <translation>Адрес должен начинаться с https:// (или http:// в локальной сети).</translation>
    </message>
    <message>
        <source>Paste the access token the organisers gave you.</source>
        <translation>Вставьте токен доступа, выданный организаторами.</translation>
    </message>
</context>
<context>
    <name>ControlDialog</name>
    <message>
        <source>Control surfaces</source>
        <translation>Панели управления</translation>
    </message>
    <message>
        <source>Let a Stream Deck (through Bitfocus Companion) or a script press the console&apos;s keys and read who speaks and the countdown. The page to build in Companion is described in docs/companion.md.</source>
        <translation>Разрешить Stream Deck (через Bitfocus Companion) или сценарию нажимать клавиши консоли и узнавать, кто выступает и сколько осталось времени. Страница для Companion описана в docs/companion.md.</translation>
    </message>
    <message>
        <source>HTTP and WebSocket, on port</source>
        <translation>HTTP и WebSocket, порт</translation>
    </message>
    <message>
        <source>OSC over UDP, on port</source>
        <translation>OSC по UDP, порт</translation>
    </message>
    <message>
        <source>This computer only (127.0.0.1, no secret)</source>
        <translation>Только этот компьютер (127.0.0.1, без секрета)</translation>
    </message>
    <message>
        <source>The network (every interface): surfaces must give the secret</source>
        <translation>Сеть (все интерфейсы): панели должны передавать секрет</translation>
    </message>
    <message>
        <source>Control secret</source>
        <translation>Секрет управления</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>New secret</source>
        <translation>Новый секрет</translation>
    </message>
    <message>
        <source>Make a new secret; the old one stops working when you apply</source>
        <translation>Создать новый секрет; старый перестанет действовать после применения</translation>
    </message>
    <message>
        <source>Secret:</source>
        <translation>Секрет:</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Запуск…</translation>
    </message>
</context>
<context>
    <name>ControlSurfaces</name>
    <message>
        <source>HTTP control could not start: {error}</source>
        <extracomment>How long a problem (port in use) stays in the status bar&apos;s passing messages. The servers started, stopped or failed: ``status_lines()`` changed.</extracomment>
        <translation>Не удалось запустить управление по HTTP: {error}</translation>
    </message>
    <message>
        <source>OSC control could not start: {error}</source>
        <translation>Не удалось запустить управление по OSC: {error}</translation>
    </message>
    <message>
        <source> or </source>
        <translation> или </translation>
    </message>
    <message>
        <source>HTTP and WebSocket: {addresses} ({websocket})</source>
        <translation>HTTP и WebSocket: {addresses} ({websocket})</translation>
    </message>
    <message>
        <source>OSC: udp {where}, /moderator/&lt;action&gt;</source>
        <translation>OSC: udp {where}, /moderator/&lt;action&gt;</translation>
    </message>
    <message>
        <source>Off: no control surface can drive this console</source>
        <translation>Выключено: никакая панель управления не может управлять этой консолью</translation>
    </message>
    <message>
        <source>PORT PROBLEM</source>
        <translation>ПРОБЛЕМА С ПОРТОМ</translation>
    </message>
    <message>
        <source>Control (network, secret): {parts}</source>
        <translation>Управление (сеть, секрет): {parts}</translation>
    </message>
    <message>
        <source>Control: {parts}</source>
        <translation>Управление: {parts}</translation>
    </message>
</context>
<context>
    <name>CountdownWidget</name>
    <message>
        <source>Countdown</source>
        <extracomment>In overtime the cue inverts this long after each new second, until the next one.</extracomment>
        <translation>Обратный отсчёт</translation>
    </message>
</context>
<context>
    <name>CurrentSpeakerPanel</name>
    <message>
        <source>Speaker</source>
        <translation>Оратор</translation>
    </message>
    <message>
        <source>Function and organisation</source>
        <translation>Должность и организация</translation>
    </message>
    <message>
        <source>Speech type and attendance</source>
        <translation>Вид выступления и присутствие</translation>
    </message>
    <message>
        <source>Next speaker</source>
        <translation>Следующий оратор</translation>
    </message>
    <message>
        <source>Nobody has the floor</source>
        <translation>Слово никому не предоставлено</translation>
    </message>
    <message>
        <source>Next: {name} resumes</source>
        <translation>Далее: {name} продолжает</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>осталось {time}</translation>
    </message>
    <message>
        <source>{time} over</source>
        <translation>превышение {time}</translation>
    </message>
    <message>
        <source>Next: {name} resumes — {organisation} ({time}, {where})</source>
        <translation>Далее: {name} продолжает — {organisation} ({time}, {where})</translation>
    </message>
    <message>
        <source>Next: nobody is waiting</source>
        <translation>Далее: никто не ждёт</translation>
    </message>
    <message>
        <source>Next: {name} — {organisation} ({type}, {time}, {where})</source>
        <translation>Далее: {name} — {organisation} ({type}, {time}, {where})</translation>
    </message>
</context>
<context>
    <name>DisplayControls</name>
    <message>
        <source>Screen</source>
        <translation>Экран</translation>
    </message>
    <message>
        <source>{name} — {w}×{h} at ({x}, {y})</source>
        <translation>{name} — {w}×{h} в точке ({x}, {y})</translation>
    </message>
    <message>
        <source> (main)</source>
        <translation> (основной)</translation>
    </message>
    <message>
        <source>Screen for the speaker display</source>
        <translation>Экран для оратора</translation>
    </message>
    <message>
        <source>Show the speaker display</source>
        <translation>Показать экран для оратора</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Во весь экран</translation>
    </message>
    <message>
        <source>Hide overtime on the speaker display</source>
        <translation>Скрывать превышение времени на экране для оратора</translation>
    </message>
    <message>
        <source>The speaker sees 0:00 and TIME UP instead of +m:ss; the console still counts</source>
        <translation>Оратор видит 0:00 и ВРЕМЯ ИСТЕКЛО вместо +м:сс; пульт продолжает отсчёт</translation>
    </message>
    <message>
        <source>Blackout</source>
        <translation>Затемнение</translation>
    </message>
    <message>
        <source>Turn the speaker display black; press again to restore</source>
        <translation>Затемнить экран для оратора; нажмите снова, чтобы вернуть</translation>
    </message>
    <message>
        <source>Messages to the speaker</source>
        <translation>Сообщения оратору</translation>
    </message>
    <message>
        <source>Message to type</source>
        <translation>Текст сообщения</translation>
    </message>
    <message>
        <source>Type a message and press Enter</source>
        <translation>Введите сообщение и нажмите Enter</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Отправить</translation>
    </message>
    <message>
        <source>Send the message</source>
        <translation>Отправить сообщение</translation>
    </message>
    <message>
        <source>Clear message</source>
        <translation>Убрать сообщение</translation>
    </message>
    <message>
        <source>Clear the message</source>
        <translation>Убрать сообщение</translation>
    </message>
    <message>
        <source>Speaker display status</source>
        <translation>Состояние экрана для оратора</translation>
    </message>
    <message>
        <source>Screen:</source>
        <translation>Экран:</translation>
    </message>
    <message>
        <source>Messages (Enter or double-click sends):</source>
        <translation>Сообщения (Enter или двойной щелчок отправляет):</translation>
    </message>
    <message>
        <source>Hide the display</source>
        <translation>Скрыть экран</translation>
    </message>
    <message>
        <source>Show the display</source>
        <translation>Показать экран</translation>
    </message>
    <message>
        <source>On the display: “{text}”</source>
        <translation>На экране: «{text}»</translation>
    </message>
    <message>
        <source>No message on the display.</source>
        <translation>На экране нет сообщения.</translation>
    </message>
</context>
<context>
    <name>DisplayControlsDialog</name>
    <message>
        <source>Speaker display</source>
        <translation>Экран для оратора</translation>
    </message>
</context>
<context>
    <name>DisplayIndicator</name>
    <message>
        <source>message “{text}”</source>
        <extracomment>A typed message longer than this is cut in the status bar (in full in the tooltip).</extracomment>
        <translation>сообщение «{text}»</translation>
    </message>
    <message>
        <source>blackout</source>
        <translation>затемнение</translation>
    </message>
    <message>
        <source>Display: off ({pending} when shown)</source>
        <translation>Экран: выключен ({pending} при показе)</translation>
    </message>
    <message>
        <source>Display: off</source>
        <translation>Экран: выключен</translation>
    </message>
    <message>
        <source>main screen</source>
        <translation>основной экран</translation>
    </message>
    <message>
        <source>Display: BLACKOUT ({screen})</source>
        <translation>Экран: ЗАТЕМНЁН ({screen})</translation>
    </message>
    <message>
        <source>Display: {message} ({screen})</source>
        <translation>Экран: {message} ({screen})</translation>
    </message>
    <message>
        <source>Display: on (screen {screen})</source>
        <translation>Экран: включён (экран {screen})</translation>
    </message>
    <message>
        <source>Display: on (window on {screen})</source>
        <translation>Экран: включён (окно на {screen})</translation>
    </message>
    <message>
        <source>Click for the speaker display&apos;s controls.</source>
        <translation>Щёлкните, чтобы открыть управление экраном для оратора.</translation>
    </message>
</context>
<context>
    <name>DisplayMessage</name>
    <message>
        <source>Please conclude</source>
        <extracomment>Typed messages longer than this are cut: the banner must stay readable from the room.</extracomment>
        <translation>Просьба завершать</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>Время истекло</translation>
    </message>
</context>
<context>
    <name>DisplayPreview</name>
    <message>
        <source>Preview of the speaker display</source>
        <translation>Предпросмотр экрана для оратора</translation>
    </message>
    <message>
        <source>BLACKOUT</source>
        <translation>ЗАТЕМНЁН</translation>
    </message>
    <message>
        <source>NOT SHOWN</source>
        <translation>НЕ ПОКАЗАН</translation>
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
        <translation>Дата</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <source>Title or function</source>
        <translation>Звание или должность</translation>
    </message>
    <message>
        <source>Organisation or delegation</source>
        <translation>Организация или делегация</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>type a date as YYYY-MM-DD (e.g. 2025-11-28)</source>
        <translation>введите дату в формате ГГГГ-ММ-ДД (например, 2025-11-28)</translation>
    </message>
    <message>
        <source>{text} is not a day of the calendar</source>
        <translation>{text} — такого дня нет в календаре</translation>
    </message>
    <message>
        <source>type a time as HH:MM (e.g. 09:30)</source>
        <translation>введите время в формате ЧЧ:ММ (например, 09:30)</translation>
    </message>
    <message>
        <source>{text} is not a time of day</source>
        <translation>{text} — недопустимое время суток</translation>
    </message>
    <message>
        <source>{time} does not exist on {day} in {zone} (the clocks go forward)</source>
        <translation>{time} не существует {day} в поясе {zone} (перевод часов вперёд)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>a session needs a title</source>
        <translation>у заседания должно быть название</translation>
    </message>
    <message>
        <source>at most {limit} characters ({typed} typed)</source>
        <translation>не более {limit} символов (введено {typed})</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Зал</translation>
    </message>
    <message>
        <source>type a time as HH:MM, or YYYY-MM-DD HH:MM for another day</source>
        <translation>введите время ЧЧ:ММ или ГГГГ-ММ-ДД ЧЧ:ММ для другого дня</translation>
    </message>
    <message>
        <source>the session must end after it starts</source>
        <translation>заседание должно заканчиваться после начала</translation>
    </message>
    <message>
        <source>a session cannot last more than a week</source>
        <translation>заседание не может длиться больше недели</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <source>at most {limit} characters</source>
        <translation>не более {limit} символов</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>an agenda item needs a title</source>
        <translation>у пункта повестки дня должно быть название</translation>
    </message>
    <message>
        <source>Planned duration</source>
        <translation>Запланированная продолжительность</translation>
    </message>
    <message>
        <source>type minutes (45) or m:ss (7:30), at most 24 hours</source>
        <translation>введите минуты (45) или м:сс (7:30), не более 24 часов</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>a participant needs a name</source>
        <translation>у участника должно быть имя</translation>
    </message>
    <message>
        <source>a meeting needs a title</source>
        <translation>у мероприятия должно быть название</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Место проведения</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Часовой пояс</translation>
    </message>
    <message>
        <source>choose the meeting&apos;s time zone (e.g. Europe/Brussels)</source>
        <translation>выберите часовой пояс мероприятия (например, Europe/Brussels)</translation>
    </message>
    <message>
        <source>“{zone}” is not a time zone name (e.g. Europe/Brussels)</source>
        <translation>«{zone}» — это не название часового пояса (например, Europe/Brussels)</translation>
    </message>
</context>
<context>
    <name>FitPlanModel</name>
    <message>
        <source>Speaker</source>
        <translation>Оратор</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Пункт повестки дня</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Сейчас</translation>
    </message>
    <message>
        <source>After</source>
        <translation>После</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>без изменений</translation>
    </message>
    <message>
        <source>(minimum)</source>
        <translation>(минимум)</translation>
    </message>
    <message>
        <source>Nobody is shortened below {floor}</source>
        <translation>Никому не остаётся меньше {floor}</translation>
    </message>
</context>
<context>
    <name>FitToEndDialog</name>
    <message>
        <source>Fit to the end</source>
        <extracomment>Applied: carries how many allotments changed.</extracomment>
        <translation>Уложиться в регламент</translation>
    </message>
    <message>
        <source>Projected end now</source>
        <translation>Ожидаемое окончание сейчас</translation>
    </message>
    <message>
        <source>Projected end after fitting</source>
        <translation>Ожидаемое окончание после сокращения</translation>
    </message>
    <message>
        <source>Allotments now and after fitting</source>
        <translation>Отведённое время сейчас и после сокращения</translation>
    </message>
    <message>
        <source>Every waiting speaker&apos;s time is shortened by the same proportion, never below 0:30. The speaker who has the floor keeps their time. One Ctrl+Z undoes it all.</source>
        <translation>Время каждого ожидающего оратора сокращается в одной пропорции, но не меньше 0:30. Оратор, которому предоставлено слово, сохраняет своё время. Одно нажатие Ctrl+Z отменяет всё.</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Применить</translation>
    </message>
    <message>
        <source>Apply the shortened times</source>
        <translation>Применить сокращённое время</translation>
    </message>
    <message>
        <source>This session has no scheduled end to fit to.</source>
        <translation>У этого заседания нет запланированного окончания.</translation>
    </message>
    <message>
        <source>Projected end {end}, scheduled end {scheduled}: on time.</source>
        <translation>Ожидаемое окончание {end}, запланированное {scheduled}: вовремя.</translation>
    </message>
    <message>
        <source>Projected end now {end}, scheduled end {scheduled}: late by {late}.</source>
        <translation>Ожидаемое окончание сейчас {end}, запланированное {scheduled}: опоздание на {late}.</translation>
    </message>
    <message>
        <source>After fitting: ends {end}, on time ({count} speakers shortened).</source>
        <translation>После сокращения: окончание в {end}, вовремя (сокращено ораторов: {count}).</translation>
    </message>
    <message>
        <source>After fitting: ends {end}, still late by {late}: everyone waiting is at the minimum of 0:30 ({count} speakers shortened).</source>
        <translation>После сокращения: окончание в {end}, всё ещё опоздание на {late}: у всех ожидающих минимум 0:30 (сокращено ораторов: {count}).</translation>
    </message>
    <message>
        <source>Nothing to shorten: everyone waiting is already at the minimum of 0:30.</source>
        <translation>Нечего сокращать: у всех ожидающих уже минимум 0:30.</translation>
    </message>
    <message>
        <source>The session is on time: nothing to shorten.</source>
        <translation>Заседание идёт по графику: нечего сокращать.</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>Нечего менять.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>HandsModel</name>
    <message>
        <source>#</source>
        <extracomment>Where the source column says in words what its short label abbreviates.</extracomment>
        <translation>№</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Ожидание</translation>
    </message>
    <message>
        <source>(unknown participant)</source>
        <extracomment>The open hands changed (one was raised, lowered or taken), once the rows are updated.</extracomment>
        <translation>(неизвестный участник)</translation>
    </message>
    <message>
        <source>Raised in the room (recorded by the chair)</source>
        <translation>Поднята в зале (отмечено председателем)</translation>
    </message>
    <message>
        <source>Raised on the participant page</source>
        <translation>Поднята на странице участника</translation>
    </message>
    <message>
        <source>Raised in {where}</source>
        <translation>Поднята в {where}</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Страница</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Зал</translation>
    </message>
</context>
<context>
    <name>HandsPanel</name>
    <message>
        <source>Raised hands</source>
        <extracomment>A hand was raised that was not there before: carries a notice for the status bar. G, A or L found no hand to act on: carries the reason, for the status bar.</extracomment>
        <translation>Поднятые руки</translation>
    </message>
    <message>
        <source>No hand is raised.</source>
        <translation>Ни одна рука не поднята.</translation>
    </message>
    <message>
        <source>Raised hands: {count}</source>
        <translation>Поднятые руки: {count}</translation>
    </message>
    <message>
        <source>No raised hands</source>
        <translation>Нет поднятых рук</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Кто-то</translation>
    </message>
    <message>
        <source>✋ {name} raised a hand</source>
        <translation>✋ {name} поднимает руку</translation>
    </message>
    <message>
        <source>✋ {name} raised a hand ({where})</source>
        <translation>✋ {name} поднимает руку ({where})</translation>
    </message>
</context>
<context>
    <name>HelpOverlay</name>
    <message>
        <source>Keyboard shortcuts</source>
        <extracomment>The keys that are never typed into the search field: they close the help or are the console&apos;s function keys (F1 closes, F5 shows the speaker display).
----------
(keys as shown, description) per action, in the collection&apos;s order.</extracomment>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Every shortcut works while this list is open · Ctrl+F searches · Enter or a double click runs the highlighted action · F1 or Esc closes</source>
        <translation>Все сочетания работают, пока открыт этот список · Ctrl+F — поиск · Enter или двойной щелчок выполняет выделенное действие · F1 или Esc — закрыть</translation>
    </message>
    <message>
        <source>Search actions, keys, descriptions (Ctrl+F)</source>
        <translation>Поиск действий, клавиш, описаний (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the actions</source>
        <translation>Поиск действий</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Что делает</translation>
    </message>
    <message>
        <source>Every action and its keys</source>
        <translation>Все действия и их клавиши</translation>
    </message>
    <message>
        <source>{n} actions</source>
        <translation>Действий: {n}</translation>
    </message>
    <message>
        <source>{shown} of {n}</source>
        <translation>{shown} из {n}</translation>
    </message>
    <message>
        <source>No action matches “{q}”</source>
        <translation>Нет действий, соответствующих «{q}»</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>to create</source>
        <extracomment>Names listed under one kind and action in the preview tree before &quot;… and N more&quot;. Progress reports from the worker at most this often (seconds), so they never flood the loop.</extracomment>
        <translation>будут созданы</translation>
    </message>
    <message>
        <source>to update</source>
        <translation>будут обновлены</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>без изменений</translation>
    </message>
    <message>
        <source>kept as they are</source>
        <translation>остаются как есть</translation>
    </message>
    <message>
        <source>to remove</source>
        <translation>будут удалены</translation>
    </message>
    <message>
        <source>no longer in the file: kept</source>
        <translation>больше нет в файле: сохраняются</translation>
    </message>
    <message>
        <source>refused: cannot reach the backend</source>
        <translation>отклонены: сервер недоступен</translation>
    </message>
    <message>
        <source>Meetings</source>
        <extracomment>The heading of each kind of record.</extracomment>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Заседания</translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation>Пункты повестки дня</translation>
    </message>
    <message>
        <source>Speaker entries</source>
        <translation>Записи ораторов</translation>
    </message>
    <message>
        <source>created</source>
        <extracomment>The same once the import is applied.</extracomment>
        <translation>созданы</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>обновлены</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>удалены</translation>
    </message>
    <message>
        <source>Import {name}</source>
        <extracomment>Refused and kept records named in the plain-view notice before &quot;… and N more&quot;. Rows were written; carries the ``ImportPreview`` of what was done.</extracomment>
        <translation>Импорт {name}</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <extracomment>Whether the preview shown (and so the import) removes what left the file.</extracomment>
        <translation>Чтение файла…</translation>
    </message>
    <message>
        <source>Import status</source>
        <translation>Состояние импорта</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Ход импорта</translation>
    </message>
    <message>
        <source>What the file holds</source>
        <translation>Содержимое файла</translation>
    </message>
    <message>
        <source>What the import cannot do</source>
        <translation>Чего импорт сделать не может</translation>
    </message>
    <message>
        <source>What the import will change</source>
        <translation>Что изменит импорт</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Remove what is no longer in the file</source>
        <translation>Удалить то, чего больше нет в файле</translation>
    </message>
    <message>
        <source>Import error</source>
        <translation>Ошибка импорта</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Comparing with the database…</source>
        <translation>Сравнение с базой данных…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <source>This file cannot be imported here: nothing is written.</source>
        <translation>Этот файл нельзя импортировать сюда: ничего не записано.</translation>
    </message>
    <message>
        <source>The database holds everything in this file; {n} record(s) are no longer in it (tick the box below to remove them).</source>
        <translation>В базе данных есть всё из этого файла; записей, которых в нём больше нет: {n} (отметьте поле ниже, чтобы удалить их).</translation>
    </message>
    <message>
        <source>Ready to import.</source>
        <translation>Готово к импорту.</translation>
    </message>
    <message>
        <source>The database already holds everything in this file.</source>
        <translation>В базе данных уже есть всё из этого файла.</translation>
    </message>
    <message>
        <source>Remove what is no longer in the file ({n} session(s) or agenda item(s), with their lists of speakers)</source>
        <translation>Удалить то, чего больше нет в файле (заседаний или пунктов повестки дня: {n}, вместе с их списками ораторов)</translation>
    </message>
    <message>
        <source>Imported: {n} records written.</source>
        <translation>Импортировано: записано записей: {n}.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Ничего не импортировано.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation>Отменено: ничего не импортировано.</translation>
    </message>
    <message>
        <source>Refused: the backend cannot take these changes from this console, so nothing will be imported:</source>
        <translation>Отклонено: сервер не может принять эти изменения с этого пульта, поэтому ничего не будет импортировано:</translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation>… и ещё {n}</translation>
    </message>
    <message>
        <source>Sent to the backend as {n} action(s), queued like the chair&apos;s own.</source>
        <translation>Отправлено на сервер как действия ({n}), поставленные в очередь, как действия председателя.</translation>
    </message>
    <message>
        <source>This meeting is on a backend: the import is sent there as {n} action(s), queued like the chair&apos;s own (they wait in the queue while offline).</source>
        <translation>Это мероприятие находится на сервере: импорт отправляется туда как действия ({n}), поставленные в очередь, как действия председателя (без связи они ждут в очереди).</translation>
    </message>
    <message>
        <source>How the file was read:</source>
        <translation>Как прочитан файл:</translation>
    </message>
    <message>
        <source>Kept as they are:</source>
        <translation>Остаются как есть:</translation>
    </message>
    <message>
        <source>{meetings} meeting(s), {sessions} session(s) in {rooms} room(s), {participants} participant(s), {entries} speaker entries ({format}).</source>
        <translation>Мероприятий: {meetings}, заседаний: {sessions} в залах: {rooms}, участников: {participants}, записей ораторов: {entries} ({format}).</translation>
    </message>
    <message>
        <source>Import an agenda</source>
        <extracomment>The file dialog&apos;s remembered folder for imports.</extracomment>
        <translation>Импорт повестки дня</translation>
    </message>
</context>
<context>
    <name>ItemForm</name>
    <message>
        <source>Agenda item title</source>
        <translation>Название пункта</translation>
    </message>
    <message>
        <source>Planned duration</source>
        <translation>Запланированная продолжительность</translation>
    </message>
    <message>
        <source>minutes, or m:ss</source>
        <translation>минуты или м:сс</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Save the agenda item</source>
        <translation>Сохранить пункт</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Вернуть</translation>
    </message>
    <message>
        <source>Revert the agenda item&apos;s fields</source>
        <translation>Вернуть поля пункта</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <source>&amp;Planned duration</source>
        <translation>&amp;Продолжительность</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>{number} of {count} (Alt+↑ / Alt+↓ in the tree to move it)</source>
        <translation>{number} из {count} (Alt+↑ / Alt+↓ в дереве для перемещения)</translation>
    </message>
</context>
<context>
    <name>Label</name>
    <message>
        <source>session</source>
        <extracomment>A planned duration beyond a day is a typing mistake, not an agenda item. Scheduled times are instants since 1970 in milliseconds; nothing is planned before 2000.</extracomment>
        <translation>заседание</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>Session type</source>
        <translation>Тип заседания</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <source>agenda item</source>
        <translation>пункт повестки дня</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>участник</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Заявление</translation>
    </message>
    <message>
        <source>Question / comment</source>
        <translation>Вопрос / замечание</translation>
    </message>
    <message>
        <source>Point of order</source>
        <translation>По порядку ведения заседания</translation>
    </message>
    <message>
        <source>Right of reply</source>
        <translation>Право на ответ</translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation>Реплика</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Ожидание</translation>
    </message>
    <message>
        <source>Speaking</source>
        <translation>Выступает</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Завершено</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Пропущен</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Снят</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Прерван</translation>
    </message>
    <message>
        <source>In the room</source>
        <translation>В зале</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>Удалённо</translation>
    </message>
    <message>
        <source>Member State</source>
        <translation>Государство-член</translation>
    </message>
    <message>
        <source>Parliament</source>
        <translation>Парламент</translation>
    </message>
    <message>
        <source>Civil society</source>
        <translation>Гражданское общество</translation>
    </message>
    <message>
        <source>UN entity</source>
        <translation>Структура ООН</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Очно</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>Гибридный</translation>
    </message>
    <message>
        <source>Virtual</source>
        <translation>Виртуальный</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <extracomment>A new meeting&apos;s timer thresholds: WARNING from 1:00 left, FINAL (&quot;wrap up now&quot;) from 0:30, as stage timers set their yellow and red by default. Stored with the meeting, so a meeting made before these defaults keeps the thresholds it was stored with; the chair changes them per meeting (Ctrl+Shift+T). The chair closed the list: no new statements or floor requests (points of order and rights of reply stay possible). How they came onto the list (``EntryOrigin``): the turn log and reports say how each speaker got the floor (a point of order shows as the speech type). Where the hand that put them on the list was raised (``HandSource``: the participant page, the room, BigBlueButton, Zoom, Jitsi); &quot;&quot; when no hand did, or not recorded.</extracomment>
        <translation>По плану</translation>
    </message>
    <message>
        <source>Floor request</source>
        <translation>Просьба о слове</translation>
    </message>
    <message>
        <source>Remote hand</source>
        <translation>Поднятая рука онлайн</translation>
    </message>
    <message>
        <source>Interposed</source>
        <extracomment>How the report names a turn that interrupted another one.</extracomment>
        <translation>Вставная</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Идёт</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <extracomment>The turn interrupted another one (an interposed intervention). Where the hand that put them on the list was raised (``None``: no hand, or not known). The three breakdowns of a balance: how a line is sorted into each. The genders as the lines record them (``None``: not recorded).</extracomment>
        <translation>Не указан</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <extracomment>How long the menu&apos;s confirmation stays in the status bar.</extracomment>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>Speaker &amp;display</source>
        <translation>&amp;Экран для оратора</translation>
    </message>
    <message>
        <source>Same as the console</source>
        <translation>Как на пульте</translation>
    </message>
    <message>
        <source>Language saved: it applies when the console next starts.</source>
        <translation>Язык сохранён: он применится при следующем запуске пульта.</translation>
    </message>
    <message>
        <source>The speaker display&apos;s language is changed.</source>
        <translation>Язык экрана для оратора изменён.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Session</source>
        <extracomment>The speaker display&apos;s actions: the Display menu, and the shortcuts that also act from the display controls dialog (all with a modifier or an F key, so none is typing). Whether the live balance panel is shown (QSettings key). The size the console opens at when the screen has room for it (and no size was saved). The menu bar: every action reachable by mouse too (the shortcuts are shown beside them).</extracomment>
        <translation>&amp;Заседание</translation>
    </message>
    <message>
        <source>S&amp;peakers</source>
        <translation>&amp;Ораторы</translation>
    </message>
    <message>
        <source>&amp;Timer</source>
        <translation>&amp;Таймер</translation>
    </message>
    <message>
        <source>&amp;Hands</source>
        <translation>&amp;Руки</translation>
    </message>
    <message>
        <source>&amp;Display</source>
        <translation>Э&amp;кран</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>Moderator — {title}</source>
        <extracomment>Emitted once, when the window has painted for the first time (start-up measurements). A refusal the status bar shows (the service&apos;s, or the window&apos;s own: no speaker selected, nobody to set the time of…): the reason, in the chair&apos;s words. The speaker display, when it is built (on first use): whoever follows what the podium shows connects to its ``sig_changed``.</extracomment>
        <translation>Moderator — {title}</translation>
    </message>
    <message>
        <source>Current agenda item</source>
        <translation>Текущий пункт повестки дня</translation>
    </message>
    <message>
        <source>List of speakers</source>
        <translation>Список ораторов</translation>
    </message>
    <message>
        <source>No agenda</source>
        <translation>Нет повестки дня</translation>
    </message>
    <message>
        <source>Item {n}: {title}</source>
        <translation>Пункт {n}: {title}</translation>
    </message>
    <message>
        <source>  ■ LIST CLOSED</source>
        <translation>  ■ СПИСОК ЗАКРЫТ</translation>
    </message>
    <message>
        <source>Select a speaker in the list first (click or ↑/↓)</source>
        <translation>Сначала выберите оратора в списке (щелчок или ↑/↓)</translation>
    </message>
    <message>
        <source>Nobody has the floor: there is no time to set</source>
        <extracomment>The console&apos;s own settings and notes (the file is reached on first use).</extracomment>
        <translation>Слово никому не предоставлено: нечего устанавливать</translation>
    </message>
    <message>
        <source>Undone: {action} ({key} redoes it)</source>
        <translation>Отменено: {action} ({key} — повторить)</translation>
    </message>
    <message>
        <source>Redone: {action}</source>
        <translation>Повторено: {action}</translation>
    </message>
    <message>
        <source>Undo: {step}</source>
        <translation>Отменить: {step}</translation>
    </message>
    <message>
        <source>Redo: {step}</source>
        <translation>Повторить: {step}</translation>
    </message>
</context>
<context>
    <name>MeetingSettingsDialog</name>
    <message>
        <source>End of the agenda item&apos;s list (before the replies)</source>
        <translation>В конец списка пункта (перед ответами)</translation>
    </message>
    <message>
        <source>Top of the list, right after the current speaker</source>
        <translation>В начало списка, сразу после текущего оратора</translation>
    </message>
    <message>
        <source>Own queue, taken at the end of the agenda item</source>
        <translation>Отдельная очередь в конце пункта</translation>
    </message>
    <message>
        <source>Interrupts the current speaker, who resumes afterwards</source>
        <translation>Прерывает текущего оратора, который затем продолжает</translation>
    </message>
    <message>
        <source>Speech types — {meeting}</source>
        <extracomment>Saved: carries the meeting&apos;s new ``SpeechRules``.</extracomment>
        <translation>Виды выступлений — {meeting}</translation>
    </message>
    <message>
        <source>Speech type</source>
        <translation>Вид выступления</translation>
    </message>
    <message>
        <source>Default time</source>
        <translation>Время по умолчанию</translation>
    </message>
    <message>
        <source>Where a new speaker goes</source>
        <translation>Куда ставится новый оратор</translation>
    </message>
    <message>
        <source>default time</source>
        <translation>время по умолчанию</translation>
    </message>
    <message>
        <source>{kind}: where a new speaker goes</source>
        <translation>{kind}: куда ставится новый оратор</translation>
    </message>
    <message>
        <source>{kind}: limit per delegation</source>
        <translation>{kind}: ограничение на делегацию</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>без ограничения</translation>
    </message>
    <message>
        <source>later replies</source>
        <translation>последующие ответы</translation>
    </message>
    <message>
        <source>as the first</source>
        <translation>как первый</translation>
    </message>
    <message>
        <source>limit per delegation</source>
        <translation>ограничение на делегацию</translation>
    </message>
    <message>
        <source>replies per delegation on one agenda item</source>
        <translation>ответов от делегации по одному пункту</translation>
    </message>
    <message>
        <source>time of the second and later replies (empty: as the first)</source>
        <translation>время второго и последующих ответов (пусто: как первый)</translation>
    </message>
    <message>
        <source>Q&amp;A reserve per imported talk</source>
        <translation>Резерв на вопросы и ответы на импортированный доклад</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Q&amp;&amp;A reserve per talk</source>
        <translation>Резерв на вопросы и &amp;&amp;ответы на доклад</translation>
    </message>
    <message>
        <source>kept free at the end of an imported talk; its speakers share the rest</source>
        <translation>остаётся свободным в конце импортированного доклада; остальное делят его ораторы</translation>
    </message>
    <message>
        <source>Problems with these settings</source>
        <translation>Ошибки в этих настройках</translation>
    </message>
    <message>
        <source>Times as m:ss (2:30) or minutes (3). New settings apply to speakers added from now on; those already on the list keep their time. Kept on this computer.</source>
        <translation>Время в формате м:сс (2:30) или в минутах (3). Новые настройки применяются к ораторам, добавленным с этого момента; уже записанные сохраняют своё время. Хранятся на этом компьютере.</translation>
    </message>
    <message>
        <source>{kind}: {field}</source>
        <translation>{kind}: {field}</translation>
    </message>
    <message>
        <source>{kind} — {field}: “{text}” is not a time (m:ss or minutes).</source>
        <translation>{kind} — {field}: «{text}» — это не время (м:сс или минуты).</translation>
    </message>
    <message>
        <source>{kind} — {field}: at most 4 hours.</source>
        <translation>{kind} — {field}: не более 4 часов.</translation>
    </message>
    <message>
        <source>{kind} — {field}: must be at least 0:01.</source>
        <translation>{kind} — {field}: не менее 0:01.</translation>
    </message>
    <message>
        <source>Q&amp;A reserve: “{text}” is not a time (m:ss or minutes).</source>
        <translation>Резерв на вопросы и ответы: «{text}» — это не время (м:сс или минуты).</translation>
    </message>
    <message>
        <source>Q&amp;A reserve: at most 4 hours.</source>
        <translation>Резерв на вопросы и ответы: не более 4 часов.</translation>
    </message>
    <message>
        <source>⚠ Not saved, nothing changed: {error}</source>
        <translation>⚠ Не сохранено, ничего не изменилось: {error}</translation>
    </message>
</context>
<context>
    <name>MessagesModel</name>
    <message>
        <source>Typed earlier: send it again</source>
        <translation>Введено ранее: отправить снова</translation>
    </message>
    <message>
        <source>Preset message</source>
        <translation>Готовое сообщение</translation>
    </message>
</context>
<context>
    <name>NewMeetingDialog</name>
    <message>
        <source>New meeting</source>
        <extracomment>The meeting was created (its id) and whether the chair goes on to its first session.</extracomment>
        <translation>Новое мероприятие</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Место проведения</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Часовой пояс</translation>
    </message>
    <message>
        <source>Then create its first session</source>
        <translation>Затем создать его первое заседание</translation>
    </message>
</context>
<context>
    <name>NewSessionDialog</name>
    <message>
        <source>New session</source>
        <extracomment>The session was created: its id, open it now, then fill its agenda in the editor.</extracomment>
        <translation>Новое заседание</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>ЧЧ:ММ</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <source>HH:MM, or YYYY-MM-DD HH:MM</source>
        <translation>ЧЧ:ММ или ГГГГ-ММ-ДД ЧЧ:ММ</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Зал</translation>
    </message>
    <message>
        <source>Times in</source>
        <translation>Время по поясу</translation>
    </message>
    <message>
        <source>The new session is on this console only until its meeting is uploaded (Session → Upload to backend…), as a duplicated one is.</source>
        <translation>Новое заседание существует только на этом пульте, пока его мероприятие не отправлено на сервер (Заседание → Отправить на сервер…), как и дублированное.</translation>
    </message>
    <message>
        <source>Open it now</source>
        <translation>Открыть сейчас</translation>
    </message>
    <message>
        <source>and fill its agenda in the agenda editor</source>
        <translation>и заполнить его повестку дня в редакторе</translation>
    </message>
</context>
<context>
    <name>NotSyncingBanner</name>
    <message>
        <source>Not syncing</source>
        <extracomment>The chair asked to connect (the button, or a click on the banner).</extracomment>
        <translation>Нет синхронизации</translation>
    </message>
    <message>
        <source>⚠ Not syncing — Connect ({shortcut})</source>
        <extracomment>The refusal shown (``None`` unless the backend refused).</extracomment>
        <translation>⚠ Нет синхронизации — Подключиться ({shortcut})</translation>
    </message>
    <message>
        <source>⚠ Not syncing — Connect</source>
        <translation>⚠ Нет синхронизации — Подключиться</translation>
    </message>
    <message>
        <source>Connect…</source>
        <translation>Подключиться…</translation>
    </message>
    <message>
        <source>Connect to the backend</source>
        <translation>Подключиться к серверу</translation>
    </message>
    <message>
        <source>Looking for the access token of {url} in this computer&apos;s keyring…</source>
        <translation>Поиск токена доступа для {url} в хранилище ключей этого компьютера…</translation>
    </message>
    <message>
        <source>This session is followed on {url}, but no access token is available on this laptop (none in the keyring, no MODERATOR_TOKEN): remote hands do not arrive and your actions stay here until you connect.</source>
        <translation>Это заседание отслеживается на {url}, но на этом компьютере нет токена доступа (ни в хранилище ключей, ни в MODERATOR_TOKEN): поднятые онлайн руки не поступают, а ваши действия остаются здесь до подключения.</translation>
    </message>
    <message>
        <source>This session is followed on a backend whose address this laptop does not know: remote hands do not arrive and your actions stay here until you connect.</source>
        <translation>Это заседание отслеживается на сервере, адрес которого этому компьютеру неизвестен: поднятые онлайн руки не поступают, а ваши действия остаются здесь до подключения.</translation>
    </message>
    <message>
        <source>The backend {url} refused: {reason}. Connect with a valid access token; your actions stay here meanwhile.</source>
        <translation>Сервер {url} отказал: {reason}. Подключитесь с действительным токеном доступа; пока ваши действия остаются здесь.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>причина не указана</translation>
    </message>
    <message>
        <source>Nothing waiting</source>
        <translation>Ничего не ожидает</translation>
    </message>
    <message>
        <source>1 action waiting</source>
        <translation>1 действие ожидает</translation>
    </message>
    <message>
        <source>{n} actions waiting</source>
        <translation>Ожидающих действий: {n}</translation>
    </message>
    <message>
        <source>The backend refused an earlier action, not yet read: {newest}.</source>
        <translation>Сервер отклонил более раннее действие, ещё не прочитано: {newest}.</translation>
    </message>
    <message>
        <source>The backend refused {n} earlier actions, not yet read; the newest: {newest}.</source>
        <translation>Сервер отклонил более ранние действия ({n}), ещё не прочитаны; последнее: {newest}.</translation>
    </message>
</context>
<context>
    <name>NotesEditor</name>
    <message>
        <source>Note — {title}</source>
        <extracomment>The panel shows this much of a note; the whole note is in the tooltip and the editor. Saved: (kind, entity id, text); an empty text means the note was deleted.</extracomment>
        <translation>Заметка — {title}</translation>
    </message>
    <message>
        <source>Note on {title}</source>
        <translation>Заметка о {title}</translation>
    </message>
    <message>
        <source>Only you see this note.</source>
        <translation>Эту заметку видите только вы.</translation>
    </message>
    <message>
        <source>Ctrl+Enter saves, Esc cancels. Notes stay on this computer: they are not sent to the backend or shown to anyone.</source>
        <translation>Ctrl+Enter — сохранить, Esc — отменить. Заметки остаются на этом компьютере: они не отправляются на сервер и никому не показываются.</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>Не сохранено: {error}</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>Whose note</source>
        <translation>О ком заметка</translation>
    </message>
    <message>
        <source>Note on the speaker</source>
        <translation>Заметка об ораторе</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Edit the note on this speaker</source>
        <translation>Изменить заметку об этом ораторе</translation>
    </message>
    <message>
        <source>Which agenda item</source>
        <translation>Какой пункт повестки дня</translation>
    </message>
    <message>
        <source>Note on the agenda item</source>
        <translation>Заметка о пункте повестки дня</translation>
    </message>
    <message>
        <source>Edit the note on this agenda item</source>
        <translation>Изменить заметку об этом пункте</translation>
    </message>
    <message>
        <source>No note.</source>
        <translation>Нет заметки.</translation>
    </message>
    <message>
        <source>Speaker: {name}</source>
        <translation>Оратор: {name}</translation>
    </message>
    <message>
        <source>Next speaker: {name}</source>
        <translation>Следующий оратор: {name}</translation>
    </message>
    <message>
        <source>speaker</source>
        <translation>оратор</translation>
    </message>
    <message>
        <source>Speaker: nobody has the floor</source>
        <translation>Оратор: слово никому не предоставлено</translation>
    </message>
    <message>
        <source>Agenda item: {title}</source>
        <translation>Пункт повестки дня: {title}</translation>
    </message>
    <message>
        <source>No agenda item</source>
        <translation>Нет пункта повестки дня</translation>
    </message>
</context>
<context>
    <name>OfflineDownloadDialog</name>
    <message>
        <source>Make sessions available offline</source>
        <extracomment>The download ended (every chosen session downloaded, refused or failed).</extracomment>
        <translation>Сделать заседания доступными без сети</translation>
    </message>
    <message>
        <source>Backend address</source>
        <translation>Адрес сервера</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Токен доступа</translation>
    </message>
    <message>
        <source>List the sessions</source>
        <extracomment>The chair edited the token (typed, pasted, cleared): the keyring never overwrites it.</extracomment>
        <translation>Показать заседания</translation>
    </message>
    <message>
        <source>Sessions to make available offline</source>
        <translation>Заседания, доступные без сети</translation>
    </message>
    <message>
        <source>%v of %m sessions</source>
        <translation>%v из %m заседаний</translation>
    </message>
    <message>
        <source>What happened to each session</source>
        <translation>Что произошло с каждым заседанием</translation>
    </message>
    <message>
        <source>Download the ticked sessions</source>
        <translation>Загрузить отмеченные заседания</translation>
    </message>
    <message>
        <source>Asking the backend for its sessions…</source>
        <translation>Запрос заседаний у сервера…</translation>
    </message>
    <message>
        <source>The backend refused: {message}</source>
        <translation>Сервер отказал: {message}</translation>
    </message>
    <message>
        <source>Cannot reach {url}: {error}</source>
        <translation>Не удаётся связаться с {url}: {error}</translation>
    </message>
    <message>
        <source>The backend&apos;s answer could not be read ({error}).</source>
        <translation>Не удалось прочитать ответ сервера ({error}).</translation>
    </message>
    <message>
        <source>“{meeting}”: 1 session, times in {zone}; today&apos;s are ticked.</source>
        <translation>«{meeting}»: 1 заседание, время по поясу {zone}; сегодняшние отмечены.</translation>
    </message>
    <message>
        <source>“{meeting}”: {count} sessions, times in {zone}; today&apos;s are ticked.</source>
        <translation>«{meeting}»: заседаний: {count}, время по поясу {zone}; сегодняшние отмечены.</translation>
    </message>
    <message>
        <source>open in the console</source>
        <translation>открыто на пульте</translation>
    </message>
    <message>
        <source>{n} changes waiting to be sent: kept</source>
        <translation>Изменений, ожидающих отправки: {n}: сохраняются</translation>
    </message>
    <message>
        <source>on this laptop: will be updated</source>
        <translation>на этом компьютере: будет обновлено</translation>
    </message>
    <message>
        <source>not in this token&apos;s sessions</source>
        <translation>нет среди заседаний этого токена</translation>
    </message>
    <message>
        <source>Downloading {n} sessions…</source>
        <translation>Загрузка заседаний: {n}…</translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation>Загружено</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Обновлено</translation>
    </message>
    <message>
        <source>Not downloaded</source>
        <translation>Не загружено</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>{done} of {total} sessions done…</source>
        <translation>Готово {done} из {total} заседаний…</translation>
    </message>
</context>
<context>
    <name>OpenSessionDialog</name>
    <message>
        <source>Today — {day}</source>
        <translation>Сегодня — {day}</translation>
    </message>
    <message>
        <source>Tomorrow — {day}</source>
        <translation>Завтра — {day}</translation>
    </message>
    <message>
        <source>Yesterday — {day}</source>
        <translation>Вчера — {day}</translation>
    </message>
    <message>
        <source>followed on a backend</source>
        <translation>отслеживается на сервере</translation>
    </message>
    <message>
        <source>local</source>
        <translation>локально</translation>
    </message>
    <message>
        <source>open now</source>
        <translation>открыто сейчас</translation>
    </message>
    <message>
        <source>running</source>
        <translation>идёт</translation>
    </message>
    <message>
        <source>Open session</source>
        <extracomment>The chair chose this session (its id); the console opens it.</extracomment>
        <translation>Открыть заседание</translation>
    </message>
    <message>
        <source>Type to filter: title, meeting, room, day…</source>
        <translation>Введите для фильтра: название, мероприятие, зал, день…</translation>
    </message>
    <message>
        <source>Filter the sessions</source>
        <translation>Фильтр заседаний</translation>
    </message>
    <message>
        <source>Sessions by day</source>
        <translation>Заседания по дням</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Times in {zone}</source>
        <translation>Время по поясу {zone}</translation>
    </message>
    <message>
        <source>No session matches “{text}”</source>
        <translation>Нет заседаний, соответствующих «{text}»</translation>
    </message>
    <message>
        <source>1 session · Enter opens it · Esc cancels</source>
        <translation>1 заседание · Enter — открыть · Esc — отмена</translation>
    </message>
    <message>
        <source>{n} sessions · Enter opens the selected one · Esc cancels</source>
        <translation>Заседаний: {n} · Enter открывает выбранное · Esc — отмена</translation>
    </message>
    <message>
        <source>Choose a session first (↑/↓)</source>
        <translation>Сначала выберите заседание (↑/↓)</translation>
    </message>
    <message>
        <source>That session is the one open now</source>
        <translation>Это заседание уже открыто</translation>
    </message>
</context>
<context>
    <name>Phase</name>
    <message>
        <source>NOBODY HAS THE FLOOR · PRESS N</source>
        <translation>СЛОВО НИКОМУ НЕ ПРЕДОСТАВЛЕНО · НАЖМИТЕ N</translation>
    </message>
    <message>
        <source>READY · SPACE TO START</source>
        <translation>ГОТОВО · ПРОБЕЛ — СТАРТ</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation>ПАУЗА</translation>
    </message>
    <message>
        <source>PAUSED · {phase}</source>
        <translation>ПАУЗА · {phase}</translation>
    </message>
    <message>
        <source>RUNNING</source>
        <translation>ИДЁТ</translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation>ПРЕДУПРЕЖДЕНИЕ</translation>
    </message>
    <message>
        <source>FINAL</source>
        <translation>ЗАВЕРШЕНИЕ</translation>
    </message>
    <message>
        <source>TIME UP</source>
        <translation>ВРЕМЯ ИСТЕКЛО</translation>
    </message>
    <message>
        <source>OVERTIME</source>
        <translation>ПРЕВЫШЕНИЕ</translation>
    </message>
    <message>
        <source>READY</source>
        <translation>ГОТОВО</translation>
    </message>
</context>
<context>
    <name>ReadinessDialog</name>
    <message>
        <source>Ready for today?</source>
        <extracomment>Sessions were made available offline (their ids): the console may list them anew.</extracomment>
        <translation>Всё готово на сегодня?</translation>
    </message>
    <message>
        <source>Checking…</source>
        <extracomment>The backend address and token the last check used (its keyring answer included).</extracomment>
        <translation>Проверка…</translation>
    </message>
    <message>
        <source>Readiness checks</source>
        <translation>Проверки готовности</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Make sessions available offline…</source>
        <translation>Сделать заседания доступными без сети…</translation>
    </message>
    <message>
        <source>The check itself failed: {error}</source>
        <translation>Сама проверка не удалась: {error}</translation>
    </message>
    <message>
        <source>this console&apos;s connection</source>
        <translation>подключение этого пульта</translation>
    </message>
    <message>
        <source>the keyring</source>
        <translation>хранилище ключей</translation>
    </message>
    <message>
        <source>this run</source>
        <translation>текущий запуск</translation>
    </message>
</context>
<context>
    <name>Refusal</name>
    <message>
        <source>The room is longer than {limit} characters</source>
        <translation>Название зала длиннее {limit} символов</translation>
    </message>
    <message>
        <source>The start is not a date this century</source>
        <translation>Начало — не дата этого века</translation>
    </message>
    <message>
        <source>The session must end after it starts</source>
        <translation>Заседание должно заканчиваться после начала</translation>
    </message>
    <message>
        <source>A session cannot last more than a week</source>
        <translation>Заседание не может длиться больше недели</translation>
    </message>
    <message>
        <source>That agenda item already exists</source>
        <translation>Такой пункт повестки дня уже существует</translation>
    </message>
    <message>
        <source>“{title}” still has {speakers} on its list: take them off it first</source>
        <translation>В списке «{title}» ещё есть {speakers}: сначала снимите их</translation>
    </message>
    <message>
        <source>Someone has spoken under “{title}”: it stays on record</source>
        <translation>По пункту «{title}» уже выступали: он остаётся в протоколе</translation>
    </message>
    <message>
        <source>The {what} needs a title</source>
        <translation>Требуется название ({what})</translation>
    </message>
    <message>
        <source>The {what} title is longer than {limit} characters</source>
        <translation>Название слишком длинное ({what}): не более {limit} символов</translation>
    </message>
    <message>
        <source>That agenda item is not in this session</source>
        <translation>Этого пункта повестки дня нет в этом заседании</translation>
    </message>
    <message>
        <source>The position must be between 1 and {count}</source>
        <translation>Позиция должна быть от 1 до {count}</translation>
    </message>
    <message>
        <source>The planned duration must be between 0:00 and 24 hours</source>
        <translation>Запланированная продолжительность должна быть от 0:00 до 24 часов</translation>
    </message>
    <message>
        <source>Format: {value!r} is not one of {known} (or empty when not known)</source>
        <translation>Формат: {value!r} не входит в {known} (или пусто, если неизвестно)</translation>
    </message>
    <message>
        <source>command is for session {session}, not this one</source>
        <extracomment>Integers travel as JSON numbers: beyond 2**53 they are not exact in every client, and no time, duration or id of ours comes anywhere near it. A speaker&apos;s time (allotted, spoken, remaining) beyond a day is a typing mistake. Ids a command creates (agenda items, participants put back) fit the stores&apos; columns. A session&apos;s languages (&quot;en, fr, es&quot;) and a participant&apos;s language.</extracomment>
        <translation>команда относится к заседанию {session}, а не к этому</translation>
    </message>
    <message>
        <source>The floor has moved on: this was for a turn that no longer has it</source>
        <translation>Слово уже перешло: это относилось к выступлению, у которого его больше нет</translation>
    </message>
    <message>
        <source>That speaker is not on this session&apos;s list</source>
        <extracomment>Every command class by its ``name``; the package&apos;s ``__init__`` imports every command module, so the catalogue is complete wherever ``moderator.domain.commands`` is imported.</extracomment>
        <translation>Этого оратора нет в списке этого заседания</translation>
    </message>
    <message>
        <source>{label}: at most {longest} characters ({given} given)</source>
        <translation>{label}: не более {longest} символов (введено {given})</translation>
    </message>
    <message>
        <source>{label}: a character that cannot be stored (U+{code:04X})</source>
        <translation>{label}: символ, который нельзя сохранить (U+{code:04X})</translation>
    </message>
    <message>
        <source>A {what} id of 1 to {limit} characters is needed</source>
        <translation>Требуется идентификатор от 1 до {limit} символов ({what})</translation>
    </message>
    <message>
        <source>Unknown clock status {status!r}</source>
        <translation>Неизвестное состояние таймера {status!r}</translation>
    </message>
    <message>
        <source>The time must be between 0:00 and 24 hours</source>
        <translation>Время должно быть от 0:00 до 24 часов</translation>
    </message>
    <message>
        <source>A running clock needs the moment it started</source>
        <translation>Идущему таймеру нужен момент запуска</translation>
    </message>
    <message>
        <source>Nobody has the floor: give the floor to a speaker first</source>
        <extracomment>The turn on the floor when the chair acted (see ``Command._check_turn``).</extracomment>
        <translation>Слово никому не предоставлено: сначала предоставьте слово оратору</translation>
    </message>
    <message>
        <source>Nobody has the floor: there is no time to adjust</source>
        <extracomment>The turn on the floor when the chair acted (see ``Command._check_turn``). The turn on the floor when the chair acted (see ``Command._check_turn``).</extracomment>
        <translation>Слово никому не предоставлено: нечего корректировать</translation>
    </message>
    <message>
        <source>Adjusting by zero changes nothing</source>
        <translation>Корректировка на ноль ничего не меняет</translation>
    </message>
    <message>
        <source>Nobody has the floor: there is no time to set</source>
        <extracomment>The turn on the floor when the chair acted (see ``Command._check_turn``).</extracomment>
        <translation>Слово никому не предоставлено: нечего устанавливать</translation>
    </message>
    <message>
        <source>Nobody has the floor: there is no time to reset</source>
        <extracomment>The turn on the floor when the chair acted (see ``Command._check_turn``).</extracomment>
        <translation>Слово никому не предоставлено: нечего сбрасывать</translation>
    </message>
    <message>
        <source>The floor has moved on since: that time can no longer change</source>
        <translation>Слово уже перешло: это время больше нельзя изменить</translation>
    </message>
    <message>
        <source>The warning must be between 0:00 and 60:00 before the end</source>
        <translation>Предупреждение должно быть от 0:00 до 60:00 до конца</translation>
    </message>
    <message>
        <source>{name} is not waiting ({state})</source>
        <translation>{name} не в ожидании ({state})</translation>
    </message>
    <message>
        <source>This turn was already opened</source>
        <translation>Это выступление уже начато</translation>
    </message>
    <message>
        <source>Nobody has the floor</source>
        <translation>Слово никому не предоставлено</translation>
    </message>
    <message>
        <source>Nobody has the floor: there is no one to interrupt</source>
        <translation>Слово никому не предоставлено: некого прерывать</translation>
    </message>
    <message>
        <source>An intervention is already under way</source>
        <translation>Реплика уже идёт</translation>
    </message>
    <message>
        <source>The floor has moved on since: this can no longer be undone</source>
        <translation>Слово уже перешло: это больше нельзя отменить</translation>
    </message>
    <message>
        <source>That speaker does not have the floor: nothing to undo</source>
        <translation>У этого оратора нет слова: нечего отменять</translation>
    </message>
    <message>
        <source>Nobody to give the floor back to: nothing to pause again</source>
        <translation>Некому вернуть слово: нечего снова ставить на паузу</translation>
    </message>
    <message>
        <source>Unknown entry state {cancel_entry_state!r}</source>
        <translation>Неизвестное состояние записи {cancel_entry_state!r}</translation>
    </message>
    <message>
        <source>Cannot put an entry back to {state!r}</source>
        <translation>Нельзя вернуть запись в состояние {state!r}</translation>
    </message>
    <message>
        <source>{name} cannot have the floor back from here</source>
        <translation>{name} не может отсюда снова получить слово</translation>
    </message>
    <message>
        <source>Someone is already interrupted</source>
        <translation>Кто-то уже прерван</translation>
    </message>
    <message>
        <source>{name} cannot be paused again from here</source>
        <translation>{name} нельзя отсюда снова поставить на паузу</translation>
    </message>
    <message>
        <source>That turn of {name} is not on record</source>
        <translation>Этого выступления ({name}) нет в протоколе</translation>
    </message>
    <message>
        <source>One speaker or turn is named twice</source>
        <translation>Оратор или выступление указаны дважды</translation>
    </message>
    <message>
        <source>That hand is not on record</source>
        <translation>Эта рука не зарегистрирована</translation>
    </message>
    <message>
        <source>They have raised their hand again since</source>
        <translation>С тех пор рука была поднята снова</translation>
    </message>
    <message>
        <source>That person is not a participant of this meeting</source>
        <translation>Этот человек не является участником мероприятия</translation>
    </message>
    <message>
        <source>{who} already has a hand raised</source>
        <translation>{who} уже поднимает руку</translation>
    </message>
    <message>
        <source>A name of 1 to {limit} characters is needed</source>
        <translation>Требуется имя длиной от 1 до {limit} символов</translation>
    </message>
    <message>
        <source>The organisation is longer than {limit} characters</source>
        <translation>Название организации длиннее {limit} символов</translation>
    </message>
    <message>
        <source>Unknown attendance {attendance!r}</source>
        <translation>Неизвестная форма присутствия {attendance!r}</translation>
    </message>
    <message>
        <source>That participant already exists</source>
        <translation>Такой участник уже существует</translation>
    </message>
    <message>
        <source>{name} is on a list of speakers</source>
        <translation>{name} есть в списке ораторов</translation>
    </message>
    <message>
        <source>{name} has raised a hand in this session</source>
        <translation>{name} поднимал(а) руку на этом заседании</translation>
    </message>
    <message>
        <source>{name} has spoken in this session</source>
        <translation>{name} выступал(а) на этом заседании</translation>
    </message>
    <message>
        <source>The {label} is longer than {limit} characters</source>
        <translation>Поле слишком длинное ({label}): не более {limit} символов</translation>
    </message>
    <message>
        <source>The gender is longer than {limit} characters</source>
        <translation>Поле «пол» длиннее {limit} символов</translation>
    </message>
    <message>
        <source>Unknown stakeholder group {group!r}</source>
        <translation>Неизвестная группа заинтересованных сторон {group!r}</translation>
    </message>
    <message>
        <source>Unknown origin {origin!r}</source>
        <extracomment>Where the hand that brings them was raised (``HandSource``); &quot;&quot; for none.</extracomment>
        <translation>Неизвестный источник {origin!r}</translation>
    </message>
    <message>
        <source>Unknown hand source {source!r}</source>
        <translation>Неизвестный источник поднятой руки {source!r}</translation>
    </message>
    <message>
        <source>This speaker entry already exists</source>
        <translation>Такая запись оратора уже существует</translation>
    </message>
    <message>
        <source>Unknown speech type {speech_type!r}</source>
        <translation>Неизвестный вид выступления {speech_type!r}</translation>
    </message>
    <message>
        <source>The list of speakers of “{title}” is closed (points of order and rights of reply are still possible)</source>
        <translation>Список ораторов по пункту «{title}» закрыт (выступления по порядку ведения заседания и право на ответ по-прежнему возможны)</translation>
    </message>
    <message>
        <source>The allotted time must be between 0 and 24 hours</source>
        <translation>Отведённое время должно быть от 0 до 24 часов</translation>
    </message>
    <message>
        <source>Not a valid place in the list</source>
        <translation>Недопустимое место в списке</translation>
    </message>
    <message>
        <source>{name} has the floor: end their turn before removing them</source>
        <translation>Слово у {name}: завершите выступление, прежде чем снимать оратора</translation>
    </message>
    <message>
        <source>{name} has already spoken</source>
        <translation>{name} уже выступил(а)</translation>
    </message>
    <message>
        <source>{name} has the floor</source>
        <translation>Слово у {name}</translation>
    </message>
    <message>
        <source>{name} has already spoken: add them again</source>
        <translation>{name} уже выступил(а): запишите заново</translation>
    </message>
    <message>
        <source>{name} is no longer waiting to speak</source>
        <translation>{name} больше не ожидает слова</translation>
    </message>
    <message>
        <source>The allotted time must be between 0:00 and 24 hours</source>
        <translation>Отведённое время должно быть от 0:00 до 24 часов</translation>
    </message>
    <message>
        <source>The list of speakers of “{title}” is closed</source>
        <translation>Список ораторов по пункту «{title}» закрыт</translation>
    </message>
    <message>
        <source>This delegation has used its {limit} rights of reply on this agenda item</source>
        <extracomment>For rights of reply: how many each delegation may take per agenda item (0: no limit), and the time of the later ones (0: the same as the first). The meeting&apos;s Q&amp;A reserve in the stored JSON, beside the speech types. Kept free of speeches at the end of a scheduled talk for questions: an imported talk&apos;s speakers share its slot less this (a 40-minute slot with 10 reserved gives 30).</extracomment>
        <translation>Эта делегация уже воспользовалась правом на ответ по этому пункту повестки дня (не более {limit} раз)</translation>
    </message>
    <message>
        <source>{who} has used its {limit} rights of reply on this agenda item</source>
        <translation>{who} уже воспользовалась правом на ответ по этому пункту повестки дня (не более {limit} раз)</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Spoken: the time the speaker&apos;s clock ran, whatever was done to the countdown (a restart, a set time, ± time change what is left, never what was spoken).</source>
        <extracomment>The definitions behind the numbers, stated with every report (screen, PDF, CSV, XLSX).</extracomment>
        <translation>Время выступления: время, пока шёл таймер оратора, что бы ни делалось с обратным отсчётом (сброс, установка времени, ± меняют остаток, но не время выступления).</translation>
    </message>
    <message>
        <source>Paused: the time the clock stood still while the speaker held the floor (time waiting for an interposed intervention is the intervention&apos;s, not a pause).</source>
        <translation>Пауза: время, пока таймер стоял, а слово было у оратора (ожидание вставной реплики относится к реплике, а не к паузе).</translation>
    </message>
    <message>
        <source>Allotted: the planned time, plus or minus the time added or removed (± and set time), plus the time a restart gave back (what had been spoken before it).</source>
        <translation>Отведено: запланированное время плюс или минус добавленное или убранное (± и установка времени), плюс время, возвращённое сбросом (то, что было сказано до него).</translation>
    </message>
    <message>
        <source>Overrun of a speaker: spoken beyond the final allotment; of an agenda item: actual (first start to last end) beyond planned; of a session: actual end against scheduled end (− finished early), and while it runs, how far it is already past its scheduled end.</source>
        <translation>Превышение оратора: время выступления сверх итогового отведённого; пункта повестки дня: фактическое (от первого начала до последнего окончания) сверх запланированного; заседания: фактическое окончание относительно запланированного (− закончилось раньше), а пока оно идёт — насколько оно уже вышло за запланированное окончание.</translation>
    </message>
    <message>
        <source>{table} (continued)</source>
        <extracomment>The order of the printed tables: the summary first, the long turn log last. A table is as wide as its columns&apos; weights at this many millimetres each, at most the page. Names, organisations and titles wrap onto at most this many lines in a cell; the last line of a longer text ends in &quot;…&quot; (the CSV and XLSX files have it whole). A word longer than this may be cut in a table cell rather than widen its column further.</extracomment>
        <translation>{table} (продолжение)</translation>
    </message>
    <message>
        <source>Moderator · page {page} of {pages}</source>
        <translation>Moderator · страница {page} из {pages}</translation>
    </message>
    <message>
        <source>Moderator · page {page}</source>
        <translation>Moderator · страница {page}</translation>
    </message>
    <message>
        <source>Speaking time by stakeholder group</source>
        <extracomment>What an end (or a session&apos;s overrun, not yet known) says while it is still running. Relative width for paged output (PDF): text columns that carry names get more. A TIME shown on screen and in the PDF with its date when the report spans several days. Only the sessions table does: elsewhere the session&apos;s row tells the day, and the turn log has no room for dates. (CSV and XLSX always write the full date and time.) A short name for a tab or a spreadsheet sheet (at most 31 characters). Show dates with times (the report spans more than one local day).</extracomment>
        <translation>Время выступлений по группам заинтересованных сторон</translation>
    </message>
    <message>
        <source>By group</source>
        <translation>По группам</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Speaking time by gender</source>
        <translation>Время выступлений по полу</translation>
    </message>
    <message>
        <source>By gender</source>
        <translation>По полу</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Speaking time in the room and remote</source>
        <translation>Время выступлений в зале и дистанционно</translation>
    </message>
    <message>
        <source>Room and remote</source>
        <translation>Зал и дистанционно</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <source>Meeting report</source>
        <translation>Отчёт о мероприятии</translation>
    </message>
    <message>
        <source>Session report</source>
        <translation>Отчёт о заседании</translation>
    </message>
    <message>
        <source>By stakeholder group</source>
        <translation>По группам заинтересованных сторон</translation>
    </message>
    <message>
        <source>In the room and remote</source>
        <translation>В зале и дистанционно</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Место проведения</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Заседание</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Зал</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Часовой пояс</translation>
    </message>
    <message>
        <source>Speaking time</source>
        <translation>Время выступлений</translation>
    </message>
    <message>
        <source>Report as of</source>
        <translation>Отчёт на момент</translation>
    </message>
    <message>
        <source>Nobody has had the floor yet: there are no turns to report.</source>
        <translation>Слово ещё никому не предоставлялось: отчитываться не о чем.</translation>
    </message>
    <message>
        <source>A turn is still running: it is counted with its time so far and marked Running.</source>
        <translation>Одно выступление ещё идёт: оно учтено с текущим временем и помечено как «Идёт».</translation>
    </message>
    <message>
        <source>Scheduled start</source>
        <translation>Начало по плану</translation>
    </message>
    <message>
        <source>Scheduled end</source>
        <translation>Окончание по плану</translation>
    </message>
    <message>
        <source>Actual start</source>
        <translation>Фактическое начало</translation>
    </message>
    <message>
        <source>Actual end</source>
        <translation>Фактическое окончание</translation>
    </message>
    <message>
        <source>Turns</source>
        <translation>Выступления</translation>
    </message>
    <message>
        <source>Overrun</source>
        <translation>Превышение</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Идёт</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Завершено</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Не начато</translation>
    </message>
    <message>
        <source>Sessions: scheduled against actual</source>
        <translation>Заседания: план и факт</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Заседания</translation>
    </message>
    <message>
        <source>No sessions.</source>
        <translation>Нет заседаний.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Пункт повестки дня</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Оратор</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Speech type</source>
        <translation>Вид выступления</translation>
    </message>
    <message>
        <source>How they got the floor</source>
        <translation>Как получено слово</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>По плану</translation>
    </message>
    <message>
        <source>Allotted</source>
        <translation>Отведено</translation>
    </message>
    <message>
        <source>Spoken</source>
        <translation>Выступление</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <source>Speakers: planned against actual, turn by turn</source>
        <translation>Ораторы: план и факт, по выступлениям</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Ораторы</translation>
    </message>
    <message>
        <source>No turns yet.</source>
        <translation>Выступлений пока нет.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Факт</translation>
    </message>
    <message>
        <source>First start</source>
        <translation>Первое начало</translation>
    </message>
    <message>
        <source>Last end</source>
        <translation>Последнее окончание</translation>
    </message>
    <message>
        <source>Agenda items: planned against actual (first start to last end)</source>
        <translation>Пункты повестки дня: план и факт (от первого начала до последнего окончания)</translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation>Пункты повестки дня</translation>
    </message>
    <message>
        <source>No agenda items.</source>
        <translation>Нет пунктов повестки дня.</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Доля</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <extracomment>The keys of the totals whose label is the model&apos;s (marked for translation); any other key is a gender as recorded, shown as written.</extracomment>
        <translation>Не указан</translation>
    </message>
</context>
<context>
    <name>ReportWindow</name>
    <message>
        <source>Export the report</source>
        <translation>Экспорт отчёта</translation>
    </message>
    <message>
        <source>Report</source>
        <extracomment>The report is on screen (after opening or &quot;Refresh&quot;); carries the ``ReportDocument``. A file was written; carries its path. Reading or writing failed; carries the message shown in the window.</extracomment>
        <translation>Отчёт</translation>
    </message>
    <message>
        <source>Report header</source>
        <translation>Заголовок отчёта</translation>
    </message>
    <message>
        <source>Report notes</source>
        <translation>Примечания к отчёту</translation>
    </message>
    <message>
        <source>Report tables</source>
        <translation>Таблицы отчёта</translation>
    </message>
    <message>
        <source>Sessions</source>
        <extracomment>Views as tall as their rows (the small balance tables, on one scrolling page).</extracomment>
        <translation>Заседания</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Ораторы</translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation>Пункты повестки дня</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Баланс</translation>
    </message>
    <message>
        <source>Report status</source>
        <translation>Состояние отчёта</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>Compute the report again as of now</source>
        <translation>Пересчитать отчёт на текущий момент</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Экспорт в &amp;PDF…</translation>
    </message>
    <message>
        <source>Export &amp;XLSX…</source>
        <translation>Экспорт в &amp;XLSX…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Экспорт в &amp;CSV…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Report table</source>
        <translation>Таблица отчёта</translation>
    </message>
    <message>
        <source>Reading the record…</source>
        <translation>Чтение протокола…</translation>
    </message>
    <message>
        <source>{title}: {subject}</source>
        <translation>{title}: {subject}</translation>
    </message>
    <message>
        <source>Report as of {time}</source>
        <translation>Отчёт на {time}</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>Запись {name}…</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Сохранено: {path}</translation>
    </message>
</context>
<context>
    <name>ReportWords</name>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n заседание</numerusform>
            <numerusform>%n заседания</numerusform>
            <numerusform>%n заседаний</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n turn(s)</source>
        <translation>
            <numerusform>%n выступление</numerusform>
            <numerusform>%n выступления</numerusform>
            <numerusform>%n выступлений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{duration} in %n turn(s)</source>
        <translation>
            <numerusform>{duration} за %n выступление</numerusform>
            <numerusform>{duration} за %n выступления</numerusform>
            <numerusform>{duration} за %n выступлений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{duration} · {share} % · %n turn(s)</source>
        <translation>
            <numerusform>{duration} · {share} % · %n выступление</numerusform>
            <numerusform>{duration} · {share} % · %n выступления</numerusform>
            <numerusform>{duration} · {share} % · %n выступлений</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoomRequestPicker</name>
    <message>
        <source>Floor request in the room</source>
        <translation>Просьба о слове в зале</translation>
    </message>
    <message>
        <source>Find a name or organisation</source>
        <translation>Найти имя или организацию</translation>
    </message>
    <message>
        <source>Type to find a name or organisation</source>
        <translation>Введите для поиска имени или организации</translation>
    </message>
    <message>
        <source>Who raised their hand</source>
        <translation>Кто поднял руку</translation>
    </message>
    <message>
        <source>Who raised their hand? Enter records it.</source>
        <translation>Кто поднял руку? Enter — записать.</translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Title or function</source>
        <translation>Звание или должность</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Stakeholder group</source>
        <translation>Группа заинтересованных сторон</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Attends</source>
        <translation>Присутствие</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
</context>
<context>
    <name>RosterPanel</name>
    <message>
        <source>Participants of the meeting</source>
        <translation>Участники мероприятия</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Title or function</source>
        <translation>Звание или должность</translation>
    </message>
    <message>
        <source>Organisation or delegation</source>
        <translation>Организация или делегация</translation>
    </message>
    <message>
        <source>Stakeholder group</source>
        <translation>Группа заинтересованных сторон</translation>
    </message>
    <message>
        <source>Gender (optional)</source>
        <translation>Пол (необязательно)</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>необязательно</translation>
    </message>
    <message>
        <source>In the room or remote</source>
        <translation>В зале или дистанционно</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Новый</translation>
    </message>
    <message>
        <source>Clear the form for a new participant</source>
        <translation>Очистить форму для нового участника</translation>
    </message>
    <message>
        <source>Add as new</source>
        <translation>Добавить как нового</translation>
    </message>
    <message>
        <source>Add the form as a new participant</source>
        <translation>Добавить данные формы как нового участника</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Сохранить изменения</translation>
    </message>
    <message>
        <source>Save the changes to the chosen participant</source>
        <translation>Сохранить изменения выбранного участника</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Имя</translation>
    </message>
    <message>
        <source>Title or &amp;function</source>
        <translation>Звание или &amp;должность</translation>
    </message>
    <message>
        <source>&amp;Organisation or delegation</source>
        <translation>&amp;Организация или делегация</translation>
    </message>
    <message>
        <source>Stakeholder &amp;group</source>
        <translation>&amp;Группа заинтересованных сторон</translation>
    </message>
    <message>
        <source>G&amp;ender</source>
        <translation>П&amp;ол</translation>
    </message>
    <message>
        <source>&amp;Attends</source>
        <translation>&amp;Присутствие</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>Gender and language are optional personal data: the backend shares them with staff and chairs only, never with participants or displays.</source>
        <translation>Пол и язык — необязательные персональные данные: сервер передаёт их только персоналу и председателям, но никогда участникам или на экраны.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Roster&lt;/b&gt; of {meeting}</source>
        <translation>&lt;b&gt;Участники&lt;/b&gt; мероприятия {meeting}</translation>
    </message>
</context>
<context>
    <name>SaveStatusLabel</name>
    <message>
        <source>Saved locally: {path}</source>
        <translation>Сохранено локально: {path}</translation>
    </message>
    <message>
        <source>NOT SAVED: “{action}” ({cause})</source>
        <translation>НЕ СОХРАНЕНО: «{action}» ({cause})</translation>
    </message>
    <message>
        <source>The last action, “{action}”, was not saved and is not on screen: {reason}
This stays until an action is saved again.</source>
        <translation>Последнее действие, «{action}», не сохранено и не отражено на экране: {reason}
Это сообщение останется, пока действие снова не будет сохранено.</translation>
    </message>
</context>
<context>
    <name>SessionForm</name>
    <message>
        <source>Session title</source>
        <extracomment>The user asked for a copy of the session.</extracomment>
        <translation>Название заседания</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Зал</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>ЧЧ:ММ</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Не указан</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <source>en, fr, es</source>
        <translation>ru, en, fr</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Save the session</source>
        <translation>Сохранить заседание</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Вернуть</translation>
    </message>
    <message>
        <source>Revert the session&apos;s fields</source>
        <translation>Вернуть поля заседания</translation>
    </message>
    <message>
        <source>Duplicate session</source>
        <translation>Дублировать заседание</translation>
    </message>
    <message>
        <source>Duplicate the session</source>
        <translation>Дублировать заседание</translation>
    </message>
    <message>
        <source>A copy with its agenda and speakers, on this console only</source>
        <translation>Копия с повесткой дня и ораторами, только на этом пульте</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <source>&amp;Room</source>
        <translation>&amp;Зал</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Дата</translation>
    </message>
    <message>
        <source>to</source>
        <translation>до</translation>
    </message>
    <message>
        <source>&amp;Starts</source>
        <translation>&amp;Начало</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Формат</translation>
    </message>
    <message>
        <source>&amp;Languages</source>
        <translation>&amp;Языки</translation>
    </message>
    <message>
        <source>T&amp;rack</source>
        <translation>На&amp;правление</translation>
    </message>
    <message>
        <source>in {zone}</source>
        <translation>по поясу {zone}</translation>
    </message>
    <message>
        <source>Followed on a backend: every field here is sent to it.</source>
        <translation>Отслеживается на сервере: каждое поле здесь отправляется на него.</translation>
    </message>
    <message>
        <source>Not followed on a backend: saved on this console.</source>
        <translation>Не отслеживается на сервере: хранится на этом пульте.</translation>
    </message>
</context>
<context>
    <name>SessionHeader</name>
    <message>
        <source>DEMO DATA — fictional speakers</source>
        <translation>ДЕМОНСТРАЦИОННЫЕ ДАННЫЕ — вымышленные ораторы</translation>
    </message>
    <message>
        <source>Demo data</source>
        <extracomment>The widest lateness the header reserves room for, so &quot;On time&quot; turning into &quot;Ahead by 12 min&quot; does not move the titles (nor cut them at another place).</extracomment>
        <translation>Демонстрационные данные</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Заседание</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Текущее время</translation>
    </message>
    <message>
        <source>Scheduled end</source>
        <translation>Окончание по плану</translation>
    </message>
    <message>
        <source>Projected end</source>
        <translation>Ожидаемое окончание</translation>
    </message>
    <message>
        <source>Late or ahead</source>
        <translation>Опоздание или опережение</translation>
    </message>
    <message>
        <source>Scheduled end {time}</source>
        <translation>Окончание по плану {time}</translation>
    </message>
    <message>
        <source>Projected end {time}</source>
        <translation>Ожидаемое окончание {time}</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>По графику</translation>
    </message>
    <message numerus="yes">
        <source>Late by %n min</source>
        <translation>
            <numerusform>Опоздание на %n мин</numerusform>
            <numerusform>Опоздание на %n мин</numerusform>
            <numerusform>Опоздание на %n мин</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ahead by %n min</source>
        <translation>
            <numerusform>Опережение на %n мин</numerusform>
            <numerusform>Опережение на %n мин</numerusform>
            <numerusform>Опережение на %n мин</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionService</name>
    <message>
        <source>Pause</source>
        <extracomment>What went wrong, for the chair (which file, what to do). The driver&apos;s words (&quot;disk I/O error&quot;, &quot;database or disk is full&quot;), short enough for a status bar. Events were committed and applied to the state (a chair action, an agenda edit, the backend&apos;s changes); carries the list of events, never empty. A command did not apply to the current state; carries the reason, for the chair. A command could not be saved; nothing changed; carries a message for the chair. Whether the file is known to hold every action on screen: a ``SaveProblem`` after a write failed, ``None`` once a later write succeeded. Emitted only when it changes, so &quot;Saved locally&quot; never stays on screen after a write failed. The session was read again whole (an import rewrote its agenda): views refresh everything. Remote changes never cause it: they arrive as ``sig_state_changed``. The meeting&apos;s speech-type rules (the console&apos;s settings; defaults until loaded). The last write&apos;s failure, until a write succeeds again (``sig_save_status``).</extracomment>
        <translation>Пауза</translation>
    </message>
    <message>
        <source>Nobody has the floor — press N to give the floor to {name}.</source>
        <translation>Слово никому не предоставлено — нажмите N, чтобы предоставить слово: {name}.</translation>
    </message>
    <message>
        <source>Nobody has the floor.</source>
        <translation>Слово никому не предоставлено.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Старт</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Продолжение</translation>
    </message>
    <message>
        <source>End turn</source>
        <translation>Конец выступления</translation>
    </message>
    <message>
        <source>The list of speakers is finished: nobody is waiting.</source>
        <translation>Список ораторов исчерпан: никто не ждёт.</translation>
    </message>
    <message>
        <source>Time {sign}{seconds} s</source>
        <translation>Время {sign}{seconds} с</translation>
    </message>
    <message>
        <source>Set time</source>
        <translation>Установка времени</translation>
    </message>
    <message>
        <source>Reset time</source>
        <translation>Сброс времени</translation>
    </message>
    <message>
        <source>Floor to {name}</source>
        <translation>Слово: {name}</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>Снять: {name}</translation>
    </message>
    <message>
        <source>Skip {name}</source>
        <translation>Пропустить: {name}</translation>
    </message>
    <message>
        <source>Put back {name}</source>
        <translation>Вернуть: {name}</translation>
    </message>
    <message>
        <source>Done: {name}</source>
        <translation>Выступил(а): {name}</translation>
    </message>
    <message>
        <source>That speaker is not on this session&apos;s list</source>
        <translation>Этого оратора нет в списке этого заседания</translation>
    </message>
    <message>
        <source>Two speakers share a place; move another one first</source>
        <translation>Два оратора занимают одно место; сначала переместите другого</translation>
    </message>
    <message>
        <source>Move {name}</source>
        <translation>Переместить: {name}</translation>
    </message>
    <message>
        <source>This session has no agenda item to add a speaker to.</source>
        <translation>В этом заседании нет пункта повестки дня, в который можно добавить оратора.</translation>
    </message>
    <message>
        <source>That person is not a participant of this meeting</source>
        <translation>Этот человек не является участником мероприятия</translation>
    </message>
    <message>
        <source>Nobody has the floor: there is no one to interrupt</source>
        <translation>Слово никому не предоставлено: некого прерывать</translation>
    </message>
    <message>
        <source>Add {type}</source>
        <translation>Добавить: {type}</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Незарегистрированный</translation>
    </message>
    <message>
        <source>Add to the list</source>
        <translation>Запись в список</translation>
    </message>
    <message>
        <source>Timer thresholds</source>
        <translation>Пороги таймера</translation>
    </message>
    <message>
        <source>This session has no agenda item</source>
        <translation>В этом заседании нет пункта повестки дня</translation>
    </message>
    <message>
        <source>Close the list of {title}</source>
        <translation>Закрыть список: {title}</translation>
    </message>
    <message>
        <source>Reopen the list of {title}</source>
        <translation>Открыть список: {title}</translation>
    </message>
    <message>
        <source>Intervention by {name}</source>
        <translation>Реплика: {name}</translation>
    </message>
    <message>
        <source>An intervention is already under way</source>
        <translation>Реплика уже идёт</translation>
    </message>
    <message>
        <source>{name} already has the floor: there is no one to interrupt</source>
        <translation>Слово уже у {name}: некого прерывать</translation>
    </message>
    <message>
        <source>Floor request: {name}</source>
        <translation>Просьба о слове: {name}</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>участник</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Нечего отменять</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation>Нечего повторять</translation>
    </message>
    <message>
        <source>Floor to a raised hand</source>
        <translation>Слово поднятой руке</translation>
    </message>
    <message>
        <source>Raised hand to the list</source>
        <translation>Поднятая рука в список</translation>
    </message>
    <message>
        <source>Lower hand</source>
        <translation>Опустить руку</translation>
    </message>
    <message>
        <source>That hand is no longer raised.</source>
        <translation>Эта рука больше не поднята.</translation>
    </message>
    <message>
        <source>Not saved, nothing changed: {action}. {message}</source>
        <translation>Не сохранено, ничего не изменилось: {action}. {message}</translation>
    </message>
</context>
<context>
    <name>SpeakerDisplay</name>
    <message>
        <source>NO SPEAKER</source>
        <translation>НЕТ ОРАТОРА</translation>
    </message>
    <message>
        <source>READY</source>
        <translation>ГОТОВО</translation>
    </message>
    <message>
        <source>Next: nobody is waiting</source>
        <translation>Далее: никто не ждёт</translation>
    </message>
    <message>
        <source>Next: {name}</source>
        <translation>Далее: {name}</translation>
    </message>
    <message>
        <source>Waiting for the next speaker</source>
        <translation>Ожидание следующего оратора</translation>
    </message>
    <message>
        <source>Moderator — speaker display</source>
        <extracomment>A sentence for the chair about where the display is (or why not where it was asked). Visibility, screen, options, message or blackout changed: controls refresh. What the display shows changed (carries the ``DisplayView``): the preview repaints.</extracomment>
        <translation>Moderator — экран для оратора</translation>
    </message>
    <message>
        <source>Speaker display</source>
        <translation>Экран для оратора</translation>
    </message>
    <message>
        <source>The screen “{wanted}” chosen for the speaker display is not connected: the display is a window on the main screen “{screen}”.</source>
        <translation>Экран «{wanted}», выбранный для оратора, не подключён: экран для оратора показан окном на основном экране «{screen}».</translation>
    </message>
    <message>
        <source>The speaker display is a window on “{screen}”: that screen also shows the console, which must stay visible.</source>
        <translation>Экран для оратора показан окном на «{screen}»: на этом экране есть и пульт, который должен оставаться видимым.</translation>
    </message>
    <message>
        <source>Speaker display: full screen on “{screen}” ({w}×{h}).</source>
        <translation>Экран для оратора: во весь экран на «{screen}» ({w}×{h}).</translation>
    </message>
    <message>
        <source>Speaker display: a window on “{screen}”.</source>
        <translation>Экран для оратора: окно на «{screen}».</translation>
    </message>
</context>
<context>
    <name>SpeakerListModel</name>
    <message>
        <source>Item</source>
        <translation>Пункт</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Оратор</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Ожидается</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Speaking</source>
        <extracomment>Custom roles for views and tests that need the entity behind a row. Plain ints: the roles a view asks for arrive as ints, and a set of ints answers fastest. What a dragged speaker carries: the entry id. By entry id, what its row shows; dropped whenever the row is announced as changed.</extracomment>
        <translation>Выступает</translation>
    </message>
    <message>
        <source>Resumes next</source>
        <translation>Затем продолжает</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Далее</translation>
    </message>
</context>
<context>
    <name>SpeakersModel</name>
    <message>
        <source>#</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Участник</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Speech type</source>
        <translation>Вид выступления</translation>
    </message>
    <message>
        <source>Allotted</source>
        <translation>Отведено</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Allotted: “{text}” is not a time (m:ss or minutes)</source>
        <extracomment>A value typed in the list could not be read, so it never reached the service: carries the reason, for the person editing.</extracomment>
        <translation>Отведено: «{text}» — это не время (м:сс или минуты)</translation>
    </message>
</context>
<context>
    <name>SpeakersPanel</name>
    <message>
        <source>List of speakers of the agenda item</source>
        <extracomment>The participant Enter (or a click on a suggestion) picked in the name field: the next Enter adds them. A time typed for the speaker being added: a change of speech type keeps it (as in the chair&apos;s Add a speaker dialog); the next speaker starts from the defaults again.</extracomment>
        <translation>Список ораторов по пункту</translation>
    </message>
    <message>
        <source>Participant to add</source>
        <translation>Участник для добавления</translation>
    </message>
    <message>
        <source>Type a name or an organisation…</source>
        <translation>Введите имя или организацию…</translation>
    </message>
    <message>
        <source>Speech type of the speaker to add</source>
        <translation>Вид выступления добавляемого оратора</translation>
    </message>
    <message>
        <source>Allotted time</source>
        <translation>Отведённое время</translation>
    </message>
    <message>
        <source>m:ss</source>
        <translation>м:сс</translation>
    </message>
    <message>
        <source>Add speaker</source>
        <translation>Добавить оратора</translation>
    </message>
    <message>
        <source>Add the speaker to the list</source>
        <translation>Добавить оратора в список</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Take the selected speaker off the list</source>
        <translation>Снять выбранного оратора со списка</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Вверх</translation>
    </message>
    <message>
        <source>Move the selected speaker up</source>
        <translation>Переместить выбранного оратора вверх</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Вниз</translation>
    </message>
    <message>
        <source>Move the selected speaker down</source>
        <translation>Переместить выбранного оратора вниз</translation>
    </message>
    <message>
        <source>Drag a row, or Alt+↑ / Alt+↓, to reorder.</source>
        <translation>Перетащите строку или нажмите Alt+↑ / Alt+↓, чтобы изменить порядок.</translation>
    </message>
    <message>
        <source>&lt;b&gt;List of speakers&lt;/b&gt;</source>
        <translation>&lt;b&gt;Список ораторов&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Participant: type a name from the roster</source>
        <translation>Участник: введите имя из списка участников</translation>
    </message>
    <message>
        <source>Participant: {count} on the roster match “{text}”: pick one from the list</source>
        <translation>Участник: с «{text}» совпадают участники ({count}): выберите одного из списка</translation>
    </message>
    <message>
        <source>Participant: nobody on the roster is called “{text}” (add them on the Roster tab first)</source>
        <translation>Участник: в списке участников нет «{text}» (сначала добавьте его на вкладке «Участники»)</translation>
    </message>
    <message>
        <source>Allotted: type m:ss (3:00) or minutes (3)</source>
        <translation>Отведено: введите м:сс (3:00) или минуты (3)</translation>
    </message>
    <message>
        <source>Enter adds them as {kind}, {time}; or change the speech type and time first</source>
        <translation>Enter записывает: {kind}, {time}; или сначала измените вид выступления и время</translation>
    </message>
</context>
<context>
    <name>SpeakingTimeChart</name>
    <message>
        <source>Speaking time per group</source>
        <extracomment>The raw value of a cell (milliseconds, epoch milliseconds, counts, shares): what a column sorts by, not its text.</extracomment>
        <translation>Время выступлений по группам</translation>
    </message>
</context>
<context>
    <name>SpeechTypeDelegate</name>
    <message>
        <source>Speech type</source>
        <translation>Вид выступления</translation>
    </message>
</context>
<context>
    <name>SyncBadge</name>
    <message>
        <source>Sync status</source>
        <translation>Состояние синхронизации</translation>
    </message>
</context>
<context>
    <name>SyncDetailsDialog</name>
    <message>
        <source>Sync details</source>
        <extracomment>During a catch-up the status changes many times a second; the window follows at this pace.</extracomment>
        <translation>Сведения о синхронизации</translation>
    </message>
    <message>
        <source>Queued at</source>
        <translation>В очереди с</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Попытки</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Последняя ошибка</translation>
    </message>
    <message>
        <source>Actions not yet sent to the backend</source>
        <translation>Действия, ещё не отправленные на сервер</translation>
    </message>
    <message>
        <source>Refused at</source>
        <translation>Отклонено в</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Actions the backend refused</source>
        <translation>Действия, отклонённые сервером</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Просмотрено</translation>
    </message>
    <message>
        <source>The refusals stay listed; the badge stops counting them</source>
        <translation>Отказы остаются в списке; значок перестаёт их считать</translation>
    </message>
    <message>
        <source>Changes arrive by long-polling: the live stream does not work on this network (the stream is tried again every few minutes).</source>
        <translation>Изменения поступают длинными опросами: прямой поток в этой сети не работает (попытка повторяется каждые несколько минут).</translation>
    </message>
    <message>
        <source>Last error: {error}</source>
        <translation>Последняя ошибка: {error}</translation>
    </message>
    <message>
        <source>Nothing was refused by the backend.</source>
        <translation>Сервер ничего не отклонял.</translation>
    </message>
    <message>
        <source>Refused by the backend ({n} not seen yet):</source>
        <translation>Отклонено сервером (не просмотрено: {n}):</translation>
    </message>
    <message>
        <source>Refused by the backend (seen):</source>
        <translation>Отклонено сервером (просмотрено):</translation>
    </message>
    <message>
        <source>Nothing is waiting to be sent.</source>
        <translation>Ничто не ожидает отправки.</translation>
    </message>
    <message>
        <source>{n} actions waiting to be sent (the first {shown} shown):</source>
        <translation>Действий, ожидающих отправки: {n} (показаны первые {shown}):</translation>
    </message>
    <message>
        <source>{n} action(s) waiting to be sent:</source>
        <translation>Действий, ожидающих отправки: {n}:</translation>
    </message>
</context>
<context>
    <name>ThresholdsDialog</name>
    <message>
        <source>Timer thresholds</source>
        <translation>Пороги таймера</translation>
    </message>
    <message>
        <source>Warning when this much is left</source>
        <translation>Предупреждение, когда остаётся</translation>
    </message>
    <message>
        <source>Final phase when this much is left</source>
        <translation>Завершающая фаза, когда остаётся</translation>
    </message>
    <message>
        <source>Warning when this much is left:</source>
        <translation>Предупреждение, когда остаётся:</translation>
    </message>
    <message>
        <source>Final phase when this much is left (0:00: none):</source>
        <translation>Завершающая фаза, когда остаётся (0:00: нет):</translation>
    </message>
    <message>
        <source>For every session of “{m}”.</source>
        <translation>Для каждого заседания мероприятия «{m}».</translation>
    </message>
    <message>
        <source>⚠ Warning: “{t}” is not a time (m:ss).</source>
        <translation>⚠ Предупреждение: «{t}» — это не время (м:сс).</translation>
    </message>
    <message>
        <source>⚠ Final: “{t}” is not a time (m:ss).</source>
        <translation>⚠ Завершение: «{t}» — это не время (м:сс).</translation>
    </message>
    <message>
        <source>⚠ Final: it must not be more than the warning.</source>
        <translation>⚠ Завершение: не может быть больше предупреждения.</translation>
    </message>
</context>
<context>
    <name>TimeInput</name>
    <message>
        <source>Remaining time (m:ss, or minutes):</source>
        <translation>Оставшееся время (м:сс или минуты):</translation>
    </message>
    <message>
        <source>Set the time</source>
        <translation>Установить время</translation>
    </message>
    <message>
        <source>“{text}” is not a time. Type m:ss (2:30) or minutes (3):</source>
        <translation>«{text}» — это не время. Введите м:сс (2:30) или минуты (3):</translation>
    </message>
</context>
<context>
    <name>UploadDialog</name>
    <message>
        <source>Upload to backend</source>
        <extracomment>The environment variable ``--backend`` and ``moderator check`` take the token from. A preview or an upload has its answer (or its refusal) on screen.</extracomment>
        <translation>Отправить на сервер</translation>
    </message>
    <message>
        <source>“{title}” from this console</source>
        <extracomment>(address, token, backend meeting) of the last good preview: what Upload sends to.</extracomment>
        <translation>«{title}» с этого пульта</translation>
    </message>
    <message>
        <source>Backend address</source>
        <translation>Адрес сервера</translation>
    </message>
    <message>
        <source>Staff access token</source>
        <translation>Токен доступа персонала</translation>
    </message>
    <message>
        <source>Meeting id on the backend</source>
        <translation>Идентификатор мероприятия на сервере</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Предпросмотр</translation>
    </message>
    <message>
        <source>Preview first: the backend says what it will change before anything is sent.</source>
        <translation>Сначала предпросмотр: сервер сообщает, что изменит, до любой отправки.</translation>
    </message>
    <message>
        <source>What the upload changes</source>
        <translation>Что изменит отправка</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>Отправить</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <source>Type the meeting id the backend knows this meeting by.</source>
        <translation>Введите идентификатор, под которым сервер знает это мероприятие.</translation>
    </message>
    <message>
        <source>Asking the backend what the upload would change…</source>
        <translation>Запрос у сервера, что изменит отправка…</translation>
    </message>
    <message>
        <source>Uploading…</source>
        <translation>Отправка…</translation>
    </message>
    <message>
        <source>Uploaded to meeting “{meeting}”: {count} session(s) sent again to the consoles following them.</source>
        <translation>Отправлено в мероприятие «{meeting}»: заседаний, повторно отправленных на следящие пульты: {count}.</translation>
    </message>
    <message>
        <source>The backend will make {count} change(s). Upload sends them.</source>
        <translation>Сервер внесёт изменений: {count}. «Отправить» применяет их.</translation>
    </message>
    <message>
        <source>Nothing to upload: the backend already has this meeting as it is.</source>
        <translation>Нечего отправлять: на сервере это мероприятие уже в таком виде.</translation>
    </message>
    <message>
        <source>{count} thing(s) will not be changed; the reasons are listed below.</source>
        <translation>Не будет изменено элементов: {count}; причины перечислены ниже.</translation>
    </message>
</context>
<context>
    <name>_Form</name>
    <message>
        <source>Create</source>
        <translation>Создать</translation>
    </message>
</context>
</TS>
