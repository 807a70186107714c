import { html, page } from './html.js';

/**
 * The local chat: a phone-shaped page that talks to the same conversation code as SMS. The whole
 * conversation (the client's texts, the coach's replies, morning texts, messages the coach wrote on the
 * dashboard) is read back from the database, so a reload shows it all, in order. public/chat.js polls it.
 */
export function chatPage(): string {
  return page({
    title: 'Cadence - chat',
    bodyClass: 'chat-body',
    styles: ['/static/chat.css'],
    scripts: ['/static/chat.js'],
    body: html`<div class="phone">
  <header><strong>Cadence</strong><label>From <input id="phone" aria-label="your phone number" value="+14155550123" inputmode="tel" autocomplete="off"></label></header>
  <div id="log" aria-live="polite"></div>
  <form id="form"><input id="text" autocomplete="off" placeholder="Text your coach" aria-label="message"><button>Send</button></form>
</div>`,
  });
}
