<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>No log file: messages go to the terminal that started Moderator (standard error; --log-json writes them as JSON lines)</source>
        <translation>没有日志文件：消息输出到启动 Moderator 的终端（标准错误；--log-json 将其写为 JSON 行）</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
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
        <translation>系统</translation>
    </message>
    <message>
        <source>Data file</source>
        <translation>数据文件</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>About Moderator</source>
        <translation>关于 Moderator</translation>
    </message>
    <message>
        <source>Moderator {version}</source>
        <translation>Moderator {version}</translation>
    </message>
    <message>
        <source>A console for chairs of hybrid meetings.</source>
        <translation>供混合会议主席使用的控制台。</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>打开数据文件夹</translation>
    </message>
</context>
<context>
    <name>Action</name>
    <message>
        <source>{key} (keypad)</source>
        <extracomment>The console&apos;s actions that also work while the agenda editor is the active window (and are in its Session menu): what staff reach for while preparing the day (import, connect, the readiness check, switching the session) and the speaker display&apos;s controls, which must answer whatever window is in front. Plain keys (N, Space, Delete…) mean typing or editing there, and the editor has its own undo, so those stay the main window&apos;s; so does Ctrl+Q, which in the editor would close the whole console.</extracomment>
        <translation>{key}（数字小键盘）</translation>
    </message>
    <message>
        <source>— (menu)</source>
        <translation>—（菜单）</translation>
    </message>
    <message>
        <source>{keys} or {key}</source>
        <translation>{keys} 或 {key}</translation>
    </message>
    <message>
        <source>Start / pause</source>
        <translation>开始 / 暂停</translation>
    </message>
    <message>
        <source>Start the countdown, or pause it while it runs</source>
        <translation>开始倒计时，或在计时时暂停</translation>
    </message>
    <message>
        <source>Next speaker</source>
        <translation>下一位发言者</translation>
    </message>
    <message>
        <source>The current speaker is done; give the floor to the next one and start the clock</source>
        <translation>当前发言者结束；请下一位发言并开始计时</translation>
    </message>
    <message>
        <source>Add 30 s</source>
        <translation>增加 30 秒</translation>
    </message>
    <message>
        <source>Give the current speaker 30 seconds more</source>
        <translation>给当前发言者增加 30 秒</translation>
    </message>
    <message>
        <source>Remove 30 s</source>
        <translation>减少 30 秒</translation>
    </message>
    <message>
        <source>Take 30 seconds from the current speaker</source>
        <translation>从当前发言者减去 30 秒</translation>
    </message>
    <message>
        <source>Add 1 min</source>
        <translation>增加 1 分钟</translation>
    </message>
    <message>
        <source>Give the current speaker one minute more</source>
        <translation>给当前发言者增加一分钟</translation>
    </message>
    <message>
        <source>Remove 1 min</source>
        <translation>减少 1 分钟</translation>
    </message>
    <message>
        <source>Take one minute from the current speaker</source>
        <translation>从当前发言者减去一分钟</translation>
    </message>
    <message>
        <source>Set the time…</source>
        <translation>设定时间……</translation>
    </message>
    <message>
        <source>Set the current speaker&apos;s remaining time exactly (e.g. 2:30)</source>
        <translation>精确设定当前发言者的剩余时间（例如 2:30）</translation>
    </message>
    <message>
        <source>Reset the time</source>
        <translation>重置时间</translation>
    </message>
    <message>
        <source>Start the current speaker&apos;s time again from their full allotment</source>
        <translation>按完整分配时间重新开始当前发言者的计时</translation>
    </message>
    <message>
        <source>Add a speaker…</source>
        <translation>添加发言者……</translation>
    </message>
    <message>
        <source>Add a participant or a walk-in to the list, placed by their speech type</source>
        <translation>将参会者或临时到场者添加到名单，按发言类型确定位置</translation>
    </message>
    <message>
        <source>Floor request in the room…</source>
        <translation>会场内请求发言……</translation>
    </message>
    <message>
        <source>Record a hand raised in the room (H then Enter for the selected speaker)</source>
        <translation>记录会场内的举手（对所选发言者按 H 再按 Enter）</translation>
    </message>
    <message>
        <source>Close / reopen the list</source>
        <translation>截止 / 重开名单</translation>
    </message>
    <message>
        <source>Close the current agenda item&apos;s list of speakers, or open it again</source>
        <translation>截止当前议程项目的发言名单，或重新开放</translation>
    </message>
    <message>
        <source>Interposed intervention</source>
        <translation>插话</translation>
    </message>
    <message>
        <source>The selected speaker interrupts the current one, who resumes afterwards</source>
        <translation>所选发言者打断当前发言者，后者随后继续发言</translation>
    </message>
    <message>
        <source>Give the floor to the selected speaker</source>
        <translation>请所选发言者发言</translation>
    </message>
    <message>
        <source>Give the floor to the speaker selected in the list, out of order if need be</source>
        <translation>请名单中所选的发言者发言，必要时可不按顺序</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Pass over the selected speaker; they keep their place and can be put back</source>
        <translation>跳过所选发言者；其保留位置，可以恢复</translation>
    </message>
    <message>
        <source>Put back</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Put the selected skipped or removed speaker back on the list</source>
        <translation>将所选已跳过或已移除的发言者恢复到名单</translation>
    </message>
    <message>
        <source>Mark as done</source>
        <translation>标记为已完成</translation>
    </message>
    <message>
        <source>The selected speaker is done (for the one speaking: end of their turn)</source>
        <translation>所选发言者已完成（对正在发言者：结束其发言）</translation>
    </message>
    <message>
        <source>Remove from the list</source>
        <translation>从名单移除</translation>
    </message>
    <message>
        <source>Take the selected speaker off the list (Ctrl+Z brings them back)</source>
        <translation>将所选发言者从名单移除（Ctrl+Z 可恢复）</translation>
    </message>
    <message>
        <source>Show removed speakers</source>
        <translation>显示已移除的发言者</translation>
    </message>
    <message>
        <source>Show the speakers taken off the list, struck through, to put one back (B)</source>
        <translation>以删除线显示已从名单移除的发言者，以便恢复（B）</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move the selected speaker one place up</source>
        <translation>将所选发言者上移一位</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Move the selected speaker one place down</source>
        <translation>将所选发言者下移一位</translation>
    </message>
    <message>
        <source>Move to the top</source>
        <translation>移至最前</translation>
    </message>
    <message>
        <source>Make the selected speaker the next to speak</source>
        <translation>让所选发言者下一个发言</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Undo the last action (list or clock); it syncs like any action</source>
        <translation>撤销上一项操作（名单或计时器）；与任何操作一样同步</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Do the undone action again</source>
        <translation>再次执行已撤销的操作</translation>
    </message>
    <message>
        <source>Give the floor to the hand</source>
        <translation>请举手者发言</translation>
    </message>
    <message>
        <source>Give the floor now to the selected raised hand (or the first in line)</source>
        <translation>立即请所选举手者（或排在第一位者）发言</translation>
    </message>
    <message>
        <source>Add the hand to the list</source>
        <translation>将举手者加入名单</translation>
    </message>
    <message>
        <source>Add the selected raised hand (or the first) at the end of this item&apos;s list</source>
        <translation>将所选举手者（或第一位）加到本议程项目名单末尾</translation>
    </message>
    <message>
        <source>Lower the hand</source>
        <translation>放下举手</translation>
    </message>
    <message>
        <source>Lower the selected raised hand (or the first in line)</source>
        <translation>放下所选举手（或排在第一位者）</translation>
    </message>
    <message>
        <source>Fit to the end…</source>
        <translation>按时结束……</translation>
    </message>
    <message>
        <source>Preview shortening the waiting speakers&apos; times so the session ends on time</source>
        <translation>预览缩短等候发言者的时间，使场次按时结束</translation>
    </message>
    <message>
        <source>Note on the speaker…</source>
        <translation>关于发言者的备注……</translation>
    </message>
    <message>
        <source>Write a note on the selected (or current) speaker, for the chair only</source>
        <translation>为所选（或当前）发言者写备注，仅供主席查看</translation>
    </message>
    <message>
        <source>Note on the agenda item…</source>
        <translation>关于议程项目的备注……</translation>
    </message>
    <message>
        <source>Write a note on the current agenda item, for the chair only</source>
        <translation>为当前议程项目写备注，仅供主席查看</translation>
    </message>
    <message>
        <source>Speech types…</source>
        <translation>发言类型……</translation>
    </message>
    <message>
        <source>This meeting&apos;s default times and rules per speech type</source>
        <translation>本次会议按发言类型的默认时间和规则</translation>
    </message>
    <message>
        <source>Timer thresholds…</source>
        <translation>计时器阈值……</translation>
    </message>
    <message>
        <source>When the countdown turns to warning and final, for this meeting</source>
        <translation>本次会议中倒计时何时进入提醒和最后阶段</translation>
    </message>
    <message>
        <source>Chime at the thresholds</source>
        <translation>阈值提示音</translation>
    </message>
    <message>
        <source>Sound a chime when the time reaches the warning, final and time-up thresholds (off by default)</source>
        <translation>时间到达提醒、最后阶段和时间到阈值时响铃（默认关闭）</translation>
    </message>
    <message>
        <source>Report of this session…</source>
        <translation>本场次报告……</translation>
    </message>
    <message>
        <source>Who spoke, for how long, and the balance between groups; export as PDF, CSV, XLSX</source>
        <translation>谁发言、发言多久以及各群体间的平衡；导出为 PDF、CSV、XLSX</translation>
    </message>
    <message>
        <source>Report of the meeting…</source>
        <translation>会议报告……</translation>
    </message>
    <message>
        <source>The same report over every session of the meeting</source>
        <translation>对会议所有场次的同一报告</translation>
    </message>
    <message>
        <source>Speaking balance</source>
        <translation>发言时间平衡</translation>
    </message>
    <message>
        <source>Show or hide the live share of speaking time so far by stakeholder group, gender, and in the room or remote (the report&apos;s numbers, as the turns run)</source>
        <translation>显示或隐藏目前按利益攸关方群体、性别以及会场内或远程统计的发言时间占比（报告中的数字，随发言进行更新）</translation>
    </message>
    <message>
        <source>Speaker display</source>
        <translation>发言者显示屏</translation>
    </message>
    <message>
        <source>Show or hide the speaker display (podium screen or confidence monitor)</source>
        <translation>显示或隐藏发言者显示屏（讲台屏幕或提词监视器）</translation>
    </message>
    <message>
        <source>Speaker display controls…</source>
        <translation>发言者显示屏控制……</translation>
    </message>
    <message>
        <source>Choose the display&apos;s screen, send messages, blackout</source>
        <translation>选择显示屏幕、发送消息、黑屏</translation>
    </message>
    <message>
        <source>Blackout</source>
        <translation>黑屏</translation>
    </message>
    <message>
        <source>Black out the speaker display, or undo it</source>
        <translation>将发言者显示屏变黑，或撤销</translation>
    </message>
    <message>
        <source>Show “Please conclude”</source>
        <translation>显示“请结束发言”</translation>
    </message>
    <message>
        <source>Show “Please conclude” on the speaker display</source>
        <translation>在发言者显示屏上显示“请结束发言”</translation>
    </message>
    <message>
        <source>Show “Time is up”</source>
        <translation>显示“时间到”</translation>
    </message>
    <message>
        <source>Show “Time is up” on the display</source>
        <translation>在显示屏上显示“时间到”</translation>
    </message>
    <message>
        <source>Type a message…</source>
        <translation>输入消息……</translation>
    </message>
    <message>
        <source>Type a message for the speaker display</source>
        <translation>为发言者显示屏输入消息</translation>
    </message>
    <message>
        <source>Clear the message</source>
        <translation>清除消息</translation>
    </message>
    <message>
        <source>Take the message off the display</source>
        <translation>从显示屏上撤下消息</translation>
    </message>
    <message>
        <source>Import an agenda…</source>
        <translation>导入议程……</translation>
    </message>
    <message>
        <source>Import a schedule (CSV, XLSX, pretalx/frab JSON or XML, iCalendar); files can also be dropped on the window</source>
        <translation>导入日程（CSV、XLSX、pretalx/frab JSON 或 XML、iCalendar）；也可将文件拖放到窗口上</translation>
    </message>
    <message>
        <source>Agenda editor…</source>
        <translation>议程编辑器……</translation>
    </message>
    <message>
        <source>Edit meetings, sessions, agenda items, lists of speakers and the participants roster</source>
        <translation>编辑会议、场次、议程项目、发言名单和参会者名册</translation>
    </message>
    <message>
        <source>Upload to backend…</source>
        <translation>上传到服务器……</translation>
    </message>
    <message>
        <source>Staff: send this session&apos;s meeting to a backend meeting (the backend&apos;s preview first; needs a staff token)</source>
        <translation>工作人员：将此场次的会议发送到服务器上的会议（先由服务器预览；需要工作人员令牌）</translation>
    </message>
    <message>
        <source>Ready for today?…</source>
        <translation>今天准备好了吗？……</translation>
    </message>
    <message>
        <source>Check that this laptop is ready for today and make sessions available offline</source>
        <translation>检查本机今天是否就绪，并使场次可离线使用</translation>
    </message>
    <message>
        <source>Control surfaces…</source>
        <translation>控制面板…</translation>
    </message>
    <message>
        <source>Let a Stream Deck (Bitfocus Companion) or a script drive this console over HTTP, WebSocket or OSC; off by default</source>
        <translation>允许 Stream Deck（通过 Bitfocus Companion）或脚本经由 HTTP、WebSocket 或 OSC 操作本控制台；默认关闭</translation>
    </message>
    <message>
        <source>Open session…</source>
        <translation>打开场次……</translation>
    </message>
    <message>
        <source>Switch to another session of this database: by day, type to filter, Enter opens</source>
        <translation>切换到此数据库中的另一个场次：按日期，输入以筛选，Enter 打开</translation>
    </message>
    <message>
        <source>New meeting…</source>
        <translation>新会议……</translation>
    </message>
    <message>
        <source>Create a meeting (title, venue, time zone), then its first session</source>
        <translation>创建会议（标题、地点、时区），然后创建其第一个场次</translation>
    </message>
    <message>
        <source>New session…</source>
        <translation>新场次……</translation>
    </message>
    <message>
        <source>Create a session in a meeting (date, times, room), open it and fill its agenda</source>
        <translation>在会议中创建场次（日期、时间、会议室），打开并填写其议程</translation>
    </message>
    <message>
        <source>Connect to a backend…</source>
        <translation>连接服务器……</translation>
    </message>
    <message>
        <source>Connect to a conference backend and follow a session</source>
        <translation>连接会议服务器并跟随一个场次</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Show or hide this list of every action (Ctrl+F searches it)</source>
        <translation>显示或隐藏所有操作的列表（Ctrl+F 搜索）</translation>
    </message>
    <message>
        <source>About Moderator</source>
        <translation>关于 Moderator</translation>
    </message>
    <message>
        <source>The version of Moderator, Qt and PySide, and where the data file and the logs are</source>
        <translation>Moderator、Qt 和 PySide 的版本，以及数据文件和日志的位置</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Close the console (everything is already saved)</source>
        <translation>关闭控制台（所有内容均已保存）</translation>
    </message>
</context>
<context>
    <name>AddSpeakerDialog</name>
    <message>
        <source>Add a speaker</source>
        <extracomment>The speaker was added; carries the new entry id.</extracomment>
        <translation>添加发言者</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>发言者</translation>
    </message>
    <message>
        <source>Name or organisation… or a walk-in: Name, Organisation</source>
        <translation>姓名或组织……或临时到场者：姓名, 组织</translation>
    </message>
    <message>
        <source>Speech type</source>
        <translation>发言类型</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>议程项目</translation>
    </message>
    <message>
        <source>Allotted time</source>
        <translation>分配时间</translation>
    </message>
    <message>
        <source>m:ss</source>
        <translation>分:秒</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Add as &amp;walk-in</source>
        <translation>作为临时到场者添加(&amp;W)</translation>
    </message>
    <message>
        <source>Add the typed name as a new participant, even if it matches the roster</source>
        <translation>将输入的姓名作为新参会者添加，即使与参会者名册匹配</translation>
    </message>
    <message>
        <source>Speaker:</source>
        <extracomment>Why the last &quot;Add&quot; was refused (a closed list, a limit), next to the buttons.</extracomment>
        <translation>发言者：</translation>
    </message>
    <message>
        <source>Speech type:</source>
        <translation>发言类型：</translation>
    </message>
    <message>
        <source>Agenda item:</source>
        <translation>议程项目：</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>时间：</translation>
    </message>
    <message>
        <source>New participant (walk-in): {who}. On the roster: {names} — type without the comma to pick them</source>
        <translation>新参会者（临时到场）：{who}。名册中：{names} — 去掉逗号输入即可选择他们</translation>
    </message>
    <message>
        <source>Nobody on the roster matches. New participant (walk-in): {who}</source>
        <translation>名册中无人匹配。新参会者（临时到场）：{who}</translation>
    </message>
    <message>
        <source>{count} participants match: keep typing, or ↓ to pick one (or “Add as walk-in” for someone new)</source>
        <translation>{count} 名参会者匹配：继续输入，或按 ↓ 选择一位（或用“作为临时到场者添加”添加新人）</translation>
    </message>
    <message>
        <source>Type m:ss (2:30) or minutes (3)</source>
        <translation>输入 分:秒（2:30）或分钟数（3）</translation>
    </message>
    <message>
        <source>Several participants match “{text}”: pick one, or type more.</source>
        <translation>有多名参会者与“{text}”匹配：请选择一位，或继续输入。</translation>
    </message>
    <message>
        <source>The speaker could not be added.</source>
        <translation>未能添加发言者。</translation>
    </message>
</context>
<context>
    <name>AgendaEditing</name>
    <message>
        <source>Edit session</source>
        <extracomment>A session&apos;s data changed (its fields, agenda, lists): views showing it re-read it. A meeting&apos;s roster changed (a participant added or edited, a language). A meeting has another session (a duplicate) or one fewer (its undo). An edit did not apply; carries the reason, for the person editing. An edit could not be saved; nothing changed. The open session changed under the editor (the chair&apos;s action, or another console&apos;s edit through the backend&apos;s feed): views showing it re-read it. The file changed wholesale (an import re-read the open session): views re-read all.</extracomment>
        <translation>编辑场次</translation>
    </message>
    <message>
        <source>Session details</source>
        <translation>场次详情</translation>
    </message>
    <message>
        <source>Add agenda item</source>
        <translation>添加议程项目</translation>
    </message>
    <message>
        <source>Edit agenda item</source>
        <translation>编辑议程项目</translation>
    </message>
    <message>
        <source>Move agenda item</source>
        <translation>移动议程项目</translation>
    </message>
    <message>
        <source>Remove agenda item</source>
        <translation>删除议程项目</translation>
    </message>
    <message>
        <source>Add speaker</source>
        <translation>添加发言者</translation>
    </message>
    <message>
        <source>Speech type</source>
        <translation>发言类型</translation>
    </message>
    <message>
        <source>Allotted time</source>
        <translation>分配时间</translation>
    </message>
    <message>
        <source>Remove speaker</source>
        <translation>移除发言者</translation>
    </message>
    <message>
        <source>Two speakers share a place; move another one first</source>
        <translation>两位发言者位置相同；请先移动其中一位</translation>
    </message>
    <message>
        <source>Move speaker</source>
        <translation>移动发言者</translation>
    </message>
    <message>
        <source>This meeting has no session yet: add one first</source>
        <translation>该会议尚无场次：请先添加一个</translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation>添加参会者</translation>
    </message>
    <message>
        <source>Edit participant</source>
        <translation>编辑参会者</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>That session is no longer in this database</source>
        <extracomment>Events that change nothing the editor shows (it shows the session, its details, agenda items and lists, not the clock, the turns or the hands). Events that change a meeting&apos;s roster.</extracomment>
        <translation>该场次已不在此数据库中</translation>
    </message>
    <message>
        <source>Not saved, nothing changed: {error}</source>
        <translation>未保存，未作任何更改：{error}</translation>
    </message>
</context>
<context>
    <name>AgendaEditor</name>
    <message>
        <source>Agenda editor</source>
        <translation>议程编辑器</translation>
    </message>
    <message>
        <source>Meetings, sessions and agenda items</source>
        <translation>会议、场次和议程项目</translation>
    </message>
    <message>
        <source>Add agenda item</source>
        <translation>添加议程项目</translation>
    </message>
    <message>
        <source>Add an agenda item to the session</source>
        <translation>向场次议程添加项目</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Remove the chosen agenda item</source>
        <translation>删除所选议程项目</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move the chosen agenda item up</source>
        <translation>上移所选议程项目</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Move the chosen agenda item down</source>
        <translation>下移所选议程项目</translation>
    </message>
    <message>
        <source>Choose a session to edit it, or one of its agenda items to edit its list of speakers. The Roster tab lists the meeting&apos;s participants.</source>
        <translation>选择一个场次进行编辑，或选择其议程项目以编辑发言名单。“参会者”选项卡列出会议的参会者。</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>Details or roster</source>
        <translation>详情或参会者名册</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>详情(&amp;D)</translation>
    </message>
    <message>
        <source>R&amp;oster</source>
        <translation>参会者(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Duplicate session</source>
        <translation>复制场次</translation>
    </message>
    <message>
        <source>Move agenda item up</source>
        <translation>上移议程项目</translation>
    </message>
    <message>
        <source>Move agenda item down</source>
        <translation>下移议程项目</translation>
    </message>
    <message>
        <source>Remove agenda item</source>
        <translation>删除议程项目</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>场次(&amp;S)</translation>
    </message>
    <message>
        <source>Choose a session first</source>
        <translation>请先选择一个场次</translation>
    </message>
    <message>
        <source>New agenda item</source>
        <translation>新议程项目</translation>
    </message>
    <message>
        <source>Choose a session to duplicate</source>
        <translation>选择要复制的场次</translation>
    </message>
    <message>
        <source>Copied, on this console only: Session → Upload to backend… sends its meeting to a backend.</source>
        <translation>已复制，仅在此控制台：场次 → 上传到服务器…… 会将其会议发送到服务器。</translation>
    </message>
</context>
<context>
    <name>AgendaForms</name>
    <message>
        <source>local time</source>
        <translation>本地时间</translation>
    </message>
    <message>
        <source>Problem with the form</source>
        <translation>表单有误</translation>
    </message>
</context>
<context>
    <name>AgendaTreeModel</name>
    <message>
        <source>Meetings, sessions and agenda items</source>
        <extracomment>``(kind, id)`` of a tree node: ``(&quot;meeting&quot; | &quot;session&quot; | &quot;item&quot;, id)``. The entry or participant id of a table row. What a dragged speaker carries: the entry id.</extracomment>
        <translation>会议、场次和议程项目</translation>
    </message>
</context>
<context>
    <name>BalancePanel</name>
    <message>
        <source>{label} {share} % ({duration}, {turns})</source>
        <extracomment>Okabe–Ito colours (as the report&apos;s chart): distinct for every kind of colour vision. Each with the text colour that reads on it. Speakers whose gender was not recorded: grey, not a colour of its own.</extracomment>
        <translation>{label} {share} %（{duration}，{turns}）</translation>
    </message>
    <message>
        <source>Speaking balance so far</source>
        <translation>目前的发言时间平衡</translation>
    </message>
    <message>
        <source>Groups</source>
        <extracomment>The balance on screen (``None`` until first shown). The finished turns&apos; sums, kept from one second to the next (from the first showing).</extracomment>
        <translation>群体</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Speaking balance so far: {time} in {turns}</source>
        <translation>目前的发言时间平衡：{time}，共 {turns}</translation>
    </message>
    <message>
        <source>1 turn</source>
        <translation>1 次发言</translation>
    </message>
    <message>
        <source>{n} turns</source>
        <translation>{n} 次发言</translation>
    </message>
    <message>
        <source>Speaking balance: nobody has spoken yet</source>
        <translation>发言时间平衡：尚无人发言</translation>
    </message>
    <message>
        <source>No time yet: {who}</source>
        <translation>尚无时间：{who}</translation>
    </message>
    <message>
        <source>Nobody has spoken yet.</source>
        <translation>尚无人发言。</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to a backend</source>
        <extracomment>The least width the dialog takes: a form of two fields and a sentence of result. Beside the title text, the window manager&apos;s title bar holds an icon and three buttons. A line edit&apos;s frame and inner margins around its text. Room left between the dialog and the screen&apos;s edges. The chair chose to follow a session: (backend URL, token, session id).</extracomment>
        <translation>连接服务器</translation>
    </message>
    <message>
        <source>Backend address</source>
        <translation>服务器地址</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>访问令牌</translation>
    </message>
    <message>
        <source>Test connection</source>
        <extracomment>The chair edited the token (typed, pasted, cleared): the keyring never overwrites it.</extracomment>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>Session to follow</source>
        <translation>要跟随的场次</translation>
    </message>
    <message>
        <source>Follow session</source>
        <translation>跟随场次</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>场次</translation>
    </message>
    <message>
        <source>Looking for this computer&apos;s keyring…</source>
        <translation>正在查找本机的密钥环……</translation>
    </message>
    <message>
        <source>The token is kept in this computer&apos;s keyring.</source>
        <translation>令牌保存在本机的密钥环中。</translation>
    </message>
    <message>
        <source>This computer has no keyring: the token is kept for this run only and will be asked for again next time.</source>
        <translation>本机没有密钥环：令牌仅在本次运行中保存，下次将再次询问。</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接……</translation>
    </message>
    <message>
        <source>The backend refused: {message}</source>
        <translation>服务器拒绝：{message}</translation>
    </message>
    <message>
        <source>Cannot reach {url}: {error}</source>
        <translation>无法连接 {url}：{error}</translation>
    </message>
    <message>
        <source>Connected as {role} of “{meeting}”; server clock {offset:+d} ms.</source>
        <translation>已作为“{meeting}”的 {role} 连接；服务器时钟 {offset:+d} 毫秒。</translation>
    </message>
    <message>
        <source>This token cannot chair a session.</source>
        <translation>此令牌不能主持场次。</translation>
    </message>
    <message>
        <source>The address must start with https:// (or http:// on a LAN).</source>
        <translation>地址必须以 https:// 开头（局域网中可用 http://）。</translation>
    </message>
    <message>
        <source>Paste the access token the organisers gave you.</source>
        <translation>粘贴组织者提供的访问令牌。</translation>
    </message>
</context>
<context>
    <name>ControlDialog</name>
    <message>
        <source>Control surfaces</source>
        <translation>控制面板</translation>
    </message>
    <message>
        <source>Let a Stream Deck (through Bitfocus Companion) or a script press the console&apos;s keys and read who speaks and the countdown. The page to build in Companion is described in docs/companion.md.</source>
        <translation>允许 Stream Deck（通过 Bitfocus Companion）或脚本按下控制台的按键，并读取当前发言人和倒计时。需要在 Companion 中建立的页面见 docs/companion.md。</translation>
    </message>
    <message>
        <source>HTTP and WebSocket, on port</source>
        <translation>HTTP 和 WebSocket，端口</translation>
    </message>
    <message>
        <source>OSC over UDP, on port</source>
        <translation>基于 UDP 的 OSC，端口</translation>
    </message>
    <message>
        <source>This computer only (127.0.0.1, no secret)</source>
        <translation>仅本机（127.0.0.1，无需密钥）</translation>
    </message>
    <message>
        <source>The network (every interface): surfaces must give the secret</source>
        <translation>网络（所有接口）：控制面板必须提供密钥</translation>
    </message>
    <message>
        <source>Control secret</source>
        <translation>控制密钥</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>New secret</source>
        <translation>新密钥</translation>
    </message>
    <message>
        <source>Make a new secret; the old one stops working when you apply</source>
        <translation>生成新密钥；应用后旧密钥即失效</translation>
    </message>
    <message>
        <source>Secret:</source>
        <translation>密钥：</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
</context>
<context>
    <name>ControlSurfaces</name>
    <message>
        <source>HTTP control could not start: {error}</source>
        <extracomment>How long a problem (port in use) stays in the status bar&apos;s passing messages. The servers started, stopped or failed: ``status_lines()`` changed.</extracomment>
        <translation>HTTP 控制无法启动：{error}</translation>
    </message>
    <message>
        <source>OSC control could not start: {error}</source>
        <translation>OSC 控制无法启动：{error}</translation>
    </message>
    <message>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <source>HTTP and WebSocket: {addresses} ({websocket})</source>
        <translation>HTTP 和 WebSocket：{addresses}（{websocket}）</translation>
    </message>
    <message>
        <source>OSC: udp {where}, /moderator/&lt;action&gt;</source>
        <translation>OSC：udp {where}，/moderator/&lt;action&gt;</translation>
    </message>
    <message>
        <source>Off: no control surface can drive this console</source>
        <translation>已关闭：任何控制面板都无法操作本控制台</translation>
    </message>
    <message>
        <source>PORT PROBLEM</source>
        <translation>端口问题</translation>
    </message>
    <message>
        <source>Control (network, secret): {parts}</source>
        <translation>控制（网络，需密钥）：{parts}</translation>
    </message>
    <message>
        <source>Control: {parts}</source>
        <translation>控制：{parts}</translation>
    </message>
</context>
<context>
    <name>CountdownWidget</name>
    <message>
        <source>Countdown</source>
        <extracomment>In overtime the cue inverts this long after each new second, until the next one.</extracomment>
        <translation>倒计时</translation>
    </message>
</context>
<context>
    <name>CurrentSpeakerPanel</name>
    <message>
        <source>Speaker</source>
        <translation>发言者</translation>
    </message>
    <message>
        <source>Function and organisation</source>
        <translation>职务和组织</translation>
    </message>
    <message>
        <source>Speech type and attendance</source>
        <translation>发言类型和出席方式</translation>
    </message>
    <message>
        <source>Next speaker</source>
        <translation>下一位发言者</translation>
    </message>
    <message>
        <source>Nobody has the floor</source>
        <translation>无人发言</translation>
    </message>
    <message>
        <source>Next: {name} resumes</source>
        <translation>下一位：{name} 继续发言</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>剩余 {time}</translation>
    </message>
    <message>
        <source>{time} over</source>
        <translation>超时 {time}</translation>
    </message>
    <message>
        <source>Next: {name} resumes — {organisation} ({time}, {where})</source>
        <translation>下一位：{name} 继续发言 — {organisation}（{time}，{where}）</translation>
    </message>
    <message>
        <source>Next: nobody is waiting</source>
        <translation>下一位：无人等候</translation>
    </message>
    <message>
        <source>Next: {name} — {organisation} ({type}, {time}, {where})</source>
        <translation>下一位：{name} — {organisation}（{type}，{time}，{where}）</translation>
    </message>
</context>
<context>
    <name>DisplayControls</name>
    <message>
        <source>Screen</source>
        <translation>屏幕</translation>
    </message>
    <message>
        <source>{name} — {w}×{h} at ({x}, {y})</source>
        <translation>{name} — {w}×{h}，位于 ({x}, {y})</translation>
    </message>
    <message>
        <source> (main)</source>
        <translation>（主屏幕）</translation>
    </message>
    <message>
        <source>Screen for the speaker display</source>
        <translation>发言者显示屏所用屏幕</translation>
    </message>
    <message>
        <source>Show the speaker display</source>
        <translation>显示发言者显示屏</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>全屏</translation>
    </message>
    <message>
        <source>Hide overtime on the speaker display</source>
        <translation>在发言者显示屏上隐藏超时</translation>
    </message>
    <message>
        <source>The speaker sees 0:00 and TIME UP instead of +m:ss; the console still counts</source>
        <translation>发言者看到 0:00 和“时间到”，而不是 +分:秒；控制台继续计时</translation>
    </message>
    <message>
        <source>Blackout</source>
        <translation>黑屏</translation>
    </message>
    <message>
        <source>Turn the speaker display black; press again to restore</source>
        <translation>将发言者显示屏变黑；再按一次恢复</translation>
    </message>
    <message>
        <source>Messages to the speaker</source>
        <translation>给发言者的消息</translation>
    </message>
    <message>
        <source>Message to type</source>
        <translation>要输入的消息</translation>
    </message>
    <message>
        <source>Type a message and press Enter</source>
        <translation>输入消息并按 Enter</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Send the message</source>
        <translation>发送消息</translation>
    </message>
    <message>
        <source>Clear message</source>
        <translation>清除消息</translation>
    </message>
    <message>
        <source>Clear the message</source>
        <translation>清除消息</translation>
    </message>
    <message>
        <source>Speaker display status</source>
        <translation>发言者显示屏状态</translation>
    </message>
    <message>
        <source>Screen:</source>
        <translation>屏幕：</translation>
    </message>
    <message>
        <source>Messages (Enter or double-click sends):</source>
        <translation>消息（按 Enter 或双击发送）：</translation>
    </message>
    <message>
        <source>Hide the display</source>
        <translation>隐藏显示屏</translation>
    </message>
    <message>
        <source>Show the display</source>
        <translation>显示显示屏</translation>
    </message>
    <message>
        <source>On the display: “{text}”</source>
        <translation>显示屏上：“{text}”</translation>
    </message>
    <message>
        <source>No message on the display.</source>
        <translation>显示屏上没有消息。</translation>
    </message>
</context>
<context>
    <name>DisplayControlsDialog</name>
    <message>
        <source>Speaker display</source>
        <translation>发言者显示屏</translation>
    </message>
</context>
<context>
    <name>DisplayIndicator</name>
    <message>
        <source>message “{text}”</source>
        <extracomment>A typed message longer than this is cut in the status bar (in full in the tooltip).</extracomment>
        <translation>消息“{text}”</translation>
    </message>
    <message>
        <source>blackout</source>
        <translation>黑屏</translation>
    </message>
    <message>
        <source>Display: off ({pending} when shown)</source>
        <translation>显示屏：关闭（显示时为 {pending}）</translation>
    </message>
    <message>
        <source>Display: off</source>
        <translation>显示屏：关闭</translation>
    </message>
    <message>
        <source>main screen</source>
        <translation>主屏幕</translation>
    </message>
    <message>
        <source>Display: BLACKOUT ({screen})</source>
        <translation>显示屏：黑屏（{screen}）</translation>
    </message>
    <message>
        <source>Display: {message} ({screen})</source>
        <translation>显示屏：{message}（{screen}）</translation>
    </message>
    <message>
        <source>Display: on (screen {screen})</source>
        <translation>显示屏：开启（屏幕 {screen}）</translation>
    </message>
    <message>
        <source>Display: on (window on {screen})</source>
        <translation>显示屏：开启（{screen} 上的窗口）</translation>
    </message>
    <message>
        <source>Click for the speaker display&apos;s controls.</source>
        <translation>点击打开发言者显示屏控制。</translation>
    </message>
</context>
<context>
    <name>DisplayMessage</name>
    <message>
        <source>Please conclude</source>
        <extracomment>Typed messages longer than this are cut: the banner must stay readable from the room.</extracomment>
        <translation>请结束发言</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>时间到</translation>
    </message>
</context>
<context>
    <name>DisplayPreview</name>
    <message>
        <source>Preview of the speaker display</source>
        <translation>发言者显示屏预览</translation>
    </message>
    <message>
        <source>BLACKOUT</source>
        <translation>黑屏</translation>
    </message>
    <message>
        <source>NOT SHOWN</source>
        <translation>未显示</translation>
    </message>
</context>
<context>
    <name>FieldError</name>
    <message>
        <source>{field}: {message}</source>
        <translation>{field}：{message}</translation>
    </message>
    <message>
        <source>Date</source>
        <extracomment>The fields the forms name in their problems (passed to ``FieldError`` by name).</extracomment>
        <translation>日期</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Title or function</source>
        <translation>头衔或职务</translation>
    </message>
    <message>
        <source>Organisation or delegation</source>
        <translation>组织或代表团</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>type a date as YYYY-MM-DD (e.g. 2025-11-28)</source>
        <translation>请按 YYYY-MM-DD 格式输入日期（例如 2025-11-28）</translation>
    </message>
    <message>
        <source>{text} is not a day of the calendar</source>
        <translation>{text} 不是日历上的日期</translation>
    </message>
    <message>
        <source>type a time as HH:MM (e.g. 09:30)</source>
        <translation>请按 HH:MM 格式输入时间（例如 09:30）</translation>
    </message>
    <message>
        <source>{text} is not a time of day</source>
        <translation>{text} 不是一天中的时间</translation>
    </message>
    <message>
        <source>{time} does not exist on {day} in {zone} (the clocks go forward)</source>
        <translation>{zone} 在 {day} 不存在 {time}（时钟拨快）</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>a session needs a title</source>
        <translation>场次需要标题</translation>
    </message>
    <message>
        <source>at most {limit} characters ({typed} typed)</source>
        <translation>最多 {limit} 个字符（已输入 {typed} 个）</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>会议室</translation>
    </message>
    <message>
        <source>type a time as HH:MM, or YYYY-MM-DD HH:MM for another day</source>
        <translation>请按 HH:MM 输入时间，其他日期请用 YYYY-MM-DD HH:MM</translation>
    </message>
    <message>
        <source>the session must end after it starts</source>
        <translation>场次必须在开始之后结束</translation>
    </message>
    <message>
        <source>a session cannot last more than a week</source>
        <translation>一个场次不能超过一周</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>at most {limit} characters</source>
        <translation>最多 {limit} 个字符</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>专题</translation>
    </message>
    <message>
        <source>an agenda item needs a title</source>
        <translation>议程项目需要标题</translation>
    </message>
    <message>
        <source>Planned duration</source>
        <translation>计划时长</translation>
    </message>
    <message>
        <source>type minutes (45) or m:ss (7:30), at most 24 hours</source>
        <translation>请输入分钟数（45）或 分:秒（7:30），最多 24 小时</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>a participant needs a name</source>
        <translation>参会者需要姓名</translation>
    </message>
    <message>
        <source>a meeting needs a title</source>
        <translation>会议需要标题</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>choose the meeting&apos;s time zone (e.g. Europe/Brussels)</source>
        <translation>请选择会议的时区（例如 Europe/Brussels）</translation>
    </message>
    <message>
        <source>“{zone}” is not a time zone name (e.g. Europe/Brussels)</source>
        <translation>“{zone}”不是时区名称（例如 Europe/Brussels）</translation>
    </message>
</context>
<context>
    <name>FitPlanModel</name>
    <message>
        <source>Speaker</source>
        <translation>发言者</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>议程项目</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>现在</translation>
    </message>
    <message>
        <source>After</source>
        <translation>调整后</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>不变</translation>
    </message>
    <message>
        <source>(minimum)</source>
        <translation>（最少）</translation>
    </message>
    <message>
        <source>Nobody is shortened below {floor}</source>
        <translation>任何时间都不会减到 {floor} 以下</translation>
    </message>
</context>
<context>
    <name>FitToEndDialog</name>
    <message>
        <source>Fit to the end</source>
        <extracomment>Applied: carries how many allotments changed.</extracomment>
        <translation>按时结束</translation>
    </message>
    <message>
        <source>Projected end now</source>
        <translation>现在的预计结束时间</translation>
    </message>
    <message>
        <source>Projected end after fitting</source>
        <translation>调整后的预计结束时间</translation>
    </message>
    <message>
        <source>Allotments now and after fitting</source>
        <translation>现在和调整后的分配时间</translation>
    </message>
    <message>
        <source>Every waiting speaker&apos;s time is shortened by the same proportion, never below 0:30. The speaker who has the floor keeps their time. One Ctrl+Z undoes it all.</source>
        <translation>每位等候发言者的时间按同一比例缩短，但不少于 0:30。正在发言者保留其时间。按一次 Ctrl+Z 即可全部撤销。</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Apply the shortened times</source>
        <translation>应用缩短后的时间</translation>
    </message>
    <message>
        <source>This session has no scheduled end to fit to.</source>
        <translation>该场次没有可对照的计划结束时间。</translation>
    </message>
    <message>
        <source>Projected end {end}, scheduled end {scheduled}: on time.</source>
        <translation>预计结束 {end}，计划结束 {scheduled}：准时。</translation>
    </message>
    <message>
        <source>Projected end now {end}, scheduled end {scheduled}: late by {late}.</source>
        <translation>现在预计结束 {end}，计划结束 {scheduled}：迟 {late}。</translation>
    </message>
    <message>
        <source>After fitting: ends {end}, on time ({count} speakers shortened).</source>
        <translation>调整后：{end} 结束，准时（缩短 {count} 位发言者）。</translation>
    </message>
    <message>
        <source>After fitting: ends {end}, still late by {late}: everyone waiting is at the minimum of 0:30 ({count} speakers shortened).</source>
        <translation>调整后：{end} 结束，仍迟 {late}：所有等候者均已为最少 0:30（缩短 {count} 位发言者）。</translation>
    </message>
    <message>
        <source>Nothing to shorten: everyone waiting is already at the minimum of 0:30.</source>
        <translation>无可缩短：所有等候者已为最少 0:30。</translation>
    </message>
    <message>
        <source>The session is on time: nothing to shorten.</source>
        <translation>场次准时：无需缩短。</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>无需更改。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
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
        <translation>姓名</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等候</translation>
    </message>
    <message>
        <source>(unknown participant)</source>
        <extracomment>The open hands changed (one was raised, lowered or taken), once the rows are updated.</extracomment>
        <translation>（未知参会者）</translation>
    </message>
    <message>
        <source>Raised in the room (recorded by the chair)</source>
        <translation>在会场举手（由主席记录）</translation>
    </message>
    <message>
        <source>Raised on the participant page</source>
        <translation>在与会者页面举手</translation>
    </message>
    <message>
        <source>Raised in {where}</source>
        <translation>在{where}中举手</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>会场</translation>
    </message>
</context>
<context>
    <name>HandsPanel</name>
    <message>
        <source>Raised hands</source>
        <extracomment>A hand was raised that was not there before: carries a notice for the status bar. G, A or L found no hand to act on: carries the reason, for the status bar.</extracomment>
        <translation>举手</translation>
    </message>
    <message>
        <source>No hand is raised.</source>
        <translation>没有人举手。</translation>
    </message>
    <message>
        <source>Raised hands: {count}</source>
        <translation>举手：{count}</translation>
    </message>
    <message>
        <source>No raised hands</source>
        <translation>无人举手</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>某人</translation>
    </message>
    <message>
        <source>✋ {name} raised a hand</source>
        <translation>✋ {name} 举手</translation>
    </message>
    <message>
        <source>✋ {name} raised a hand ({where})</source>
        <translation>✋ {name} 举手（{where}）</translation>
    </message>
</context>
<context>
    <name>HelpOverlay</name>
    <message>
        <source>Keyboard shortcuts</source>
        <extracomment>The keys that are never typed into the search field: they close the help or are the console&apos;s function keys (F1 closes, F5 shows the speaker display).
----------
(keys as shown, description) per action, in the collection&apos;s order.</extracomment>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Every shortcut works while this list is open · Ctrl+F searches · Enter or a double click runs the highlighted action · F1 or Esc closes</source>
        <translation>此列表打开时所有快捷键均可用 · Ctrl+F 搜索 · Enter 或双击执行所选操作 · F1 或 Esc 关闭</translation>
    </message>
    <message>
        <source>Search actions, keys, descriptions (Ctrl+F)</source>
        <translation>搜索操作、按键、说明（Ctrl+F）</translation>
    </message>
    <message>
        <source>Search the actions</source>
        <translation>搜索操作</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>作用</translation>
    </message>
    <message>
        <source>Every action and its keys</source>
        <translation>所有操作及其按键</translation>
    </message>
    <message>
        <source>{n} actions</source>
        <translation>{n} 项操作</translation>
    </message>
    <message>
        <source>{shown} of {n}</source>
        <translation>{shown} / {n}</translation>
    </message>
    <message>
        <source>No action matches “{q}”</source>
        <translation>没有与“{q}”匹配的操作</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>to create</source>
        <extracomment>Names listed under one kind and action in the preview tree before &quot;… and N more&quot;. Progress reports from the worker at most this often (seconds), so they never flood the loop.</extracomment>
        <translation>待创建</translation>
    </message>
    <message>
        <source>to update</source>
        <translation>待更新</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>不变</translation>
    </message>
    <message>
        <source>kept as they are</source>
        <translation>保持不变</translation>
    </message>
    <message>
        <source>to remove</source>
        <translation>待删除</translation>
    </message>
    <message>
        <source>no longer in the file: kept</source>
        <translation>已不在文件中：保留</translation>
    </message>
    <message>
        <source>refused: cannot reach the backend</source>
        <translation>被拒绝：无法连接服务器</translation>
    </message>
    <message>
        <source>Meetings</source>
        <extracomment>The heading of each kind of record.</extracomment>
        <translation>会议</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参会者</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>场次</translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation>议程项目</translation>
    </message>
    <message>
        <source>Speaker entries</source>
        <translation>发言登记</translation>
    </message>
    <message>
        <source>created</source>
        <extracomment>The same once the import is applied.</extracomment>
        <translation>已创建</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>已更新</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Import {name}</source>
        <extracomment>Refused and kept records named in the plain-view notice before &quot;… and N more&quot;. Rows were written; carries the ``ImportPreview`` of what was done.</extracomment>
        <translation>导入 {name}</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <extracomment>Whether the preview shown (and so the import) removes what left the file.</extracomment>
        <translation>正在读取文件……</translation>
    </message>
    <message>
        <source>Import status</source>
        <translation>导入状态</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>导入进度</translation>
    </message>
    <message>
        <source>What the file holds</source>
        <translation>文件内容</translation>
    </message>
    <message>
        <source>What the import cannot do</source>
        <translation>导入无法完成的事项</translation>
    </message>
    <message>
        <source>What the import will change</source>
        <translation>导入将更改的内容</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Remove what is no longer in the file</source>
        <translation>删除已不在文件中的内容</translation>
    </message>
    <message>
        <source>Import error</source>
        <translation>导入错误</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Comparing with the database…</source>
        <translation>正在与数据库比较……</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入……</translation>
    </message>
    <message>
        <source>This file cannot be imported here: nothing is written.</source>
        <translation>此文件无法在此导入：未写入任何内容。</translation>
    </message>
    <message>
        <source>The database holds everything in this file; {n} record(s) are no longer in it (tick the box below to remove them).</source>
        <translation>数据库已包含此文件的全部内容；有 {n} 条记录已不在文件中（勾选下面的框将其删除）。</translation>
    </message>
    <message>
        <source>Ready to import.</source>
        <translation>可以导入。</translation>
    </message>
    <message>
        <source>The database already holds everything in this file.</source>
        <translation>数据库已包含此文件的全部内容。</translation>
    </message>
    <message>
        <source>Remove what is no longer in the file ({n} session(s) or agenda item(s), with their lists of speakers)</source>
        <translation>删除已不在文件中的内容（{n} 个场次或议程项目，及其发言名单）</translation>
    </message>
    <message>
        <source>Imported: {n} records written.</source>
        <translation>已导入：写入 {n} 条记录。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>未导入任何内容。</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation>已取消：未导入任何内容。</translation>
    </message>
    <message>
        <source>Refused: the backend cannot take these changes from this console, so nothing will be imported:</source>
        <translation>被拒绝：服务器无法接受来自此控制台的这些更改，因此不会导入任何内容：</translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation>……另有 {n} 项</translation>
    </message>
    <message>
        <source>Sent to the backend as {n} action(s), queued like the chair&apos;s own.</source>
        <translation>已作为 {n} 项操作发送到服务器，与主席的操作一样排队。</translation>
    </message>
    <message>
        <source>This meeting is on a backend: the import is sent there as {n} action(s), queued like the chair&apos;s own (they wait in the queue while offline).</source>
        <translation>此会议在服务器上：导入将作为 {n} 项操作发送到服务器，与主席的操作一样排队（离线时在队列中等候）。</translation>
    </message>
    <message>
        <source>How the file was read:</source>
        <translation>文件读取方式：</translation>
    </message>
    <message>
        <source>Kept as they are:</source>
        <translation>保持不变：</translation>
    </message>
    <message>
        <source>{meetings} meeting(s), {sessions} session(s) in {rooms} room(s), {participants} participant(s), {entries} speaker entries ({format}).</source>
        <translation>{meetings} 个会议，{sessions} 个场次，{rooms} 个会议室，{participants} 名参会者，{entries} 条发言登记（{format}）。</translation>
    </message>
    <message>
        <source>Import an agenda</source>
        <extracomment>The file dialog&apos;s remembered folder for imports.</extracomment>
        <translation>导入议程</translation>
    </message>
</context>
<context>
    <name>ItemForm</name>
    <message>
        <source>Agenda item title</source>
        <translation>议程项目标题</translation>
    </message>
    <message>
        <source>Planned duration</source>
        <translation>计划时长</translation>
    </message>
    <message>
        <source>minutes, or m:ss</source>
        <translation>分钟数，或 分:秒</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save the agenda item</source>
        <translation>保存议程项目</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <source>Revert the agenda item&apos;s fields</source>
        <translation>还原议程项目的字段</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>标题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Planned duration</source>
        <translation>计划时长(&amp;P)</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>{number} of {count} (Alt+↑ / Alt+↓ in the tree to move it)</source>
        <translation>第 {number} 项，共 {count} 项（在树中按 Alt+↑ / Alt+↓ 移动）</translation>
    </message>
</context>
<context>
    <name>Label</name>
    <message>
        <source>session</source>
        <extracomment>A planned duration beyond a day is a typing mistake, not an agenda item. Scheduled times are instants since 1970 in milliseconds; nothing is planned before 2000.</extracomment>
        <translation>场次</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>专题</translation>
    </message>
    <message>
        <source>Session type</source>
        <translation>场次类型</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>agenda item</source>
        <translation>议程项目</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>参会者</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>发言</translation>
    </message>
    <message>
        <source>Question / comment</source>
        <translation>提问 / 评论</translation>
    </message>
    <message>
        <source>Point of order</source>
        <translation>程序问题</translation>
    </message>
    <message>
        <source>Right of reply</source>
        <translation>答辩权</translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation>插话</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等候</translation>
    </message>
    <message>
        <source>Speaking</source>
        <translation>正在发言</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>已移除</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <source>In the room</source>
        <translation>在会场</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>远程</translation>
    </message>
    <message>
        <source>Member State</source>
        <translation>会员国</translation>
    </message>
    <message>
        <source>Parliament</source>
        <translation>议会</translation>
    </message>
    <message>
        <source>Civil society</source>
        <translation>民间社会</translation>
    </message>
    <message>
        <source>UN entity</source>
        <translation>联合国实体</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>现场</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>混合</translation>
    </message>
    <message>
        <source>Virtual</source>
        <translation>线上</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <extracomment>A new meeting&apos;s timer thresholds: WARNING from 1:00 left, FINAL (&quot;wrap up now&quot;) from 0:30, as stage timers set their yellow and red by default. Stored with the meeting, so a meeting made before these defaults keeps the thresholds it was stored with; the chair changes them per meeting (Ctrl+Shift+T). The chair closed the list: no new statements or floor requests (points of order and rights of reply stay possible). How they came onto the list (``EntryOrigin``): the turn log and reports say how each speaker got the floor (a point of order shows as the speech type). Where the hand that put them on the list was raised (``HandSource``: the participant page, the room, BigBlueButton, Zoom, Jitsi); &quot;&quot; when no hand did, or not recorded.</extracomment>
        <translation>已排定</translation>
    </message>
    <message>
        <source>Floor request</source>
        <translation>会场请求发言</translation>
    </message>
    <message>
        <source>Remote hand</source>
        <translation>远程举手</translation>
    </message>
    <message>
        <source>Interposed</source>
        <extracomment>How the report names a turn that interrupted another one.</extracomment>
        <translation>插入</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <extracomment>The turn interrupted another one (an interposed intervention). Where the hand that put them on the list was raised (``None``: no hand, or not known). The three breakdowns of a balance: how a line is sorted into each. The genders as the lines record them (``None``: not recorded).</extracomment>
        <translation>未记录</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <extracomment>How long the menu&apos;s confirmation stays in the status bar.</extracomment>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Speaker &amp;display</source>
        <translation>发言者显示屏(&amp;D)</translation>
    </message>
    <message>
        <source>Same as the console</source>
        <translation>与控制台相同</translation>
    </message>
    <message>
        <source>Language saved: it applies when the console next starts.</source>
        <translation>语言已保存：将在控制台下次启动时生效。</translation>
    </message>
    <message>
        <source>The speaker display&apos;s language is changed.</source>
        <translation>发言者显示屏的语言已更改。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Session</source>
        <extracomment>The speaker display&apos;s actions: the Display menu, and the shortcuts that also act from the display controls dialog (all with a modifier or an F key, so none is typing). Whether the live balance panel is shown (QSettings key). The size the console opens at when the screen has room for it (and no size was saved). The menu bar: every action reachable by mouse too (the shortcuts are shown beside them).</extracomment>
        <translation>场次(&amp;S)</translation>
    </message>
    <message>
        <source>S&amp;peakers</source>
        <translation>发言者(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Timer</source>
        <translation>计时器(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Hands</source>
        <translation>举手(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Display</source>
        <translation>显示屏(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Moderator — {title}</source>
        <extracomment>Emitted once, when the window has painted for the first time (start-up measurements). A refusal the status bar shows (the service&apos;s, or the window&apos;s own: no speaker selected, nobody to set the time of…): the reason, in the chair&apos;s words. The speaker display, when it is built (on first use): whoever follows what the podium shows connects to its ``sig_changed``.</extracomment>
        <translation>Moderator — {title}</translation>
    </message>
    <message>
        <source>Current agenda item</source>
        <translation>当前议程项目</translation>
    </message>
    <message>
        <source>List of speakers</source>
        <translation>发言名单</translation>
    </message>
    <message>
        <source>No agenda</source>
        <translation>无议程</translation>
    </message>
    <message>
        <source>Item {n}: {title}</source>
        <translation>第 {n} 项：{title}</translation>
    </message>
    <message>
        <source>  ■ LIST CLOSED</source>
        <translation>  ■ 名单已截止</translation>
    </message>
    <message>
        <source>Select a speaker in the list first (click or ↑/↓)</source>
        <translation>请先在名单中选择一位发言者（点击或 ↑/↓）</translation>
    </message>
    <message>
        <source>Nobody has the floor: there is no time to set</source>
        <extracomment>The console&apos;s own settings and notes (the file is reached on first use).</extracomment>
        <translation>无人发言：没有可设置的时间</translation>
    </message>
    <message>
        <source>Undone: {action} ({key} redoes it)</source>
        <translation>已撤销：{action}（{key} 可重做）</translation>
    </message>
    <message>
        <source>Redone: {action}</source>
        <translation>已重做：{action}</translation>
    </message>
    <message>
        <source>Undo: {step}</source>
        <translation>撤销：{step}</translation>
    </message>
    <message>
        <source>Redo: {step}</source>
        <translation>重做：{step}</translation>
    </message>
</context>
<context>
    <name>MeetingSettingsDialog</name>
    <message>
        <source>End of the agenda item&apos;s list (before the replies)</source>
        <translation>议程项目名单末尾（在答辩之前）</translation>
    </message>
    <message>
        <source>Top of the list, right after the current speaker</source>
        <translation>名单最前，紧接当前发言者之后</translation>
    </message>
    <message>
        <source>Own queue, taken at the end of the agenda item</source>
        <translation>单独排队，在议程项目结束时进行</translation>
    </message>
    <message>
        <source>Interrupts the current speaker, who resumes afterwards</source>
        <translation>打断当前发言者，其随后继续发言</translation>
    </message>
    <message>
        <source>Speech types — {meeting}</source>
        <extracomment>Saved: carries the meeting&apos;s new ``SpeechRules``.</extracomment>
        <translation>发言类型 — {meeting}</translation>
    </message>
    <message>
        <source>Speech type</source>
        <translation>发言类型</translation>
    </message>
    <message>
        <source>Default time</source>
        <translation>默认时间</translation>
    </message>
    <message>
        <source>Where a new speaker goes</source>
        <translation>新发言者的位置</translation>
    </message>
    <message>
        <source>default time</source>
        <translation>默认时间</translation>
    </message>
    <message>
        <source>{kind}: where a new speaker goes</source>
        <translation>{kind}：新发言者的位置</translation>
    </message>
    <message>
        <source>{kind}: limit per delegation</source>
        <translation>{kind}：每个代表团的限制</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>无限制</translation>
    </message>
    <message>
        <source>later replies</source>
        <translation>后续答辩</translation>
    </message>
    <message>
        <source>as the first</source>
        <translation>与第一次相同</translation>
    </message>
    <message>
        <source>limit per delegation</source>
        <translation>每个代表团的限制</translation>
    </message>
    <message>
        <source>replies per delegation on one agenda item</source>
        <translation>每个代表团在同一议程项目下的答辩次数</translation>
    </message>
    <message>
        <source>time of the second and later replies (empty: as the first)</source>
        <translation>第二次及以后答辩的时间（留空：与第一次相同）</translation>
    </message>
    <message>
        <source>Q&amp;A reserve per imported talk</source>
        <translation>每个导入报告的问答预留时间</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Q&amp;&amp;A reserve per talk</source>
        <translation>每个报告的问&amp;&amp;答预留时间</translation>
    </message>
    <message>
        <source>kept free at the end of an imported talk; its speakers share the rest</source>
        <translation>在导入报告结束时留出；其发言者分享其余时间</translation>
    </message>
    <message>
        <source>Problems with these settings</source>
        <translation>这些设置中的问题</translation>
    </message>
    <message>
        <source>Times as m:ss (2:30) or minutes (3). New settings apply to speakers added from now on; those already on the list keep their time. Kept on this computer.</source>
        <translation>时间格式为 分:秒（2:30）或分钟数（3）。新设置适用于此后添加的发言者；已在名单上的保留其时间。保存在本机。</translation>
    </message>
    <message>
        <source>{kind}: {field}</source>
        <translation>{kind}：{field}</translation>
    </message>
    <message>
        <source>{kind} — {field}: “{text}” is not a time (m:ss or minutes).</source>
        <translation>{kind} — {field}：“{text}”不是时间（分:秒或分钟数）。</translation>
    </message>
    <message>
        <source>{kind} — {field}: at most 4 hours.</source>
        <translation>{kind} — {field}：最多 4 小时。</translation>
    </message>
    <message>
        <source>{kind} — {field}: must be at least 0:01.</source>
        <translation>{kind} — {field}：至少 0:01。</translation>
    </message>
    <message>
        <source>Q&amp;A reserve: “{text}” is not a time (m:ss or minutes).</source>
        <translation>问答预留时间：“{text}”不是时间（分:秒或分钟数）。</translation>
    </message>
    <message>
        <source>Q&amp;A reserve: at most 4 hours.</source>
        <translation>问答预留时间：最多 4 小时。</translation>
    </message>
    <message>
        <source>⚠ Not saved, nothing changed: {error}</source>
        <translation>⚠ 未保存，未作任何更改：{error}</translation>
    </message>
</context>
<context>
    <name>MessagesModel</name>
    <message>
        <source>Typed earlier: send it again</source>
        <translation>之前输入的：再次发送</translation>
    </message>
    <message>
        <source>Preset message</source>
        <translation>预设消息</translation>
    </message>
</context>
<context>
    <name>NewMeetingDialog</name>
    <message>
        <source>New meeting</source>
        <extracomment>The meeting was created (its id) and whether the chair goes on to its first session.</extracomment>
        <translation>新会议</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>Then create its first session</source>
        <translation>然后创建其第一个场次</translation>
    </message>
</context>
<context>
    <name>NewSessionDialog</name>
    <message>
        <source>New session</source>
        <extracomment>The session was created: its id, open it now, then fill its agenda in the editor.</extracomment>
        <translation>新场次</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>HH:MM, or YYYY-MM-DD HH:MM</source>
        <translation>HH:MM，或 YYYY-MM-DD HH:MM</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>会议室</translation>
    </message>
    <message>
        <source>Times in</source>
        <translation>时间按</translation>
    </message>
    <message>
        <source>The new session is on this console only until its meeting is uploaded (Session → Upload to backend…), as a duplicated one is.</source>
        <translation>在其会议上传之前（场次 → 上传到服务器……），新场次仅存在于此控制台，复制的场次也是如此。</translation>
    </message>
    <message>
        <source>Open it now</source>
        <translation>立即打开</translation>
    </message>
    <message>
        <source>and fill its agenda in the agenda editor</source>
        <translation>并在议程编辑器中填写其议程</translation>
    </message>
</context>
<context>
    <name>NotSyncingBanner</name>
    <message>
        <source>Not syncing</source>
        <extracomment>The chair asked to connect (the button, or a click on the banner).</extracomment>
        <translation>未同步</translation>
    </message>
    <message>
        <source>⚠ Not syncing — Connect ({shortcut})</source>
        <extracomment>The refusal shown (``None`` unless the backend refused).</extracomment>
        <translation>⚠ 未同步 — 连接（{shortcut}）</translation>
    </message>
    <message>
        <source>⚠ Not syncing — Connect</source>
        <translation>⚠ 未同步 — 连接</translation>
    </message>
    <message>
        <source>Connect…</source>
        <translation>连接……</translation>
    </message>
    <message>
        <source>Connect to the backend</source>
        <translation>连接服务器</translation>
    </message>
    <message>
        <source>Looking for the access token of {url} in this computer&apos;s keyring…</source>
        <translation>正在本机密钥环中查找 {url} 的访问令牌……</translation>
    </message>
    <message>
        <source>This session is followed on {url}, but no access token is available on this laptop (none in the keyring, no MODERATOR_TOKEN): remote hands do not arrive and your actions stay here until you connect.</source>
        <translation>此场次在 {url} 上被跟随，但本机没有可用的访问令牌（密钥环中没有，也没有 MODERATOR_TOKEN）：远程举手无法到达，您的操作留在本机，直至连接。</translation>
    </message>
    <message>
        <source>This session is followed on a backend whose address this laptop does not know: remote hands do not arrive and your actions stay here until you connect.</source>
        <translation>此场次在一个本机不知道地址的服务器上被跟随：远程举手无法到达，您的操作留在本机，直至连接。</translation>
    </message>
    <message>
        <source>The backend {url} refused: {reason}. Connect with a valid access token; your actions stay here meanwhile.</source>
        <translation>服务器 {url} 拒绝：{reason}。请使用有效的访问令牌连接；在此期间您的操作留在本机。</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>未给出原因</translation>
    </message>
    <message>
        <source>Nothing waiting</source>
        <translation>没有等候的操作</translation>
    </message>
    <message>
        <source>1 action waiting</source>
        <translation>1 项操作等候中</translation>
    </message>
    <message>
        <source>{n} actions waiting</source>
        <translation>{n} 项操作等候中</translation>
    </message>
    <message>
        <source>The backend refused an earlier action, not yet read: {newest}.</source>
        <translation>服务器拒绝了先前的一项操作，尚未阅读：{newest}。</translation>
    </message>
    <message>
        <source>The backend refused {n} earlier actions, not yet read; the newest: {newest}.</source>
        <translation>服务器拒绝了先前的 {n} 项操作，尚未阅读；最新一项：{newest}。</translation>
    </message>
</context>
<context>
    <name>NotesEditor</name>
    <message>
        <source>Note — {title}</source>
        <extracomment>The panel shows this much of a note; the whole note is in the tooltip and the editor. Saved: (kind, entity id, text); an empty text means the note was deleted.</extracomment>
        <translation>备注 — {title}</translation>
    </message>
    <message>
        <source>Note on {title}</source>
        <translation>关于 {title} 的备注</translation>
    </message>
    <message>
        <source>Only you see this note.</source>
        <translation>只有您能看到此备注。</translation>
    </message>
    <message>
        <source>Ctrl+Enter saves, Esc cancels. Notes stay on this computer: they are not sent to the backend or shown to anyone.</source>
        <translation>Ctrl+Enter 保存，Esc 取消。备注保留在本机：不会发送到服务器，也不会显示给任何人。</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>未保存：{error}</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>Whose note</source>
        <translation>备注对象</translation>
    </message>
    <message>
        <source>Note on the speaker</source>
        <translation>关于发言者的备注</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑……</translation>
    </message>
    <message>
        <source>Edit the note on this speaker</source>
        <translation>编辑关于此发言者的备注</translation>
    </message>
    <message>
        <source>Which agenda item</source>
        <translation>哪个议程项目</translation>
    </message>
    <message>
        <source>Note on the agenda item</source>
        <translation>关于议程项目的备注</translation>
    </message>
    <message>
        <source>Edit the note on this agenda item</source>
        <translation>编辑关于此议程项目的备注</translation>
    </message>
    <message>
        <source>No note.</source>
        <translation>无备注。</translation>
    </message>
    <message>
        <source>Speaker: {name}</source>
        <translation>发言者：{name}</translation>
    </message>
    <message>
        <source>Next speaker: {name}</source>
        <translation>下一位发言者：{name}</translation>
    </message>
    <message>
        <source>speaker</source>
        <translation>发言者</translation>
    </message>
    <message>
        <source>Speaker: nobody has the floor</source>
        <translation>发言者：无人发言</translation>
    </message>
    <message>
        <source>Agenda item: {title}</source>
        <translation>议程项目：{title}</translation>
    </message>
    <message>
        <source>No agenda item</source>
        <translation>无议程项目</translation>
    </message>
</context>
<context>
    <name>OfflineDownloadDialog</name>
    <message>
        <source>Make sessions available offline</source>
        <extracomment>The download ended (every chosen session downloaded, refused or failed).</extracomment>
        <translation>使场次可离线使用</translation>
    </message>
    <message>
        <source>Backend address</source>
        <translation>服务器地址</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>访问令牌</translation>
    </message>
    <message>
        <source>List the sessions</source>
        <extracomment>The chair edited the token (typed, pasted, cleared): the keyring never overwrites it.</extracomment>
        <translation>列出场次</translation>
    </message>
    <message>
        <source>Sessions to make available offline</source>
        <translation>可离线使用的场次</translation>
    </message>
    <message>
        <source>%v of %m sessions</source>
        <translation>%v / %m 个场次</translation>
    </message>
    <message>
        <source>What happened to each session</source>
        <translation>每个场次的结果</translation>
    </message>
    <message>
        <source>Download the ticked sessions</source>
        <translation>下载勾选的场次</translation>
    </message>
    <message>
        <source>Asking the backend for its sessions…</source>
        <translation>正在向服务器请求其场次……</translation>
    </message>
    <message>
        <source>The backend refused: {message}</source>
        <translation>服务器拒绝：{message}</translation>
    </message>
    <message>
        <source>Cannot reach {url}: {error}</source>
        <translation>无法连接 {url}：{error}</translation>
    </message>
    <message>
        <source>The backend&apos;s answer could not be read ({error}).</source>
        <translation>无法读取服务器的回复（{error}）。</translation>
    </message>
    <message>
        <source>“{meeting}”: 1 session, times in {zone}; today&apos;s are ticked.</source>
        <translation>“{meeting}”：1 个场次，时间按 {zone}；今天的已勾选。</translation>
    </message>
    <message>
        <source>“{meeting}”: {count} sessions, times in {zone}; today&apos;s are ticked.</source>
        <translation>“{meeting}”：{count} 个场次，时间按 {zone}；今天的已勾选。</translation>
    </message>
    <message>
        <source>open in the console</source>
        <translation>已在控制台中打开</translation>
    </message>
    <message>
        <source>{n} changes waiting to be sent: kept</source>
        <translation>{n} 项更改等待发送：保留</translation>
    </message>
    <message>
        <source>on this laptop: will be updated</source>
        <translation>在本机：将更新</translation>
    </message>
    <message>
        <source>not in this token&apos;s sessions</source>
        <translation>不在此令牌的场次中</translation>
    </message>
    <message>
        <source>Downloading {n} sessions…</source>
        <translation>正在下载 {n} 个场次……</translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation>已下载</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>已更新</translation>
    </message>
    <message>
        <source>Not downloaded</source>
        <translation>未下载</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>{done} of {total} sessions done…</source>
        <translation>已完成 {done} / {total} 个场次……</translation>
    </message>
</context>
<context>
    <name>OpenSessionDialog</name>
    <message>
        <source>Today — {day}</source>
        <translation>今天 — {day}</translation>
    </message>
    <message>
        <source>Tomorrow — {day}</source>
        <translation>明天 — {day}</translation>
    </message>
    <message>
        <source>Yesterday — {day}</source>
        <translation>昨天 — {day}</translation>
    </message>
    <message>
        <source>followed on a backend</source>
        <translation>在服务器上被跟随</translation>
    </message>
    <message>
        <source>local</source>
        <translation>本地</translation>
    </message>
    <message>
        <source>open now</source>
        <translation>当前打开</translation>
    </message>
    <message>
        <source>running</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Open session</source>
        <extracomment>The chair chose this session (its id); the console opens it.</extracomment>
        <translation>打开场次</translation>
    </message>
    <message>
        <source>Type to filter: title, meeting, room, day…</source>
        <translation>输入以筛选：标题、会议、会议室、日期……</translation>
    </message>
    <message>
        <source>Filter the sessions</source>
        <translation>筛选场次</translation>
    </message>
    <message>
        <source>Sessions by day</source>
        <translation>按日期排列的场次</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Times in {zone}</source>
        <translation>时间按 {zone}</translation>
    </message>
    <message>
        <source>No session matches “{text}”</source>
        <translation>没有与“{text}”匹配的场次</translation>
    </message>
    <message>
        <source>1 session · Enter opens it · Esc cancels</source>
        <translation>1 个场次 · Enter 打开 · Esc 取消</translation>
    </message>
    <message>
        <source>{n} sessions · Enter opens the selected one · Esc cancels</source>
        <translation>{n} 个场次 · Enter 打开所选场次 · Esc 取消</translation>
    </message>
    <message>
        <source>Choose a session first (↑/↓)</source>
        <translation>请先选择一个场次（↑/↓）</translation>
    </message>
    <message>
        <source>That session is the one open now</source>
        <translation>该场次就是当前打开的场次</translation>
    </message>
</context>
<context>
    <name>Phase</name>
    <message>
        <source>NOBODY HAS THE FLOOR · PRESS N</source>
        <translation>无人发言 · 按 N</translation>
    </message>
    <message>
        <source>READY · SPACE TO START</source>
        <translation>就绪 · 按空格开始</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>PAUSED · {phase}</source>
        <translation>已暂停 · {phase}</translation>
    </message>
    <message>
        <source>RUNNING</source>
        <translation>计时中</translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>FINAL</source>
        <translation>最后阶段</translation>
    </message>
    <message>
        <source>TIME UP</source>
        <translation>时间到</translation>
    </message>
    <message>
        <source>OVERTIME</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>READY</source>
        <translation>就绪</translation>
    </message>
</context>
<context>
    <name>ReadinessDialog</name>
    <message>
        <source>Ready for today?</source>
        <extracomment>Sessions were made available offline (their ids): the console may list them anew.</extracomment>
        <translation>今天准备好了吗？</translation>
    </message>
    <message>
        <source>Checking…</source>
        <extracomment>The backend address and token the last check used (its keyring answer included).</extracomment>
        <translation>正在检查……</translation>
    </message>
    <message>
        <source>Readiness checks</source>
        <translation>就绪检查</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Make sessions available offline…</source>
        <translation>使场次可离线使用……</translation>
    </message>
    <message>
        <source>The check itself failed: {error}</source>
        <translation>检查本身失败：{error}</translation>
    </message>
    <message>
        <source>this console&apos;s connection</source>
        <translation>此控制台的连接</translation>
    </message>
    <message>
        <source>the keyring</source>
        <translation>密钥环</translation>
    </message>
    <message>
        <source>this run</source>
        <translation>本次运行</translation>
    </message>
</context>
<context>
    <name>Refusal</name>
    <message>
        <source>The room is longer than {limit} characters</source>
        <translation>会议室名称超过 {limit} 个字符</translation>
    </message>
    <message>
        <source>The start is not a date this century</source>
        <translation>开始时间不是本世纪的日期</translation>
    </message>
    <message>
        <source>The session must end after it starts</source>
        <translation>场次必须在开始之后结束</translation>
    </message>
    <message>
        <source>A session cannot last more than a week</source>
        <translation>一个场次不能超过一周</translation>
    </message>
    <message>
        <source>That agenda item already exists</source>
        <translation>该议程项目已存在</translation>
    </message>
    <message>
        <source>“{title}” still has {speakers} on its list: take them off it first</source>
        <translation>“{title}”的名单上仍有 {speakers}：请先将其移除</translation>
    </message>
    <message>
        <source>Someone has spoken under “{title}”: it stays on record</source>
        <translation>已有人在“{title}”下发言：该项目保留在记录中</translation>
    </message>
    <message>
        <source>The {what} needs a title</source>
        <translation>需要标题：{what}</translation>
    </message>
    <message>
        <source>The {what} title is longer than {limit} characters</source>
        <translation>标题过长（{what}）：最多 {limit} 个字符</translation>
    </message>
    <message>
        <source>That agenda item is not in this session</source>
        <translation>该议程项目不在此场次中</translation>
    </message>
    <message>
        <source>The position must be between 1 and {count}</source>
        <translation>位置必须在 1 到 {count} 之间</translation>
    </message>
    <message>
        <source>The planned duration must be between 0:00 and 24 hours</source>
        <translation>计划时长必须在 0:00 到 24 小时之间</translation>
    </message>
    <message>
        <source>Format: {value!r} is not one of {known} (or empty when not known)</source>
        <translation>格式：{value!r} 不是 {known} 之一（未知时可留空）</translation>
    </message>
    <message>
        <source>command is for session {session}, not this one</source>
        <extracomment>Integers travel as JSON numbers: beyond 2**53 they are not exact in every client, and no time, duration or id of ours comes anywhere near it. A speaker&apos;s time (allotted, spoken, remaining) beyond a day is a typing mistake. Ids a command creates (agenda items, participants put back) fit the stores&apos; columns. A session&apos;s languages (&quot;en, fr, es&quot;) and a participant&apos;s language.</extracomment>
        <translation>该命令针对场次 {session}，而非此场次</translation>
    </message>
    <message>
        <source>The floor has moved on: this was for a turn that no longer has it</source>
        <translation>发言权已转移：此操作针对的发言轮次已不再享有发言权</translation>
    </message>
    <message>
        <source>That speaker is not on this session&apos;s list</source>
        <extracomment>Every command class by its ``name``; the package&apos;s ``__init__`` imports every command module, so the catalogue is complete wherever ``moderator.domain.commands`` is imported.</extracomment>
        <translation>该发言者不在此场次的名单上</translation>
    </message>
    <message>
        <source>{label}: at most {longest} characters ({given} given)</source>
        <translation>{label}：最多 {longest} 个字符（输入了 {given} 个）</translation>
    </message>
    <message>
        <source>{label}: a character that cannot be stored (U+{code:04X})</source>
        <translation>{label}：无法存储的字符（U+{code:04X}）</translation>
    </message>
    <message>
        <source>A {what} id of 1 to {limit} characters is needed</source>
        <translation>需要 1 到 {limit} 个字符的标识（{what}）</translation>
    </message>
    <message>
        <source>Unknown clock status {status!r}</source>
        <translation>未知的计时器状态 {status!r}</translation>
    </message>
    <message>
        <source>The time must be between 0:00 and 24 hours</source>
        <translation>时间必须在 0:00 到 24 小时之间</translation>
    </message>
    <message>
        <source>A running clock needs the moment it started</source>
        <translation>运行中的计时器需要其开始时刻</translation>
    </message>
    <message>
        <source>Nobody has the floor: give the floor to a speaker first</source>
        <extracomment>The turn on the floor when the chair acted (see ``Command._check_turn``).</extracomment>
        <translation>无人发言：请先请一位发言者发言</translation>
    </message>
    <message>
        <source>Nobody has the floor: there is no time to adjust</source>
        <extracomment>The turn on the floor when the chair acted (see ``Command._check_turn``). The turn on the floor when the chair acted (see ``Command._check_turn``).</extracomment>
        <translation>无人发言：没有可调整的时间</translation>
    </message>
    <message>
        <source>Adjusting by zero changes nothing</source>
        <translation>调整零秒不会改变任何内容</translation>
    </message>
    <message>
        <source>Nobody has the floor: there is no time to set</source>
        <extracomment>The turn on the floor when the chair acted (see ``Command._check_turn``).</extracomment>
        <translation>无人发言：没有可设置的时间</translation>
    </message>
    <message>
        <source>Nobody has the floor: there is no time to reset</source>
        <extracomment>The turn on the floor when the chair acted (see ``Command._check_turn``).</extracomment>
        <translation>无人发言：没有可重置的时间</translation>
    </message>
    <message>
        <source>The floor has moved on since: that time can no longer change</source>
        <translation>发言权已转移：该时间已无法更改</translation>
    </message>
    <message>
        <source>The warning must be between 0:00 and 60:00 before the end</source>
        <translation>提醒必须在结束前 0:00 到 60:00 之间</translation>
    </message>
    <message>
        <source>{name} is not waiting ({state})</source>
        <translation>{name} 不在等候中（{state}）</translation>
    </message>
    <message>
        <source>This turn was already opened</source>
        <translation>此发言轮次已开始</translation>
    </message>
    <message>
        <source>Nobody has the floor</source>
        <translation>无人发言</translation>
    </message>
    <message>
        <source>Nobody has the floor: there is no one to interrupt</source>
        <translation>无人发言：没有可打断的人</translation>
    </message>
    <message>
        <source>An intervention is already under way</source>
        <translation>已有插话在进行中</translation>
    </message>
    <message>
        <source>The floor has moved on since: this can no longer be undone</source>
        <translation>发言权已转移：此操作已无法撤销</translation>
    </message>
    <message>
        <source>That speaker does not have the floor: nothing to undo</source>
        <translation>该发言者没有发言权：没有可撤销的内容</translation>
    </message>
    <message>
        <source>Nobody to give the floor back to: nothing to pause again</source>
        <translation>没有可交还发言权的人：没有可再次暂停的内容</translation>
    </message>
    <message>
        <source>Unknown entry state {cancel_entry_state!r}</source>
        <translation>未知的登记状态 {cancel_entry_state!r}</translation>
    </message>
    <message>
        <source>Cannot put an entry back to {state!r}</source>
        <translation>无法将登记恢复为 {state!r}</translation>
    </message>
    <message>
        <source>{name} cannot have the floor back from here</source>
        <translation>{name} 无法从此处重新获得发言权</translation>
    </message>
    <message>
        <source>Someone is already interrupted</source>
        <translation>已有人被打断</translation>
    </message>
    <message>
        <source>{name} cannot be paused again from here</source>
        <translation>{name} 无法从此处再次暂停</translation>
    </message>
    <message>
        <source>That turn of {name} is not on record</source>
        <translation>{name} 的该发言轮次不在记录中</translation>
    </message>
    <message>
        <source>One speaker or turn is named twice</source>
        <translation>某位发言者或某个发言轮次被重复指定</translation>
    </message>
    <message>
        <source>That hand is not on record</source>
        <translation>该举手不在记录中</translation>
    </message>
    <message>
        <source>They have raised their hand again since</source>
        <translation>此后其再次举手</translation>
    </message>
    <message>
        <source>That person is not a participant of this meeting</source>
        <translation>此人不是本次会议的参会者</translation>
    </message>
    <message>
        <source>{who} already has a hand raised</source>
        <translation>{who} 已举手</translation>
    </message>
    <message>
        <source>A name of 1 to {limit} characters is needed</source>
        <translation>需要 1 到 {limit} 个字符的姓名</translation>
    </message>
    <message>
        <source>The organisation is longer than {limit} characters</source>
        <translation>组织名称超过 {limit} 个字符</translation>
    </message>
    <message>
        <source>Unknown attendance {attendance!r}</source>
        <translation>未知的出席方式 {attendance!r}</translation>
    </message>
    <message>
        <source>That participant already exists</source>
        <translation>该参会者已存在</translation>
    </message>
    <message>
        <source>{name} is on a list of speakers</source>
        <translation>{name} 在某份发言名单上</translation>
    </message>
    <message>
        <source>{name} has raised a hand in this session</source>
        <translation>{name} 在本场次中举过手</translation>
    </message>
    <message>
        <source>{name} has spoken in this session</source>
        <translation>{name} 在本场次中发过言</translation>
    </message>
    <message>
        <source>The {label} is longer than {limit} characters</source>
        <translation>字段过长（{label}）：最多 {limit} 个字符</translation>
    </message>
    <message>
        <source>The gender is longer than {limit} characters</source>
        <translation>性别超过 {limit} 个字符</translation>
    </message>
    <message>
        <source>Unknown stakeholder group {group!r}</source>
        <translation>未知的利益攸关方群体 {group!r}</translation>
    </message>
    <message>
        <source>Unknown origin {origin!r}</source>
        <extracomment>Where the hand that brings them was raised (``HandSource``); &quot;&quot; for none.</extracomment>
        <translation>未知的来源 {origin!r}</translation>
    </message>
    <message>
        <source>Unknown hand source {source!r}</source>
        <translation>未知的举手来源 {source!r}</translation>
    </message>
    <message>
        <source>This speaker entry already exists</source>
        <translation>该发言登记已存在</translation>
    </message>
    <message>
        <source>Unknown speech type {speech_type!r}</source>
        <translation>未知的发言类型 {speech_type!r}</translation>
    </message>
    <message>
        <source>The list of speakers of “{title}” is closed (points of order and rights of reply are still possible)</source>
        <translation>“{title}”的发言名单已截止（仍可提出程序问题和行使答辩权）</translation>
    </message>
    <message>
        <source>The allotted time must be between 0 and 24 hours</source>
        <translation>分配时间必须在 0 到 24 小时之间</translation>
    </message>
    <message>
        <source>Not a valid place in the list</source>
        <translation>不是名单中的有效位置</translation>
    </message>
    <message>
        <source>{name} has the floor: end their turn before removing them</source>
        <translation>{name} 正在发言：请先结束其发言再将其移除</translation>
    </message>
    <message>
        <source>{name} has already spoken</source>
        <translation>{name} 已经发过言</translation>
    </message>
    <message>
        <source>{name} has the floor</source>
        <translation>{name} 正在发言</translation>
    </message>
    <message>
        <source>{name} has already spoken: add them again</source>
        <translation>{name} 已经发过言：请重新添加</translation>
    </message>
    <message>
        <source>{name} is no longer waiting to speak</source>
        <translation>{name} 已不再等候发言</translation>
    </message>
    <message>
        <source>The allotted time must be between 0:00 and 24 hours</source>
        <translation>分配时间必须在 0:00 到 24 小时之间</translation>
    </message>
    <message>
        <source>The list of speakers of “{title}” is closed</source>
        <translation>“{title}”的发言名单已截止</translation>
    </message>
    <message>
        <source>This delegation has used its {limit} rights of reply on this agenda item</source>
        <extracomment>For rights of reply: how many each delegation may take per agenda item (0: no limit), and the time of the later ones (0: the same as the first). The meeting&apos;s Q&amp;A reserve in the stored JSON, beside the speech types. Kept free of speeches at the end of a scheduled talk for questions: an imported talk&apos;s speakers share its slot less this (a 40-minute slot with 10 reserved gives 30).</extracomment>
        <translation>该代表团已用完其在本议程项目下的 {limit} 次答辩权</translation>
    </message>
    <message>
        <source>{who} has used its {limit} rights of reply on this agenda item</source>
        <translation>{who} 已用完其在本议程项目下的 {limit} 次答辩权</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Spoken: the time the speaker&apos;s clock ran, whatever was done to the countdown (a restart, a set time, ± time change what is left, never what was spoken).</source>
        <extracomment>The definitions behind the numbers, stated with every report (screen, PDF, CSV, XLSX).</extracomment>
        <translation>发言时长：发言者计时器运行的时间，无论对倒计时做了什么（重置、设定时间、± 只改变剩余时间，从不改变发言时长）。</translation>
    </message>
    <message>
        <source>Paused: the time the clock stood still while the speaker held the floor (time waiting for an interposed intervention is the intervention&apos;s, not a pause).</source>
        <translation>暂停：发言者享有发言权期间计时器停止的时间（等候插话的时间计入该插话，不算暂停）。</translation>
    </message>
    <message>
        <source>Allotted: the planned time, plus or minus the time added or removed (± and set time), plus the time a restart gave back (what had been spoken before it).</source>
        <translation>分配：计划时间，加减增加或减少的时间（± 和设定时间），再加重置退还的时间（重置前已说的时间）。</translation>
    </message>
    <message>
        <source>Overrun of a speaker: spoken beyond the final allotment; of an agenda item: actual (first start to last end) beyond planned; of a session: actual end against scheduled end (− finished early), and while it runs, how far it is already past its scheduled end.</source>
        <translation>发言者超时：超出最终分配的发言时长；议程项目超时：实际时长（从首次开始到最后结束）超出计划的部分；场次超时：实际结束与计划结束之比较（− 表示提前结束），进行中时为已超过计划结束的时长。</translation>
    </message>
    <message>
        <source>{table} (continued)</source>
        <extracomment>The order of the printed tables: the summary first, the long turn log last. A table is as wide as its columns&apos; weights at this many millimetres each, at most the page. Names, organisations and titles wrap onto at most this many lines in a cell; the last line of a longer text ends in &quot;…&quot; (the CSV and XLSX files have it whole). A word longer than this may be cut in a table cell rather than widen its column further.</extracomment>
        <translation>{table}（续）</translation>
    </message>
    <message>
        <source>Moderator · page {page} of {pages}</source>
        <translation>Moderator · 第 {page} 页，共 {pages} 页</translation>
    </message>
    <message>
        <source>Moderator · page {page}</source>
        <translation>Moderator · 第 {page} 页</translation>
    </message>
    <message>
        <source>Speaking time by stakeholder group</source>
        <extracomment>What an end (or a session&apos;s overrun, not yet known) says while it is still running. Relative width for paged output (PDF): text columns that carry names get more. A TIME shown on screen and in the PDF with its date when the report spans several days. Only the sessions table does: elsewhere the session&apos;s row tells the day, and the turn log has no room for dates. (CSV and XLSX always write the full date and time.) A short name for a tab or a spreadsheet sheet (at most 31 characters). Show dates with times (the report spans more than one local day).</extracomment>
        <translation>按利益攸关方群体统计的发言时间</translation>
    </message>
    <message>
        <source>By group</source>
        <translation>按群体</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>群体</translation>
    </message>
    <message>
        <source>Speaking time by gender</source>
        <translation>按性别统计的发言时间</translation>
    </message>
    <message>
        <source>By gender</source>
        <translation>按性别</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Speaking time in the room and remote</source>
        <translation>会场内与远程的发言时间</translation>
    </message>
    <message>
        <source>Room and remote</source>
        <translation>会场与远程</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Meeting report</source>
        <translation>会议报告</translation>
    </message>
    <message>
        <source>Session report</source>
        <translation>场次报告</translation>
    </message>
    <message>
        <source>By stakeholder group</source>
        <translation>按利益攸关方群体</translation>
    </message>
    <message>
        <source>In the room and remote</source>
        <translation>会场内与远程</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>场次</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>会议室</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>Speaking time</source>
        <translation>发言时间</translation>
    </message>
    <message>
        <source>Report as of</source>
        <translation>报告截至</translation>
    </message>
    <message>
        <source>Nobody has had the floor yet: there are no turns to report.</source>
        <translation>尚无人发言：没有可报告的发言轮次。</translation>
    </message>
    <message>
        <source>A turn is still running: it is counted with its time so far and marked Running.</source>
        <translation>有一个发言轮次仍在进行：按目前的时间计入，并标记为进行中。</translation>
    </message>
    <message>
        <source>Scheduled start</source>
        <translation>计划开始</translation>
    </message>
    <message>
        <source>Scheduled end</source>
        <translation>计划结束</translation>
    </message>
    <message>
        <source>Actual start</source>
        <translation>实际开始</translation>
    </message>
    <message>
        <source>Actual end</source>
        <translation>实际结束</translation>
    </message>
    <message>
        <source>Turns</source>
        <translation>发言轮次</translation>
    </message>
    <message>
        <source>Overrun</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>Sessions: scheduled against actual</source>
        <translation>场次：计划与实际</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>场次</translation>
    </message>
    <message>
        <source>No sessions.</source>
        <translation>无场次。</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>议程项目</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>发言者</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>Speech type</source>
        <translation>发言类型</translation>
    </message>
    <message>
        <source>How they got the floor</source>
        <translation>获得发言权的方式</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Allotted</source>
        <translation>分配</translation>
    </message>
    <message>
        <source>Spoken</source>
        <translation>发言</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Speakers: planned against actual, turn by turn</source>
        <translation>发言者：计划与实际，逐轮列出</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>发言者</translation>
    </message>
    <message>
        <source>No turns yet.</source>
        <translation>尚无发言轮次。</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>First start</source>
        <translation>首次开始</translation>
    </message>
    <message>
        <source>Last end</source>
        <translation>最后结束</translation>
    </message>
    <message>
        <source>Agenda items: planned against actual (first start to last end)</source>
        <translation>议程项目：计划与实际（从首次开始到最后结束）</translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation>议程项目</translation>
    </message>
    <message>
        <source>No agenda items.</source>
        <translation>无议程项目。</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <extracomment>The keys of the totals whose label is the model&apos;s (marked for translation); any other key is a gender as recorded, shown as written.</extracomment>
        <translation>未记录</translation>
    </message>
</context>
<context>
    <name>ReportWindow</name>
    <message>
        <source>Export the report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>Report</source>
        <extracomment>The report is on screen (after opening or &quot;Refresh&quot;); carries the ``ReportDocument``. A file was written; carries its path. Reading or writing failed; carries the message shown in the window.</extracomment>
        <translation>报告</translation>
    </message>
    <message>
        <source>Report header</source>
        <translation>报告标题</translation>
    </message>
    <message>
        <source>Report notes</source>
        <translation>报告说明</translation>
    </message>
    <message>
        <source>Report tables</source>
        <translation>报告表格</translation>
    </message>
    <message>
        <source>Sessions</source>
        <extracomment>Views as tall as their rows (the small balance tables, on one scrolling page).</extracomment>
        <translation>场次</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>发言者</translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation>议程项目</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>平衡</translation>
    </message>
    <message>
        <source>Report status</source>
        <translation>报告状态</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Compute the report again as of now</source>
        <translation>按当前时刻重新计算报告</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>导出 &amp;PDF……</translation>
    </message>
    <message>
        <source>Export &amp;XLSX…</source>
        <translation>导出 &amp;XLSX……</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>导出 &amp;CSV……</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Report table</source>
        <translation>报告表格</translation>
    </message>
    <message>
        <source>Reading the record…</source>
        <translation>正在读取记录……</translation>
    </message>
    <message>
        <source>{title}: {subject}</source>
        <translation>{title}：{subject}</translation>
    </message>
    <message>
        <source>Report as of {time}</source>
        <translation>报告截至 {time}</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>正在写入 {name}……</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>已保存 {path}</translation>
    </message>
</context>
<context>
    <name>ReportWords</name>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n 个场次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n turn(s)</source>
        <translation>
            <numerusform>%n 轮发言</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{duration} in %n turn(s)</source>
        <translation>
            <numerusform>{duration}，共 %n 轮发言</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{duration} · {share} % · %n turn(s)</source>
        <translation>
            <numerusform>{duration} · {share} % · %n 轮</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoomRequestPicker</name>
    <message>
        <source>Floor request in the room</source>
        <translation>会场内请求发言</translation>
    </message>
    <message>
        <source>Find a name or organisation</source>
        <translation>查找姓名或组织</translation>
    </message>
    <message>
        <source>Type to find a name or organisation</source>
        <translation>输入以查找姓名或组织</translation>
    </message>
    <message>
        <source>Who raised their hand</source>
        <translation>谁举手了</translation>
    </message>
    <message>
        <source>Who raised their hand? Enter records it.</source>
        <translation>谁举手了？按 Enter 记录。</translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Title or function</source>
        <translation>头衔或职务</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>Stakeholder group</source>
        <translation>利益攸关方群体</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Attends</source>
        <translation>出席方式</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
</context>
<context>
    <name>RosterPanel</name>
    <message>
        <source>Participants of the meeting</source>
        <translation>会议参会者</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Title or function</source>
        <translation>头衔或职务</translation>
    </message>
    <message>
        <source>Organisation or delegation</source>
        <translation>组织或代表团</translation>
    </message>
    <message>
        <source>Stakeholder group</source>
        <translation>利益攸关方群体</translation>
    </message>
    <message>
        <source>Gender (optional)</source>
        <translation>性别（可选）</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>In the room or remote</source>
        <translation>在会场或远程</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Clear the form for a new participant</source>
        <translation>清空表单以添加新参会者</translation>
    </message>
    <message>
        <source>Add as new</source>
        <translation>作为新参会者添加</translation>
    </message>
    <message>
        <source>Add the form as a new participant</source>
        <translation>将表单作为新参会者添加</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>保存更改</translation>
    </message>
    <message>
        <source>Save the changes to the chosen participant</source>
        <translation>保存所选参会者的更改</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <source>Title or &amp;function</source>
        <translation>头衔或职务(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Organisation or delegation</source>
        <translation>组织或代表团(&amp;O)</translation>
    </message>
    <message>
        <source>Stakeholder &amp;group</source>
        <translation>利益攸关方群体(&amp;G)</translation>
    </message>
    <message>
        <source>G&amp;ender</source>
        <translation>性别(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Attends</source>
        <translation>出席方式(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>Gender and language are optional personal data: the backend shares them with staff and chairs only, never with participants or displays.</source>
        <translation>性别和语言是可选的个人数据：服务器只与工作人员和主席共享，绝不与参会者或显示屏共享。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Roster&lt;/b&gt; of {meeting}</source>
        <translation>{meeting} 的&lt;b&gt;参会者名册&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>SaveStatusLabel</name>
    <message>
        <source>Saved locally: {path}</source>
        <translation>已在本地保存：{path}</translation>
    </message>
    <message>
        <source>NOT SAVED: “{action}” ({cause})</source>
        <translation>未保存：“{action}”（{cause}）</translation>
    </message>
    <message>
        <source>The last action, “{action}”, was not saved and is not on screen: {reason}
This stays until an action is saved again.</source>
        <translation>最后一项操作“{action}”未保存，也未显示在屏幕上：{reason}
此提示将保留，直至再次保存一项操作。</translation>
    </message>
</context>
<context>
    <name>SessionForm</name>
    <message>
        <source>Session title</source>
        <extracomment>The user asked for a copy of the session.</extracomment>
        <translation>场次标题</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>会议室</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>en, fr, es</source>
        <translation>zh, en, fr</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>专题</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save the session</source>
        <translation>保存场次</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <source>Revert the session&apos;s fields</source>
        <translation>还原场次的字段</translation>
    </message>
    <message>
        <source>Duplicate session</source>
        <translation>复制场次</translation>
    </message>
    <message>
        <source>Duplicate the session</source>
        <translation>复制场次</translation>
    </message>
    <message>
        <source>A copy with its agenda and speakers, on this console only</source>
        <translation>含其议程和发言者的副本，仅在此控制台</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>标题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Room</source>
        <translation>会议室(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>&amp;Starts</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>形式(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Languages</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>T&amp;rack</source>
        <translation>专题(&amp;R)</translation>
    </message>
    <message>
        <source>in {zone}</source>
        <translation>时区 {zone}</translation>
    </message>
    <message>
        <source>Followed on a backend: every field here is sent to it.</source>
        <translation>在服务器上被跟随：此处每个字段都会发送给服务器。</translation>
    </message>
    <message>
        <source>Not followed on a backend: saved on this console.</source>
        <translation>未在服务器上被跟随：保存在此控制台。</translation>
    </message>
</context>
<context>
    <name>SessionHeader</name>
    <message>
        <source>DEMO DATA — fictional speakers</source>
        <translation>演示数据 — 虚构的发言者</translation>
    </message>
    <message>
        <source>Demo data</source>
        <extracomment>The widest lateness the header reserves room for, so &quot;On time&quot; turning into &quot;Ahead by 12 min&quot; does not move the titles (nor cut them at another place).</extracomment>
        <translation>演示数据</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>场次</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>当前时间</translation>
    </message>
    <message>
        <source>Scheduled end</source>
        <translation>计划结束</translation>
    </message>
    <message>
        <source>Projected end</source>
        <translation>预计结束</translation>
    </message>
    <message>
        <source>Late or ahead</source>
        <translation>迟或早</translation>
    </message>
    <message>
        <source>Scheduled end {time}</source>
        <translation>计划结束 {time}</translation>
    </message>
    <message>
        <source>Projected end {time}</source>
        <translation>预计结束 {time}</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>准时</translation>
    </message>
    <message numerus="yes">
        <source>Late by %n min</source>
        <translation>
            <numerusform>迟 %n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ahead by %n min</source>
        <translation>
            <numerusform>早 %n 分钟</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionService</name>
    <message>
        <source>Pause</source>
        <extracomment>What went wrong, for the chair (which file, what to do). The driver&apos;s words (&quot;disk I/O error&quot;, &quot;database or disk is full&quot;), short enough for a status bar. Events were committed and applied to the state (a chair action, an agenda edit, the backend&apos;s changes); carries the list of events, never empty. A command did not apply to the current state; carries the reason, for the chair. A command could not be saved; nothing changed; carries a message for the chair. Whether the file is known to hold every action on screen: a ``SaveProblem`` after a write failed, ``None`` once a later write succeeded. Emitted only when it changes, so &quot;Saved locally&quot; never stays on screen after a write failed. The session was read again whole (an import rewrote its agenda): views refresh everything. Remote changes never cause it: they arrive as ``sig_state_changed``. The meeting&apos;s speech-type rules (the console&apos;s settings; defaults until loaded). The last write&apos;s failure, until a write succeeds again (``sig_save_status``).</extracomment>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Nobody has the floor — press N to give the floor to {name}.</source>
        <translation>无人发言 — 按 N 请 {name} 发言。</translation>
    </message>
    <message>
        <source>Nobody has the floor.</source>
        <translation>无人发言。</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>End turn</source>
        <translation>结束发言</translation>
    </message>
    <message>
        <source>The list of speakers is finished: nobody is waiting.</source>
        <translation>发言名单已结束：无人等候。</translation>
    </message>
    <message>
        <source>Time {sign}{seconds} s</source>
        <translation>时间 {sign}{seconds} 秒</translation>
    </message>
    <message>
        <source>Set time</source>
        <translation>设定时间</translation>
    </message>
    <message>
        <source>Reset time</source>
        <translation>重置时间</translation>
    </message>
    <message>
        <source>Floor to {name}</source>
        <translation>请 {name} 发言</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>移除 {name}</translation>
    </message>
    <message>
        <source>Skip {name}</source>
        <translation>跳过 {name}</translation>
    </message>
    <message>
        <source>Put back {name}</source>
        <translation>恢复 {name}</translation>
    </message>
    <message>
        <source>Done: {name}</source>
        <translation>已完成：{name}</translation>
    </message>
    <message>
        <source>That speaker is not on this session&apos;s list</source>
        <translation>该发言者不在此场次的名单上</translation>
    </message>
    <message>
        <source>Two speakers share a place; move another one first</source>
        <translation>两位发言者位置相同；请先移动其中一位</translation>
    </message>
    <message>
        <source>Move {name}</source>
        <translation>移动 {name}</translation>
    </message>
    <message>
        <source>This session has no agenda item to add a speaker to.</source>
        <translation>此场次没有可添加发言者的议程项目。</translation>
    </message>
    <message>
        <source>That person is not a participant of this meeting</source>
        <translation>此人不是本次会议的参会者</translation>
    </message>
    <message>
        <source>Nobody has the floor: there is no one to interrupt</source>
        <translation>无人发言：没有可打断的人</translation>
    </message>
    <message>
        <source>Add {type}</source>
        <translation>添加：{type}</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>临时到场者</translation>
    </message>
    <message>
        <source>Add to the list</source>
        <translation>加入名单</translation>
    </message>
    <message>
        <source>Timer thresholds</source>
        <translation>计时器阈值</translation>
    </message>
    <message>
        <source>This session has no agenda item</source>
        <translation>此场次没有议程项目</translation>
    </message>
    <message>
        <source>Close the list of {title}</source>
        <translation>截止 {title} 的名单</translation>
    </message>
    <message>
        <source>Reopen the list of {title}</source>
        <translation>重开 {title} 的名单</translation>
    </message>
    <message>
        <source>Intervention by {name}</source>
        <translation>{name} 插话</translation>
    </message>
    <message>
        <source>An intervention is already under way</source>
        <translation>已有插话在进行中</translation>
    </message>
    <message>
        <source>{name} already has the floor: there is no one to interrupt</source>
        <translation>{name} 已在发言：没有可打断的人</translation>
    </message>
    <message>
        <source>Floor request: {name}</source>
        <translation>请求发言：{name}</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>参会者</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>没有可撤销的操作</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation>没有可重做的操作</translation>
    </message>
    <message>
        <source>Floor to a raised hand</source>
        <translation>请举手者发言</translation>
    </message>
    <message>
        <source>Raised hand to the list</source>
        <translation>将举手者加入名单</translation>
    </message>
    <message>
        <source>Lower hand</source>
        <translation>放下举手</translation>
    </message>
    <message>
        <source>That hand is no longer raised.</source>
        <translation>该举手已放下。</translation>
    </message>
    <message>
        <source>Not saved, nothing changed: {action}. {message}</source>
        <translation>未保存，未作任何更改：{action}。{message}</translation>
    </message>
</context>
<context>
    <name>SpeakerDisplay</name>
    <message>
        <source>NO SPEAKER</source>
        <translation>无发言者</translation>
    </message>
    <message>
        <source>READY</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>Next: nobody is waiting</source>
        <translation>下一位：无人等候</translation>
    </message>
    <message>
        <source>Next: {name}</source>
        <translation>下一位：{name}</translation>
    </message>
    <message>
        <source>Waiting for the next speaker</source>
        <translation>等候下一位发言者</translation>
    </message>
    <message>
        <source>Moderator — speaker display</source>
        <extracomment>A sentence for the chair about where the display is (or why not where it was asked). Visibility, screen, options, message or blackout changed: controls refresh. What the display shows changed (carries the ``DisplayView``): the preview repaints.</extracomment>
        <translation>Moderator — 发言者显示屏</translation>
    </message>
    <message>
        <source>Speaker display</source>
        <translation>发言者显示屏</translation>
    </message>
    <message>
        <source>The screen “{wanted}” chosen for the speaker display is not connected: the display is a window on the main screen “{screen}”.</source>
        <translation>为发言者显示屏选择的屏幕“{wanted}”未连接：显示屏以窗口形式显示在主屏幕“{screen}”上。</translation>
    </message>
    <message>
        <source>The speaker display is a window on “{screen}”: that screen also shows the console, which must stay visible.</source>
        <translation>发言者显示屏是“{screen}”上的一个窗口：该屏幕也显示控制台，控制台必须保持可见。</translation>
    </message>
    <message>
        <source>Speaker display: full screen on “{screen}” ({w}×{h}).</source>
        <translation>发言者显示屏：在“{screen}”上全屏（{w}×{h}）。</translation>
    </message>
    <message>
        <source>Speaker display: a window on “{screen}”.</source>
        <translation>发言者显示屏：“{screen}”上的窗口。</translation>
    </message>
</context>
<context>
    <name>SpeakerListModel</name>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>发言者</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>预计</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Speaking</source>
        <extracomment>Custom roles for views and tests that need the entity behind a row. Plain ints: the roles a view asks for arrive as ints, and a set of ints answers fastest. What a dragged speaker carries: the entry id. By entry id, what its row shows; dropped whenever the row is announced as changed.</extracomment>
        <translation>正在发言</translation>
    </message>
    <message>
        <source>Resumes next</source>
        <translation>随后继续</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一位</translation>
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
        <translation>参会者</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>Speech type</source>
        <translation>发言类型</translation>
    </message>
    <message>
        <source>Allotted</source>
        <translation>分配</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Allotted: “{text}” is not a time (m:ss or minutes)</source>
        <extracomment>A value typed in the list could not be read, so it never reached the service: carries the reason, for the person editing.</extracomment>
        <translation>分配：“{text}”不是时间（分:秒或分钟数）</translation>
    </message>
</context>
<context>
    <name>SpeakersPanel</name>
    <message>
        <source>List of speakers of the agenda item</source>
        <extracomment>The participant Enter (or a click on a suggestion) picked in the name field: the next Enter adds them. A time typed for the speaker being added: a change of speech type keeps it (as in the chair&apos;s Add a speaker dialog); the next speaker starts from the defaults again.</extracomment>
        <translation>议程项目的发言名单</translation>
    </message>
    <message>
        <source>Participant to add</source>
        <translation>要添加的参会者</translation>
    </message>
    <message>
        <source>Type a name or an organisation…</source>
        <translation>输入姓名或组织……</translation>
    </message>
    <message>
        <source>Speech type of the speaker to add</source>
        <translation>要添加的发言者的发言类型</translation>
    </message>
    <message>
        <source>Allotted time</source>
        <translation>分配时间</translation>
    </message>
    <message>
        <source>m:ss</source>
        <translation>分:秒</translation>
    </message>
    <message>
        <source>Add speaker</source>
        <translation>添加发言者</translation>
    </message>
    <message>
        <source>Add the speaker to the list</source>
        <translation>将发言者添加到名单</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Take the selected speaker off the list</source>
        <translation>将所选发言者从名单移除</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move the selected speaker up</source>
        <translation>上移所选发言者</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Move the selected speaker down</source>
        <translation>下移所选发言者</translation>
    </message>
    <message>
        <source>Drag a row, or Alt+↑ / Alt+↓, to reorder.</source>
        <translation>拖动一行，或按 Alt+↑ / Alt+↓ 重新排序。</translation>
    </message>
    <message>
        <source>&lt;b&gt;List of speakers&lt;/b&gt;</source>
        <translation>&lt;b&gt;发言名单&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Participant: type a name from the roster</source>
        <translation>参会者：输入名册中的姓名</translation>
    </message>
    <message>
        <source>Participant: {count} on the roster match “{text}”: pick one from the list</source>
        <translation>参会者：名册中有 {count} 人与“{text}”匹配：请从列表中选择一位</translation>
    </message>
    <message>
        <source>Participant: nobody on the roster is called “{text}” (add them on the Roster tab first)</source>
        <translation>参会者：名册中没有名为“{text}”的人（请先在“参会者”选项卡中添加）</translation>
    </message>
    <message>
        <source>Allotted: type m:ss (3:00) or minutes (3)</source>
        <translation>分配：输入 分:秒（3:00）或分钟数（3）</translation>
    </message>
    <message>
        <source>Enter adds them as {kind}, {time}; or change the speech type and time first</source>
        <translation>按 Enter 以 {kind}、{time} 添加；或先更改发言类型和时间</translation>
    </message>
</context>
<context>
    <name>SpeakingTimeChart</name>
    <message>
        <source>Speaking time per group</source>
        <extracomment>The raw value of a cell (milliseconds, epoch milliseconds, counts, shares): what a column sorts by, not its text.</extracomment>
        <translation>按群体统计的发言时间</translation>
    </message>
</context>
<context>
    <name>SpeechTypeDelegate</name>
    <message>
        <source>Speech type</source>
        <translation>发言类型</translation>
    </message>
</context>
<context>
    <name>SyncBadge</name>
    <message>
        <source>Sync status</source>
        <translation>同步状态</translation>
    </message>
</context>
<context>
    <name>SyncDetailsDialog</name>
    <message>
        <source>Sync details</source>
        <extracomment>During a catch-up the status changes many times a second; the window follows at this pace.</extracomment>
        <translation>同步详情</translation>
    </message>
    <message>
        <source>Queued at</source>
        <translation>排队时间</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>尝试次数</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>最后错误</translation>
    </message>
    <message>
        <source>Actions not yet sent to the backend</source>
        <translation>尚未发送到服务器的操作</translation>
    </message>
    <message>
        <source>Refused at</source>
        <translation>拒绝时间</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Actions the backend refused</source>
        <translation>服务器拒绝的操作</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>已读</translation>
    </message>
    <message>
        <source>The refusals stay listed; the badge stops counting them</source>
        <translation>拒绝记录保留在列表中；徽标不再计数</translation>
    </message>
    <message>
        <source>Changes arrive by long-polling: the live stream does not work on this network (the stream is tried again every few minutes).</source>
        <translation>更改通过长轮询到达：此网络上实时流不可用（每隔几分钟会重试）。</translation>
    </message>
    <message>
        <source>Last error: {error}</source>
        <translation>最后错误：{error}</translation>
    </message>
    <message>
        <source>Nothing was refused by the backend.</source>
        <translation>服务器未拒绝任何操作。</translation>
    </message>
    <message>
        <source>Refused by the backend ({n} not seen yet):</source>
        <translation>被服务器拒绝（{n} 项未读）：</translation>
    </message>
    <message>
        <source>Refused by the backend (seen):</source>
        <translation>被服务器拒绝（已读）：</translation>
    </message>
    <message>
        <source>Nothing is waiting to be sent.</source>
        <translation>没有等待发送的内容。</translation>
    </message>
    <message>
        <source>{n} actions waiting to be sent (the first {shown} shown):</source>
        <translation>{n} 项操作等待发送（显示前 {shown} 项）：</translation>
    </message>
    <message>
        <source>{n} action(s) waiting to be sent:</source>
        <translation>{n} 项操作等待发送：</translation>
    </message>
</context>
<context>
    <name>ThresholdsDialog</name>
    <message>
        <source>Timer thresholds</source>
        <translation>计时器阈值</translation>
    </message>
    <message>
        <source>Warning when this much is left</source>
        <translation>剩余时间为此值时提醒</translation>
    </message>
    <message>
        <source>Final phase when this much is left</source>
        <translation>剩余时间为此值时进入最后阶段</translation>
    </message>
    <message>
        <source>Warning when this much is left:</source>
        <translation>剩余时间为此值时提醒：</translation>
    </message>
    <message>
        <source>Final phase when this much is left (0:00: none):</source>
        <translation>剩余时间为此值时进入最后阶段（0:00：无）：</translation>
    </message>
    <message>
        <source>For every session of “{m}”.</source>
        <translation>适用于“{m}”的每个场次。</translation>
    </message>
    <message>
        <source>⚠ Warning: “{t}” is not a time (m:ss).</source>
        <translation>⚠ 提醒：“{t}”不是时间（分:秒）。</translation>
    </message>
    <message>
        <source>⚠ Final: “{t}” is not a time (m:ss).</source>
        <translation>⚠ 最后阶段：“{t}”不是时间（分:秒）。</translation>
    </message>
    <message>
        <source>⚠ Final: it must not be more than the warning.</source>
        <translation>⚠ 最后阶段：不得大于提醒时间。</translation>
    </message>
</context>
<context>
    <name>TimeInput</name>
    <message>
        <source>Remaining time (m:ss, or minutes):</source>
        <translation>剩余时间（分:秒，或分钟数）：</translation>
    </message>
    <message>
        <source>Set the time</source>
        <translation>设定时间</translation>
    </message>
    <message>
        <source>“{text}” is not a time. Type m:ss (2:30) or minutes (3):</source>
        <translation>“{text}”不是时间。请输入 分:秒（2:30）或分钟数（3）：</translation>
    </message>
</context>
<context>
    <name>UploadDialog</name>
    <message>
        <source>Upload to backend</source>
        <extracomment>The environment variable ``--backend`` and ``moderator check`` take the token from. A preview or an upload has its answer (or its refusal) on screen.</extracomment>
        <translation>上传到服务器</translation>
    </message>
    <message>
        <source>“{title}” from this console</source>
        <extracomment>(address, token, backend meeting) of the last good preview: what Upload sends to.</extracomment>
        <translation>来自此控制台的“{title}”</translation>
    </message>
    <message>
        <source>Backend address</source>
        <translation>服务器地址</translation>
    </message>
    <message>
        <source>Staff access token</source>
        <translation>工作人员访问令牌</translation>
    </message>
    <message>
        <source>Meeting id on the backend</source>
        <translation>服务器上的会议标识</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Preview first: the backend says what it will change before anything is sent.</source>
        <translation>先预览：服务器会在发送任何内容前说明将更改什么。</translation>
    </message>
    <message>
        <source>What the upload changes</source>
        <translation>上传将更改的内容</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>上传</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Type the meeting id the backend knows this meeting by.</source>
        <translation>输入服务器识别此会议所用的标识。</translation>
    </message>
    <message>
        <source>Asking the backend what the upload would change…</source>
        <translation>正在询问服务器上传将更改什么……</translation>
    </message>
    <message>
        <source>Uploading…</source>
        <translation>正在上传……</translation>
    </message>
    <message>
        <source>Uploaded to meeting “{meeting}”: {count} session(s) sent again to the consoles following them.</source>
        <translation>已上传到会议“{meeting}”：{count} 个场次已重新发送给跟随它们的控制台。</translation>
    </message>
    <message>
        <source>The backend will make {count} change(s). Upload sends them.</source>
        <translation>服务器将进行 {count} 项更改。点击上传即应用。</translation>
    </message>
    <message>
        <source>Nothing to upload: the backend already has this meeting as it is.</source>
        <translation>无需上传：服务器上的此会议已是当前状态。</translation>
    </message>
    <message>
        <source>{count} thing(s) will not be changed; the reasons are listed below.</source>
        <translation>{count} 项不会更改；原因列于下方。</translation>
    </message>
</context>
<context>
    <name>_Form</name>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
</context>
</TS>
