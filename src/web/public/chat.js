// The local chat page (src/web/pages/chat.page.ts). Loads the whole conversation for the number, then polls
// for new messages; ids make repeated polls and the optimistic bubble of a just-sent text idempotent.
'use strict';
(function () {
  var log = document.getElementById('log');
  var phoneInput = document.getElementById('phone');
  var text = document.getElementById('text');
  var form = document.getElementById('form');
  phoneInput.value = localStorage.getItem('cadence.phone') || phoneInput.value;
  var seen = new Set();
  var latest = null;
  var lastDay = null;
  var busy = false;

  function dayLabel(iso) {
    return new Date(iso).toLocaleDateString(undefined, { weekday: 'short', month: 'short', day: 'numeric' });
  }

  // Links in a text (the plan page) are tappable, as on a phone; built as nodes, never as HTML.
  function appendWithLinks(el, body) {
    var re = /https?:\/\/[^\s]+/g;
    var last = 0;
    var match;
    while ((match = re.exec(body)) !== null) {
      el.appendChild(document.createTextNode(body.slice(last, match.index)));
      var a = document.createElement('a');
      a.href = match[0];
      a.textContent = match[0];
      a.target = '_blank';
      a.rel = 'noopener noreferrer';
      el.appendChild(a);
      last = match.index + match[0].length;
    }
    el.appendChild(document.createTextNode(body.slice(last)));
  }

  function bubble(m) {
    var day = m.at ? dayLabel(m.at) : null;
    if (day && day !== lastDay) {
      var d = document.createElement('div');
      d.className = 'day';
      d.textContent = day;
      log.appendChild(d);
      lastDay = day;
    }
    var div = document.createElement('div');
    var mine = m.from === 'client';
    div.className = 'msg ' + (mine ? 'me' : 'coach') + (m.kind === 'morning' ? ' morning' : '') + (m.kind === 'coach' ? ' coach-written' : '');
    div.dataset.from = m.from;
    if (m.kind) div.dataset.kind = m.kind;
    if (!mine && (m.kind === 'morning' || m.kind === 'coach')) {
      var tag = document.createElement('span');
      tag.className = 'tag';
      tag.textContent = m.kind === 'morning' ? 'Morning text' : 'From your coach';
      div.appendChild(tag);
    }
    appendWithLinks(div, m.body);
    if (m.at) div.title = new Date(m.at).toLocaleString();
    log.appendChild(div);
    log.scrollTop = log.scrollHeight;
  }

  function note(message, error) {
    var div = document.createElement('div');
    div.className = 'meta' + (error ? ' error' : '');
    div.textContent = message;
    log.appendChild(div);
    log.scrollTop = log.scrollHeight;
  }

  async function poll() {
    if (busy) return;
    busy = true;
    try {
      var q = new URLSearchParams({ phone: phoneInput.value });
      // A few seconds of overlap: a row committed just after the last poll is not missed; ids dedupe.
      if (latest) q.set('after', new Date(new Date(latest).getTime() - 5000).toISOString());
      var res = await fetch('/api/chat/conversation?' + q);
      if (!res.ok) return;
      var data = await res.json();
      data.messages.forEach(function (m) {
        if (seen.has(m.id)) return;
        seen.add(m.id);
        if (!latest || m.at > latest) latest = m.at;
        bubble(m);
      });
    } finally {
      busy = false;
    }
  }

  function reset() {
    localStorage.setItem('cadence.phone', phoneInput.value);
    log.textContent = '';
    seen = new Set();
    latest = null;
    lastDay = null;
    poll();
  }

  phoneInput.addEventListener('change', reset);
  form.addEventListener('submit', async function (e) {
    e.preventDefault();
    var body = text.value.trim();
    if (!body) return;
    text.value = '';
    var id = crypto.randomUUID();
    // The server stores the text as local-<id>: the poll will recognise this bubble as already shown.
    seen.add('local-' + id);
    bubble({ from: 'client', body: body, at: new Date().toISOString(), kind: null });
    var res = await fetch('/api/chat/messages', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ phone: phoneInput.value, text: body, id: id }),
    });
    if (!res.ok) {
      var err = await res.json().catch(function () { return { error: { message: res.statusText } }; });
      note(err.error.message, true);
      return;
    }
    await poll();
  });
  poll();
  setInterval(poll, 3000);
})();
