/**
 * Server-rendered HTML with escaping by default: every interpolated value is escaped unless it is already
 * markup built by `html` (client names, texts and plan notes are user input). No inline scripts or event
 * handlers anywhere, so the pages run under a Content-Security-Policy of `script-src 'self'`.
 */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

type Part = SafeHtml | string | number | boolean | null | undefined | ReadonlyArray<Part>;

function render(part: Part): string {
  if (part === null || part === undefined || part === false) return '';
  if (part instanceof SafeHtml) return part.value;
  if (Array.isArray(part)) return part.map(render).join('');
  return escapeHtml(String(part));
}

export function html(strings: TemplateStringsArray, ...values: Part[]): SafeHtml {
  let out = strings[0] ?? '';
  values.forEach((v, i) => {
    out += render(v) + (strings[i + 1] ?? '');
  });
  return new SafeHtml(out);
}

/**
 * JSON for a `<script type="application/json">` data block (not executed, so CSP allows it). `<` is
 * escaped so a value can never close the block.
 */
export function jsonBlock(id: string, data: unknown): SafeHtml {
  const text = JSON.stringify(data).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
  return new SafeHtml(`<script type="application/json" id="${escapeHtml(id)}">${text}</script>`);
}

export interface PageOptions {
  title: string;
  body: SafeHtml;
  /** Paths of scripts served from this origin (see static.routes.ts). */
  scripts?: string[];
  styles?: string[];
  bodyClass?: string;
}

export function page(opts: PageOptions): string {
  const styles = ['/static/cadence.css', ...(opts.styles ?? [])];
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<link rel="icon" href="data:,">
<title>${opts.title}</title>
${styles.map((s) => html`<link rel="stylesheet" href="${s}">\n`)}${(opts.scripts ?? []).map((s) => html`<script src="${s}" defer></script>\n`)}</head>
<body${opts.bodyClass ? html` class="${opts.bodyClass}"` : ''}>
${opts.body}
</body>
</html>
`.value;
}
