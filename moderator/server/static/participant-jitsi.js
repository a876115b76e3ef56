/*
 * The session's Jitsi Meet call, embedded in the participant page when the server names a
 * Jitsi server (`moderator-server serve --jitsi-domain`; the page then carries the
 * moderator-jitsi-domain and moderator-jitsi-room metas, and its policy allows that server).
 *
 * Jitsi's IFrame API (https://jitsi.github.io/handbook/docs/dev-guide/dev-guide-iframe-events):
 * `videoConferenceJoined` gives the local participant's id; `raiseHandUpdated` reports
 * `{ id, handRaised }` for anyone (`handRaised`: 0 when lowered, else when raised). Only the
 * local participant's own hand is forwarded: raised in the call, it is raised for the chair
 * (source "jitsi"); lowered there, it is lowered. When the chair lowers it, the call's hand goes
 * down too (the `toggleRaiseHand` command).
 *
 * It talks to participant.js through document events only: `moderator:session` (the session
 * is shown: ids and the participant's name) in, `moderator:call-hand` out,
 * `moderator:chair-lowered` in.
 */
(function () {
  'use strict';

  function meta(name) {
    var node = document.querySelector('meta[name="' + name + '"]');
    return node ? node.getAttribute('content') || '' : '';
  }

  var domain = meta('moderator-jitsi-domain');
  if (!domain) return;
  var roomTemplate = meta('moderator-jitsi-room') || 'moderator-{meeting}-{session}';
  var call = null;
  var localId = null;
  var raisedInCall = false;

  function status(text) {
    var node = document.getElementById('call-status');
    if (node) node.textContent = text;
  }

  function forward(raised) {
    document.dispatchEvent(new CustomEvent('moderator:call-hand', { detail: { raised: raised, source: 'jitsi' } }));
  }

  function join(detail) {
    var room = roomTemplate.split('{meeting}').join(detail.meetingId || '')
      .split('{session}').join(detail.sessionId || '');
    var section = document.getElementById('call');
    section.hidden = false;
    status('Joining the video call…');
    var script = document.createElement('script');
    script.src = 'https://' + domain + '/external_api.js';
    script.onload = function () {
      if (typeof window.JitsiMeetExternalAPI !== 'function') {
        status('The video call could not be started (' + domain + ' did not provide it).');
        return;
      }
      call = new window.JitsiMeetExternalAPI(domain, {
        roomName: room,
        parentNode: document.getElementById('call-frame'),
        width: '100%',
        height: '100%',
        userInfo: { displayName: detail.name || '' }
      });
      call.addListener('videoConferenceJoined', function (joined) {
        localId = joined && joined.id != null ? String(joined.id) : null;
        status('');
      });
      call.addListener('raiseHandUpdated', function (update) {
        if (!update || localId === null || String(update.id) !== localId) return;
        var raised = !!update.handRaised;
        if (raised === raisedInCall) return;
        raisedInCall = raised;
        forward(raised);
      });
    };
    script.onerror = function () {
      status('The video call could not be loaded from ' + domain + '. The hand button still works.');
    };
    document.head.appendChild(script);
  }

  document.addEventListener('moderator:session', function (event) {
    if (!call && event.detail) join(event.detail);
  }, { once: true });

  document.addEventListener('moderator:chair-lowered', function (event) {
    if (!call || !raisedInCall || !event.detail || event.detail.source !== 'jitsi') return;
    raisedInCall = false;
    call.executeCommand('toggleRaiseHand');
  });
})();
