/**
 * The local chat: a phone-shaped page that talks to the same conversation code as SMS. Coach messages
 * (replies and morning texts alike) come from the outbox, polled, so a morning text sent by the scheduler
 * shows up here the way it would on a phone.
 *
 * The script and styles are served as files of their own (/chat.js, /chat.css), never inline: the
 * Content-Security-Policy (web/security.ts) allows scripts and styles from this origin only.
 */
export function chatPage(): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Cadence - chat</title>
<link rel="stylesheet" href="/chat.css">
</head>
<body>
<div class="phone">
  <header><strong>Cadence</strong><label>From <input id="phone" aria-label="your phone number" value="+14155550123"></label></header>
  <div id="log" aria-live="polite"></div>
  <form id="form"><input id="text" autocomplete="off" placeholder="Text your coach" aria-label="message"><button>Send</button></form>
</div>
<script src="/chat.js" defer></script>
</body>
</html>`;
}

export const CHAT_CSS = `  :root { --bg:#f2f2f7; --me:#0b84ff; --coach:#e5e5ea; }
  * { box-sizing: border-box; }
  body { margin:0; font:16px/1.35 -apple-system, system-ui, sans-serif; background:#d9dde3; display:flex; justify-content:center; }
  .phone { width:100%; max-width:420px; height:100vh; background:var(--bg); display:flex; flex-direction:column; }
  header { padding:12px 16px; background:#fff; border-bottom:1px solid #ccc; display:flex; gap:8px; align-items:center; }
  header strong { flex:1; }
  header input { width:150px; font:inherit; font-size:14px; padding:4px 6px; }
  #log { flex:1; overflow-y:auto; padding:12px; display:flex; flex-direction:column; gap:6px; }
  .msg { max-width:80%; padding:8px 12px; border-radius:18px; white-space:pre-wrap; word-wrap:break-word; }
  .me { align-self:flex-end; background:var(--me); color:#fff; }
  .coach { align-self:flex-start; background:var(--coach); }
  .meta { font-size:11px; color:#888; align-self:center; }
  form { display:flex; gap:8px; padding:10px; background:#fff; border-top:1px solid #ccc; }
  form input { flex:1; font:inherit; padding:8px 12px; border-radius:18px; border:1px solid #bbb; }
  form button { font:inherit; border:0; background:var(--me); color:#fff; border-radius:18px; padding:0 16px; }
  .error { color:#b00020; }
`;

export const CHAT_JS = `const log = document.getElementById('log');
const phoneInput = document.getElementById('phone');
const text = document.getElementById('text');
phoneInput.value = localStorage.getItem('cadence.phone') || phoneInput.value;
let seen = new Set();
let after = null;
function bubble(body, who, extra) {
  const div = document.createElement('div');
  div.className = 'msg ' + who + (extra ? ' ' + extra : '');
  div.textContent = body;
  log.appendChild(div);
  log.scrollTop = log.scrollHeight;
}
async function poll() {
  const q = new URLSearchParams({ phone: phoneInput.value });
  if (after) q.set('after', after);
  const res = await fetch('/api/chat/messages?' + q);
  if (!res.ok) return;
  const data = await res.json();
  for (const m of data.messages) {
    if (seen.has(m.id)) continue;
    seen.add(m.id);
    after = m.createdAt;
    if (m.status !== 'suppressed') bubble(m.body, 'coach');
  }
}
phoneInput.addEventListener('change', () => {
  localStorage.setItem('cadence.phone', phoneInput.value);
  log.textContent = ''; seen = new Set(); after = null; poll();
});
document.getElementById('form').addEventListener('submit', async (e) => {
  e.preventDefault();
  const body = text.value.trim();
  if (!body) return;
  text.value = '';
  bubble(body, 'me');
  const res = await fetch('/api/chat/messages', {
    method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ phone: phoneInput.value, text: body, id: crypto.randomUUID() }),
  });
  if (!res.ok) {
    const err = await res.json().catch(() => ({ error: { message: res.statusText } }));
    bubble(err.error.message, 'meta', 'error');
    return;
  }
  await poll();
});
poll();
setInterval(poll, 3000);
`;
