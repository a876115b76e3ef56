<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AboutDialog</name>
    <message>
        <source>No log file: messages go to the terminal that started Moderator (standard error; --log-json writes them as JSON lines)</source>
        <translation>لا يوجد ملف سجل: تذهب الرسائل إلى الطرفية التي شغّلت Moderator (الخرج القياسي للأخطاء؛ ‎--log-json‎ يكتبها أسطر JSON)</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>الإصدار</translation>
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
        <translation>النظام</translation>
    </message>
    <message>
        <source>Data file</source>
        <translation>ملف البيانات</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>السجلات</translation>
    </message>
    <message>
        <source>About Moderator</source>
        <translation>حول Moderator</translation>
    </message>
    <message>
        <source>Moderator {version}</source>
        <translation>Moderator {version}</translation>
    </message>
    <message>
        <source>A console for chairs of hybrid meetings.</source>
        <translation>وحدة تحكم لرئاسة الاجتماعات المختلطة.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>فتح مجلد البيانات</translation>
    </message>
</context>
<context>
    <name>Action</name>
    <message>
        <source>{key} (keypad)</source>
        <extracomment>The console&apos;s actions that also work while the agenda editor is the active window (and are in its Session menu): what staff reach for while preparing the day (import, connect, the readiness check, switching the session) and the speaker display&apos;s controls, which must answer whatever window is in front. Plain keys (N, Space, Delete…) mean typing or editing there, and the editor has its own undo, so those stay the main window&apos;s; so does Ctrl+Q, which in the editor would close the whole console.</extracomment>
        <translation>{key} (لوحة الأرقام)</translation>
    </message>
    <message>
        <source>— (menu)</source>
        <translation>— (القائمة)</translation>
    </message>
    <message>
        <source>{keys} or {key}</source>
        <translation>{keys} أو {key}</translation>
    </message>
    <message>
        <source>Start / pause</source>
        <translation>بدء / إيقاف مؤقت</translation>
    </message>
    <message>
        <source>Start the countdown, or pause it while it runs</source>
        <translation>بدء العد التنازلي، أو إيقافه مؤقتاً أثناء جريانه</translation>
    </message>
    <message>
        <source>Next speaker</source>
        <translation>المتكلم التالي</translation>
    </message>
    <message>
        <source>The current speaker is done; give the floor to the next one and start the clock</source>
        <translation>انتهى المتكلم الحالي؛ أعطِ الكلمة للتالي وابدأ المؤقت</translation>
    </message>
    <message>
        <source>Add 30 s</source>
        <translation>إضافة 30 ث</translation>
    </message>
    <message>
        <source>Give the current speaker 30 seconds more</source>
        <translation>إعطاء المتكلم الحالي 30 ثانية إضافية</translation>
    </message>
    <message>
        <source>Remove 30 s</source>
        <translation>حذف 30 ث</translation>
    </message>
    <message>
        <source>Take 30 seconds from the current speaker</source>
        <translation>أخذ 30 ثانية من المتكلم الحالي</translation>
    </message>
    <message>
        <source>Add 1 min</source>
        <translation>إضافة دقيقة</translation>
    </message>
    <message>
        <source>Give the current speaker one minute more</source>
        <translation>إعطاء المتكلم الحالي دقيقة إضافية</translation>
    </message>
    <message>
        <source>Remove 1 min</source>
        <translation>حذف دقيقة</translation>
    </message>
    <message>
        <source>Take one minute from the current speaker</source>
        <translation>أخذ دقيقة من المتكلم الحالي</translation>
    </message>
    <message>
        <source>Set the time…</source>
        <translation>ضبط الوقت…</translation>
    </message>
    <message>
        <source>Set the current speaker&apos;s remaining time exactly (e.g. 2:30)</source>
        <translation>ضبط الوقت المتبقي للمتكلم الحالي بدقة (مثلاً 2:30)</translation>
    </message>
    <message>
        <source>Reset the time</source>
        <translation>إعادة ضبط الوقت</translation>
    </message>
    <message>
        <source>Start the current speaker&apos;s time again from their full allotment</source>
        <translation>بدء وقت المتكلم الحالي من جديد من كامل وقته المخصص</translation>
    </message>
    <message>
        <source>Add a speaker…</source>
        <translation>إضافة متكلم…</translation>
    </message>
    <message>
        <source>Add a participant or a walk-in to the list, placed by their speech type</source>
        <translation>إضافة مشارك أو شخص غير مسجل إلى القائمة، في موضع يحدده نوع كلمته</translation>
    </message>
    <message>
        <source>Floor request in the room…</source>
        <translation>طلب الكلمة في القاعة…</translation>
    </message>
    <message>
        <source>Record a hand raised in the room (H then Enter for the selected speaker)</source>
        <translation>تسجيل يد مرفوعة في القاعة (H ثم Enter للمتكلم المحدد)</translation>
    </message>
    <message>
        <source>Close / reopen the list</source>
        <translation>إقفال / إعادة فتح القائمة</translation>
    </message>
    <message>
        <source>Close the current agenda item&apos;s list of speakers, or open it again</source>
        <translation>إقفال قائمة المتكلمين في البند الحالي، أو إعادة فتحها</translation>
    </message>
    <message>
        <source>Interposed intervention</source>
        <translation>مداخلة مقحَمة</translation>
    </message>
    <message>
        <source>The selected speaker interrupts the current one, who resumes afterwards</source>
        <translation>يقاطع المتكلم المحدد المتكلم الحالي، الذي يستأنف بعده</translation>
    </message>
    <message>
        <source>Give the floor to the selected speaker</source>
        <translation>إعطاء الكلمة للمتكلم المحدد</translation>
    </message>
    <message>
        <source>Give the floor to the speaker selected in the list, out of order if need be</source>
        <translation>إعطاء الكلمة للمتكلم المحدد في القائمة، خارج الدور إن لزم</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>تخطٍّ</translation>
    </message>
    <message>
        <source>Pass over the selected speaker; they keep their place and can be put back</source>
        <translation>تخطي المتكلم المحدد؛ يحتفظ بمكانه ويمكن إرجاعه</translation>
    </message>
    <message>
        <source>Put back</source>
        <translation>إرجاع</translation>
    </message>
    <message>
        <source>Put the selected skipped or removed speaker back on the list</source>
        <translation>إرجاع المتكلم المحدد الذي تم تخطيه أو أُزيل إلى القائمة</translation>
    </message>
    <message>
        <source>Mark as done</source>
        <translation>تعليم كمنتهٍ</translation>
    </message>
    <message>
        <source>The selected speaker is done (for the one speaking: end of their turn)</source>
        <translation>انتهى المتكلم المحدد (للمتكلم الحالي: نهاية دوره)</translation>
    </message>
    <message>
        <source>Remove from the list</source>
        <translation>إزالة من القائمة</translation>
    </message>
    <message>
        <source>Take the selected speaker off the list (Ctrl+Z brings them back)</source>
        <translation>إزالة المتكلم المحدد من القائمة (Ctrl+Z يعيده)</translation>
    </message>
    <message>
        <source>Show removed speakers</source>
        <translation>إظهار المتكلمين المزالين</translation>
    </message>
    <message>
        <source>Show the speakers taken off the list, struck through, to put one back (B)</source>
        <translation>إظهار المتكلمين المزالين من القائمة، مشطوبين، لإرجاع أحدهم (B)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>إلى الأعلى</translation>
    </message>
    <message>
        <source>Move the selected speaker one place up</source>
        <translation>نقل المتكلم المحدد مكاناً واحداً إلى الأعلى</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>إلى الأسفل</translation>
    </message>
    <message>
        <source>Move the selected speaker one place down</source>
        <translation>نقل المتكلم المحدد مكاناً واحداً إلى الأسفل</translation>
    </message>
    <message>
        <source>Move to the top</source>
        <translation>إلى رأس القائمة</translation>
    </message>
    <message>
        <source>Make the selected speaker the next to speak</source>
        <translation>جعل المتكلم المحدد التالي في الكلام</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>Undo the last action (list or clock); it syncs like any action</source>
        <translation>التراجع عن الإجراء الأخير (القائمة أو المؤقت)؛ يُزامن مثل أي إجراء</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <source>Do the undone action again</source>
        <translation>إعادة الإجراء الذي تم التراجع عنه</translation>
    </message>
    <message>
        <source>Give the floor to the hand</source>
        <translation>إعطاء الكلمة لليد المرفوعة</translation>
    </message>
    <message>
        <source>Give the floor now to the selected raised hand (or the first in line)</source>
        <translation>إعطاء الكلمة الآن لليد المرفوعة المحددة (أو الأولى في الدور)</translation>
    </message>
    <message>
        <source>Add the hand to the list</source>
        <translation>إدراج اليد المرفوعة في القائمة</translation>
    </message>
    <message>
        <source>Add the selected raised hand (or the first) at the end of this item&apos;s list</source>
        <translation>إدراج اليد المرفوعة المحددة (أو الأولى) في نهاية قائمة هذا البند</translation>
    </message>
    <message>
        <source>Lower the hand</source>
        <translation>خفض اليد</translation>
    </message>
    <message>
        <source>Lower the selected raised hand (or the first in line)</source>
        <translation>خفض اليد المرفوعة المحددة (أو الأولى في الدور)</translation>
    </message>
    <message>
        <source>Fit to the end…</source>
        <translation>الالتزام بموعد الانتهاء…</translation>
    </message>
    <message>
        <source>Preview shortening the waiting speakers&apos; times so the session ends on time</source>
        <translation>معاينة تخفيض أوقات المتكلمين المنتظرين لتنتهي الجلسة في موعدها</translation>
    </message>
    <message>
        <source>Note on the speaker…</source>
        <translation>ملاحظة على المتكلم…</translation>
    </message>
    <message>
        <source>Write a note on the selected (or current) speaker, for the chair only</source>
        <translation>كتابة ملاحظة على المتكلم المحدد (أو الحالي)، للرئاسة فقط</translation>
    </message>
    <message>
        <source>Note on the agenda item…</source>
        <translation>ملاحظة على بند جدول الأعمال…</translation>
    </message>
    <message>
        <source>Write a note on the current agenda item, for the chair only</source>
        <translation>كتابة ملاحظة على البند الحالي، للرئاسة فقط</translation>
    </message>
    <message>
        <source>Speech types…</source>
        <translation>أنواع الكلمات…</translation>
    </message>
    <message>
        <source>This meeting&apos;s default times and rules per speech type</source>
        <translation>الأوقات الافتراضية والقواعد لهذا الاجتماع حسب نوع الكلمة</translation>
    </message>
    <message>
        <source>Timer thresholds…</source>
        <translation>عتبات المؤقت…</translation>
    </message>
    <message>
        <source>When the countdown turns to warning and final, for this meeting</source>
        <translation>متى ينتقل العد التنازلي إلى التنبيه والمرحلة الأخيرة، لهذا الاجتماع</translation>
    </message>
    <message>
        <source>Chime at the thresholds</source>
        <translation>جرس عند العتبات</translation>
    </message>
    <message>
        <source>Sound a chime when the time reaches the warning, final and time-up thresholds (off by default)</source>
        <translation>قرع جرس عندما يبلغ الوقت عتبات التنبيه والمرحلة الأخيرة وانتهاء الوقت (معطل افتراضياً)</translation>
    </message>
    <message>
        <source>Report of this session…</source>
        <translation>تقرير هذه الجلسة…</translation>
    </message>
    <message>
        <source>Who spoke, for how long, and the balance between groups; export as PDF, CSV, XLSX</source>
        <translation>من تكلم، وكم من الوقت، والتوازن بين الفئات؛ التصدير بصيغة PDF وCSV وXLSX</translation>
    </message>
    <message>
        <source>Report of the meeting…</source>
        <translation>تقرير الاجتماع…</translation>
    </message>
    <message>
        <source>The same report over every session of the meeting</source>
        <translation>التقرير نفسه عن كل جلسات الاجتماع</translation>
    </message>
    <message>
        <source>Speaking balance</source>
        <translation>توازن وقت الكلام</translation>
    </message>
    <message>
        <source>Show or hide the live share of speaking time so far by stakeholder group, gender, and in the room or remote (the report&apos;s numbers, as the turns run)</source>
        <translation>إظهار أو إخفاء حصص وقت الكلام حتى الآن حسب فئة أصحاب المصلحة والجنس، وفي القاعة أو عن بُعد (أرقام التقرير، مع توالي الأدوار)</translation>
    </message>
    <message>
        <source>Speaker display</source>
        <translation>شاشة عرض المتكلم</translation>
    </message>
    <message>
        <source>Show or hide the speaker display (podium screen or confidence monitor)</source>
        <translation>إظهار أو إخفاء شاشة عرض المتكلم (شاشة المنصة أو شاشة المراقبة)</translation>
    </message>
    <message>
        <source>Speaker display controls…</source>
        <translation>أدوات التحكم في شاشة عرض المتكلم…</translation>
    </message>
    <message>
        <source>Choose the display&apos;s screen, send messages, blackout</source>
        <translation>اختيار شاشة العرض، وإرسال الرسائل، والتعتيم</translation>
    </message>
    <message>
        <source>Blackout</source>
        <translation>تعتيم</translation>
    </message>
    <message>
        <source>Black out the speaker display, or undo it</source>
        <translation>تعتيم شاشة عرض المتكلم، أو التراجع عنه</translation>
    </message>
    <message>
        <source>Show “Please conclude”</source>
        <translation>عرض «يرجى الاختتام»</translation>
    </message>
    <message>
        <source>Show “Please conclude” on the speaker display</source>
        <translation>عرض «يرجى الاختتام» على شاشة عرض المتكلم</translation>
    </message>
    <message>
        <source>Show “Time is up”</source>
        <translation>عرض «انتهى الوقت»</translation>
    </message>
    <message>
        <source>Show “Time is up” on the display</source>
        <translation>عرض «انتهى الوقت» على الشاشة</translation>
    </message>
    <message>
        <source>Type a message…</source>
        <translation>كتابة رسالة…</translation>
    </message>
    <message>
        <source>Type a message for the speaker display</source>
        <translation>كتابة رسالة لشاشة عرض المتكلم</translation>
    </message>
    <message>
        <source>Clear the message</source>
        <translation>مسح الرسالة</translation>
    </message>
    <message>
        <source>Take the message off the display</source>
        <translation>إزالة الرسالة من الشاشة</translation>
    </message>
    <message>
        <source>Import an agenda…</source>
        <translation>استيراد جدول أعمال…</translation>
    </message>
    <message>
        <source>Import a schedule (CSV, XLSX, pretalx/frab JSON or XML, iCalendar); files can also be dropped on the window</source>
        <translation>استيراد برنامج (CSV أو XLSX أو JSON أو XML من pretalx/frab أو iCalendar)؛ يمكن أيضاً إفلات الملفات على النافذة</translation>
    </message>
    <message>
        <source>Agenda editor…</source>
        <translation>محرر جدول الأعمال…</translation>
    </message>
    <message>
        <source>Edit meetings, sessions, agenda items, lists of speakers and the participants roster</source>
        <translation>تعديل الاجتماعات والجلسات وبنود جدول الأعمال وقوائم المتكلمين وقائمة المشاركين</translation>
    </message>
    <message>
        <source>Upload to backend…</source>
        <translation>الإرسال إلى الخادم…</translation>
    </message>
    <message>
        <source>Staff: send this session&apos;s meeting to a backend meeting (the backend&apos;s preview first; needs a staff token)</source>
        <translation>الموظفون: إرسال اجتماع هذه الجلسة إلى اجتماع على الخادم (معاينة الخادم أولاً؛ يلزم رمز موظفين)</translation>
    </message>
    <message>
        <source>Ready for today?…</source>
        <translation>هل أنت جاهز لليوم؟…</translation>
    </message>
    <message>
        <source>Check that this laptop is ready for today and make sessions available offline</source>
        <translation>التحقق من جاهزية هذا الحاسوب لليوم وإتاحة الجلسات دون اتصال</translation>
    </message>
    <message>
        <source>Control surfaces…</source>
        <translation>أسطح التحكم…</translation>
    </message>
    <message>
        <source>Let a Stream Deck (Bitfocus Companion) or a script drive this console over HTTP, WebSocket or OSC; off by default</source>
        <translation>السماح لجهاز Stream Deck (عبر Bitfocus Companion) أو لبرنامج نصي بالتحكم في هذه الوحدة عبر HTTP أو WebSocket أو OSC؛ معطّل افتراضيًا</translation>
    </message>
    <message>
        <source>Open session…</source>
        <translation>فتح جلسة…</translation>
    </message>
    <message>
        <source>Switch to another session of this database: by day, type to filter, Enter opens</source>
        <translation>الانتقال إلى جلسة أخرى في قاعدة البيانات هذه: حسب اليوم، اكتب للتصفية، Enter للفتح</translation>
    </message>
    <message>
        <source>New meeting…</source>
        <translation>اجتماع جديد…</translation>
    </message>
    <message>
        <source>Create a meeting (title, venue, time zone), then its first session</source>
        <translation>إنشاء اجتماع (العنوان، المكان، المنطقة الزمنية)، ثم جلسته الأولى</translation>
    </message>
    <message>
        <source>New session…</source>
        <translation>جلسة جديدة…</translation>
    </message>
    <message>
        <source>Create a session in a meeting (date, times, room), open it and fill its agenda</source>
        <translation>إنشاء جلسة في اجتماع (التاريخ، الأوقات، القاعة)، وفتحها وملء جدول أعمالها</translation>
    </message>
    <message>
        <source>Connect to a backend…</source>
        <translation>الاتصال بخادم…</translation>
    </message>
    <message>
        <source>Connect to a conference backend and follow a session</source>
        <translation>الاتصال بخادم مؤتمر ومتابعة جلسة</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Show or hide this list of every action (Ctrl+F searches it)</source>
        <translation>إظهار أو إخفاء قائمة كل الإجراءات هذه (Ctrl+F للبحث فيها)</translation>
    </message>
    <message>
        <source>About Moderator</source>
        <translation>حول Moderator</translation>
    </message>
    <message>
        <source>The version of Moderator, Qt and PySide, and where the data file and the logs are</source>
        <translation>إصدار Moderator وQt وPySide، ومكان ملف البيانات والسجلات</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>Close the console (everything is already saved)</source>
        <translation>إغلاق وحدة التحكم (كل شيء محفوظ بالفعل)</translation>
    </message>
</context>
<context>
    <name>AddSpeakerDialog</name>
    <message>
        <source>Add a speaker</source>
        <extracomment>The speaker was added; carries the new entry id.</extracomment>
        <translation>إضافة متكلم</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>المتكلم</translation>
    </message>
    <message>
        <source>Name or organisation… or a walk-in: Name, Organisation</source>
        <translation>الاسم أو المنظمة… أو شخص غير مسجل: الاسم، المنظمة</translation>
    </message>
    <message>
        <source>Speech type</source>
        <translation>نوع الكلمة</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>بند جدول الأعمال</translation>
    </message>
    <message>
        <source>Allotted time</source>
        <translation>الوقت المخصص</translation>
    </message>
    <message>
        <source>m:ss</source>
        <translation>د:ثث</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>Add as &amp;walk-in</source>
        <translation>إضافة &amp;كشخص غير مسجل</translation>
    </message>
    <message>
        <source>Add the typed name as a new participant, even if it matches the roster</source>
        <translation>إضافة الاسم المكتوب كمشارك جديد، حتى لو طابق قائمة المشاركين</translation>
    </message>
    <message>
        <source>Speaker:</source>
        <extracomment>Why the last &quot;Add&quot; was refused (a closed list, a limit), next to the buttons.</extracomment>
        <translation>المتكلم:</translation>
    </message>
    <message>
        <source>Speech type:</source>
        <translation>نوع الكلمة:</translation>
    </message>
    <message>
        <source>Agenda item:</source>
        <translation>بند جدول الأعمال:</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>الوقت:</translation>
    </message>
    <message>
        <source>New participant (walk-in): {who}. On the roster: {names} — type without the comma to pick them</source>
        <translation>مشارك جديد (غير مسجل): {who}. في قائمة المشاركين: {names} — اكتب بدون الفاصلة لاختيارهم</translation>
    </message>
    <message>
        <source>Nobody on the roster matches. New participant (walk-in): {who}</source>
        <translation>لا أحد في قائمة المشاركين يطابق. مشارك جديد (غير مسجل): {who}</translation>
    </message>
    <message>
        <source>{count} participants match: keep typing, or ↓ to pick one (or “Add as walk-in” for someone new)</source>
        <translation>{count} مشاركين يطابقون: واصل الكتابة، أو ↓ لاختيار أحدهم (أو «إضافة كشخص غير مسجل» لشخص جديد)</translation>
    </message>
    <message>
        <source>Type m:ss (2:30) or minutes (3)</source>
        <translation>اكتب د:ثث (2:30) أو عدد الدقائق (3)</translation>
    </message>
    <message>
        <source>Several participants match “{text}”: pick one, or type more.</source>
        <translation>عدة مشاركين يطابقون «{text}»: اختر أحدهم، أو اكتب المزيد.</translation>
    </message>
    <message>
        <source>The speaker could not be added.</source>
        <translation>تعذرت إضافة المتكلم.</translation>
    </message>
</context>
<context>
    <name>AgendaEditing</name>
    <message>
        <source>Edit session</source>
        <extracomment>A session&apos;s data changed (its fields, agenda, lists): views showing it re-read it. A meeting&apos;s roster changed (a participant added or edited, a language). A meeting has another session (a duplicate) or one fewer (its undo). An edit did not apply; carries the reason, for the person editing. An edit could not be saved; nothing changed. The open session changed under the editor (the chair&apos;s action, or another console&apos;s edit through the backend&apos;s feed): views showing it re-read it. The file changed wholesale (an import re-read the open session): views re-read all.</extracomment>
        <translation>تعديل الجلسة</translation>
    </message>
    <message>
        <source>Session details</source>
        <translation>تفاصيل الجلسة</translation>
    </message>
    <message>
        <source>Add agenda item</source>
        <translation>إضافة بند</translation>
    </message>
    <message>
        <source>Edit agenda item</source>
        <translation>تعديل البند</translation>
    </message>
    <message>
        <source>Move agenda item</source>
        <translation>نقل البند</translation>
    </message>
    <message>
        <source>Remove agenda item</source>
        <translation>حذف البند</translation>
    </message>
    <message>
        <source>Add speaker</source>
        <translation>إضافة متكلم</translation>
    </message>
    <message>
        <source>Speech type</source>
        <translation>نوع الكلمة</translation>
    </message>
    <message>
        <source>Allotted time</source>
        <translation>الوقت المخصص</translation>
    </message>
    <message>
        <source>Remove speaker</source>
        <translation>إزالة المتكلم</translation>
    </message>
    <message>
        <source>Two speakers share a place; move another one first</source>
        <translation>متكلمان يشغلان المكان نفسه؛ انقل أحدهما أولاً</translation>
    </message>
    <message>
        <source>Move speaker</source>
        <translation>نقل المتكلم</translation>
    </message>
    <message>
        <source>This meeting has no session yet: add one first</source>
        <translation>ليس لهذا الاجتماع جلسة بعد: أضف جلسة أولاً</translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation>إضافة مشارك</translation>
    </message>
    <message>
        <source>Edit participant</source>
        <translation>تعديل مشارك</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>That session is no longer in this database</source>
        <extracomment>Events that change nothing the editor shows (it shows the session, its details, agenda items and lists, not the clock, the turns or the hands). Events that change a meeting&apos;s roster.</extracomment>
        <translation>لم تعد تلك الجلسة في قاعدة البيانات هذه</translation>
    </message>
    <message>
        <source>Not saved, nothing changed: {error}</source>
        <translation>لم يُحفظ، لم يتغير شيء: {error}</translation>
    </message>
</context>
<context>
    <name>AgendaEditor</name>
    <message>
        <source>Agenda editor</source>
        <translation>محرر جدول الأعمال</translation>
    </message>
    <message>
        <source>Meetings, sessions and agenda items</source>
        <translation>الاجتماعات والجلسات وبنود جدول الأعمال</translation>
    </message>
    <message>
        <source>Add agenda item</source>
        <translation>إضافة بند</translation>
    </message>
    <message>
        <source>Add an agenda item to the session</source>
        <translation>إضافة بند إلى جدول أعمال الجلسة</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Remove the chosen agenda item</source>
        <translation>حذف البند المختار</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>إلى الأعلى</translation>
    </message>
    <message>
        <source>Move the chosen agenda item up</source>
        <translation>نقل البند المختار إلى الأعلى</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>إلى الأسفل</translation>
    </message>
    <message>
        <source>Move the chosen agenda item down</source>
        <translation>نقل البند المختار إلى الأسفل</translation>
    </message>
    <message>
        <source>Choose a session to edit it, or one of its agenda items to edit its list of speakers. The Roster tab lists the meeting&apos;s participants.</source>
        <translation>اختر جلسة لتعديلها، أو أحد بنودها لتعديل قائمة المتكلمين فيه. يسرد تبويب المشاركين المشاركين في الاجتماع.</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>الاجتماع</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>المنطقة الزمنية</translation>
    </message>
    <message>
        <source>Details or roster</source>
        <translation>التفاصيل أو المشاركون</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>ال&amp;تفاصيل</translation>
    </message>
    <message>
        <source>R&amp;oster</source>
        <translation>ال&amp;مشاركون</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>تعديل</translation>
    </message>
    <message>
        <source>Duplicate session</source>
        <translation>تكرار الجلسة</translation>
    </message>
    <message>
        <source>Move agenda item up</source>
        <translation>نقل البند إلى الأعلى</translation>
    </message>
    <message>
        <source>Move agenda item down</source>
        <translation>نقل البند إلى الأسفل</translation>
    </message>
    <message>
        <source>Remove agenda item</source>
        <translation>حذف البند</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>ال&amp;جلسة</translation>
    </message>
    <message>
        <source>Choose a session first</source>
        <translation>اختر جلسة أولاً</translation>
    </message>
    <message>
        <source>New agenda item</source>
        <translation>بند جديد في جدول الأعمال</translation>
    </message>
    <message>
        <source>Choose a session to duplicate</source>
        <translation>اختر جلسة لتكرارها</translation>
    </message>
    <message>
        <source>Copied, on this console only: Session → Upload to backend… sends its meeting to a backend.</source>
        <translation>نُسخت، على وحدة التحكم هذه فقط: الجلسة ← الإرسال إلى الخادم… يرسل اجتماعها إلى خادم.</translation>
    </message>
</context>
<context>
    <name>AgendaForms</name>
    <message>
        <source>local time</source>
        <translation>التوقيت المحلي</translation>
    </message>
    <message>
        <source>Problem with the form</source>
        <translation>مشكلة في النموذج</translation>
    </message>
</context>
<context>
    <name>AgendaTreeModel</name>
    <message>
        <source>Meetings, sessions and agenda items</source>
        <extracomment>``(kind, id)`` of a tree node: ``(&quot;meeting&quot; | &quot;session&quot; | &quot;item&quot;, id)``. The entry or participant id of a table row. What a dragged speaker carries: the entry id.</extracomment>
        <translation>الاجتماعات والجلسات وبنود جدول الأعمال</translation>
    </message>
</context>
<context>
    <name>BalancePanel</name>
    <message>
        <source>{label} {share} % ({duration}, {turns})</source>
        <extracomment>Okabe–Ito colours (as the report&apos;s chart): distinct for every kind of colour vision. Each with the text colour that reads on it. Speakers whose gender was not recorded: grey, not a colour of its own.</extracomment>
        <translation>{label} {share} % ({duration}، {turns})</translation>
    </message>
    <message>
        <source>Speaking balance so far</source>
        <translation>توازن وقت الكلام حتى الآن</translation>
    </message>
    <message>
        <source>Groups</source>
        <extracomment>The balance on screen (``None`` until first shown). The finished turns&apos; sums, kept from one second to the next (from the first showing).</extracomment>
        <translation>الفئات</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Speaking balance so far: {time} in {turns}</source>
        <translation>توازن وقت الكلام حتى الآن: {time} في {turns}</translation>
    </message>
    <message>
        <source>1 turn</source>
        <translation>مداخلة واحدة</translation>
    </message>
    <message>
        <source>{n} turns</source>
        <translation>{n} مداخلات</translation>
    </message>
    <message>
        <source>Speaking balance: nobody has spoken yet</source>
        <translation>توازن وقت الكلام: لم يتكلم أحد بعد</translation>
    </message>
    <message>
        <source>No time yet: {who}</source>
        <translation>لا وقت بعد: {who}</translation>
    </message>
    <message>
        <source>Nobody has spoken yet.</source>
        <translation>لم يتكلم أحد بعد.</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to a backend</source>
        <extracomment>The least width the dialog takes: a form of two fields and a sentence of result. Beside the title text, the window manager&apos;s title bar holds an icon and three buttons. A line edit&apos;s frame and inner margins around its text. Room left between the dialog and the screen&apos;s edges. The chair chose to follow a session: (backend URL, token, session id).</extracomment>
        <translation>الاتصال بخادم</translation>
    </message>
    <message>
        <source>Backend address</source>
        <translation>عنوان الخادم</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>رمز الوصول</translation>
    </message>
    <message>
        <source>Test connection</source>
        <extracomment>The chair edited the token (typed, pasted, cleared): the keyring never overwrites it.</extracomment>
        <translation>اختبار الاتصال</translation>
    </message>
    <message>
        <source>Session to follow</source>
        <translation>الجلسة المراد متابعتها</translation>
    </message>
    <message>
        <source>Follow session</source>
        <translation>متابعة الجلسة</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>الجلسة</translation>
    </message>
    <message>
        <source>Looking for this computer&apos;s keyring…</source>
        <translation>جارٍ البحث عن سلسلة المفاتيح في هذا الحاسوب…</translation>
    </message>
    <message>
        <source>The token is kept in this computer&apos;s keyring.</source>
        <translation>يُحفظ الرمز في سلسلة مفاتيح هذا الحاسوب.</translation>
    </message>
    <message>
        <source>This computer has no keyring: the token is kept for this run only and will be asked for again next time.</source>
        <translation>لا توجد سلسلة مفاتيح في هذا الحاسوب: يُحفظ الرمز لهذا التشغيل فقط وسيُطلب مرة أخرى في المرة القادمة.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>جارٍ الاتصال…</translation>
    </message>
    <message>
        <source>The backend refused: {message}</source>
        <translation>رفض الخادم: {message}</translation>
    </message>
    <message>
        <source>Cannot reach {url}: {error}</source>
        <translation>تعذر الوصول إلى {url}: {error}</translation>
    </message>
    <message>
        <source>Connected as {role} of “{meeting}”; server clock {offset:+d} ms.</source>
        <translation>متصل بصفة {role} في «{meeting}»؛ ساعة الخادم {offset:+d} ملي ثانية.</translation>
    </message>
    <message>
        <source>This token cannot chair a session.</source>
        <translation>هذا الرمز لا يتيح رئاسة جلسة.</translation>
    </message>
    <message>
        <source>The address must start with https:// (or http:// on a LAN).</source>
        <translation>يجب أن يبدأ العنوان بـ https://‎ (أو http://‎ على شبكة محلية).</translation>
    </message>
    <message>
        <source>Paste the access token the organisers gave you.</source>
        <translation>الصق رمز الوصول الذي أعطاك إياه المنظمون.</translation>
    </message>
</context>
<context>
    <name>ControlDialog</name>
    <message>
        <source>Control surfaces</source>
        <translation>أسطح التحكم</translation>
    </message>
    <message>
        <source>Let a Stream Deck (through Bitfocus Companion) or a script press the console&apos;s keys and read who speaks and the countdown. The page to build in Companion is described in docs/companion.md.</source>
        <translation>السماح لجهاز Stream Deck (عبر Bitfocus Companion) أو لبرنامج نصي بالضغط على مفاتيح الوحدة ومعرفة من يتكلم والعدّ التنازلي. الصفحة المطلوب إنشاؤها في Companion موصوفة في docs/companion.md.</translation>
    </message>
    <message>
        <source>HTTP and WebSocket, on port</source>
        <translation>HTTP وWebSocket، على المنفذ</translation>
    </message>
    <message>
        <source>OSC over UDP, on port</source>
        <translation>OSC عبر UDP، على المنفذ</translation>
    </message>
    <message>
        <source>This computer only (127.0.0.1, no secret)</source>
        <translation>هذا الحاسوب فقط (127.0.0.1، بلا رمز سري)</translation>
    </message>
    <message>
        <source>The network (every interface): surfaces must give the secret</source>
        <translation>الشبكة (كل الواجهات): يجب أن تقدّم الأسطح الرمز السري</translation>
    </message>
    <message>
        <source>Control secret</source>
        <translation>رمز التحكم السري</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>إظهار</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <source>New secret</source>
        <translation>رمز سري جديد</translation>
    </message>
    <message>
        <source>Make a new secret; the old one stops working when you apply</source>
        <translation>إنشاء رمز سري جديد؛ يتوقف القديم عن العمل عند التطبيق</translation>
    </message>
    <message>
        <source>Secret:</source>
        <translation>الرمز السري:</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>جارٍ البدء…</translation>
    </message>
</context>
<context>
    <name>ControlSurfaces</name>
    <message>
        <source>HTTP control could not start: {error}</source>
        <extracomment>How long a problem (port in use) stays in the status bar&apos;s passing messages. The servers started, stopped or failed: ``status_lines()`` changed.</extracomment>
        <translation>تعذّر بدء التحكم عبر HTTP: {error}</translation>
    </message>
    <message>
        <source>OSC control could not start: {error}</source>
        <translation>تعذّر بدء التحكم عبر OSC: {error}</translation>
    </message>
    <message>
        <source> or </source>
        <translation> أو </translation>
    </message>
    <message>
        <source>HTTP and WebSocket: {addresses} ({websocket})</source>
        <translation>HTTP وWebSocket: {addresses} ({websocket})</translation>
    </message>
    <message>
        <source>OSC: udp {where}, /moderator/&lt;action&gt;</source>
        <translation>OSC: udp {where}، /moderator/&lt;action&gt;</translation>
    </message>
    <message>
        <source>Off: no control surface can drive this console</source>
        <translation>معطّل: لا يمكن لأي سطح تحكم التحكم في هذه الوحدة</translation>
    </message>
    <message>
        <source>PORT PROBLEM</source>
        <translation>مشكلة في المنفذ</translation>
    </message>
    <message>
        <source>Control (network, secret): {parts}</source>
        <translation>التحكم (الشبكة، رمز سري): {parts}</translation>
    </message>
    <message>
        <source>Control: {parts}</source>
        <translation>التحكم: {parts}</translation>
    </message>
</context>
<context>
    <name>CountdownWidget</name>
    <message>
        <source>Countdown</source>
        <extracomment>In overtime the cue inverts this long after each new second, until the next one.</extracomment>
        <translation>العد التنازلي</translation>
    </message>
</context>
<context>
    <name>CurrentSpeakerPanel</name>
    <message>
        <source>Speaker</source>
        <translation>المتكلم</translation>
    </message>
    <message>
        <source>Function and organisation</source>
        <translation>الوظيفة والمنظمة</translation>
    </message>
    <message>
        <source>Speech type and attendance</source>
        <translation>نوع الكلمة والحضور</translation>
    </message>
    <message>
        <source>Next speaker</source>
        <translation>المتكلم التالي</translation>
    </message>
    <message>
        <source>Nobody has the floor</source>
        <translation>لا أحد لديه الكلمة</translation>
    </message>
    <message>
        <source>Next: {name} resumes</source>
        <translation>التالي: {name} يستأنف</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>متبقٍ {time}</translation>
    </message>
    <message>
        <source>{time} over</source>
        <translation>تجاوز {time}</translation>
    </message>
    <message>
        <source>Next: {name} resumes — {organisation} ({time}, {where})</source>
        <translation>التالي: {name} يستأنف — {organisation} ({time}، {where})</translation>
    </message>
    <message>
        <source>Next: nobody is waiting</source>
        <translation>التالي: لا أحد في الانتظار</translation>
    </message>
    <message>
        <source>Next: {name} — {organisation} ({type}, {time}, {where})</source>
        <translation>التالي: {name} — {organisation} ({type}، {time}، {where})</translation>
    </message>
</context>
<context>
    <name>DisplayControls</name>
    <message>
        <source>Screen</source>
        <translation>الشاشة</translation>
    </message>
    <message>
        <source>{name} — {w}×{h} at ({x}, {y})</source>
        <translation>{name} — {w}×{h} عند ({x}، {y})</translation>
    </message>
    <message>
        <source> (main)</source>
        <translation> (الرئيسية)</translation>
    </message>
    <message>
        <source>Screen for the speaker display</source>
        <translation>شاشة عرض المتكلم</translation>
    </message>
    <message>
        <source>Show the speaker display</source>
        <translation>إظهار شاشة عرض المتكلم</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>ملء الشاشة</translation>
    </message>
    <message>
        <source>Hide overtime on the speaker display</source>
        <translation>إخفاء تجاوز الوقت على شاشة عرض المتكلم</translation>
    </message>
    <message>
        <source>The speaker sees 0:00 and TIME UP instead of +m:ss; the console still counts</source>
        <translation>يرى المتكلم 0:00 و«انتهى الوقت» بدلاً من ‎+m:ss‎؛ تواصل وحدة التحكم العد</translation>
    </message>
    <message>
        <source>Blackout</source>
        <translation>تعتيم</translation>
    </message>
    <message>
        <source>Turn the speaker display black; press again to restore</source>
        <translation>تعتيم شاشة عرض المتكلم؛ اضغط مرة أخرى للاستعادة</translation>
    </message>
    <message>
        <source>Messages to the speaker</source>
        <translation>رسائل إلى المتكلم</translation>
    </message>
    <message>
        <source>Message to type</source>
        <translation>الرسالة المراد كتابتها</translation>
    </message>
    <message>
        <source>Type a message and press Enter</source>
        <translation>اكتب رسالة واضغط Enter</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>إرسال</translation>
    </message>
    <message>
        <source>Send the message</source>
        <translation>إرسال الرسالة</translation>
    </message>
    <message>
        <source>Clear message</source>
        <translation>مسح الرسالة</translation>
    </message>
    <message>
        <source>Clear the message</source>
        <translation>مسح الرسالة</translation>
    </message>
    <message>
        <source>Speaker display status</source>
        <translation>حالة شاشة عرض المتكلم</translation>
    </message>
    <message>
        <source>Screen:</source>
        <translation>الشاشة:</translation>
    </message>
    <message>
        <source>Messages (Enter or double-click sends):</source>
        <translation>الرسائل (Enter أو النقر المزدوج يرسل):</translation>
    </message>
    <message>
        <source>Hide the display</source>
        <translation>إخفاء الشاشة</translation>
    </message>
    <message>
        <source>Show the display</source>
        <translation>إظهار الشاشة</translation>
    </message>
    <message>
        <source>On the display: “{text}”</source>
        <translation>على الشاشة: «{text}»</translation>
    </message>
    <message>
        <source>No message on the display.</source>
        <translation>لا توجد رسالة على الشاشة.</translation>
    </message>
</context>
<context>
    <name>DisplayControlsDialog</name>
    <message>
        <source>Speaker display</source>
        <translation>شاشة عرض المتكلم</translation>
    </message>
</context>
<context>
    <name>DisplayIndicator</name>
    <message>
        <source>message “{text}”</source>
        <extracomment>A typed message longer than this is cut in the status bar (in full in the tooltip).</extracomment>
        <translation>الرسالة «{text}»</translation>
    </message>
    <message>
        <source>blackout</source>
        <translation>تعتيم</translation>
    </message>
    <message>
        <source>Display: off ({pending} when shown)</source>
        <translation>الشاشة: مطفأة ({pending} عند الإظهار)</translation>
    </message>
    <message>
        <source>Display: off</source>
        <translation>الشاشة: مطفأة</translation>
    </message>
    <message>
        <source>main screen</source>
        <translation>الشاشة الرئيسية</translation>
    </message>
    <message>
        <source>Display: BLACKOUT ({screen})</source>
        <translation>الشاشة: معتمة ({screen})</translation>
    </message>
    <message>
        <source>Display: {message} ({screen})</source>
        <translation>الشاشة: {message} ({screen})</translation>
    </message>
    <message>
        <source>Display: on (screen {screen})</source>
        <translation>الشاشة: تعمل (الشاشة {screen})</translation>
    </message>
    <message>
        <source>Display: on (window on {screen})</source>
        <translation>الشاشة: تعمل (نافذة على {screen})</translation>
    </message>
    <message>
        <source>Click for the speaker display&apos;s controls.</source>
        <translation>انقر لعرض أدوات التحكم في شاشة عرض المتكلم.</translation>
    </message>
</context>
<context>
    <name>DisplayMessage</name>
    <message>
        <source>Please conclude</source>
        <extracomment>Typed messages longer than this are cut: the banner must stay readable from the room.</extracomment>
        <translation>يرجى الاختتام</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>انتهى الوقت</translation>
    </message>
</context>
<context>
    <name>DisplayPreview</name>
    <message>
        <source>Preview of the speaker display</source>
        <translation>معاينة شاشة عرض المتكلم</translation>
    </message>
    <message>
        <source>BLACKOUT</source>
        <translation>معتمة</translation>
    </message>
    <message>
        <source>NOT SHOWN</source>
        <translation>غير معروضة</translation>
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
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>البداية</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>النهاية</translation>
    </message>
    <message>
        <source>Title or function</source>
        <translation>اللقب أو الوظيفة</translation>
    </message>
    <message>
        <source>Organisation or delegation</source>
        <translation>المنظمة أو الوفد</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>type a date as YYYY-MM-DD (e.g. 2025-11-28)</source>
        <translation>اكتب التاريخ بصيغة YYYY-MM-DD (مثلاً 2025-11-28)</translation>
    </message>
    <message>
        <source>{text} is not a day of the calendar</source>
        <translation>{text} ليس يوماً في التقويم</translation>
    </message>
    <message>
        <source>type a time as HH:MM (e.g. 09:30)</source>
        <translation>اكتب الوقت بصيغة HH:MM (مثلاً 09:30)</translation>
    </message>
    <message>
        <source>{text} is not a time of day</source>
        <translation>{text} ليس وقتاً من اليوم</translation>
    </message>
    <message>
        <source>{time} does not exist on {day} in {zone} (the clocks go forward)</source>
        <translation>الوقت {time} غير موجود يوم {day} في {zone} (تقديم الساعة)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>a session needs a title</source>
        <translation>يلزم عنوان للجلسة</translation>
    </message>
    <message>
        <source>at most {limit} characters ({typed} typed)</source>
        <translation>{limit} حرفاً على الأكثر (كُتب {typed})</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>القاعة</translation>
    </message>
    <message>
        <source>type a time as HH:MM, or YYYY-MM-DD HH:MM for another day</source>
        <translation>اكتب الوقت بصيغة HH:MM، أو YYYY-MM-DD HH:MM ليوم آخر</translation>
    </message>
    <message>
        <source>the session must end after it starts</source>
        <translation>يجب أن تنتهي الجلسة بعد بدايتها</translation>
    </message>
    <message>
        <source>a session cannot last more than a week</source>
        <translation>لا يمكن أن تستمر الجلسة أكثر من أسبوع</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <source>at most {limit} characters</source>
        <translation>{limit} حرفاً على الأكثر</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>المسار</translation>
    </message>
    <message>
        <source>an agenda item needs a title</source>
        <translation>يلزم عنوان للبند</translation>
    </message>
    <message>
        <source>Planned duration</source>
        <translation>المدة المقررة</translation>
    </message>
    <message>
        <source>type minutes (45) or m:ss (7:30), at most 24 hours</source>
        <translation>اكتب الدقائق (45) أو د:ثث (7:30)، 24 ساعة على الأكثر</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>a participant needs a name</source>
        <translation>يلزم اسم للمشارك</translation>
    </message>
    <message>
        <source>a meeting needs a title</source>
        <translation>يلزم عنوان للاجتماع</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>المنطقة الزمنية</translation>
    </message>
    <message>
        <source>choose the meeting&apos;s time zone (e.g. Europe/Brussels)</source>
        <translation>اختر المنطقة الزمنية للاجتماع (مثلاً Europe/Brussels)</translation>
    </message>
    <message>
        <source>“{zone}” is not a time zone name (e.g. Europe/Brussels)</source>
        <translation>«{zone}» ليس اسم منطقة زمنية (مثلاً Europe/Brussels)</translation>
    </message>
</context>
<context>
    <name>FitPlanModel</name>
    <message>
        <source>Speaker</source>
        <translation>المتكلم</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>بند جدول الأعمال</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>الآن</translation>
    </message>
    <message>
        <source>After</source>
        <translation>بعد</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>التغيير</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>دون تغيير</translation>
    </message>
    <message>
        <source>(minimum)</source>
        <translation>(الحد الأدنى)</translation>
    </message>
    <message>
        <source>Nobody is shortened below {floor}</source>
        <translation>لا يُخفَّض أي وقت إلى أقل من {floor}</translation>
    </message>
</context>
<context>
    <name>FitToEndDialog</name>
    <message>
        <source>Fit to the end</source>
        <extracomment>Applied: carries how many allotments changed.</extracomment>
        <translation>الالتزام بموعد الانتهاء</translation>
    </message>
    <message>
        <source>Projected end now</source>
        <translation>الانتهاء المتوقع الآن</translation>
    </message>
    <message>
        <source>Projected end after fitting</source>
        <translation>الانتهاء المتوقع بعد التعديل</translation>
    </message>
    <message>
        <source>Allotments now and after fitting</source>
        <translation>الأوقات المخصصة الآن وبعد التعديل</translation>
    </message>
    <message>
        <source>Every waiting speaker&apos;s time is shortened by the same proportion, never below 0:30. The speaker who has the floor keeps their time. One Ctrl+Z undoes it all.</source>
        <translation>يُخفَّض وقت كل متكلم منتظر بالنسبة نفسها، ولا يقل أبداً عن 0:30. يحتفظ المتكلم الذي لديه الكلمة بوقته. ضغطة Ctrl+Z واحدة تتراجع عن الكل.</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>تطبيق</translation>
    </message>
    <message>
        <source>Apply the shortened times</source>
        <translation>تطبيق الأوقات المخفضة</translation>
    </message>
    <message>
        <source>This session has no scheduled end to fit to.</source>
        <translation>ليس لهذه الجلسة موعد انتهاء مقرر يُلتزم به.</translation>
    </message>
    <message>
        <source>Projected end {end}, scheduled end {scheduled}: on time.</source>
        <translation>الانتهاء المتوقع {end}، الانتهاء المقرر {scheduled}: في الموعد.</translation>
    </message>
    <message>
        <source>Projected end now {end}, scheduled end {scheduled}: late by {late}.</source>
        <translation>الانتهاء المتوقع الآن {end}، الانتهاء المقرر {scheduled}: تأخير {late}.</translation>
    </message>
    <message>
        <source>After fitting: ends {end}, on time ({count} speakers shortened).</source>
        <translation>بعد التعديل: تنتهي {end}، في الموعد ({count} متكلمين خُفِّضت أوقاتهم).</translation>
    </message>
    <message>
        <source>After fitting: ends {end}, still late by {late}: everyone waiting is at the minimum of 0:30 ({count} speakers shortened).</source>
        <translation>بعد التعديل: تنتهي {end}، وما زال التأخير {late}: كل المنتظرين عند الحد الأدنى 0:30 ({count} متكلمين خُفِّضت أوقاتهم).</translation>
    </message>
    <message>
        <source>Nothing to shorten: everyone waiting is already at the minimum of 0:30.</source>
        <translation>لا شيء لتخفيضه: كل المنتظرين عند الحد الأدنى 0:30 بالفعل.</translation>
    </message>
    <message>
        <source>The session is on time: nothing to shorten.</source>
        <translation>الجلسة في موعدها: لا شيء لتخفيضه.</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>لا شيء لتغييره.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>HandsModel</name>
    <message>
        <source>#</source>
        <extracomment>Where the source column says in words what its short label abbreviates.</extracomment>
        <translation>#</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>في الانتظار</translation>
    </message>
    <message>
        <source>(unknown participant)</source>
        <extracomment>The open hands changed (one was raised, lowered or taken), once the rows are updated.</extracomment>
        <translation>(مشارك غير معروف)</translation>
    </message>
    <message>
        <source>Raised in the room (recorded by the chair)</source>
        <translation>رُفعت في القاعة (سجّلها الرئيس)</translation>
    </message>
    <message>
        <source>Raised on the participant page</source>
        <translation>رُفعت في صفحة المشارك</translation>
    </message>
    <message>
        <source>Raised in {where}</source>
        <translation>رُفعت في {where}</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>الصفحة</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>القاعة</translation>
    </message>
</context>
<context>
    <name>HandsPanel</name>
    <message>
        <source>Raised hands</source>
        <extracomment>A hand was raised that was not there before: carries a notice for the status bar. G, A or L found no hand to act on: carries the reason, for the status bar.</extracomment>
        <translation>الأيدي المرفوعة</translation>
    </message>
    <message>
        <source>No hand is raised.</source>
        <translation>لا توجد يد مرفوعة.</translation>
    </message>
    <message>
        <source>Raised hands: {count}</source>
        <translation>الأيدي المرفوعة: {count}</translation>
    </message>
    <message>
        <source>No raised hands</source>
        <translation>لا أيدي مرفوعة</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>شخص ما</translation>
    </message>
    <message>
        <source>✋ {name} raised a hand</source>
        <translation>✋ {name} رفع يده</translation>
    </message>
    <message>
        <source>✋ {name} raised a hand ({where})</source>
        <translation>✋ رفع {name} يده ({where})</translation>
    </message>
</context>
<context>
    <name>HelpOverlay</name>
    <message>
        <source>Keyboard shortcuts</source>
        <extracomment>The keys that are never typed into the search field: they close the help or are the console&apos;s function keys (F1 closes, F5 shows the speaker display).
----------
(keys as shown, description) per action, in the collection&apos;s order.</extracomment>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Every shortcut works while this list is open · Ctrl+F searches · Enter or a double click runs the highlighted action · F1 or Esc closes</source>
        <translation>كل الاختصارات تعمل وهذه القائمة مفتوحة · Ctrl+F للبحث · Enter أو النقر المزدوج ينفذ الإجراء المحدد · F1 أو Esc للإغلاق</translation>
    </message>
    <message>
        <source>Search actions, keys, descriptions (Ctrl+F)</source>
        <translation>البحث في الإجراءات والمفاتيح والأوصاف (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the actions</source>
        <translation>البحث في الإجراءات</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>ما يفعله</translation>
    </message>
    <message>
        <source>Every action and its keys</source>
        <translation>كل الإجراءات ومفاتيحها</translation>
    </message>
    <message>
        <source>{n} actions</source>
        <translation>{n} إجراءات</translation>
    </message>
    <message>
        <source>{shown} of {n}</source>
        <translation>{shown} من {n}</translation>
    </message>
    <message>
        <source>No action matches “{q}”</source>
        <translation>لا إجراء يطابق «{q}»</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>to create</source>
        <extracomment>Names listed under one kind and action in the preview tree before &quot;… and N more&quot;. Progress reports from the worker at most this often (seconds), so they never flood the loop.</extracomment>
        <translation>للإنشاء</translation>
    </message>
    <message>
        <source>to update</source>
        <translation>للتحديث</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>دون تغيير</translation>
    </message>
    <message>
        <source>kept as they are</source>
        <translation>تُبقى كما هي</translation>
    </message>
    <message>
        <source>to remove</source>
        <translation>للحذف</translation>
    </message>
    <message>
        <source>no longer in the file: kept</source>
        <translation>لم تعد في الملف: تُبقى</translation>
    </message>
    <message>
        <source>refused: cannot reach the backend</source>
        <translation>مرفوضة: تعذر الوصول إلى الخادم</translation>
    </message>
    <message>
        <source>Meetings</source>
        <extracomment>The heading of each kind of record.</extracomment>
        <translation>الاجتماعات</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>المشاركون</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>الجلسات</translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation>بنود جدول الأعمال</translation>
    </message>
    <message>
        <source>Speaker entries</source>
        <translation>تسجيلات المتكلمين</translation>
    </message>
    <message>
        <source>created</source>
        <extracomment>The same once the import is applied.</extracomment>
        <translation>أُنشئت</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>حُدِّثت</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>حُذفت</translation>
    </message>
    <message>
        <source>Import {name}</source>
        <extracomment>Refused and kept records named in the plain-view notice before &quot;… and N more&quot;. Rows were written; carries the ``ImportPreview`` of what was done.</extracomment>
        <translation>استيراد {name}</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <extracomment>Whether the preview shown (and so the import) removes what left the file.</extracomment>
        <translation>جارٍ قراءة الملف…</translation>
    </message>
    <message>
        <source>Import status</source>
        <translation>حالة الاستيراد</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>تقدم الاستيراد</translation>
    </message>
    <message>
        <source>What the file holds</source>
        <translation>محتوى الملف</translation>
    </message>
    <message>
        <source>What the import cannot do</source>
        <translation>ما لا يستطيع الاستيراد فعله</translation>
    </message>
    <message>
        <source>What the import will change</source>
        <translation>ما سيغيره الاستيراد</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>العدد</translation>
    </message>
    <message>
        <source>Remove what is no longer in the file</source>
        <translation>حذف ما لم يعد في الملف</translation>
    </message>
    <message>
        <source>Import error</source>
        <translation>خطأ في الاستيراد</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Comparing with the database…</source>
        <translation>جارٍ المقارنة بقاعدة البيانات…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>جارٍ الاستيراد…</translation>
    </message>
    <message>
        <source>This file cannot be imported here: nothing is written.</source>
        <translation>لا يمكن استيراد هذا الملف هنا: لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>The database holds everything in this file; {n} record(s) are no longer in it (tick the box below to remove them).</source>
        <translation>تحتوي قاعدة البيانات على كل ما في هذا الملف؛ {n} سجل (سجلات) لم تعد فيه (حدد المربع أدناه لحذفها).</translation>
    </message>
    <message>
        <source>Ready to import.</source>
        <translation>جاهز للاستيراد.</translation>
    </message>
    <message>
        <source>The database already holds everything in this file.</source>
        <translation>تحتوي قاعدة البيانات بالفعل على كل ما في هذا الملف.</translation>
    </message>
    <message>
        <source>Remove what is no longer in the file ({n} session(s) or agenda item(s), with their lists of speakers)</source>
        <translation>حذف ما لم يعد في الملف ({n} جلسة أو بند، مع قوائم المتكلمين فيها)</translation>
    </message>
    <message>
        <source>Imported: {n} records written.</source>
        <translation>تم الاستيراد: كُتب {n} سجل.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation>أُلغي: لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>Refused: the backend cannot take these changes from this console, so nothing will be imported:</source>
        <translation>مرفوض: لا يستطيع الخادم قبول هذه التغييرات من وحدة التحكم هذه، لذلك لن يُستورد شيء:</translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation>… و{n} أخرى</translation>
    </message>
    <message>
        <source>Sent to the backend as {n} action(s), queued like the chair&apos;s own.</source>
        <translation>أُرسل إلى الخادم في شكل {n} إجراء، في قائمة الانتظار مثل إجراءات الرئاسة.</translation>
    </message>
    <message>
        <source>This meeting is on a backend: the import is sent there as {n} action(s), queued like the chair&apos;s own (they wait in the queue while offline).</source>
        <translation>هذا الاجتماع على خادم: يُرسل الاستيراد إليه في شكل {n} إجراء، في قائمة الانتظار مثل إجراءات الرئاسة (تنتظر في القائمة أثناء انقطاع الاتصال).</translation>
    </message>
    <message>
        <source>How the file was read:</source>
        <translation>كيف قُرئ الملف:</translation>
    </message>
    <message>
        <source>Kept as they are:</source>
        <translation>تُبقى كما هي:</translation>
    </message>
    <message>
        <source>{meetings} meeting(s), {sessions} session(s) in {rooms} room(s), {participants} participant(s), {entries} speaker entries ({format}).</source>
        <translation>{meetings} اجتماع، {sessions} جلسة في {rooms} قاعة، {participants} مشارك، {entries} تسجيل متكلم ({format}).</translation>
    </message>
    <message>
        <source>Import an agenda</source>
        <extracomment>The file dialog&apos;s remembered folder for imports.</extracomment>
        <translation>استيراد جدول أعمال</translation>
    </message>
</context>
<context>
    <name>ItemForm</name>
    <message>
        <source>Agenda item title</source>
        <translation>عنوان البند</translation>
    </message>
    <message>
        <source>Planned duration</source>
        <translation>المدة المقررة</translation>
    </message>
    <message>
        <source>minutes, or m:ss</source>
        <translation>دقائق، أو د:ثث</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Save the agenda item</source>
        <translation>حفظ البند</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>استرجاع</translation>
    </message>
    <message>
        <source>Revert the agenda item&apos;s fields</source>
        <translation>استرجاع حقول البند</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>ال&amp;عنوان</translation>
    </message>
    <message>
        <source>&amp;Planned duration</source>
        <translation>المدة ال&amp;مقررة</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>الترتيب</translation>
    </message>
    <message>
        <source>{number} of {count} (Alt+↑ / Alt+↓ in the tree to move it)</source>
        <translation>{number} من {count} (Alt+↑ / Alt+↓ في الشجرة لنقله)</translation>
    </message>
</context>
<context>
    <name>Label</name>
    <message>
        <source>session</source>
        <extracomment>A planned duration beyond a day is a typing mistake, not an agenda item. Scheduled times are instants since 1970 in milliseconds; nothing is planned before 2000.</extracomment>
        <translation>الجلسة</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>المسار</translation>
    </message>
    <message>
        <source>Session type</source>
        <translation>نوع الجلسة</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <source>agenda item</source>
        <translation>بند جدول الأعمال</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>المشارك</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>بيان</translation>
    </message>
    <message>
        <source>Question / comment</source>
        <translation>سؤال / تعليق</translation>
    </message>
    <message>
        <source>Point of order</source>
        <translation>نقطة نظام</translation>
    </message>
    <message>
        <source>Right of reply</source>
        <translation>حق الرد</translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation>مداخلة</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>في الانتظار</translation>
    </message>
    <message>
        <source>Speaking</source>
        <translation>يتكلم</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>انتهى</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>تم تخطيه</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>أُزيل</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>مقاطَع</translation>
    </message>
    <message>
        <source>In the room</source>
        <translation>في القاعة</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>عن بُعد</translation>
    </message>
    <message>
        <source>Member State</source>
        <translation>دولة عضو</translation>
    </message>
    <message>
        <source>Parliament</source>
        <translation>برلمان</translation>
    </message>
    <message>
        <source>Civil society</source>
        <translation>المجتمع المدني</translation>
    </message>
    <message>
        <source>UN entity</source>
        <translation>كيان تابع للأمم المتحدة</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>حضورياً</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>مختلط</translation>
    </message>
    <message>
        <source>Virtual</source>
        <translation>افتراضي</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <extracomment>A new meeting&apos;s timer thresholds: WARNING from 1:00 left, FINAL (&quot;wrap up now&quot;) from 0:30, as stage timers set their yellow and red by default. Stored with the meeting, so a meeting made before these defaults keeps the thresholds it was stored with; the chair changes them per meeting (Ctrl+Shift+T). The chair closed the list: no new statements or floor requests (points of order and rights of reply stay possible). How they came onto the list (``EntryOrigin``): the turn log and reports say how each speaker got the floor (a point of order shows as the speech type). Where the hand that put them on the list was raised (``HandSource``: the participant page, the room, BigBlueButton, Zoom, Jitsi); &quot;&quot; when no hand did, or not recorded.</extracomment>
        <translation>مقرر</translation>
    </message>
    <message>
        <source>Floor request</source>
        <translation>طلب الكلمة</translation>
    </message>
    <message>
        <source>Remote hand</source>
        <translation>يد مرفوعة عن بُعد</translation>
    </message>
    <message>
        <source>Interposed</source>
        <extracomment>How the report names a turn that interrupted another one.</extracomment>
        <translation>مقحَمة</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>جارية</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <extracomment>The turn interrupted another one (an interposed intervention). Where the hand that put them on the list was raised (``None``: no hand, or not known). The three breakdowns of a balance: how a line is sorted into each. The genders as the lines record them (``None``: not recorded).</extracomment>
        <translation>غير مسجل</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <extracomment>How long the menu&apos;s confirmation stays in the status bar.</extracomment>
        <translation>ال&amp;لغة</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>اتباع النظام</translation>
    </message>
    <message>
        <source>Speaker &amp;display</source>
        <translation>شاشة &amp;عرض المتكلم</translation>
    </message>
    <message>
        <source>Same as the console</source>
        <translation>مثل وحدة التحكم</translation>
    </message>
    <message>
        <source>Language saved: it applies when the console next starts.</source>
        <translation>حُفظت اللغة: تُطبَّق عند تشغيل وحدة التحكم في المرة القادمة.</translation>
    </message>
    <message>
        <source>The speaker display&apos;s language is changed.</source>
        <translation>تغيرت لغة شاشة عرض المتكلم.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Session</source>
        <extracomment>The speaker display&apos;s actions: the Display menu, and the shortcuts that also act from the display controls dialog (all with a modifier or an F key, so none is typing). Whether the live balance panel is shown (QSettings key). The size the console opens at when the screen has room for it (and no size was saved). The menu bar: every action reachable by mouse too (the shortcuts are shown beside them).</extracomment>
        <translation>ال&amp;جلسة</translation>
    </message>
    <message>
        <source>S&amp;peakers</source>
        <translation>ال&amp;متكلمون</translation>
    </message>
    <message>
        <source>&amp;Timer</source>
        <translation>الم&amp;ؤقت</translation>
    </message>
    <message>
        <source>&amp;Hands</source>
        <translation>الأ&amp;يدي</translation>
    </message>
    <message>
        <source>&amp;Display</source>
        <translation>ال&amp;شاشة</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>Moderator — {title}</source>
        <extracomment>Emitted once, when the window has painted for the first time (start-up measurements). A refusal the status bar shows (the service&apos;s, or the window&apos;s own: no speaker selected, nobody to set the time of…): the reason, in the chair&apos;s words. The speaker display, when it is built (on first use): whoever follows what the podium shows connects to its ``sig_changed``.</extracomment>
        <translation>Moderator — {title}</translation>
    </message>
    <message>
        <source>Current agenda item</source>
        <translation>بند جدول الأعمال الحالي</translation>
    </message>
    <message>
        <source>List of speakers</source>
        <translation>قائمة المتكلمين</translation>
    </message>
    <message>
        <source>No agenda</source>
        <translation>لا جدول أعمال</translation>
    </message>
    <message>
        <source>Item {n}: {title}</source>
        <translation>البند {n}: {title}</translation>
    </message>
    <message>
        <source>  ■ LIST CLOSED</source>
        <translation>  ■ القائمة مقفلة</translation>
    </message>
    <message>
        <source>Select a speaker in the list first (click or ↑/↓)</source>
        <translation>اختر متكلماً في القائمة أولاً (نقرة أو ↑/↓)</translation>
    </message>
    <message>
        <source>Nobody has the floor: there is no time to set</source>
        <extracomment>The console&apos;s own settings and notes (the file is reached on first use).</extracomment>
        <translation>لا أحد لديه الكلمة: لا يوجد وقت لضبطه</translation>
    </message>
    <message>
        <source>Undone: {action} ({key} redoes it)</source>
        <translation>تم التراجع: {action} ({key} يعيده)</translation>
    </message>
    <message>
        <source>Redone: {action}</source>
        <translation>أُعيد: {action}</translation>
    </message>
    <message>
        <source>Undo: {step}</source>
        <translation>تراجع: {step}</translation>
    </message>
    <message>
        <source>Redo: {step}</source>
        <translation>إعادة: {step}</translation>
    </message>
</context>
<context>
    <name>MeetingSettingsDialog</name>
    <message>
        <source>End of the agenda item&apos;s list (before the replies)</source>
        <translation>نهاية قائمة البند (قبل الردود)</translation>
    </message>
    <message>
        <source>Top of the list, right after the current speaker</source>
        <translation>أعلى القائمة، مباشرة بعد المتكلم الحالي</translation>
    </message>
    <message>
        <source>Own queue, taken at the end of the agenda item</source>
        <translation>قائمة انتظار خاصة، تُؤخذ في نهاية البند</translation>
    </message>
    <message>
        <source>Interrupts the current speaker, who resumes afterwards</source>
        <translation>يقاطع المتكلم الحالي، الذي يستأنف بعده</translation>
    </message>
    <message>
        <source>Speech types — {meeting}</source>
        <extracomment>Saved: carries the meeting&apos;s new ``SpeechRules``.</extracomment>
        <translation>أنواع الكلمات — {meeting}</translation>
    </message>
    <message>
        <source>Speech type</source>
        <translation>نوع الكلمة</translation>
    </message>
    <message>
        <source>Default time</source>
        <translation>الوقت الافتراضي</translation>
    </message>
    <message>
        <source>Where a new speaker goes</source>
        <translation>موضع المتكلم الجديد</translation>
    </message>
    <message>
        <source>default time</source>
        <translation>الوقت الافتراضي</translation>
    </message>
    <message>
        <source>{kind}: where a new speaker goes</source>
        <translation>{kind}: موضع المتكلم الجديد</translation>
    </message>
    <message>
        <source>{kind}: limit per delegation</source>
        <translation>{kind}: الحد لكل وفد</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>بلا حد</translation>
    </message>
    <message>
        <source>later replies</source>
        <translation>الردود اللاحقة</translation>
    </message>
    <message>
        <source>as the first</source>
        <translation>مثل الأول</translation>
    </message>
    <message>
        <source>limit per delegation</source>
        <translation>الحد لكل وفد</translation>
    </message>
    <message>
        <source>replies per delegation on one agenda item</source>
        <translation>الردود لكل وفد في البند الواحد</translation>
    </message>
    <message>
        <source>time of the second and later replies (empty: as the first)</source>
        <translation>وقت الرد الثاني وما بعده (فارغ: مثل الأول)</translation>
    </message>
    <message>
        <source>Q&amp;A reserve per imported talk</source>
        <translation>وقت محجوز للأسئلة والأجوبة لكل عرض مستورد</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>Q&amp;&amp;A reserve per talk</source>
        <translation>وقت محجوز للأسئلة &amp;&amp;والأجوبة لكل عرض</translation>
    </message>
    <message>
        <source>kept free at the end of an imported talk; its speakers share the rest</source>
        <translation>يُترك فارغاً في نهاية العرض المستورد؛ ويتقاسم متكلموه الباقي</translation>
    </message>
    <message>
        <source>Problems with these settings</source>
        <translation>مشكلات في هذه الإعدادات</translation>
    </message>
    <message>
        <source>Times as m:ss (2:30) or minutes (3). New settings apply to speakers added from now on; those already on the list keep their time. Kept on this computer.</source>
        <translation>الأوقات بصيغة د:ثث (2:30) أو بالدقائق (3). تُطبَّق الإعدادات الجديدة على المتكلمين المضافين من الآن؛ ويحتفظ المدرجون في القائمة بأوقاتهم. تُحفظ على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>{kind}: {field}</source>
        <translation>{kind}: {field}</translation>
    </message>
    <message>
        <source>{kind} — {field}: “{text}” is not a time (m:ss or minutes).</source>
        <translation>{kind} — {field}: «{text}» ليس وقتاً (د:ثث أو دقائق).</translation>
    </message>
    <message>
        <source>{kind} — {field}: at most 4 hours.</source>
        <translation>{kind} — {field}: 4 ساعات على الأكثر.</translation>
    </message>
    <message>
        <source>{kind} — {field}: must be at least 0:01.</source>
        <translation>{kind} — {field}: 0:01 على الأقل.</translation>
    </message>
    <message>
        <source>Q&amp;A reserve: “{text}” is not a time (m:ss or minutes).</source>
        <translation>الوقت المحجوز للأسئلة والأجوبة: «{text}» ليس وقتاً (د:ثث أو دقائق).</translation>
    </message>
    <message>
        <source>Q&amp;A reserve: at most 4 hours.</source>
        <translation>الوقت المحجوز للأسئلة والأجوبة: 4 ساعات على الأكثر.</translation>
    </message>
    <message>
        <source>⚠ Not saved, nothing changed: {error}</source>
        <translation>⚠ لم يُحفظ، لم يتغير شيء: {error}</translation>
    </message>
</context>
<context>
    <name>MessagesModel</name>
    <message>
        <source>Typed earlier: send it again</source>
        <translation>كُتبت سابقاً: أرسلها مرة أخرى</translation>
    </message>
    <message>
        <source>Preset message</source>
        <translation>رسالة جاهزة</translation>
    </message>
</context>
<context>
    <name>NewMeetingDialog</name>
    <message>
        <source>New meeting</source>
        <extracomment>The meeting was created (its id) and whether the chair goes on to its first session.</extracomment>
        <translation>اجتماع جديد</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>المنطقة الزمنية</translation>
    </message>
    <message>
        <source>Then create its first session</source>
        <translation>ثم إنشاء جلسته الأولى</translation>
    </message>
</context>
<context>
    <name>NewSessionDialog</name>
    <message>
        <source>New session</source>
        <extracomment>The session was created: its id, open it now, then fill its agenda in the editor.</extracomment>
        <translation>جلسة جديدة</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>الاجتماع</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>البداية</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>النهاية</translation>
    </message>
    <message>
        <source>HH:MM, or YYYY-MM-DD HH:MM</source>
        <translation>HH:MM، أو YYYY-MM-DD HH:MM</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>القاعة</translation>
    </message>
    <message>
        <source>Times in</source>
        <translation>الأوقات بتوقيت</translation>
    </message>
    <message>
        <source>The new session is on this console only until its meeting is uploaded (Session → Upload to backend…), as a duplicated one is.</source>
        <translation>الجلسة الجديدة موجودة على وحدة التحكم هذه فقط إلى أن يُرسل اجتماعها (الجلسة ← الإرسال إلى الخادم…)، كما هو حال الجلسة المكررة.</translation>
    </message>
    <message>
        <source>Open it now</source>
        <translation>فتحها الآن</translation>
    </message>
    <message>
        <source>and fill its agenda in the agenda editor</source>
        <translation>وملء جدول أعمالها في المحرر</translation>
    </message>
</context>
<context>
    <name>NotSyncingBanner</name>
    <message>
        <source>Not syncing</source>
        <extracomment>The chair asked to connect (the button, or a click on the banner).</extracomment>
        <translation>لا مزامنة</translation>
    </message>
    <message>
        <source>⚠ Not syncing — Connect ({shortcut})</source>
        <extracomment>The refusal shown (``None`` unless the backend refused).</extracomment>
        <translation>⚠ لا مزامنة — اتصال ({shortcut})</translation>
    </message>
    <message>
        <source>⚠ Not syncing — Connect</source>
        <translation>⚠ لا مزامنة — اتصال</translation>
    </message>
    <message>
        <source>Connect…</source>
        <translation>اتصال…</translation>
    </message>
    <message>
        <source>Connect to the backend</source>
        <translation>الاتصال بالخادم</translation>
    </message>
    <message>
        <source>Looking for the access token of {url} in this computer&apos;s keyring…</source>
        <translation>جارٍ البحث عن رمز الوصول إلى {url} في سلسلة مفاتيح هذا الحاسوب…</translation>
    </message>
    <message>
        <source>This session is followed on {url}, but no access token is available on this laptop (none in the keyring, no MODERATOR_TOKEN): remote hands do not arrive and your actions stay here until you connect.</source>
        <translation>تُتابَع هذه الجلسة على {url}، لكن لا يوجد رمز وصول على هذا الحاسوب (لا شيء في سلسلة المفاتيح، ولا MODERATOR_TOKEN): لا تصل الأيدي المرفوعة عن بُعد وتبقى إجراءاتك هنا حتى تتصل.</translation>
    </message>
    <message>
        <source>This session is followed on a backend whose address this laptop does not know: remote hands do not arrive and your actions stay here until you connect.</source>
        <translation>تُتابَع هذه الجلسة على خادم لا يعرف هذا الحاسوب عنوانه: لا تصل الأيدي المرفوعة عن بُعد وتبقى إجراءاتك هنا حتى تتصل.</translation>
    </message>
    <message>
        <source>The backend {url} refused: {reason}. Connect with a valid access token; your actions stay here meanwhile.</source>
        <translation>رفض الخادم {url}: {reason}. اتصل برمز وصول صالح؛ وتبقى إجراءاتك هنا في الأثناء.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>لم يُذكر سبب</translation>
    </message>
    <message>
        <source>Nothing waiting</source>
        <translation>لا شيء في الانتظار</translation>
    </message>
    <message>
        <source>1 action waiting</source>
        <translation>إجراء واحد في الانتظار</translation>
    </message>
    <message>
        <source>{n} actions waiting</source>
        <translation>{n} إجراءات في الانتظار</translation>
    </message>
    <message>
        <source>The backend refused an earlier action, not yet read: {newest}.</source>
        <translation>رفض الخادم إجراءً سابقاً لم يُقرأ بعد: {newest}.</translation>
    </message>
    <message>
        <source>The backend refused {n} earlier actions, not yet read; the newest: {newest}.</source>
        <translation>رفض الخادم {n} إجراءات سابقة لم تُقرأ بعد؛ أحدثها: {newest}.</translation>
    </message>
</context>
<context>
    <name>NotesEditor</name>
    <message>
        <source>Note — {title}</source>
        <extracomment>The panel shows this much of a note; the whole note is in the tooltip and the editor. Saved: (kind, entity id, text); an empty text means the note was deleted.</extracomment>
        <translation>ملاحظة — {title}</translation>
    </message>
    <message>
        <source>Note on {title}</source>
        <translation>ملاحظة على {title}</translation>
    </message>
    <message>
        <source>Only you see this note.</source>
        <translation>أنت وحدك ترى هذه الملاحظة.</translation>
    </message>
    <message>
        <source>Ctrl+Enter saves, Esc cancels. Notes stay on this computer: they are not sent to the backend or shown to anyone.</source>
        <translation>Ctrl+Enter للحفظ، Esc للإلغاء. تبقى الملاحظات على هذا الحاسوب: لا تُرسل إلى الخادم ولا تُعرض على أحد.</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>لم يُحفظ: {error}</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>Whose note</source>
        <translation>ملاحظة على من</translation>
    </message>
    <message>
        <source>Note on the speaker</source>
        <translation>ملاحظة على المتكلم</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <source>Edit the note on this speaker</source>
        <translation>تعديل الملاحظة على هذا المتكلم</translation>
    </message>
    <message>
        <source>Which agenda item</source>
        <translation>أي بند من جدول الأعمال</translation>
    </message>
    <message>
        <source>Note on the agenda item</source>
        <translation>ملاحظة على بند جدول الأعمال</translation>
    </message>
    <message>
        <source>Edit the note on this agenda item</source>
        <translation>تعديل الملاحظة على هذا البند</translation>
    </message>
    <message>
        <source>No note.</source>
        <translation>لا ملاحظة.</translation>
    </message>
    <message>
        <source>Speaker: {name}</source>
        <translation>المتكلم: {name}</translation>
    </message>
    <message>
        <source>Next speaker: {name}</source>
        <translation>المتكلم التالي: {name}</translation>
    </message>
    <message>
        <source>speaker</source>
        <translation>المتكلم</translation>
    </message>
    <message>
        <source>Speaker: nobody has the floor</source>
        <translation>المتكلم: لا أحد لديه الكلمة</translation>
    </message>
    <message>
        <source>Agenda item: {title}</source>
        <translation>بند جدول الأعمال: {title}</translation>
    </message>
    <message>
        <source>No agenda item</source>
        <translation>لا بند في جدول الأعمال</translation>
    </message>
</context>
<context>
    <name>OfflineDownloadDialog</name>
    <message>
        <source>Make sessions available offline</source>
        <extracomment>The download ended (every chosen session downloaded, refused or failed).</extracomment>
        <translation>إتاحة الجلسات دون اتصال</translation>
    </message>
    <message>
        <source>Backend address</source>
        <translation>عنوان الخادم</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>رمز الوصول</translation>
    </message>
    <message>
        <source>List the sessions</source>
        <extracomment>The chair edited the token (typed, pasted, cleared): the keyring never overwrites it.</extracomment>
        <translation>سرد الجلسات</translation>
    </message>
    <message>
        <source>Sessions to make available offline</source>
        <translation>الجلسات المراد إتاحتها دون اتصال</translation>
    </message>
    <message>
        <source>%v of %m sessions</source>
        <translation>%v من %m جلسات</translation>
    </message>
    <message>
        <source>What happened to each session</source>
        <translation>ما حدث لكل جلسة</translation>
    </message>
    <message>
        <source>Download the ticked sessions</source>
        <translation>تنزيل الجلسات المحددة</translation>
    </message>
    <message>
        <source>Asking the backend for its sessions…</source>
        <translation>جارٍ طلب الجلسات من الخادم…</translation>
    </message>
    <message>
        <source>The backend refused: {message}</source>
        <translation>رفض الخادم: {message}</translation>
    </message>
    <message>
        <source>Cannot reach {url}: {error}</source>
        <translation>تعذر الوصول إلى {url}: {error}</translation>
    </message>
    <message>
        <source>The backend&apos;s answer could not be read ({error}).</source>
        <translation>تعذرت قراءة رد الخادم ({error}).</translation>
    </message>
    <message>
        <source>“{meeting}”: 1 session, times in {zone}; today&apos;s are ticked.</source>
        <translation>«{meeting}»: جلسة واحدة، الأوقات بتوقيت {zone}؛ جلسات اليوم محددة.</translation>
    </message>
    <message>
        <source>“{meeting}”: {count} sessions, times in {zone}; today&apos;s are ticked.</source>
        <translation>«{meeting}»: {count} جلسات، الأوقات بتوقيت {zone}؛ جلسات اليوم محددة.</translation>
    </message>
    <message>
        <source>open in the console</source>
        <translation>مفتوحة في وحدة التحكم</translation>
    </message>
    <message>
        <source>{n} changes waiting to be sent: kept</source>
        <translation>{n} تغييرات في انتظار الإرسال: تُبقى</translation>
    </message>
    <message>
        <source>on this laptop: will be updated</source>
        <translation>على هذا الحاسوب: ستُحدَّث</translation>
    </message>
    <message>
        <source>not in this token&apos;s sessions</source>
        <translation>ليست ضمن جلسات هذا الرمز</translation>
    </message>
    <message>
        <source>Downloading {n} sessions…</source>
        <translation>جارٍ تنزيل {n} جلسات…</translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation>نُزِّلت</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>حُدِّثت</translation>
    </message>
    <message>
        <source>Not downloaded</source>
        <translation>لم تُنزَّل</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>فشلت</translation>
    </message>
    <message>
        <source>{done} of {total} sessions done…</source>
        <translation>اكتمل {done} من {total} جلسات…</translation>
    </message>
</context>
<context>
    <name>OpenSessionDialog</name>
    <message>
        <source>Today — {day}</source>
        <translation>اليوم — {day}</translation>
    </message>
    <message>
        <source>Tomorrow — {day}</source>
        <translation>غداً — {day}</translation>
    </message>
    <message>
        <source>Yesterday — {day}</source>
        <translation>أمس — {day}</translation>
    </message>
    <message>
        <source>followed on a backend</source>
        <translation>تُتابَع على خادم</translation>
    </message>
    <message>
        <source>local</source>
        <translation>محلية</translation>
    </message>
    <message>
        <source>open now</source>
        <translation>مفتوحة الآن</translation>
    </message>
    <message>
        <source>running</source>
        <translation>جارية</translation>
    </message>
    <message>
        <source>Open session</source>
        <extracomment>The chair chose this session (its id); the console opens it.</extracomment>
        <translation>فتح جلسة</translation>
    </message>
    <message>
        <source>Type to filter: title, meeting, room, day…</source>
        <translation>اكتب للتصفية: العنوان، الاجتماع، القاعة، اليوم…</translation>
    </message>
    <message>
        <source>Filter the sessions</source>
        <translation>تصفية الجلسات</translation>
    </message>
    <message>
        <source>Sessions by day</source>
        <translation>الجلسات حسب اليوم</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>Times in {zone}</source>
        <translation>الأوقات بتوقيت {zone}</translation>
    </message>
    <message>
        <source>No session matches “{text}”</source>
        <translation>لا جلسة تطابق «{text}»</translation>
    </message>
    <message>
        <source>1 session · Enter opens it · Esc cancels</source>
        <translation>جلسة واحدة · Enter لفتحها · Esc للإلغاء</translation>
    </message>
    <message>
        <source>{n} sessions · Enter opens the selected one · Esc cancels</source>
        <translation>{n} جلسات · Enter يفتح المختارة · Esc للإلغاء</translation>
    </message>
    <message>
        <source>Choose a session first (↑/↓)</source>
        <translation>اختر جلسة أولاً (↑/↓)</translation>
    </message>
    <message>
        <source>That session is the one open now</source>
        <translation>تلك الجلسة هي المفتوحة الآن</translation>
    </message>
</context>
<context>
    <name>Phase</name>
    <message>
        <source>NOBODY HAS THE FLOOR · PRESS N</source>
        <translation>لا أحد لديه الكلمة · اضغط N</translation>
    </message>
    <message>
        <source>READY · SPACE TO START</source>
        <translation>جاهز · مسافة للبدء</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation>متوقف مؤقتاً</translation>
    </message>
    <message>
        <source>PAUSED · {phase}</source>
        <translation>متوقف مؤقتاً · {phase}</translation>
    </message>
    <message>
        <source>RUNNING</source>
        <translation>جارٍ</translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation>تنبيه</translation>
    </message>
    <message>
        <source>FINAL</source>
        <translation>المرحلة الأخيرة</translation>
    </message>
    <message>
        <source>TIME UP</source>
        <translation>انتهى الوقت</translation>
    </message>
    <message>
        <source>OVERTIME</source>
        <translation>تجاوز الوقت</translation>
    </message>
    <message>
        <source>READY</source>
        <translation>جاهز</translation>
    </message>
</context>
<context>
    <name>ReadinessDialog</name>
    <message>
        <source>Ready for today?</source>
        <extracomment>Sessions were made available offline (their ids): the console may list them anew.</extracomment>
        <translation>هل أنت جاهز لليوم؟</translation>
    </message>
    <message>
        <source>Checking…</source>
        <extracomment>The backend address and token the last check used (its keyring answer included).</extracomment>
        <translation>جارٍ التحقق…</translation>
    </message>
    <message>
        <source>Readiness checks</source>
        <translation>فحوص الجاهزية</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>Make sessions available offline…</source>
        <translation>إتاحة الجلسات دون اتصال…</translation>
    </message>
    <message>
        <source>The check itself failed: {error}</source>
        <translation>فشل الفحص نفسه: {error}</translation>
    </message>
    <message>
        <source>this console&apos;s connection</source>
        <translation>اتصال وحدة التحكم هذه</translation>
    </message>
    <message>
        <source>the keyring</source>
        <translation>سلسلة المفاتيح</translation>
    </message>
    <message>
        <source>this run</source>
        <translation>هذا التشغيل</translation>
    </message>
</context>
<context>
    <name>Refusal</name>
    <message>
        <source>The room is longer than {limit} characters</source>
        <translation>اسم القاعة أطول من {limit} حرفاً</translation>
    </message>
    <message>
        <source>The start is not a date this century</source>
        <translation>البداية ليست تاريخاً في هذا القرن</translation>
    </message>
    <message>
        <source>The session must end after it starts</source>
        <translation>يجب أن تنتهي الجلسة بعد بدايتها</translation>
    </message>
    <message>
        <source>A session cannot last more than a week</source>
        <translation>لا يمكن أن تستمر الجلسة أكثر من أسبوع</translation>
    </message>
    <message>
        <source>That agenda item already exists</source>
        <translation>هذا البند موجود بالفعل في جدول الأعمال</translation>
    </message>
    <message>
        <source>“{title}” still has {speakers} on its list: take them off it first</source>
        <translation>ما زال في قائمة «{title}» {speakers}: أزلهم منها أولاً</translation>
    </message>
    <message>
        <source>Someone has spoken under “{title}”: it stays on record</source>
        <translation>تكلم أحدهم في إطار «{title}»: يبقى في المحضر</translation>
    </message>
    <message>
        <source>The {what} needs a title</source>
        <translation>يلزم عنوان: {what}</translation>
    </message>
    <message>
        <source>The {what} title is longer than {limit} characters</source>
        <translation>العنوان أطول مما ينبغي ({what}): {limit} حرفاً على الأكثر</translation>
    </message>
    <message>
        <source>That agenda item is not in this session</source>
        <translation>هذا البند ليس في هذه الجلسة</translation>
    </message>
    <message>
        <source>The position must be between 1 and {count}</source>
        <translation>يجب أن يكون الترتيب بين 1 و{count}</translation>
    </message>
    <message>
        <source>The planned duration must be between 0:00 and 24 hours</source>
        <translation>يجب أن تكون المدة المقررة بين 0:00 و24 ساعة</translation>
    </message>
    <message>
        <source>Format: {value!r} is not one of {known} (or empty when not known)</source>
        <translation>الشكل: {value!r} ليس من بين {known} (أو فارغ إن لم يكن معروفاً)</translation>
    </message>
    <message>
        <source>command is for session {session}, not this one</source>
        <extracomment>Integers travel as JSON numbers: beyond 2**53 they are not exact in every client, and no time, duration or id of ours comes anywhere near it. A speaker&apos;s time (allotted, spoken, remaining) beyond a day is a typing mistake. Ids a command creates (agenda items, participants put back) fit the stores&apos; columns. A session&apos;s languages (&quot;en, fr, es&quot;) and a participant&apos;s language.</extracomment>
        <translation>الأمر موجّه إلى الجلسة {session}، لا إلى هذه الجلسة</translation>
    </message>
    <message>
        <source>The floor has moved on: this was for a turn that no longer has it</source>
        <translation>انتقلت الكلمة: كان هذا لدور لم تعد لديه الكلمة</translation>
    </message>
    <message>
        <source>That speaker is not on this session&apos;s list</source>
        <extracomment>Every command class by its ``name``; the package&apos;s ``__init__`` imports every command module, so the catalogue is complete wherever ``moderator.domain.commands`` is imported.</extracomment>
        <translation>هذا المتكلم ليس في قائمة هذه الجلسة</translation>
    </message>
    <message>
        <source>{label}: at most {longest} characters ({given} given)</source>
        <translation>{label}: {longest} حرفاً على الأكثر (كُتب {given})</translation>
    </message>
    <message>
        <source>{label}: a character that cannot be stored (U+{code:04X})</source>
        <translation>{label}: حرف لا يمكن حفظه (U+{code:04X})</translation>
    </message>
    <message>
        <source>A {what} id of 1 to {limit} characters is needed</source>
        <translation>يلزم معرّف من 1 إلى {limit} حرفاً ({what})</translation>
    </message>
    <message>
        <source>Unknown clock status {status!r}</source>
        <translation>حالة مؤقت غير معروفة {status!r}</translation>
    </message>
    <message>
        <source>The time must be between 0:00 and 24 hours</source>
        <translation>يجب أن يكون الوقت بين 0:00 و24 ساعة</translation>
    </message>
    <message>
        <source>A running clock needs the moment it started</source>
        <translation>المؤقت الجاري يحتاج إلى لحظة بدئه</translation>
    </message>
    <message>
        <source>Nobody has the floor: give the floor to a speaker first</source>
        <extracomment>The turn on the floor when the chair acted (see ``Command._check_turn``).</extracomment>
        <translation>لا أحد لديه الكلمة: أعطِ الكلمة لمتكلم أولاً</translation>
    </message>
    <message>
        <source>Nobody has the floor: there is no time to adjust</source>
        <extracomment>The turn on the floor when the chair acted (see ``Command._check_turn``). The turn on the floor when the chair acted (see ``Command._check_turn``).</extracomment>
        <translation>لا أحد لديه الكلمة: لا يوجد وقت لتعديله</translation>
    </message>
    <message>
        <source>Adjusting by zero changes nothing</source>
        <translation>التعديل بصفر لا يغير شيئاً</translation>
    </message>
    <message>
        <source>Nobody has the floor: there is no time to set</source>
        <extracomment>The turn on the floor when the chair acted (see ``Command._check_turn``).</extracomment>
        <translation>لا أحد لديه الكلمة: لا يوجد وقت لضبطه</translation>
    </message>
    <message>
        <source>Nobody has the floor: there is no time to reset</source>
        <extracomment>The turn on the floor when the chair acted (see ``Command._check_turn``).</extracomment>
        <translation>لا أحد لديه الكلمة: لا يوجد وقت لإعادة ضبطه</translation>
    </message>
    <message>
        <source>The floor has moved on since: that time can no longer change</source>
        <translation>انتقلت الكلمة منذ ذلك الحين: لم يعد بالإمكان تغيير ذلك الوقت</translation>
    </message>
    <message>
        <source>The warning must be between 0:00 and 60:00 before the end</source>
        <translation>يجب أن يأتي التنبيه بين 0:00 و60:00 قبل النهاية</translation>
    </message>
    <message>
        <source>{name} is not waiting ({state})</source>
        <translation>{name} ليس في الانتظار ({state})</translation>
    </message>
    <message>
        <source>This turn was already opened</source>
        <translation>فُتح هذا الدور بالفعل</translation>
    </message>
    <message>
        <source>Nobody has the floor</source>
        <translation>لا أحد لديه الكلمة</translation>
    </message>
    <message>
        <source>Nobody has the floor: there is no one to interrupt</source>
        <translation>لا أحد لديه الكلمة: لا أحد لمقاطعته</translation>
    </message>
    <message>
        <source>An intervention is already under way</source>
        <translation>هناك مداخلة جارية بالفعل</translation>
    </message>
    <message>
        <source>The floor has moved on since: this can no longer be undone</source>
        <translation>انتقلت الكلمة منذ ذلك الحين: لم يعد بالإمكان التراجع عن هذا</translation>
    </message>
    <message>
        <source>That speaker does not have the floor: nothing to undo</source>
        <translation>هذا المتكلم ليست لديه الكلمة: لا شيء للتراجع عنه</translation>
    </message>
    <message>
        <source>Nobody to give the floor back to: nothing to pause again</source>
        <translation>لا أحد لإعادة الكلمة إليه: لا شيء لإيقافه مؤقتاً مرة أخرى</translation>
    </message>
    <message>
        <source>Unknown entry state {cancel_entry_state!r}</source>
        <translation>حالة تسجيل غير معروفة {cancel_entry_state!r}</translation>
    </message>
    <message>
        <source>Cannot put an entry back to {state!r}</source>
        <translation>لا يمكن إرجاع تسجيل إلى الحالة {state!r}</translation>
    </message>
    <message>
        <source>{name} cannot have the floor back from here</source>
        <translation>لا يمكن أن يستعيد {name} الكلمة من هنا</translation>
    </message>
    <message>
        <source>Someone is already interrupted</source>
        <translation>هناك من قوطع بالفعل</translation>
    </message>
    <message>
        <source>{name} cannot be paused again from here</source>
        <translation>لا يمكن إيقاف {name} مؤقتاً مرة أخرى من هنا</translation>
    </message>
    <message>
        <source>That turn of {name} is not on record</source>
        <translation>دور {name} هذا ليس في المحضر</translation>
    </message>
    <message>
        <source>One speaker or turn is named twice</source>
        <translation>ذُكر متكلم أو دور مرتين</translation>
    </message>
    <message>
        <source>That hand is not on record</source>
        <translation>هذه اليد ليست مسجلة</translation>
    </message>
    <message>
        <source>They have raised their hand again since</source>
        <translation>رفع يده مرة أخرى منذ ذلك الحين</translation>
    </message>
    <message>
        <source>That person is not a participant of this meeting</source>
        <translation>هذا الشخص ليس مشاركاً في هذا الاجتماع</translation>
    </message>
    <message>
        <source>{who} already has a hand raised</source>
        <translation>{who} رفع يده بالفعل</translation>
    </message>
    <message>
        <source>A name of 1 to {limit} characters is needed</source>
        <translation>يلزم اسم من 1 إلى {limit} حرفاً</translation>
    </message>
    <message>
        <source>The organisation is longer than {limit} characters</source>
        <translation>اسم المنظمة أطول من {limit} حرفاً</translation>
    </message>
    <message>
        <source>Unknown attendance {attendance!r}</source>
        <translation>حضور غير معروف {attendance!r}</translation>
    </message>
    <message>
        <source>That participant already exists</source>
        <translation>هذا المشارك موجود بالفعل</translation>
    </message>
    <message>
        <source>{name} is on a list of speakers</source>
        <translation>{name} مدرج في قائمة متكلمين</translation>
    </message>
    <message>
        <source>{name} has raised a hand in this session</source>
        <translation>{name} رفع يده في هذه الجلسة</translation>
    </message>
    <message>
        <source>{name} has spoken in this session</source>
        <translation>{name} تكلم في هذه الجلسة</translation>
    </message>
    <message>
        <source>The {label} is longer than {limit} characters</source>
        <translation>الحقل أطول مما ينبغي ({label}): {limit} حرفاً على الأكثر</translation>
    </message>
    <message>
        <source>The gender is longer than {limit} characters</source>
        <translation>الجنس أطول من {limit} حرفاً</translation>
    </message>
    <message>
        <source>Unknown stakeholder group {group!r}</source>
        <translation>فئة أصحاب المصلحة غير معروفة {group!r}</translation>
    </message>
    <message>
        <source>Unknown origin {origin!r}</source>
        <extracomment>Where the hand that brings them was raised (``HandSource``); &quot;&quot; for none.</extracomment>
        <translation>مصدر غير معروف {origin!r}</translation>
    </message>
    <message>
        <source>Unknown hand source {source!r}</source>
        <translation>مصدر يد غير معروف {source!r}</translation>
    </message>
    <message>
        <source>This speaker entry already exists</source>
        <translation>تسجيل المتكلم هذا موجود بالفعل</translation>
    </message>
    <message>
        <source>Unknown speech type {speech_type!r}</source>
        <translation>نوع كلمة غير معروف {speech_type!r}</translation>
    </message>
    <message>
        <source>The list of speakers of “{title}” is closed (points of order and rights of reply are still possible)</source>
        <translation>قائمة المتكلمين في «{title}» مقفلة (ما زالت نقاط النظام وحق الرد ممكنة)</translation>
    </message>
    <message>
        <source>The allotted time must be between 0 and 24 hours</source>
        <translation>يجب أن يكون الوقت المخصص بين 0 و24 ساعة</translation>
    </message>
    <message>
        <source>Not a valid place in the list</source>
        <translation>ليس موضعاً صالحاً في القائمة</translation>
    </message>
    <message>
        <source>{name} has the floor: end their turn before removing them</source>
        <translation>لدى {name} الكلمة: أنهِ دوره قبل إزالته</translation>
    </message>
    <message>
        <source>{name} has already spoken</source>
        <translation>تكلم {name} بالفعل</translation>
    </message>
    <message>
        <source>{name} has the floor</source>
        <translation>لدى {name} الكلمة</translation>
    </message>
    <message>
        <source>{name} has already spoken: add them again</source>
        <translation>تكلم {name} بالفعل: أدرجه مرة أخرى</translation>
    </message>
    <message>
        <source>{name} is no longer waiting to speak</source>
        <translation>لم يعد {name} ينتظر الكلمة</translation>
    </message>
    <message>
        <source>The allotted time must be between 0:00 and 24 hours</source>
        <translation>يجب أن يكون الوقت المخصص بين 0:00 و24 ساعة</translation>
    </message>
    <message>
        <source>The list of speakers of “{title}” is closed</source>
        <translation>قائمة المتكلمين في «{title}» مقفلة</translation>
    </message>
    <message>
        <source>This delegation has used its {limit} rights of reply on this agenda item</source>
        <extracomment>For rights of reply: how many each delegation may take per agenda item (0: no limit), and the time of the later ones (0: the same as the first). The meeting&apos;s Q&amp;A reserve in the stored JSON, beside the speech types. Kept free of speeches at the end of a scheduled talk for questions: an imported talk&apos;s speakers share its slot less this (a 40-minute slot with 10 reserved gives 30).</extracomment>
        <translation>استنفد هذا الوفد حقوقه في الرد ({limit}) في هذا البند من جدول الأعمال</translation>
    </message>
    <message>
        <source>{who} has used its {limit} rights of reply on this agenda item</source>
        <translation>استنفد {who} حقوقه في الرد ({limit}) في هذا البند من جدول الأعمال</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Spoken: the time the speaker&apos;s clock ran, whatever was done to the countdown (a restart, a set time, ± time change what is left, never what was spoken).</source>
        <extracomment>The definitions behind the numbers, stated with every report (screen, PDF, CSV, XLSX).</extracomment>
        <translation>وقت الكلام: الوقت الذي جرى فيه مؤقت المتكلم، أياً كان ما فُعل بالعد التنازلي (إعادة الضبط، أو تحديد الوقت، أو ± تغيّر المتبقي، لا وقت الكلام أبداً).</translation>
    </message>
    <message>
        <source>Paused: the time the clock stood still while the speaker held the floor (time waiting for an interposed intervention is the intervention&apos;s, not a pause).</source>
        <translation>التوقف المؤقت: الوقت الذي توقف فيه المؤقت بينما كانت الكلمة للمتكلم (وقت انتظار مداخلة مقحَمة يُحسب لتلك المداخلة، لا توقفاً).</translation>
    </message>
    <message>
        <source>Allotted: the planned time, plus or minus the time added or removed (± and set time), plus the time a restart gave back (what had been spoken before it).</source>
        <translation>الوقت المخصص: الوقت المقرر، زائداً أو ناقصاً الوقت المضاف أو المحذوف (± وتحديد الوقت)، زائداً الوقت الذي أعادته إعادة الضبط (ما قيل قبلها).</translation>
    </message>
    <message>
        <source>Overrun of a speaker: spoken beyond the final allotment; of an agenda item: actual (first start to last end) beyond planned; of a session: actual end against scheduled end (− finished early), and while it runs, how far it is already past its scheduled end.</source>
        <translation>تجاوز المتكلم: وقت الكلام الزائد على التخصيص النهائي؛ وتجاوز البند: المدة الفعلية (من أول بداية إلى آخر نهاية) الزائدة على المقرر؛ وتجاوز الجلسة: النهاية الفعلية مقارنة بالنهاية المقررة (− انتهت مبكراً)، وأثناء سيرها، مقدار ما تجاوزته بالفعل من نهايتها المقررة.</translation>
    </message>
    <message>
        <source>{table} (continued)</source>
        <extracomment>The order of the printed tables: the summary first, the long turn log last. A table is as wide as its columns&apos; weights at this many millimetres each, at most the page. Names, organisations and titles wrap onto at most this many lines in a cell; the last line of a longer text ends in &quot;…&quot; (the CSV and XLSX files have it whole). A word longer than this may be cut in a table cell rather than widen its column further.</extracomment>
        <translation>{table} (تابع)</translation>
    </message>
    <message>
        <source>Moderator · page {page} of {pages}</source>
        <translation>Moderator · الصفحة {page} من {pages}</translation>
    </message>
    <message>
        <source>Moderator · page {page}</source>
        <translation>Moderator · الصفحة {page}</translation>
    </message>
    <message>
        <source>Speaking time by stakeholder group</source>
        <extracomment>What an end (or a session&apos;s overrun, not yet known) says while it is still running. Relative width for paged output (PDF): text columns that carry names get more. A TIME shown on screen and in the PDF with its date when the report spans several days. Only the sessions table does: elsewhere the session&apos;s row tells the day, and the turn log has no room for dates. (CSV and XLSX always write the full date and time.) A short name for a tab or a spreadsheet sheet (at most 31 characters). Show dates with times (the report spans more than one local day).</extracomment>
        <translation>وقت الكلام حسب فئة أصحاب المصلحة</translation>
    </message>
    <message>
        <source>By group</source>
        <translation>حسب الفئة</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Speaking time by gender</source>
        <translation>وقت الكلام حسب الجنس</translation>
    </message>
    <message>
        <source>By gender</source>
        <translation>حسب الجنس</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>Speaking time in the room and remote</source>
        <translation>وقت الكلام في القاعة وعن بُعد</translation>
    </message>
    <message>
        <source>Room and remote</source>
        <translation>القاعة وعن بُعد</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Meeting report</source>
        <translation>تقرير الاجتماع</translation>
    </message>
    <message>
        <source>Session report</source>
        <translation>تقرير الجلسة</translation>
    </message>
    <message>
        <source>By stakeholder group</source>
        <translation>حسب فئة أصحاب المصلحة</translation>
    </message>
    <message>
        <source>In the room and remote</source>
        <translation>في القاعة وعن بُعد</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>الاجتماع</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>الجلسة</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>القاعة</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>المنطقة الزمنية</translation>
    </message>
    <message>
        <source>Speaking time</source>
        <translation>وقت الكلام</translation>
    </message>
    <message>
        <source>Report as of</source>
        <translation>التقرير حتى</translation>
    </message>
    <message>
        <source>Nobody has had the floor yet: there are no turns to report.</source>
        <translation>لم يأخذ أحد الكلمة بعد: لا أدوار للإبلاغ عنها.</translation>
    </message>
    <message>
        <source>A turn is still running: it is counted with its time so far and marked Running.</source>
        <translation>ما زال دور جارياً: يُحسب بوقته حتى الآن ويُعلَّم بأنه جارٍ.</translation>
    </message>
    <message>
        <source>Scheduled start</source>
        <translation>البداية المقررة</translation>
    </message>
    <message>
        <source>Scheduled end</source>
        <translation>النهاية المقررة</translation>
    </message>
    <message>
        <source>Actual start</source>
        <translation>البداية الفعلية</translation>
    </message>
    <message>
        <source>Actual end</source>
        <translation>النهاية الفعلية</translation>
    </message>
    <message>
        <source>Turns</source>
        <translation>الأدوار</translation>
    </message>
    <message>
        <source>Overrun</source>
        <translation>التجاوز</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>جارية</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>انتهى</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>لم تبدأ</translation>
    </message>
    <message>
        <source>Sessions: scheduled against actual</source>
        <translation>الجلسات: المقرر مقابل الفعلي</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>الجلسات</translation>
    </message>
    <message>
        <source>No sessions.</source>
        <translation>لا جلسات.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>البداية</translation>
    </message>
    <message>
        <source>End</source>
        <translation>النهاية</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>بند جدول الأعمال</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>المتكلم</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <source>Speech type</source>
        <translation>نوع الكلمة</translation>
    </message>
    <message>
        <source>How they got the floor</source>
        <translation>كيف حصل على الكلمة</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>المقرر</translation>
    </message>
    <message>
        <source>Allotted</source>
        <translation>المخصص</translation>
    </message>
    <message>
        <source>Spoken</source>
        <translation>وقت الكلام</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>التوقف</translation>
    </message>
    <message>
        <source>Speakers: planned against actual, turn by turn</source>
        <translation>المتكلمون: المقرر مقابل الفعلي، دوراً بدور</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>المتكلمون</translation>
    </message>
    <message>
        <source>No turns yet.</source>
        <translation>لا أدوار بعد.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>الفعلي</translation>
    </message>
    <message>
        <source>First start</source>
        <translation>أول بداية</translation>
    </message>
    <message>
        <source>Last end</source>
        <translation>آخر نهاية</translation>
    </message>
    <message>
        <source>Agenda items: planned against actual (first start to last end)</source>
        <translation>بنود جدول الأعمال: المقرر مقابل الفعلي (من أول بداية إلى آخر نهاية)</translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation>بنود جدول الأعمال</translation>
    </message>
    <message>
        <source>No agenda items.</source>
        <translation>لا بنود في جدول الأعمال.</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>الحصة</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>المجموع</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <extracomment>The keys of the totals whose label is the model&apos;s (marked for translation); any other key is a gender as recorded, shown as written.</extracomment>
        <translation>غير مسجل</translation>
    </message>
</context>
<context>
    <name>ReportWindow</name>
    <message>
        <source>Export the report</source>
        <translation>تصدير التقرير</translation>
    </message>
    <message>
        <source>Report</source>
        <extracomment>The report is on screen (after opening or &quot;Refresh&quot;); carries the ``ReportDocument``. A file was written; carries its path. Reading or writing failed; carries the message shown in the window.</extracomment>
        <translation>التقرير</translation>
    </message>
    <message>
        <source>Report header</source>
        <translation>رأس التقرير</translation>
    </message>
    <message>
        <source>Report notes</source>
        <translation>ملاحظات التقرير</translation>
    </message>
    <message>
        <source>Report tables</source>
        <translation>جداول التقرير</translation>
    </message>
    <message>
        <source>Sessions</source>
        <extracomment>Views as tall as their rows (the small balance tables, on one scrolling page).</extracomment>
        <translation>الجلسات</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>المتكلمون</translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation>بنود جدول الأعمال</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>التوازن</translation>
    </message>
    <message>
        <source>Report status</source>
        <translation>حالة التقرير</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>ت&amp;حديث</translation>
    </message>
    <message>
        <source>Compute the report again as of now</source>
        <translation>إعادة حساب التقرير حتى الآن</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>تصدير &amp;PDF…</translation>
    </message>
    <message>
        <source>Export &amp;XLSX…</source>
        <translation>تصدير &amp;XLSX…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>تصدير &amp;CSV…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Report table</source>
        <translation>جدول التقرير</translation>
    </message>
    <message>
        <source>Reading the record…</source>
        <translation>جارٍ قراءة المحضر…</translation>
    </message>
    <message>
        <source>{title}: {subject}</source>
        <translation>{title}: {subject}</translation>
    </message>
    <message>
        <source>Report as of {time}</source>
        <translation>التقرير حتى {time}</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>جارٍ كتابة {name}…</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>حُفظ {path}</translation>
    </message>
</context>
<context>
    <name>ReportWords</name>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n جلسة</numerusform>
            <numerusform>جلسة واحدة (%n)</numerusform>
            <numerusform>جلستان (%n)</numerusform>
            <numerusform>%n جلسات</numerusform>
            <numerusform>%n جلسة</numerusform>
            <numerusform>%n جلسة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n turn(s)</source>
        <translation>
            <numerusform>%n دور</numerusform>
            <numerusform>دور واحد (%n)</numerusform>
            <numerusform>دوران (%n)</numerusform>
            <numerusform>%n أدوار</numerusform>
            <numerusform>%n دوراً</numerusform>
            <numerusform>%n دور</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{duration} in %n turn(s)</source>
        <translation>
            <numerusform>{duration} في %n دور</numerusform>
            <numerusform>{duration} في دور واحد (%n)</numerusform>
            <numerusform>{duration} في دورين (%n)</numerusform>
            <numerusform>{duration} في %n أدوار</numerusform>
            <numerusform>{duration} في %n دوراً</numerusform>
            <numerusform>{duration} في %n دور</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{duration} · {share} % · %n turn(s)</source>
        <translation>
            <numerusform>{duration} · {share} % · %n دور</numerusform>
            <numerusform>{duration} · {share} % · دور واحد (%n)</numerusform>
            <numerusform>{duration} · {share} % · دوران (%n)</numerusform>
            <numerusform>{duration} · {share} % · %n أدوار</numerusform>
            <numerusform>{duration} · {share} % · %n دوراً</numerusform>
            <numerusform>{duration} · {share} % · %n دور</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoomRequestPicker</name>
    <message>
        <source>Floor request in the room</source>
        <translation>طلب الكلمة في القاعة</translation>
    </message>
    <message>
        <source>Find a name or organisation</source>
        <translation>البحث عن اسم أو منظمة</translation>
    </message>
    <message>
        <source>Type to find a name or organisation</source>
        <translation>اكتب للعثور على اسم أو منظمة</translation>
    </message>
    <message>
        <source>Who raised their hand</source>
        <translation>من رفع يده</translation>
    </message>
    <message>
        <source>Who raised their hand? Enter records it.</source>
        <translation>من رفع يده؟ Enter يسجله.</translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Title or function</source>
        <translation>اللقب أو الوظيفة</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <source>Stakeholder group</source>
        <translation>فئة أصحاب المصلحة</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>Attends</source>
        <translation>الحضور</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
</context>
<context>
    <name>RosterPanel</name>
    <message>
        <source>Participants of the meeting</source>
        <translation>المشاركون في الاجتماع</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Title or function</source>
        <translation>اللقب أو الوظيفة</translation>
    </message>
    <message>
        <source>Organisation or delegation</source>
        <translation>المنظمة أو الوفد</translation>
    </message>
    <message>
        <source>Stakeholder group</source>
        <translation>فئة أصحاب المصلحة</translation>
    </message>
    <message>
        <source>Gender (optional)</source>
        <translation>الجنس (اختياري)</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>اختياري</translation>
    </message>
    <message>
        <source>In the room or remote</source>
        <translation>في القاعة أو عن بُعد</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>New</source>
        <translation>جديد</translation>
    </message>
    <message>
        <source>Clear the form for a new participant</source>
        <translation>تفريغ النموذج لمشارك جديد</translation>
    </message>
    <message>
        <source>Add as new</source>
        <translation>إضافة كجديد</translation>
    </message>
    <message>
        <source>Add the form as a new participant</source>
        <translation>إضافة النموذج كمشارك جديد</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>حفظ التغييرات</translation>
    </message>
    <message>
        <source>Save the changes to the chosen participant</source>
        <translation>حفظ تغييرات المشارك المختار</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>الا&amp;سم</translation>
    </message>
    <message>
        <source>Title or &amp;function</source>
        <translation>اللقب أو ال&amp;وظيفة</translation>
    </message>
    <message>
        <source>&amp;Organisation or delegation</source>
        <translation>ال&amp;منظمة أو الوفد</translation>
    </message>
    <message>
        <source>Stakeholder &amp;group</source>
        <translation>&amp;فئة أصحاب المصلحة</translation>
    </message>
    <message>
        <source>G&amp;ender</source>
        <translation>ال&amp;جنس</translation>
    </message>
    <message>
        <source>&amp;Attends</source>
        <translation>ال&amp;حضور</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>ال&amp;لغة</translation>
    </message>
    <message>
        <source>Gender and language are optional personal data: the backend shares them with staff and chairs only, never with participants or displays.</source>
        <translation>الجنس واللغة بيانات شخصية اختيارية: لا يشاركها الخادم إلا مع الموظفين والرئاسة، ولا يشاركها أبداً مع المشاركين أو الشاشات.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Roster&lt;/b&gt; of {meeting}</source>
        <translation>&lt;b&gt;المشاركون&lt;/b&gt; في {meeting}</translation>
    </message>
</context>
<context>
    <name>SaveStatusLabel</name>
    <message>
        <source>Saved locally: {path}</source>
        <translation>حُفظ محلياً: {path}</translation>
    </message>
    <message>
        <source>NOT SAVED: “{action}” ({cause})</source>
        <translation>لم يُحفظ: «{action}» ({cause})</translation>
    </message>
    <message>
        <source>The last action, “{action}”, was not saved and is not on screen: {reason}
This stays until an action is saved again.</source>
        <translation>الإجراء الأخير، «{action}»، لم يُحفظ وليس على الشاشة: {reason}
يبقى هذا التنبيه إلى أن يُحفظ إجراء مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>SessionForm</name>
    <message>
        <source>Session title</source>
        <extracomment>The user asked for a copy of the session.</extracomment>
        <translation>عنوان الجلسة</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>القاعة</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>البداية</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>النهاية</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>الشكل</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <source>en, fr, es</source>
        <translation>ar, en, fr</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>المسار</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Save the session</source>
        <translation>حفظ الجلسة</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>استرجاع</translation>
    </message>
    <message>
        <source>Revert the session&apos;s fields</source>
        <translation>استرجاع حقول الجلسة</translation>
    </message>
    <message>
        <source>Duplicate session</source>
        <translation>تكرار الجلسة</translation>
    </message>
    <message>
        <source>Duplicate the session</source>
        <translation>تكرار الجلسة</translation>
    </message>
    <message>
        <source>A copy with its agenda and speakers, on this console only</source>
        <translation>نسخة بجدول أعمالها ومتكلميها، على وحدة التحكم هذه فقط</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>ال&amp;عنوان</translation>
    </message>
    <message>
        <source>&amp;Room</source>
        <translation>ال&amp;قاعة</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>ال&amp;تاريخ</translation>
    </message>
    <message>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>&amp;Starts</source>
        <translation>ال&amp;بداية</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>ال&amp;شكل</translation>
    </message>
    <message>
        <source>&amp;Languages</source>
        <translation>الل&amp;غات</translation>
    </message>
    <message>
        <source>T&amp;rack</source>
        <translation>الم&amp;سار</translation>
    </message>
    <message>
        <source>in {zone}</source>
        <translation>بتوقيت {zone}</translation>
    </message>
    <message>
        <source>Followed on a backend: every field here is sent to it.</source>
        <translation>تُتابَع على خادم: يُرسل إليه كل حقل هنا.</translation>
    </message>
    <message>
        <source>Not followed on a backend: saved on this console.</source>
        <translation>لا تُتابَع على خادم: تُحفظ على وحدة التحكم هذه.</translation>
    </message>
</context>
<context>
    <name>SessionHeader</name>
    <message>
        <source>DEMO DATA — fictional speakers</source>
        <translation>بيانات تجريبية — متكلمون وهميون</translation>
    </message>
    <message>
        <source>Demo data</source>
        <extracomment>The widest lateness the header reserves room for, so &quot;On time&quot; turning into &quot;Ahead by 12 min&quot; does not move the titles (nor cut them at another place).</extracomment>
        <translation>بيانات تجريبية</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>الاجتماع</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>الجلسة</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>الوقت الحالي</translation>
    </message>
    <message>
        <source>Scheduled end</source>
        <translation>النهاية المقررة</translation>
    </message>
    <message>
        <source>Projected end</source>
        <translation>الانتهاء المتوقع</translation>
    </message>
    <message>
        <source>Late or ahead</source>
        <translation>التأخير أو التقدم</translation>
    </message>
    <message>
        <source>Scheduled end {time}</source>
        <translation>الانتهاء المقرر {time}</translation>
    </message>
    <message>
        <source>Projected end {time}</source>
        <translation>الانتهاء المتوقع {time}</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>في الموعد</translation>
    </message>
    <message numerus="yes">
        <source>Late by %n min</source>
        <translation>
            <numerusform>تأخير %n دقيقة</numerusform>
            <numerusform>تأخير دقيقة واحدة (%n)</numerusform>
            <numerusform>تأخير دقيقتين (%n)</numerusform>
            <numerusform>تأخير %n دقائق</numerusform>
            <numerusform>تأخير %n دقيقة</numerusform>
            <numerusform>تأخير %n دقيقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ahead by %n min</source>
        <translation>
            <numerusform>تقدم %n دقيقة</numerusform>
            <numerusform>تقدم دقيقة واحدة (%n)</numerusform>
            <numerusform>تقدم دقيقتين (%n)</numerusform>
            <numerusform>تقدم %n دقائق</numerusform>
            <numerusform>تقدم %n دقيقة</numerusform>
            <numerusform>تقدم %n دقيقة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionService</name>
    <message>
        <source>Pause</source>
        <extracomment>What went wrong, for the chair (which file, what to do). The driver&apos;s words (&quot;disk I/O error&quot;, &quot;database or disk is full&quot;), short enough for a status bar. Events were committed and applied to the state (a chair action, an agenda edit, the backend&apos;s changes); carries the list of events, never empty. A command did not apply to the current state; carries the reason, for the chair. A command could not be saved; nothing changed; carries a message for the chair. Whether the file is known to hold every action on screen: a ``SaveProblem`` after a write failed, ``None`` once a later write succeeded. Emitted only when it changes, so &quot;Saved locally&quot; never stays on screen after a write failed. The session was read again whole (an import rewrote its agenda): views refresh everything. Remote changes never cause it: they arrive as ``sig_state_changed``. The meeting&apos;s speech-type rules (the console&apos;s settings; defaults until loaded). The last write&apos;s failure, until a write succeeds again (``sig_save_status``).</extracomment>
        <translation>إيقاف مؤقت</translation>
    </message>
    <message>
        <source>Nobody has the floor — press N to give the floor to {name}.</source>
        <translation>لا أحد لديه الكلمة — اضغط N لإعطاء الكلمة إلى {name}.</translation>
    </message>
    <message>
        <source>Nobody has the floor.</source>
        <translation>لا أحد لديه الكلمة.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>بدء</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>استئناف</translation>
    </message>
    <message>
        <source>End turn</source>
        <translation>نهاية الدور</translation>
    </message>
    <message>
        <source>The list of speakers is finished: nobody is waiting.</source>
        <translation>قائمة المتكلمين انتهت: لا أحد في الانتظار.</translation>
    </message>
    <message>
        <source>Time {sign}{seconds} s</source>
        <translation>الوقت {sign}{seconds} ث</translation>
    </message>
    <message>
        <source>Set time</source>
        <translation>ضبط الوقت</translation>
    </message>
    <message>
        <source>Reset time</source>
        <translation>إعادة ضبط الوقت</translation>
    </message>
    <message>
        <source>Floor to {name}</source>
        <translation>الكلمة إلى {name}</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>إزالة {name}</translation>
    </message>
    <message>
        <source>Skip {name}</source>
        <translation>تخطي {name}</translation>
    </message>
    <message>
        <source>Put back {name}</source>
        <translation>إرجاع {name}</translation>
    </message>
    <message>
        <source>Done: {name}</source>
        <translation>انتهى: {name}</translation>
    </message>
    <message>
        <source>That speaker is not on this session&apos;s list</source>
        <translation>هذا المتكلم ليس في قائمة هذه الجلسة</translation>
    </message>
    <message>
        <source>Two speakers share a place; move another one first</source>
        <translation>متكلمان يشغلان المكان نفسه؛ انقل أحدهما أولاً</translation>
    </message>
    <message>
        <source>Move {name}</source>
        <translation>نقل {name}</translation>
    </message>
    <message>
        <source>This session has no agenda item to add a speaker to.</source>
        <translation>ليس في هذه الجلسة بند لإضافة متكلم إليه.</translation>
    </message>
    <message>
        <source>That person is not a participant of this meeting</source>
        <translation>هذا الشخص ليس مشاركاً في هذا الاجتماع</translation>
    </message>
    <message>
        <source>Nobody has the floor: there is no one to interrupt</source>
        <translation>لا أحد لديه الكلمة: لا أحد لمقاطعته</translation>
    </message>
    <message>
        <source>Add {type}</source>
        <translation>إضافة: {type}</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>شخص غير مسجل</translation>
    </message>
    <message>
        <source>Add to the list</source>
        <translation>الإدراج في القائمة</translation>
    </message>
    <message>
        <source>Timer thresholds</source>
        <translation>عتبات المؤقت</translation>
    </message>
    <message>
        <source>This session has no agenda item</source>
        <translation>ليس في هذه الجلسة بند في جدول الأعمال</translation>
    </message>
    <message>
        <source>Close the list of {title}</source>
        <translation>إقفال قائمة {title}</translation>
    </message>
    <message>
        <source>Reopen the list of {title}</source>
        <translation>إعادة فتح قائمة {title}</translation>
    </message>
    <message>
        <source>Intervention by {name}</source>
        <translation>مداخلة من {name}</translation>
    </message>
    <message>
        <source>An intervention is already under way</source>
        <translation>هناك مداخلة جارية بالفعل</translation>
    </message>
    <message>
        <source>{name} already has the floor: there is no one to interrupt</source>
        <translation>لدى {name} الكلمة بالفعل: لا أحد لمقاطعته</translation>
    </message>
    <message>
        <source>Floor request: {name}</source>
        <translation>طلب الكلمة: {name}</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>مشارك</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>لا شيء للتراجع عنه</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation>لا شيء لإعادته</translation>
    </message>
    <message>
        <source>Floor to a raised hand</source>
        <translation>الكلمة ليد مرفوعة</translation>
    </message>
    <message>
        <source>Raised hand to the list</source>
        <translation>يد مرفوعة إلى القائمة</translation>
    </message>
    <message>
        <source>Lower hand</source>
        <translation>خفض اليد</translation>
    </message>
    <message>
        <source>That hand is no longer raised.</source>
        <translation>لم تعد تلك اليد مرفوعة.</translation>
    </message>
    <message>
        <source>Not saved, nothing changed: {action}. {message}</source>
        <translation>لم يُحفظ، لم يتغير شيء: {action}. {message}</translation>
    </message>
</context>
<context>
    <name>SpeakerDisplay</name>
    <message>
        <source>NO SPEAKER</source>
        <translation>لا متكلم</translation>
    </message>
    <message>
        <source>READY</source>
        <translation>جاهز</translation>
    </message>
    <message>
        <source>Next: nobody is waiting</source>
        <translation>التالي: لا أحد في الانتظار</translation>
    </message>
    <message>
        <source>Next: {name}</source>
        <translation>التالي: {name}</translation>
    </message>
    <message>
        <source>Waiting for the next speaker</source>
        <translation>في انتظار المتكلم التالي</translation>
    </message>
    <message>
        <source>Moderator — speaker display</source>
        <extracomment>A sentence for the chair about where the display is (or why not where it was asked). Visibility, screen, options, message or blackout changed: controls refresh. What the display shows changed (carries the ``DisplayView``): the preview repaints.</extracomment>
        <translation>Moderator — شاشة عرض المتكلم</translation>
    </message>
    <message>
        <source>Speaker display</source>
        <translation>شاشة عرض المتكلم</translation>
    </message>
    <message>
        <source>The screen “{wanted}” chosen for the speaker display is not connected: the display is a window on the main screen “{screen}”.</source>
        <translation>الشاشة «{wanted}» المختارة لعرض المتكلم غير موصولة: شاشة العرض نافذة على الشاشة الرئيسية «{screen}».</translation>
    </message>
    <message>
        <source>The speaker display is a window on “{screen}”: that screen also shows the console, which must stay visible.</source>
        <translation>شاشة عرض المتكلم نافذة على «{screen}»: تلك الشاشة تعرض أيضاً وحدة التحكم، التي يجب أن تبقى ظاهرة.</translation>
    </message>
    <message>
        <source>Speaker display: full screen on “{screen}” ({w}×{h}).</source>
        <translation>شاشة عرض المتكلم: ملء الشاشة على «{screen}» ({w}×{h}).</translation>
    </message>
    <message>
        <source>Speaker display: a window on “{screen}”.</source>
        <translation>شاشة عرض المتكلم: نافذة على «{screen}».</translation>
    </message>
</context>
<context>
    <name>SpeakerListModel</name>
    <message>
        <source>Item</source>
        <translation>البند</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>المتكلم</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>المتوقع</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Speaking</source>
        <extracomment>Custom roles for views and tests that need the entity behind a row. Plain ints: the roles a view asks for arrive as ints, and a set of ints answers fastest. What a dragged speaker carries: the entry id. By entry id, what its row shows; dropped whenever the row is announced as changed.</extracomment>
        <translation>يتكلم</translation>
    </message>
    <message>
        <source>Resumes next</source>
        <translation>يستأنف تالياً</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
</context>
<context>
    <name>SpeakersModel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>المشارك</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <source>Speech type</source>
        <translation>نوع الكلمة</translation>
    </message>
    <message>
        <source>Allotted</source>
        <translation>المخصص</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Allotted: “{text}” is not a time (m:ss or minutes)</source>
        <extracomment>A value typed in the list could not be read, so it never reached the service: carries the reason, for the person editing.</extracomment>
        <translation>المخصص: «{text}» ليس وقتاً (د:ثث أو دقائق)</translation>
    </message>
</context>
<context>
    <name>SpeakersPanel</name>
    <message>
        <source>List of speakers of the agenda item</source>
        <extracomment>The participant Enter (or a click on a suggestion) picked in the name field: the next Enter adds them. A time typed for the speaker being added: a change of speech type keeps it (as in the chair&apos;s Add a speaker dialog); the next speaker starts from the defaults again.</extracomment>
        <translation>قائمة المتكلمين في البند</translation>
    </message>
    <message>
        <source>Participant to add</source>
        <translation>المشارك المراد إضافته</translation>
    </message>
    <message>
        <source>Type a name or an organisation…</source>
        <translation>اكتب اسماً أو منظمة…</translation>
    </message>
    <message>
        <source>Speech type of the speaker to add</source>
        <translation>نوع كلمة المتكلم المراد إضافته</translation>
    </message>
    <message>
        <source>Allotted time</source>
        <translation>الوقت المخصص</translation>
    </message>
    <message>
        <source>m:ss</source>
        <translation>د:ثث</translation>
    </message>
    <message>
        <source>Add speaker</source>
        <translation>إضافة متكلم</translation>
    </message>
    <message>
        <source>Add the speaker to the list</source>
        <translation>إضافة المتكلم إلى القائمة</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Take the selected speaker off the list</source>
        <translation>إزالة المتكلم المحدد من القائمة</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>إلى الأعلى</translation>
    </message>
    <message>
        <source>Move the selected speaker up</source>
        <translation>نقل المتكلم المحدد إلى الأعلى</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>إلى الأسفل</translation>
    </message>
    <message>
        <source>Move the selected speaker down</source>
        <translation>نقل المتكلم المحدد إلى الأسفل</translation>
    </message>
    <message>
        <source>Drag a row, or Alt+↑ / Alt+↓, to reorder.</source>
        <translation>اسحب صفاً، أو Alt+↑ / Alt+↓، لإعادة الترتيب.</translation>
    </message>
    <message>
        <source>&lt;b&gt;List of speakers&lt;/b&gt;</source>
        <translation>&lt;b&gt;قائمة المتكلمين&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Participant: type a name from the roster</source>
        <translation>المشارك: اكتب اسماً من قائمة المشاركين</translation>
    </message>
    <message>
        <source>Participant: {count} on the roster match “{text}”: pick one from the list</source>
        <translation>المشارك: {count} في قائمة المشاركين يطابقون «{text}»: اختر أحدهم من القائمة</translation>
    </message>
    <message>
        <source>Participant: nobody on the roster is called “{text}” (add them on the Roster tab first)</source>
        <translation>المشارك: لا أحد في قائمة المشاركين اسمه «{text}» (أضفه أولاً في تبويب المشاركين)</translation>
    </message>
    <message>
        <source>Allotted: type m:ss (3:00) or minutes (3)</source>
        <translation>المخصص: اكتب د:ثث (3:00) أو دقائق (3)</translation>
    </message>
    <message>
        <source>Enter adds them as {kind}, {time}; or change the speech type and time first</source>
        <translation>Enter يدرجه بصفة {kind}، {time}؛ أو غيّر نوع الكلمة والوقت أولاً</translation>
    </message>
</context>
<context>
    <name>SpeakingTimeChart</name>
    <message>
        <source>Speaking time per group</source>
        <extracomment>The raw value of a cell (milliseconds, epoch milliseconds, counts, shares): what a column sorts by, not its text.</extracomment>
        <translation>وقت الكلام حسب الفئة</translation>
    </message>
</context>
<context>
    <name>SpeechTypeDelegate</name>
    <message>
        <source>Speech type</source>
        <translation>نوع الكلمة</translation>
    </message>
</context>
<context>
    <name>SyncBadge</name>
    <message>
        <source>Sync status</source>
        <translation>حالة المزامنة</translation>
    </message>
</context>
<context>
    <name>SyncDetailsDialog</name>
    <message>
        <source>Sync details</source>
        <extracomment>During a catch-up the status changes many times a second; the window follows at this pace.</extracomment>
        <translation>تفاصيل المزامنة</translation>
    </message>
    <message>
        <source>Queued at</source>
        <translation>في الانتظار منذ</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>المحاولات</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>آخر خطأ</translation>
    </message>
    <message>
        <source>Actions not yet sent to the backend</source>
        <translation>إجراءات لم تُرسل بعد إلى الخادم</translation>
    </message>
    <message>
        <source>Refused at</source>
        <translation>رُفض في</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Actions the backend refused</source>
        <translation>إجراءات رفضها الخادم</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>شوهد</translation>
    </message>
    <message>
        <source>The refusals stay listed; the badge stops counting them</source>
        <translation>تبقى حالات الرفض مدرجة؛ ويتوقف الشعار عن عدّها</translation>
    </message>
    <message>
        <source>Changes arrive by long-polling: the live stream does not work on this network (the stream is tried again every few minutes).</source>
        <translation>تصل التغييرات بالاستطلاع الطويل: البث المباشر لا يعمل على هذه الشبكة (تُعاد محاولته كل بضع دقائق).</translation>
    </message>
    <message>
        <source>Last error: {error}</source>
        <translation>آخر خطأ: {error}</translation>
    </message>
    <message>
        <source>Nothing was refused by the backend.</source>
        <translation>لم يرفض الخادم شيئاً.</translation>
    </message>
    <message>
        <source>Refused by the backend ({n} not seen yet):</source>
        <translation>رفضه الخادم ({n} لم تُشاهد بعد):</translation>
    </message>
    <message>
        <source>Refused by the backend (seen):</source>
        <translation>رفضه الخادم (شوهد):</translation>
    </message>
    <message>
        <source>Nothing is waiting to be sent.</source>
        <translation>لا شيء ينتظر الإرسال.</translation>
    </message>
    <message>
        <source>{n} actions waiting to be sent (the first {shown} shown):</source>
        <translation>{n} إجراءات في انتظار الإرسال (أول {shown} معروضة):</translation>
    </message>
    <message>
        <source>{n} action(s) waiting to be sent:</source>
        <translation>{n} إجراء في انتظار الإرسال:</translation>
    </message>
</context>
<context>
    <name>ThresholdsDialog</name>
    <message>
        <source>Timer thresholds</source>
        <translation>عتبات المؤقت</translation>
    </message>
    <message>
        <source>Warning when this much is left</source>
        <translation>التنبيه عندما يتبقى</translation>
    </message>
    <message>
        <source>Final phase when this much is left</source>
        <translation>المرحلة الأخيرة عندما يتبقى</translation>
    </message>
    <message>
        <source>Warning when this much is left:</source>
        <translation>التنبيه عندما يتبقى:</translation>
    </message>
    <message>
        <source>Final phase when this much is left (0:00: none):</source>
        <translation>المرحلة الأخيرة عندما يتبقى (0:00: لا شيء):</translation>
    </message>
    <message>
        <source>For every session of “{m}”.</source>
        <translation>لكل جلسة في «{m}».</translation>
    </message>
    <message>
        <source>⚠ Warning: “{t}” is not a time (m:ss).</source>
        <translation>⚠ التنبيه: «{t}» ليس وقتاً (د:ثث).</translation>
    </message>
    <message>
        <source>⚠ Final: “{t}” is not a time (m:ss).</source>
        <translation>⚠ المرحلة الأخيرة: «{t}» ليس وقتاً (د:ثث).</translation>
    </message>
    <message>
        <source>⚠ Final: it must not be more than the warning.</source>
        <translation>⚠ المرحلة الأخيرة: يجب ألا تزيد على التنبيه.</translation>
    </message>
</context>
<context>
    <name>TimeInput</name>
    <message>
        <source>Remaining time (m:ss, or minutes):</source>
        <translation>الوقت المتبقي (د:ثث، أو دقائق):</translation>
    </message>
    <message>
        <source>Set the time</source>
        <translation>ضبط الوقت</translation>
    </message>
    <message>
        <source>“{text}” is not a time. Type m:ss (2:30) or minutes (3):</source>
        <translation>«{text}» ليس وقتاً. اكتب د:ثث (2:30) أو دقائق (3):</translation>
    </message>
</context>
<context>
    <name>UploadDialog</name>
    <message>
        <source>Upload to backend</source>
        <extracomment>The environment variable ``--backend`` and ``moderator check`` take the token from. A preview or an upload has its answer (or its refusal) on screen.</extracomment>
        <translation>الإرسال إلى الخادم</translation>
    </message>
    <message>
        <source>“{title}” from this console</source>
        <extracomment>(address, token, backend meeting) of the last good preview: what Upload sends to.</extracomment>
        <translation>«{title}» من وحدة التحكم هذه</translation>
    </message>
    <message>
        <source>Backend address</source>
        <translation>عنوان الخادم</translation>
    </message>
    <message>
        <source>Staff access token</source>
        <translation>رمز وصول الموظفين</translation>
    </message>
    <message>
        <source>Meeting id on the backend</source>
        <translation>معرّف الاجتماع على الخادم</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>معاينة</translation>
    </message>
    <message>
        <source>Preview first: the backend says what it will change before anything is sent.</source>
        <translation>المعاينة أولاً: يبين الخادم ما سيغيره قبل إرسال أي شيء.</translation>
    </message>
    <message>
        <source>What the upload changes</source>
        <translation>ما يغيره الإرسال</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>إرسال</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>الاجتماع</translation>
    </message>
    <message>
        <source>Type the meeting id the backend knows this meeting by.</source>
        <translation>اكتب المعرّف الذي يعرف به الخادم هذا الاجتماع.</translation>
    </message>
    <message>
        <source>Asking the backend what the upload would change…</source>
        <translation>جارٍ سؤال الخادم عما سيغيره الإرسال…</translation>
    </message>
    <message>
        <source>Uploading…</source>
        <translation>جارٍ الإرسال…</translation>
    </message>
    <message>
        <source>Uploaded to meeting “{meeting}”: {count} session(s) sent again to the consoles following them.</source>
        <translation>أُرسل إلى الاجتماع «{meeting}»: أُعيد إرسال {count} جلسة إلى وحدات التحكم التي تتابعها.</translation>
    </message>
    <message>
        <source>The backend will make {count} change(s). Upload sends them.</source>
        <translation>سيجري الخادم {count} تغيير. الإرسال يطبقها.</translation>
    </message>
    <message>
        <source>Nothing to upload: the backend already has this meeting as it is.</source>
        <translation>لا شيء للإرسال: لدى الخادم هذا الاجتماع كما هو بالفعل.</translation>
    </message>
    <message>
        <source>{count} thing(s) will not be changed; the reasons are listed below.</source>
        <translation>{count} عنصر لن يتغير؛ الأسباب مدرجة أدناه.</translation>
    </message>
</context>
<context>
    <name>_Form</name>
    <message>
        <source>Create</source>
        <translation>إنشاء</translation>
    </message>
</context>
</TS>
