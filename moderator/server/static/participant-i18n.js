/* Moderator — the participant page's words in the six UN languages.
 *
 * The language is the link's (#…&lang=ar or ?lang=ar, kept for the tab's life), else the first
 * of the browser's languages the page speaks, else English. `moderatorI18n.t(text, params)`
 * returns the English `text` in that language with its {placeholders} filled; a text with a
 * count (`params.n`) picks its plural form by the language's rules. Arabic lays the page out
 * right to left (the countdown's digits stay left to right: see participant.css).
 * Loaded before participant.js; elements with `data-i18n` are translated here, once.
 */
(function () {
  'use strict';

  var LANGUAGES = ['en', 'ar', 'zh', 'es', 'fr', 'ru'];
  var LANG_KEY = 'moderator.participant.lang';

  var WORDS = {
    en: {
      'Your hand is down. {n} hands are raised.': {
        one: 'Your hand is down. 1 hand is raised.', other: 'Your hand is down. {n} hands are raised.'
      },
      'You changed your hand several times in a short while. You can try again in {n} seconds.': {
        one: 'You changed your hand several times in a short while. You can try again in 1 second.',
        other: 'You changed your hand several times in a short while. You can try again in {n} seconds.'
      }
    },
    fr: {
      'Moderator · Participant': 'Moderator · Participant',
      'Skip to the hand button': 'Aller au bouton de la main levée',
      'Connecting…': 'Connexion…',
      'Live': 'En direct',
      'Reconnecting…': 'Reconnexion…',
      'Not connected': 'Non connecté',
      'Loading…': 'Chargement…',
      'Something went wrong': 'Un problème est survenu',
      'On the floor': 'À la parole',
      'Nobody has the floor': 'Personne n\u2019a la parole',
      'You have the floor': 'Vous avez la parole',
      'Time left': 'Temps restant',
      'Over time by': 'Dépassement de',
      'Ask for the floor': 'Demander la parole',
      'Raise hand': 'Lever la main',
      'Lower hand': 'Baisser la main',
      'Times of day are in your device\'s time zone. The countdown follows the chair\'s clock and keeps running if your connection drops for a moment.':
        'Les heures sont celles du fuseau horaire de votre appareil. Le compte à rebours suit le chrono de la présidence et continue si votre connexion tombe un instant.',
      'This link is not valid any more — ask the organisers for a new one': 'Ce lien n\u2019est plus valable — demandez-en un nouveau aux organisateurs',
      'If you have received a newer link, open that one instead.': 'Si vous avez reçu un lien plus récent, ouvrez plutôt celui-là.',
      'Statement': 'Déclaration',
      'Question / comment': 'Question / observation',
      'Point of order': 'Motion d\u2019ordre',
      'Right of reply': 'Droit de réponse',
      'Intervention': 'Intervention',
      'RUNNING': 'EN COURS', 'WARNING': 'AVERTISSEMENT', 'FINAL': 'FIN PROCHE', 'TIME UP': 'TEMPS ÉCOULÉ',
      'OVERTIME': 'DÉPASSEMENT', 'PAUSED': 'EN PAUSE', 'READY': 'PRÊT', 'NO SPEAKER': 'PAS D\u2019ORATEUR',
      'Cannot reach the server. Check your connection and try again.': 'Impossible de joindre le serveur. Vérifiez votre connexion et réessayez.',
      'This link does not allow that.': 'Ce lien ne le permet pas.',
      'Not found.': 'Introuvable.',
      'Too many requests. Please wait a moment.': 'Trop de demandes. Veuillez patienter un instant.',
      'The server has a problem. Please try again in a moment.': 'Le serveur a un problème. Veuillez réessayer dans un instant.',
      'Something went wrong (HTTP {status}).': 'Un problème est survenu (HTTP {status}).',
      'This session has been removed': 'Cette séance a été supprimée',
      'Ask the organisers for the current link.': 'Demandez le lien actuel aux organisateurs.',
      'Session': 'Séance',
      'Meeting participation': 'Participation à la réunion',
      'Agenda: {title}': 'Ordre du jour : {title}',
      'Speaker': 'Orateur',
      'Remote': 'À distance',
      'Your hand is raised ({position} in line, since {time})': 'Votre main est levée (rang {position}, depuis {time})',
      'The chair lowered your hand': 'La présidence a baissé votre main',
      'Your hand is down. No hands are raised.': 'Votre main est baissée. Aucune main n\u2019est levée.',
      'Your hand is down. {n} hands are raised.': {
        one: 'Votre main est baissée. {n} main est levée.', other: 'Votre main est baissée. {n} mains sont levées.'
      },
      'You changed your hand several times in a short while. You can try again in {n} seconds.': {
        one: 'Vous avez changé votre main plusieurs fois en peu de temps. Vous pourrez réessayer dans {n} seconde.',
        other: 'Vous avez changé votre main plusieurs fois en peu de temps. Vous pourrez réessayer dans {n} secondes.'
      },
      'This link does not give access to this session': 'Ce lien ne donne pas accès à cette séance',
      'This session is not available': 'Cette séance n\u2019est pas disponible',
      'The meeting cannot be shown': 'La réunion ne peut pas être affichée',
      'This meeting has no session yet.': 'Cette réunion n\u2019a pas encore de séance.',
      'This link is incomplete': 'Ce lien est incomplet',
      'Open the link you received from the organisers again, exactly as it was sent.': 'Rouvrez le lien reçu des organisateurs, exactement tel qu\u2019il a été envoyé.'
    },
    es: {
      'Moderator · Participant': 'Moderator · Participante',
      'Skip to the hand button': 'Ir al botón de levantar la mano',
      'Connecting…': 'Conectando…',
      'Live': 'En directo',
      'Reconnecting…': 'Reconectando…',
      'Not connected': 'Sin conexión',
      'Loading…': 'Cargando…',
      'Something went wrong': 'Algo salió mal',
      'On the floor': 'En uso de la palabra',
      'Nobody has the floor': 'Nadie tiene la palabra',
      'You have the floor': 'Tiene usted la palabra',
      'Time left': 'Tiempo restante',
      'Over time by': 'Excedido en',
      'Ask for the floor': 'Pedir la palabra',
      'Raise hand': 'Levantar la mano',
      'Lower hand': 'Bajar la mano',
      'Times of day are in your device\'s time zone. The countdown follows the chair\'s clock and keeps running if your connection drops for a moment.':
        'Las horas están en la zona horaria de su dispositivo. La cuenta atrás sigue el cronómetro de la Presidencia y continúa si su conexión se corta un momento.',
      'This link is not valid any more — ask the organisers for a new one': 'Este enlace ya no es válido — pida uno nuevo a los organizadores',
      'If you have received a newer link, open that one instead.': 'Si ha recibido un enlace más reciente, abra ese.',
      'Statement': 'Declaración',
      'Question / comment': 'Pregunta / comentario',
      'Point of order': 'Cuestión de orden',
      'Right of reply': 'Derecho de respuesta',
      'Intervention': 'Intervención',
      'RUNNING': 'EN CURSO', 'WARNING': 'AVISO', 'FINAL': 'FINAL', 'TIME UP': 'TIEMPO AGOTADO',
      'OVERTIME': 'TIEMPO EXCEDIDO', 'PAUSED': 'EN PAUSA', 'READY': 'LISTO', 'NO SPEAKER': 'SIN ORADOR',
      'Cannot reach the server. Check your connection and try again.': 'No se puede acceder al servidor. Compruebe su conexión e inténtelo de nuevo.',
      'This link does not allow that.': 'Este enlace no lo permite.',
      'Not found.': 'No encontrado.',
      'Too many requests. Please wait a moment.': 'Demasiadas solicitudes. Espere un momento.',
      'The server has a problem. Please try again in a moment.': 'El servidor tiene un problema. Inténtelo de nuevo en un momento.',
      'Something went wrong (HTTP {status}).': 'Algo salió mal (HTTP {status}).',
      'This session has been removed': 'Esta sesión se ha eliminado',
      'Ask the organisers for the current link.': 'Pida el enlace actual a los organizadores.',
      'Session': 'Sesión',
      'Meeting participation': 'Participación en la reunión',
      'Agenda: {title}': 'Programa: {title}',
      'Speaker': 'Orador',
      'Remote': 'A distancia',
      'Your hand is raised ({position} in line, since {time})': 'Su mano está levantada (puesto {position}, desde las {time})',
      'The chair lowered your hand': 'La Presidencia bajó su mano',
      'Your hand is down. No hands are raised.': 'Su mano está bajada. No hay manos levantadas.',
      'Your hand is down. {n} hands are raised.': {
        one: 'Su mano está bajada. Hay {n} mano levantada.', other: 'Su mano está bajada. Hay {n} manos levantadas.'
      },
      'You changed your hand several times in a short while. You can try again in {n} seconds.': {
        one: 'Ha cambiado su mano varias veces en poco tiempo. Podrá intentarlo de nuevo en {n} segundo.',
        other: 'Ha cambiado su mano varias veces en poco tiempo. Podrá intentarlo de nuevo en {n} segundos.'
      },
      'This link does not give access to this session': 'Este enlace no da acceso a esta sesión',
      'This session is not available': 'Esta sesión no está disponible',
      'The meeting cannot be shown': 'No se puede mostrar la reunión',
      'This meeting has no session yet.': 'Esta reunión aún no tiene sesiones.',
      'This link is incomplete': 'Este enlace está incompleto',
      'Open the link you received from the organisers again, exactly as it was sent.': 'Vuelva a abrir el enlace que recibió de los organizadores, tal como se envió.'
    },
    ru: {
      'Moderator · Participant': 'Moderator · Участник',
      'Skip to the hand button': 'Перейти к кнопке «Поднять руку»',
      'Connecting…': 'Подключение…',
      'Live': 'В эфире',
      'Reconnecting…': 'Переподключение…',
      'Not connected': 'Нет подключения',
      'Loading…': 'Загрузка…',
      'Something went wrong': 'Что-то пошло не так',
      'On the floor': 'Слово предоставлено',
      'Nobody has the floor': 'Слово никому не предоставлено',
      'You have the floor': 'Вам предоставлено слово',
      'Time left': 'Осталось времени',
      'Over time by': 'Превышение на',
      'Ask for the floor': 'Попросить слова',
      'Raise hand': 'Поднять руку',
      'Lower hand': 'Опустить руку',
      'Times of day are in your device\'s time zone. The countdown follows the chair\'s clock and keeps running if your connection drops for a moment.':
        'Время указано по часовому поясу вашего устройства. Обратный отсчёт следует таймеру председателя и продолжается при кратковременном обрыве связи.',
      'This link is not valid any more — ask the organisers for a new one': 'Эта ссылка больше не действует — попросите у организаторов новую',
      'If you have received a newer link, open that one instead.': 'Если вы получили более новую ссылку, откройте её.',
      'Statement': 'Заявление',
      'Question / comment': 'Вопрос / замечание',
      'Point of order': 'По порядку ведения заседания',
      'Right of reply': 'Право на ответ',
      'Intervention': 'Реплика',
      'RUNNING': 'ИДЁТ', 'WARNING': 'ПРЕДУПРЕЖДЕНИЕ', 'FINAL': 'ЗАВЕРШЕНИЕ', 'TIME UP': 'ВРЕМЯ ИСТЕКЛО',
      'OVERTIME': 'ПРЕВЫШЕНИЕ', 'PAUSED': 'ПАУЗА', 'READY': 'ГОТОВО', 'NO SPEAKER': 'НЕТ ОРАТОРА',
      'Cannot reach the server. Check your connection and try again.': 'Не удаётся связаться с сервером. Проверьте подключение и повторите попытку.',
      'This link does not allow that.': 'Эта ссылка этого не позволяет.',
      'Not found.': 'Не найдено.',
      'Too many requests. Please wait a moment.': 'Слишком много запросов. Подождите немного.',
      'The server has a problem. Please try again in a moment.': 'На сервере ошибка. Повторите попытку чуть позже.',
      'Something went wrong (HTTP {status}).': 'Что-то пошло не так (HTTP {status}).',
      'This session has been removed': 'Это заседание удалено',
      'Ask the organisers for the current link.': 'Попросите у организаторов действующую ссылку.',
      'Session': 'Заседание',
      'Meeting participation': 'Участие в мероприятии',
      'Agenda: {title}': 'Повестка дня: {title}',
      'Speaker': 'Оратор',
      'Remote': 'Удалённо',
      'Your hand is raised ({position} in line, since {time})': 'Ваша рука поднята ({position}-й в очереди, с {time})',
      'The chair lowered your hand': 'Председатель опустил вашу руку',
      'Your hand is down. No hands are raised.': 'Ваша рука опущена. Поднятых рук нет.',
      'Your hand is down. {n} hands are raised.': {
        one: 'Ваша рука опущена. Поднята {n} рука.', few: 'Ваша рука опущена. Подняты {n} руки.',
        many: 'Ваша рука опущена. Поднято {n} рук.', other: 'Ваша рука опущена. Поднято рук: {n}.'
      },
      'You changed your hand several times in a short while. You can try again in {n} seconds.': {
        one: 'Вы несколько раз подряд меняли руку. Повторить можно через {n} секунду.',
        few: 'Вы несколько раз подряд меняли руку. Повторить можно через {n} секунды.',
        many: 'Вы несколько раз подряд меняли руку. Повторить можно через {n} секунд.',
        other: 'Вы несколько раз подряд меняли руку. Повторить можно через {n} с.'
      },
      'This link does not give access to this session': 'Эта ссылка не даёт доступа к этому заседанию',
      'This session is not available': 'Это заседание недоступно',
      'The meeting cannot be shown': 'Мероприятие не может быть показано',
      'This meeting has no session yet.': 'У этого мероприятия ещё нет заседаний.',
      'This link is incomplete': 'Эта ссылка неполная',
      'Open the link you received from the organisers again, exactly as it was sent.': 'Снова откройте ссылку, полученную от организаторов, в точности как она была отправлена.'
    },
    ar: {
      'Moderator · Participant': 'Moderator · مشارك',
      'Skip to the hand button': 'الانتقال إلى زر رفع اليد',
      'Connecting…': 'جارٍ الاتصال…',
      'Live': 'مباشر',
      'Reconnecting…': 'جارٍ إعادة الاتصال…',
      'Not connected': 'غير متصل',
      'Loading…': 'جارٍ التحميل…',
      'Something went wrong': 'حدث خطأ',
      'On the floor': 'الكلمة الآن',
      'Nobody has the floor': 'لا أحد لديه الكلمة',
      'You have the floor': 'الكلمة لك',
      'Time left': 'الوقت المتبقي',
      'Over time by': 'تجاوز الوقت بمقدار',
      'Ask for the floor': 'طلب الكلمة',
      'Raise hand': 'رفع اليد',
      'Lower hand': 'خفض اليد',
      'Times of day are in your device\'s time zone. The countdown follows the chair\'s clock and keeps running if your connection drops for a moment.':
        'الأوقات حسب المنطقة الزمنية لجهازك. يتبع العد التنازلي مؤقت الرئيس ويستمر إذا انقطع اتصالك لحظة.',
      'This link is not valid any more — ask the organisers for a new one': 'هذا الرابط لم يعد صالحاً — اطلب رابطاً جديداً من المنظمين',
      'If you have received a newer link, open that one instead.': 'إذا تلقيت رابطاً أحدث، فافتحه بدلاً من هذا.',
      'Statement': 'بيان',
      'Question / comment': 'سؤال / تعليق',
      'Point of order': 'نقطة نظام',
      'Right of reply': 'حق الرد',
      'Intervention': 'مداخلة',
      'RUNNING': 'جارٍ', 'WARNING': 'تنبيه', 'FINAL': 'المرحلة الأخيرة', 'TIME UP': 'انتهى الوقت',
      'OVERTIME': 'تجاوز الوقت', 'PAUSED': 'متوقف مؤقتاً', 'READY': 'جاهز', 'NO SPEAKER': 'لا متكلم',
      'Cannot reach the server. Check your connection and try again.': 'تعذر الوصول إلى الخادم. تحقق من اتصالك وحاول مرة أخرى.',
      'This link does not allow that.': 'هذا الرابط لا يسمح بذلك.',
      'Not found.': 'غير موجود.',
      'Too many requests. Please wait a moment.': 'طلبات كثيرة جداً. يرجى الانتظار لحظة.',
      'The server has a problem. Please try again in a moment.': 'في الخادم مشكلة. يرجى المحاولة مرة أخرى بعد لحظة.',
      'Something went wrong (HTTP {status}).': 'حدث خطأ (HTTP {status}).',
      'This session has been removed': 'حُذفت هذه الجلسة',
      'Ask the organisers for the current link.': 'اطلب الرابط الحالي من المنظمين.',
      'Session': 'الجلسة',
      'Meeting participation': 'المشاركة في الاجتماع',
      'Agenda: {title}': 'جدول الأعمال: {title}',
      'Speaker': 'المتكلم',
      'Remote': 'عن بُعد',
      'Your hand is raised ({position} in line, since {time})': 'يدك مرفوعة (الترتيب {position}، منذ {time})',
      'The chair lowered your hand': 'خفض الرئيس يدك',
      'Your hand is down. No hands are raised.': 'يدك منخفضة. لا توجد أيدٍ مرفوعة.',
      'Your hand is down. {n} hands are raised.': {
        zero: 'يدك منخفضة. لا توجد أيدٍ مرفوعة.', one: 'يدك منخفضة. يد واحدة مرفوعة.',
        two: 'يدك منخفضة. يدان مرفوعتان.', few: 'يدك منخفضة. {n} أيدٍ مرفوعة.',
        many: 'يدك منخفضة. {n} يداً مرفوعة.', other: 'يدك منخفضة. {n} يد مرفوعة.'
      },
      'You changed your hand several times in a short while. You can try again in {n} seconds.': {
        zero: 'غيّرت يدك عدة مرات في وقت قصير. يمكنك المحاولة مرة أخرى الآن.',
        one: 'غيّرت يدك عدة مرات في وقت قصير. يمكنك المحاولة مرة أخرى بعد ثانية واحدة.',
        two: 'غيّرت يدك عدة مرات في وقت قصير. يمكنك المحاولة مرة أخرى بعد ثانيتين.',
        few: 'غيّرت يدك عدة مرات في وقت قصير. يمكنك المحاولة مرة أخرى بعد {n} ثوانٍ.',
        many: 'غيّرت يدك عدة مرات في وقت قصير. يمكنك المحاولة مرة أخرى بعد {n} ثانية.',
        other: 'غيّرت يدك عدة مرات في وقت قصير. يمكنك المحاولة مرة أخرى بعد {n} ثانية.'
      },
      'This link does not give access to this session': 'هذا الرابط لا يتيح الوصول إلى هذه الجلسة',
      'This session is not available': 'هذه الجلسة غير متاحة',
      'The meeting cannot be shown': 'لا يمكن عرض الاجتماع',
      'This meeting has no session yet.': 'ليس لهذا الاجتماع جلسة بعد.',
      'This link is incomplete': 'هذا الرابط غير مكتمل',
      'Open the link you received from the organisers again, exactly as it was sent.': 'افتح الرابط الذي تلقيته من المنظمين مرة أخرى، كما أُرسل تماماً.'
    },
    zh: {
      'Moderator · Participant': 'Moderator · 参会者',
      'Skip to the hand button': '跳到举手按钮',
      'Connecting…': '正在连接……',
      'Live': '实时',
      'Reconnecting…': '正在重新连接……',
      'Not connected': '未连接',
      'Loading…': '正在加载……',
      'Something went wrong': '出现问题',
      'On the floor': '正在发言',
      'Nobody has the floor': '无人发言',
      'You have the floor': '请您发言',
      'Time left': '剩余时间',
      'Over time by': '已超时',
      'Ask for the floor': '请求发言',
      'Raise hand': '举手',
      'Lower hand': '放下手',
      'Times of day are in your device\'s time zone. The countdown follows the chair\'s clock and keeps running if your connection drops for a moment.':
        '时间按您设备的时区显示。倒计时跟随主席的计时器，连接短暂中断时仍会继续。',
      'This link is not valid any more — ask the organisers for a new one': '此链接已失效 — 请向组织者索取新链接',
      'If you have received a newer link, open that one instead.': '如果您收到了更新的链接，请改为打开该链接。',
      'Statement': '发言',
      'Question / comment': '提问 / 评论',
      'Point of order': '程序问题',
      'Right of reply': '答辩权',
      'Intervention': '插话',
      'RUNNING': '计时中', 'WARNING': '提醒', 'FINAL': '最后阶段', 'TIME UP': '时间到',
      'OVERTIME': '超时', 'PAUSED': '已暂停', 'READY': '就绪', 'NO SPEAKER': '无发言者',
      'Cannot reach the server. Check your connection and try again.': '无法连接服务器。请检查网络连接后重试。',
      'This link does not allow that.': '此链接不允许该操作。',
      'Not found.': '未找到。',
      'Too many requests. Please wait a moment.': '请求过多。请稍候。',
      'The server has a problem. Please try again in a moment.': '服务器出现问题。请稍后重试。',
      'Something went wrong (HTTP {status}).': '出现问题（HTTP {status}）。',
      'This session has been removed': '此场次已被删除',
      'Ask the organisers for the current link.': '请向组织者索取当前链接。',
      'Session': '场次',
      'Meeting participation': '参加会议',
      'Agenda: {title}': '议程：{title}',
      'Speaker': '发言者',
      'Remote': '远程',
      'Your hand is raised ({position} in line, since {time})': '您已举手（排第 {position} 位，自 {time} 起）',
      'The chair lowered your hand': '主席已放下您的举手',
      'Your hand is down. No hands are raised.': '您未举手。目前无人举手。',
      'Your hand is down. {n} hands are raised.': { other: '您未举手。目前有 {n} 人举手。' },
      'You changed your hand several times in a short while. You can try again in {n} seconds.': {
        other: '您在短时间内多次举手或放下。可在 {n} 秒后重试。'
      },
      'This link does not give access to this session': '此链接无权访问此场次',
      'This session is not available': '此场次不可用',
      'The meeting cannot be shown': '无法显示此会议',
      'This meeting has no session yet.': '此会议尚无场次。',
      'This link is incomplete': '此链接不完整',
      'Open the link you received from the organisers again, exactly as it was sent.': '请按原样重新打开组织者发给您的链接。'
    }
  };

  function fromLink() {
    var found = null;
    [location.search.slice(1), location.hash.slice(1)].forEach(function (part) {
      var wanted = new URLSearchParams(part).get('lang');
      if (wanted) found = wanted;
    });
    try {
      if (found && LANGUAGES.indexOf(found) !== -1) sessionStorage.setItem(LANG_KEY, found);
      else found = sessionStorage.getItem(LANG_KEY);
    } catch (e) { /* storage disabled: the link's choice holds until a reload */ }
    return found;
  }

  function choose() {
    var wanted = fromLink();
    if (wanted && LANGUAGES.indexOf(wanted) !== -1) return wanted;
    var preferred = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || 'en'];
    for (var i = 0; i < preferred.length; i++) {
      var code = String(preferred[i]).toLowerCase().split('-')[0];
      if (LANGUAGES.indexOf(code) !== -1) return code;
    }
    return 'en';
  }

  var lang = choose();
  var words = WORDS[lang] || {};
  var plural = typeof Intl !== 'undefined' && Intl.PluralRules ? new Intl.PluralRules(lang) : null;

  function t(text, params) {
    var found = Object.prototype.hasOwnProperty.call(words, text) ? words[text]
      : (Object.prototype.hasOwnProperty.call(WORDS.en, text) ? WORDS.en[text] : text);
    if (found && typeof found === 'object') {
      var n = params && typeof params.n === 'number' ? params.n : 0;
      found = found[plural ? plural.select(n) : 'other'] || found.other;
    }
    return String(found).replace(/\{(\w+)\}/g, function (whole, name) {
      return params && Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole;
    });
  }

  document.documentElement.lang = lang === 'zh' ? 'zh-Hans' : lang;
  document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
  document.title = t(document.title);
  Array.prototype.forEach.call(document.querySelectorAll('[data-i18n]'), function (node) {
    node.textContent = t(node.textContent.replace(/\s+/g, ' ').trim());
  });

  window.moderatorI18n = { lang: lang, t: t };
})();
