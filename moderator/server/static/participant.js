/* Moderator — remote participant page.
 *
 * Plain JavaScript, no build step, no external resources. Protocol: docs/protocol.md.
 *
 * - The access token comes in the URL fragment (#token=…), which browsers never send to a
 *   server. It is moved to sessionStorage and removed from the visible URL at once; it is never
 *   put in a query string and never logged.
 * - State: one snapshot (GET /sessions/{id}/snapshot), then the change feed over Server-Sent
 *   Events read with fetch() (EventSource cannot send an Authorization header).
 * - The countdown is computed here from the clock state and an estimate of the server's clock,
 *   so it keeps running through a network outage. The digits are repainted exactly when the shown
 *   second changes (a fresh 5:00 shows 5:00), like the desktop console's BoundaryTicker.
 */
(function () {
  'use strict';

  // The page's words in the participant's language (participant-i18n.js, loaded first).
  var t = window.moderatorI18n ? window.moderatorI18n.t : function (text) { return text; };

  var TOKEN_KEY = 'moderator.participant.token';
  var SESSION_KEY = 'moderator.participant.session';
  var SECOND = 1000;
  var BACKOFF_MAX_MS = 15000;
  var HEARTBEAT_S = 10; // asked of the server; a silent stream is dropped after STALL_MS
  var STALL_MS = 25000;

  var INVALID_LINK = t('This link is not valid any more — ask the organisers for a new one');
  var NEWER_LINK = t('If you have received a newer link, open that one instead.');

  // Everything is relative to where the page is served (/participant → /api/v1/…), so the
  // server may live under a path prefix.
  var BASE_PATH = location.pathname.replace(/participant(?:\.html)?\/?$/, '');
  var API = BASE_PATH + 'api/v1/';

  var SPEECH_TYPES = {
    statement: t('Statement'),
    floor: t('Question / comment'),
    point_of_order: t('Point of order'),
    right_of_reply: t('Right of reply'),
    intervention: t('Intervention')
  };

  var PHASE_WORDS = {
    normal: t('RUNNING'),
    warning: t('WARNING'),
    final: t('FINAL'),
    time_up: t('TIME UP'),
    overtime: t('OVERTIME'),
    paused: t('PAUSED'),
    idle: t('READY'),
    nobody: t('NO SPEAKER')
  };

  // ---- DOM -------------------------------------------------------------------------------------

  function $(id) { return document.getElementById(id); }
  var el = {};

  function setText(node, text) {
    // Only touch the DOM when the text changes, so live regions announce changes, not repaints.
    if (node.textContent !== text) node.textContent = text;
  }

  function setAttr(node, name, value) {
    if (node.getAttribute(name) !== value) node.setAttribute(name, value);
  }

  // ---- token -----------------------------------------------------------------------------------

  var token = null;
  var wantedSession = null;

  function readFragment() {
    var hash = location.hash ? location.hash.slice(1) : '';
    if (!hash) return;
    var params = new URLSearchParams(hash);
    var fromHash = params.get('token');
    var session = params.get('session');
    try {
      if (fromHash) sessionStorage.setItem(TOKEN_KEY, fromHash);
      if (session) sessionStorage.setItem(SESSION_KEY, session);
      else if (fromHash) sessionStorage.removeItem(SESSION_KEY);
    } catch (e) { /* storage disabled: keep it in memory only */ }
    if (fromHash) token = fromHash;
    if (session) wantedSession = session;
    // Remove the fragment (and with it the token) from the address bar and the history entry.
    history.replaceState(history.state, '', location.pathname + location.search);
  }

  function loadToken() {
    readFragment();
    try {
      if (!token) token = sessionStorage.getItem(TOKEN_KEY);
      if (!wantedSession) wantedSession = sessionStorage.getItem(SESSION_KEY);
    } catch (e) { /* storage disabled */ }
  }

  // ---- server clock ----------------------------------------------------------------------------

  // offset = T_server − (t_send + t_receive) / 2 of the sample with the lowest round trip. A
  // sample ages by 1 ms per second (generous clock drift), so a much older "best" sample is
  // eventually replaced; a jump of the wall clock against the monotonic clock (clock changed,
  // device slept) discards it.
  var sync = { have: false, offset: 0, rtt: Infinity, takenAt: 0, wallMinusMono: 0 };

  function wallMinusMono() { return Date.now() - performance.now(); }

  function noteServerTime(response, sendWall, sendMono) {
    var header = response.headers.get('X-Server-Time-Ms');
    if (!header) return;
    var serverMs = Number(header);
    if (!Number.isFinite(serverMs)) return;
    var receiveWall = Date.now();
    var rtt = Math.max(0, performance.now() - sendMono);
    var offset = Math.round(serverMs - (sendWall + receiveWall) / 2);
    checkClockJump();
    var agedRtt = sync.rtt + (receiveWall - sync.takenAt) / 1000;
    if (!sync.have || rtt <= agedRtt) {
      sync = { have: true, offset: offset, rtt: rtt, takenAt: receiveWall, wallMinusMono: wallMinusMono() };
    }
  }

  function checkClockJump() {
    if (sync.have && sync.rtt !== Infinity && Math.abs(wallMinusMono() - sync.wallMinusMono) > SECOND) {
      sync.rtt = Infinity; // keep the offset until a fresh sample replaces it
      refreshTime();
    }
  }

  function serverNow() {
    checkClockJump();
    return Date.now() + sync.offset;
  }

  var timeRequest = null;
  function refreshTime() {
    if (timeRequest || !token) return;
    timeRequest = api('GET', 'time').catch(function () { /* next response will do */ })
      .then(function () { timeRequest = null; });
  }

  // ---- API -------------------------------------------------------------------------------------

  function ApiError(status, body, headers) {
    var err = body && body.error ? body.error : {};
    this.status = status;
    this.code = err.code || 'http_' + status;
    this.message = err.message || defaultMessage(status);
    this.field = err.field || null;
    this.headers = headers;
  }

  function NetworkError() {
    this.status = 0;
    this.code = 'network';
    this.message = t('Cannot reach the server. Check your connection and try again.');
  }

  function defaultMessage(status) {
    if (status === 401) return INVALID_LINK;
    if (status === 403) return t('This link does not allow that.');
    if (status === 404) return t('Not found.');
    if (status === 429) return t('Too many requests. Please wait a moment.');
    if (status >= 500) return t('The server has a problem. Please try again in a moment.');
    return t('Something went wrong (HTTP {status}).', { status: status });
  }

  function headers(extra) {
    var h = {
      'Authorization': 'Bearer ' + token,
      'Accept': 'application/json',
      'X-Moderator-Protocol': '1'
    };
    if (extra) Object.keys(extra).forEach(function (k) { h[k] = extra[k]; });
    return h;
  }

  function parseJson(text) {
    if (!text) return null;
    try { return JSON.parse(text); } catch (e) { return null; }
  }

  function api(method, path, body) {
    var init = {
      method: method,
      headers: headers(body === undefined ? null : { 'Content-Type': 'application/json' }),
      cache: 'no-store',
      credentials: 'omit',
      referrerPolicy: 'no-referrer'
    };
    if (body !== undefined) init.body = JSON.stringify(body);
    var sendWall = Date.now();
    var sendMono = performance.now();
    return fetch(API + path, init).then(function (response) {
      noteServerTime(response, sendWall, sendMono);
      return response.text().then(function (text) {
        var data = parseJson(text);
        if (!response.ok) throw new ApiError(response.status, data, response.headers);
        return { status: response.status, data: data, headers: response.headers };
      });
    }, function () {
      throw new NetworkError();
    });
  }

  function enc(id) { return encodeURIComponent(id); }

  // ---- state -----------------------------------------------------------------------------------

  var me = { role: null, participantId: null, meetingId: null, sessionIds: [] };
  var sessionId = null;
  var state = {
    loaded: false,
    version: 0,
    meeting: null,
    session: null,
    agendaItems: new Map(),
    participants: new Map(),
    entries: new Map(),
    clock: null,
    hands: new Map()
  };
  var loweredHandIds = new Set(); // a hand, once lowered, never comes back up (a raise is a new hand)
  var chairLoweredMine = false;
  var stopped = false;

  function toMap(list) {
    var map = new Map();
    (list || []).forEach(function (item) { if (item && item.id != null) map.set(String(item.id), item); });
    return map;
  }

  function applySnapshot(snap) {
    state.version = Number(snap.version) || 0;
    state.meeting = snap.meeting || null;
    state.session = snap.session || null;
    state.agendaItems = toMap(snap.agenda_items);
    state.participants = toMap(snap.participants);
    state.entries = toMap(snap.entries);
    state.clock = snap.clock || null;
    state.hands = new Map();
    (snap.hands || []).forEach(function (hand) { storeHand(hand, false); });
    state.loaded = true;
  }

  function storeHand(hand, fromFeed) {
    if (!hand || hand.id == null) return;
    var id = String(hand.id);
    if (hand.state !== 'raised') {
      var before = state.hands.get(id);
      loweredHandIds.add(id);
      state.hands.delete(id);
      if (fromFeed && hand.participant_id === me.participantId && hand.lowered_by === 'chair' &&
          (!before || before.state === 'raised')) {
        chairLoweredMine = true;
        // The embedded call (participant-jitsi.js) lowers its own hand too.
        document.dispatchEvent(new CustomEvent('moderator:chair-lowered', { detail: { source: hand.source } }));
      }
      return;
    }
    if (loweredHandIds.has(id)) return; // stale echo of a raise that has since been lowered
    state.hands.set(id, hand);
    if (hand.participant_id === me.participantId) chairLoweredMine = false;
  }

  function applyChange(change) {
    if (!change || typeof change !== 'object') return;
    var version = Number(change.version);
    if (Number.isFinite(version)) {
      if (version <= state.version) return; // already part of what we have
      state.version = version;
    }
    var id = change.id == null ? null : String(change.id);
    var data = change.data;
    var del = change.op === 'delete';
    switch (change.entity) {
      case 'meeting':
        if (!del && data) state.meeting = data;
        break;
      case 'session':
        if (id === sessionId) {
          if (del) fatal(t('This session has been removed'), t('Ask the organisers for the current link.'));
          else if (data) state.session = data;
        }
        break;
      case 'agenda_item': upsertOrDelete(state.agendaItems, id, data, del); break;
      case 'participant': upsertOrDelete(state.participants, id, data, del); break;
      case 'entry': upsertOrDelete(state.entries, id, data, del); break;
      case 'clock':
        if (id === null || id === sessionId) state.clock = del ? null : data;
        break;
      case 'hand':
        if (del) {
          if (id !== null) { loweredHandIds.add(id); state.hands.delete(id); }
        } else {
          storeHand(data, true);
        }
        break;
      default:
        break; // turns and anything newer: not shown here
    }
  }

  function upsertOrDelete(map, id, data, del) {
    if (id === null) return;
    if (del) map.delete(id);
    else if (data) map.set(id, data);
  }

  // ---- countdown maths (same rules as moderator/domain/clock.py) ---------------------------------

  function remainingMs(clock, now) {
    var allotted = Number(clock.allotted_ms) || 0;
    var accumulated = Number(clock.accumulated_ms) || 0;
    var elapsed = accumulated;
    if (clock.status === 'running' && clock.running_since_ms != null) {
      elapsed += Math.max(0, now - Number(clock.running_since_ms));
    }
    return allotted - elapsed;
  }

  function displayedSeconds(remaining) {
    return Math.ceil(remaining / SECOND); // rounded up: a fresh 5:00 shows 5:00
  }

  function msUntilNextSecond(remaining) {
    return remaining - (displayedSeconds(remaining) - 1) * SECOND; // in (0, 1000]
  }

  function formatDuration(totalSeconds) {
    var s = Math.max(0, totalSeconds);
    var hours = Math.floor(s / 3600);
    var minutes = Math.floor((s % 3600) / 60);
    var seconds = s % 60;
    var ss = (seconds < 10 ? '0' : '') + seconds;
    if (hours) return hours + ':' + (minutes < 10 ? '0' : '') + minutes + ':' + ss;
    return minutes + ':' + ss;
  }

  function formatCountdown(remaining) {
    var shown = displayedSeconds(remaining);
    if (shown >= 0) return formatDuration(shown);
    return '+' + formatDuration(Math.floor(-remaining / SECOND));
  }

  var TIME_UP_GRACE = 5 * SECOND;

  function phaseOf(remaining) {
    var meeting = state.meeting || {};
    var warning = meeting.warning_ms == null ? 60000 : Number(meeting.warning_ms);
    var final = meeting.final_ms == null ? 0 : Number(meeting.final_ms);
    // Time up is a span of its own, as on the console (domain/clock.py TIME_UP_GRACE_MS): the
    // digits count up through it while the cue still says TIME UP.
    if (remaining <= -TIME_UP_GRACE) return 'overtime';
    if (remaining <= 0) return 'time_up';
    if (final > 0 && remaining <= final) return 'final';
    if (remaining <= warning) return 'warning';
    return 'normal';
  }

  // ---- formatting ------------------------------------------------------------------------------

  var timeFormat = null;
  function clockTime(epochMs) {
    if (!timeFormat) {
      timeFormat = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    }
    return timeFormat.format(new Date(Number(epochMs)));
  }

  function ordinal(n) {
    var mod100 = n % 100;
    if (mod100 >= 11 && mod100 <= 13) return n + 'th';
    switch (n % 10) {
      case 1: return n + 'st';
      case 2: return n + 'nd';
      case 3: return n + 'rd';
      default: return n + 'th';
    }
  }

  // ---- rendering -------------------------------------------------------------------------------

  var tickTimer = null;
  var renderQueued = false;

  function scheduleRender() {
    if (renderQueued) return;
    renderQueued = true;
    queueMicrotask(function () { renderQueued = false; render(); });
  }

  function render() {
    clearTimeout(tickTimer);
    tickTimer = null;
    if (stopped || !state.loaded) return;
    renderHeader();
    renderFloor();
    renderHand();
  }

  function renderHeader() {
    var meeting = state.meeting || {};
    var session = state.session || {};
    setText(el.meetingTitle, meeting.title || '');
    setText(el.sessionTitle, session.title || t('Session'));
    var meta = [];
    if (session.room) meta.push(session.room);
    if (session.scheduled_start_ms && session.scheduled_end_ms) {
      meta.push(clockTime(session.scheduled_start_ms) + '–' + clockTime(session.scheduled_end_ms));
    }
    setText(el.sessionMeta, meta.join(' · '));
    var title = (session.title ? session.title + ' · ' : '') + 'Moderator';
    if (document.title !== title) document.title = title;
  }

  function renderFloor() {
    var clock = state.clock;
    var entry = clock && clock.entry_id != null ? state.entries.get(String(clock.entry_id)) : null;
    if (!clock || clock.entry_id == null) {
      setText(el.agendaItem, '');
      setText(el.speakerName, t('Nobody has the floor'));
      setText(el.speakerDetails, '');
      el.speakerYou.hidden = true;
      showCountdown('nobody', '', '');
      return;
    }

    var person = entry ? state.participants.get(String(entry.participant_id)) : null;
    var item = entry ? state.agendaItems.get(String(entry.agenda_item_id)) : null;
    setText(el.agendaItem, item && item.title ? t('Agenda: {title}', { title: item.title }) : '');
    setText(el.speakerName, person && person.name ? person.name : t('Speaker'));
    var details = [];
    if (person && person.organisation) details.push(person.organisation);
    if (entry && SPEECH_TYPES[entry.speech_type]) details.push(SPEECH_TYPES[entry.speech_type]);
    if (person && person.attendance === 'remote') details.push(t('Remote'));
    setText(el.speakerDetails, details.join(' · '));
    el.speakerYou.hidden = !(entry && me.participantId != null && entry.participant_id === me.participantId);

    var remaining = remainingMs(clock, serverNow());
    var phase;
    if (clock.status === 'running') phase = phaseOf(remaining);
    else if (clock.status === 'paused') phase = 'paused';
    else phase = 'idle';
    var label = remaining <= -SECOND ? t('Over time by') : t('Time left');
    showCountdown(phase, label, formatCountdown(remaining));

    if (clock.status === 'running') {
      tickTimer = setTimeout(render, msUntilNextSecond(remaining));
    }
  }

  function showCountdown(phase, label, digits) {
    setAttr(el.countdown, 'data-phase', phase);
    setText(el.countdownState, PHASE_WORDS[phase] || '');
    setText(el.countdownLabel, label);
    setText(el.countdownDigits, digits);
    setAttr(el.countdownDigits, 'data-len', String(digits.length));
  }

  // ---- hand ------------------------------------------------------------------------------------

  var handBusy = false;
  var rateLimitedUntil = 0;
  var rateTimer = null;

  function openHands() {
    var list = [];
    state.hands.forEach(function (hand) { if (hand.state === 'raised') list.push(hand); });
    list.sort(function (a, b) { return Number(a.seq) - Number(b.seq); });
    return list;
  }

  function myOpenHand() {
    if (me.participantId == null) return null;
    var mine = null;
    openHands().forEach(function (hand) { if (hand.participant_id === me.participantId) mine = hand; });
    return mine;
  }

  function renderHand() {
    var isParticipant = me.role === 'participant' && me.participantId != null;
    el.handSection.hidden = !isParticipant;
    if (!isParticipant) return;

    var open = openHands();
    var mine = myOpenHand();
    var limited = rateLimitedUntil > Date.now();
    // aria-disabled rather than disabled while busy or rate limited: a disabled button loses
    // the keyboard focus, and the next Tab would start again from the top of the page.
    el.handButton.disabled = !state.loaded;
    setAttr(el.handButton, 'aria-disabled', handBusy || limited ? 'true' : 'false');
    setAttr(el.handButton, 'aria-busy', handBusy ? 'true' : 'false');
    setAttr(el.handButton, 'data-raised', mine ? 'true' : 'false');
    setText(el.handLabel, mine ? t('Lower hand') : t('Raise hand'));

    var status;
    var kind;
    if (mine) {
      var position = 1;
      open.forEach(function (hand) { if (Number(hand.seq) < Number(mine.seq)) position += 1; });
      status = t('Your hand is raised ({position} in line, since {time})', {
        position: window.moderatorI18n && window.moderatorI18n.lang !== 'en' ? String(position) : ordinal(position),
        time: clockTime(mine.raised_at_ms)
      });
      kind = 'raised';
    } else if (chairLoweredMine) {
      status = t('The chair lowered your hand');
      kind = 'chair-lowered';
    } else {
      status = open.length === 0 ? t('Your hand is down. No hands are raised.')
        : t('Your hand is down. {n} hands are raised.', { n: open.length });
      kind = 'down';
    }
    setText(el.handStatus, status);
    setAttr(el.handStatus, 'data-kind', kind);
  }

  function showHandError(message) {
    setText(el.handError, message);
    el.handError.hidden = !message;
  }

  function handFrom(data) {
    if (!data) return null;
    if (data.hand && typeof data.hand === 'object') return data.hand;
    return data.id != null ? data : null;
  }

  function retryAfterMs(headersObj) {
    var value = headersObj && headersObj.get('Retry-After');
    if (!value) return 5 * SECOND;
    var seconds = Number(value);
    if (Number.isFinite(seconds)) return Math.max(1, Math.ceil(seconds)) * SECOND;
    var date = Date.parse(value);
    if (Number.isFinite(date)) return Math.max(SECOND, date - Date.now());
    return 5 * SECOND;
  }

  function startRateLimit(waitMs) {
    rateLimitedUntil = Date.now() + waitMs;
    clearTimeout(rateTimer);
    var update = function () {
      var left = rateLimitedUntil - Date.now();
      if (left <= 0) {
        rateLimitedUntil = 0;
        showHandError('');
        renderHand();
        return;
      }
      var seconds = Math.ceil(left / SECOND);
      showHandError(t('You changed your hand several times in a short while. You can try again in {n} seconds.', { n: seconds }));
      renderHand();
      rateTimer = setTimeout(update, left - (seconds - 1) * SECOND);
    };
    update();
  }

  function onHandClick() {
    if (handBusy || rateLimitedUntil > Date.now() || !sessionId || !state.loaded) return;
    var lowering = !!myOpenHand();
    handBusy = true;
    showHandError('');
    renderHand();
    var path = 'sessions/' + enc(sessionId) + '/hands';
    var request = lowering ? api('DELETE', path + '/mine') : api('POST', path, {});
    request.then(function (result) {
      var hand = handFrom(result.data);
      if (lowering) {
        chairLoweredMine = false;
        if (hand) storeHand(hand, false);
        else dropMyHands();
      } else {
        chairLoweredMine = false;
        if (hand) storeHand(hand, false);
      }
    }, function (error) {
      if (lowering && error.status === 404) { // nothing open on the server: it is down already
        chairLoweredMine = false;
        dropMyHands();
        return;
      }
      if (error.status === 401) { fatal(INVALID_LINK, NEWER_LINK); return; }
      if (error.status === 429) { startRateLimit(retryAfterMs(error.headers)); return; }
      showHandError(error.message);
    }).then(function () {
      handBusy = false;
      render();
    });
  }

  // The embedded call's hand (participant-jitsi.js): raised or lowered there, the same hand
  // here, raised with the call as its source.
  function setHandFromCall(raise, source) {
    if (!sessionId || !state.loaded || raise === !!myOpenHand()) return;
    var path = 'sessions/' + enc(sessionId) + '/hands';
    var request = raise ? api('POST', path + '?source=' + enc(source), {}) : api('DELETE', path + '/mine');
    request.then(function (result) {
      var hand = handFrom(result.data);
      chairLoweredMine = false;
      if (hand) storeHand(hand, false);
      else if (!raise) dropMyHands();
    }, function (error) {
      if (!raise && error.status === 404) { dropMyHands(); return; }
      if (error.status === 401) { fatal(INVALID_LINK, NEWER_LINK); return; }
      if (error.status === 429) { startRateLimit(retryAfterMs(error.headers)); return; }
      showHandError(error.message);
    }).then(function () { render(); });
  }

  function dropMyHands() {
    state.hands.forEach(function (hand, id) {
      if (hand.participant_id === me.participantId) { loweredHandIds.add(id); state.hands.delete(id); }
    });
  }

  // ---- connection status -------------------------------------------------------------------------

  var CONNECTION_TEXT = {
    connecting: t('Connecting…'),
    live: t('Live'),
    reconnecting: t('Reconnecting…'),
    stopped: t('Not connected')
  };

  function setConnection(kind) {
    setAttr(el.connection, 'data-state', kind);
    setText(el.connectionText, CONNECTION_TEXT[kind]);
  }

  // ---- fatal -------------------------------------------------------------------------------------

  function fatal(title, text) {
    stopped = true;
    clearTimeout(tickTimer);
    clearTimeout(rateTimer);
    if (currentStream) currentStream.abort();
    wake();
    setConnection('stopped');
    el.content.hidden = true;
    setText(el.fatalTitle, title);
    setText(el.fatalText, text || '');
    el.fatalText.hidden = !text;
    el.fatal.hidden = false;
    document.body.setAttribute('data-fatal', 'true');
    if (!state.loaded) setText(el.sessionTitle, t('Meeting participation'));
  }

  function fatalFor(error) {
    if (error.status === 401) return fatal(INVALID_LINK, NEWER_LINK);
    if (error.status === 403) {
      return fatal(t('This link does not give access to this session'), error.message);
    }
    if (error.status === 404) {
      return fatal(t('This session is not available'), error.message);
    }
    return fatal(t('The meeting cannot be shown'), error.message);
  }

  // ---- waiting with early wake-up (back online, page visible again) -----------------------------

  var sleeper = null;
  function sleep(ms) {
    return new Promise(function (resolve) {
      var timer = setTimeout(done, ms);
      function done() { clearTimeout(timer); if (sleeper === done) sleeper = null; resolve(); }
      sleeper = done;
    });
  }
  function wake() { if (sleeper) sleeper(); }

  var backoffAttempt = 0;
  function nextBackoff() {
    var ms = Math.min(BACKOFF_MAX_MS, SECOND * Math.pow(2, backoffAttempt));
    backoffAttempt += 1;
    return ms;
  }

  function isRetryable(error) {
    return error.status === 0 || error.status === 408 || error.status === 429 || error.status >= 500;
  }

  // ---- Server-Sent Events over fetch -------------------------------------------------------------

  // An incremental text/event-stream parser (the WHATWG rules that matter here): lines end with
  // CRLF, LF or CR; "field: value" (one space after the colon is dropped); lines starting with
  // ":" are comments (heartbeats); a blank line dispatches the event.
  function SseParser(onEvent) {
    this.buffer = '';
    this.onEvent = onEvent;
    this.reset();
  }
  SseParser.prototype.reset = function () {
    this.data = [];
    this.eventType = '';
    this.hasData = false;
  };
  SseParser.prototype.push = function (text, final) {
    this.buffer += text;
    for (;;) {
      var match = /\r\n|\r|\n/.exec(this.buffer);
      if (!match) break;
      // A CR at the very end may be the first half of a CRLF split across chunks.
      if (match[0] === '\r' && match.index === this.buffer.length - 1 && !final) break;
      var line = this.buffer.slice(0, match.index);
      this.buffer = this.buffer.slice(match.index + match[0].length);
      this.line(line);
    }
  };
  SseParser.prototype.line = function (line) {
    if (line === '') {
      if (this.hasData || this.eventType) {
        this.onEvent({ type: this.eventType || 'message', data: this.data.join('\n'), id: this.lastId });
      }
      this.reset();
      return;
    }
    if (line.charAt(0) === ':') return; // comment / heartbeat
    var colon = line.indexOf(':');
    var field = colon === -1 ? line : line.slice(0, colon);
    var value = colon === -1 ? '' : line.slice(colon + 1);
    if (value.charAt(0) === ' ') value = value.slice(1);
    if (field === 'data') { this.data.push(value); this.hasData = true; }
    else if (field === 'event') this.eventType = value;
    else if (field === 'id') { if (value.indexOf('\0') === -1) this.lastId = value; }
    // "retry" and unknown fields: ignored; our back-off is ours.
  };

  var currentStream = null;
  var lastEventId = null;

  // Resolves with 'reset' (download the snapshot again) or 'ended'; rejects with ApiError or
  // NetworkError.
  function streamOnce() {
    var controller = new AbortController();
    currentStream = controller;
    var extra = { 'Accept': 'text/event-stream' };
    if (lastEventId !== null) extra['Last-Event-ID'] = lastEventId;
    var url = API + 'sessions/' + enc(sessionId) + '/events?since=' + enc(String(state.version)) +
      '&heartbeat=' + HEARTBEAT_S;
    var sendWall = Date.now();
    var sendMono = performance.now();
    var sawReset = false;

    return fetch(url, {
      method: 'GET',
      headers: headers(extra),
      cache: 'no-store',
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      signal: controller.signal
    }).then(function (response) {
      noteServerTime(response, sendWall, sendMono);
      if (!response.ok) {
        return response.text().then(function (text) {
          throw new ApiError(response.status, parseJson(text), response.headers);
        }, function () { throw new ApiError(response.status, null, response.headers); });
      }
      if (!response.body) throw new NetworkError();
      setConnection('live');
      backoffAttempt = 0;

      var reader = response.body.getReader();
      var decoder = new TextDecoder();
      var stallTimer = null;
      var armStall = function () {
        clearTimeout(stallTimer);
        stallTimer = setTimeout(function () { controller.abort(); }, STALL_MS);
      };
      var parser = new SseParser(function (event) {
        if (event.type === 'reset') {
          sawReset = true;
          controller.abort();
          return;
        }
        if (event.type !== 'change' && event.type !== 'message') return;
        var change = parseJson(event.data);
        if (!change) return;
        if (change.op === 'reset') { // the feed says: download the snapshot again
          sawReset = true;
          controller.abort();
          return;
        }
        applyChange(change);
        if (event.id) lastEventId = event.id;
        else if (change.version != null) lastEventId = String(change.version);
        scheduleRender();
      });

      armStall();
      var pump = function () {
        return reader.read().then(function (chunk) {
          if (chunk.done) {
            parser.push(decoder.decode(), true);
            return sawReset ? 'reset' : 'ended';
          }
          armStall();
          parser.push(decoder.decode(chunk.value, { stream: true }), false);
          if (sawReset) return 'reset';
          return pump();
        });
      };
      return pump().then(function (outcome) {
        clearTimeout(stallTimer);
        reader.cancel().catch(function () {});
        return outcome;
      }, function () {
        clearTimeout(stallTimer);
        if (sawReset) return 'reset';
        throw new NetworkError();
      });
    }, function (error) {
      if (error instanceof ApiError) throw error;
      throw new NetworkError();
    }).then(function (outcome) {
      if (currentStream === controller) currentStream = null;
      return outcome;
    }, function (error) {
      if (currentStream === controller) currentStream = null;
      throw error;
    });
  }

  function loadSnapshot() {
    return api('GET', 'sessions/' + enc(sessionId) + '/snapshot').then(function (result) {
      applySnapshot(result.data || {});
      lastEventId = String(state.version);
      render();
    });
  }

  // Follow the feed for as long as the page lives; a snapshot is downloaded again on a reset.
  function syncLoop(needSnapshot) {
    var resetsInARow = 0;
    var step = function () {
      if (stopped) return Promise.resolve();
      var work = needSnapshot ? loadSnapshot().then(function () { needSnapshot = false; }) : Promise.resolve();
      return work.then(streamOnce).then(function (outcome) {
        if (outcome === 'reset') {
          needSnapshot = true;
          resetsInARow += 1;
          if (resetsInARow === 1) return step();
          return pause();
        }
        resetsInARow = 0;
        return pause(); // the server ended the stream: reconnect
      }, function (error) {
        if (stopped) return undefined;
        if (error.status === 410) {
          needSnapshot = true;
          resetsInARow += 1;
          if (resetsInARow === 1) return step();
          return pause();
        }
        if (!isRetryable(error)) { fatalFor(error); return undefined; }
        return pause();
      });
    };
    var pause = function () {
      if (stopped) return Promise.resolve();
      setConnection('reconnecting');
      return sleep(nextBackoff()).then(step);
    };
    return step();
  }

  // ---- start-up ----------------------------------------------------------------------------------

  // Retry network trouble and server errors with back-off; give up on anything else.
  function withRetry(makeRequest) {
    var attempt = function () {
      return makeRequest().catch(function (error) {
        if (stopped || !isRetryable(error)) throw error;
        setConnection('reconnecting');
        return sleep(nextBackoff()).then(attempt);
      });
    };
    return attempt();
  }

  function pickSession(sessions, now) {
    var running = null;
    var next = null;
    var last = null;
    sessions.forEach(function (s) {
      var start = Number(s.scheduled_start_ms) || 0;
      var end = Number(s.scheduled_end_ms) || start;
      if (start <= now && now < end) {
        if (!running || start > Number(running.scheduled_start_ms)) running = s;
      } else if (start > now) {
        if (!next || start < Number(next.scheduled_start_ms)) next = s;
      }
      if (!last || end > (Number(last.scheduled_end_ms) || Number(last.scheduled_start_ms))) last = s;
    });
    return running || next || last;
  }

  function chooseSession() {
    var inScope = Array.isArray(me.sessionIds) ? me.sessionIds.map(String) : [];
    if (wantedSession && (inScope.length === 0 || inScope.indexOf(wantedSession) !== -1)) {
      return Promise.resolve(wantedSession);
    }
    if (inScope.length === 1) return Promise.resolve(inScope[0]);
    return withRetry(function () { return api('GET', 'meetings/' + enc(me.meetingId)); }).then(function (result) {
      var sessions = (result.data && result.data.sessions) || [];
      if (inScope.length) sessions = sessions.filter(function (s) { return inScope.indexOf(String(s.id)) !== -1; });
      if (!sessions.length) throw { status: 404, message: t('This meeting has no session yet.') };
      return String(pickSession(sessions, serverNow()).id);
    });
  }

  function start() {
    loadToken();
    if (!token) {
      fatal(t('This link is incomplete'), t('Open the link you received from the organisers again, exactly as it was sent.'));
      return;
    }
    setConnection('connecting');
    withRetry(function () { return api('GET', 'whoami'); }).then(function (result) {
      var who = result.data || {};
      me.role = who.role || null;
      me.meetingId = who.meeting_id == null ? null : String(who.meeting_id);
      me.participantId = who.participant_id == null ? null : String(who.participant_id);
      me.sessionIds = who.session_ids || [];
      return chooseSession();
    }).then(function (id) {
      sessionId = id;
      return withRetry(loadSnapshot).catch(function (error) {
        // A ?session= from the link that does not exist (any more): fall back to the schedule.
        if (error.status === 404 && wantedSession && id === wantedSession) {
          wantedSession = null;
          try { sessionStorage.removeItem(SESSION_KEY); } catch (e) { /* ignore */ }
          return chooseSession().then(function (other) { sessionId = other; return withRetry(loadSnapshot); });
        }
        throw error;
      });
    }).then(function () {
      el.fatal.hidden = true;
      el.content.hidden = false;
      render();
      var mine = me.participantId != null ? state.participants.get(me.participantId) : null;
      document.dispatchEvent(new CustomEvent('moderator:session', { detail: {
        meetingId: me.meetingId, sessionId: sessionId, name: mine ? String(mine.name || '') : ''
      } }));
      refreshTime(); // a second sample for the clock offset
      return syncLoop(false);
    }).catch(function (error) {
      if (stopped) return;
      fatalFor(error && error.status !== undefined ? error : new NetworkError());
    });
  }

  function init() {
    el = {
      meetingTitle: $('meeting-title'),
      sessionTitle: $('session-title'),
      sessionMeta: $('session-meta'),
      connection: $('connection-status'),
      connectionText: $('connection-text'),
      fatal: $('fatal'),
      fatalTitle: $('fatal-title'),
      fatalText: $('fatal-text'),
      content: $('content'),
      agendaItem: $('agenda-item'),
      speakerName: $('speaker-name'),
      speakerDetails: $('speaker-details'),
      speakerYou: $('speaker-you'),
      countdown: $('countdown'),
      countdownState: $('countdown-state'),
      countdownLabel: $('countdown-label'),
      countdownDigits: $('countdown-digits'),
      handSection: $('hand-section'),
      handButton: $('hand-button'),
      handLabel: $('hand-label'),
      handStatus: $('hand-status'),
      handError: $('hand-error')
    };
    el.handButton.addEventListener('click', onHandClick);
    document.addEventListener('moderator:call-hand', function (event) {
      var detail = event.detail || {};
      setHandFromCall(!!detail.raised, String(detail.source || 'jitsi'));
    });

    // Back online or back in front of the user: repaint now and reconnect without waiting.
    window.addEventListener('online', function () { wake(); });
    window.addEventListener('offline', function () {
      if (currentStream) currentStream.abort();
      if (!stopped) setConnection('reconnecting');
    });
    document.addEventListener('visibilitychange', function () {
      if (document.visibilityState !== 'visible' || stopped) return;
      render();
      refreshTime();
      wake();
    });
    // Another tab of the same link changed the fragment of this one (rare): start again.
    window.addEventListener('hashchange', function () {
      if (/(^|[#&])token=/.test(location.hash)) location.reload();
    });

    start();
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
})();
