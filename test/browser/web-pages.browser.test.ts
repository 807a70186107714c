/**
 * The web pages in a real browser: Debian's chromium driven by playwright-core, against the app served as
 * `npm start` serves it (local chat channel, ADMIN_TOKEN set) with its own security headers (src/web/security.ts: script-src 'self'), so a page
 * that needed an inline script would break here. Screenshots go to test-artifacts/screenshots/.
 *
 * Chromium missing: in CI (CI set) every test fails with the reason; on a developer machine the file is
 * skipped with a message (install it with `apt-get install -y chromium`).
 */
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../support/db.js';
import { testConfig } from '../support/deps.js';
import { ADMIN_TOKEN, chatSay, LIFTER_ANSWERS, linkIn, onboard, RUNNER_ANSWERS } from '../support/web.js';
import { createApp } from '../../src/web/app.js';
import { createLocalSender } from '../../src/channels/local-sender.js';
import { createLogger } from '../../src/logger.js';
import { sendToClient } from '../../src/services/messaging.service.js';
import type { AppDeps } from '../../src/app-deps.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const haveChromium = existsSync(CHROMIUM);
const inCi = Boolean(process.env.CI);
const SHOTS = path.resolve('test-artifacts/screenshots');
if (!haveChromium && !inCi) {
  process.stderr.write(`browser tests skipped: no chromium at ${CHROMIUM} (apt-get install -y chromium); CI fails instead of skipping\n`);
}

const handle = useTestDatabase();
const LIFTER = '+14155550170';
const RUNNER = '+12125550171';

describe.skipIf(!haveChromium && !inCi)('web pages in chromium', () => {
  let browser: Browser;
  let server: Server;
  let base = '';
  let deps: AppDeps;
  let lifterLink = '';
  let runnerLink = '';
  const problems: string[] = [];

  beforeAll(async () => {
    if (!haveChromium) throw new Error(`chromium not found at ${CHROMIUM}: .ci/run installs it (apt-get install -y chromium)`);
    mkdirSync(SHOTS, { recursive: true });
    deps = {
      db: handle.db,
      config: testConfig({ TWILIO_AUTH_TOKEN: '', PUBLIC_BASE_URL: '', ADMIN_TOKEN }),
      sender: createLocalSender(),
      log: createLogger('silent'),
      now: () => new Date('2026-11-23T14:00:00Z'), // Monday 09:00 in New York
      model: null,
    };
    const app = createApp(deps);
    server = await new Promise<Server>((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    });
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

    await onboard(app, LIFTER, LIFTER_ANSWERS);
    lifterLink = linkIn(await chatSay(app, LIFTER, 'my plan')).path;
    await chatSay(app, LIFTER, 'squat 3x5 at 225 rpe 8');
    const lifter = await handle.db.selectFrom('clients').selectAll().where('phone', '=', LIFTER).executeTakeFirstOrThrow();
    await sendToClient(deps, { client: lifter, body: 'Good morning, Sam! Today: Full body A.', kind: 'morning' });
    await onboard(app, RUNNER, RUNNER_ANSWERS);
    runnerLink = linkIn(await chatSay(app, RUNNER, 'plan')).path;

    // launch() gives chromium a fresh temporary profile (--user-data-dir) of its own and deletes it on close.
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-quic',
        '--no-first-run',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  });

  async function newPage(viewport: { width: number; height: number }, mobile = false): Promise<Page> {
    const context = await browser.newContext({ viewport, isMobile: mobile, hasTouch: mobile, deviceScaleFactor: 1 });
    const page = await context.newPage();
    page.on('console', (m) => {
      // A refused sign-in answers 401 on purpose (the login form with its message); anything else is a problem.
      if (m.type() === 'error' && !/status of 401/.test(m.text())) problems.push(`${page.url()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`${page.url()}: ${e.message}`));
    return page;
  }

  /** The chart on the page was drawn by Chart.js, with data, onto a canvas that is not blank. */
  async function expectChartDrawn(page: Page, id: string): Promise<void> {
    const canvas = page.locator(`canvas[data-chart="${id}"]`);
    await canvas.and(page.locator('[data-rendered="true"]')).waitFor({ timeout: 20_000 });
    const drawn = await canvas.evaluate((el) => {
      const chart = (window as unknown as { Chart: { getChart(c: unknown): { data: { datasets: Array<{ data: Array<number | null> }> } } } }).Chart.getChart(el);
      const sums = chart.data.datasets.map((d) => d.data.reduce<number>((s, v) => s + (v ?? 0), 0));
      const c = el as HTMLCanvasElement;
      const pixels = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      let inked = 0;
      for (let i = 3; i < pixels.length; i += 4) if (pixels[i]! > 0) inked += 1;
      return { sums, inked, width: c.getBoundingClientRect().width };
    });
    expect(drawn.sums.length).toBeGreaterThan(1);
    expect(drawn.sums.every((s) => s > 0), JSON.stringify(drawn.sums)).toBe(true);
    expect(drawn.inked).toBeGreaterThan(5000);
  }

  it('a wrong token is refused; the right one opens the client list', async () => {
    const page = await newPage({ width: 1280, height: 900 });
    await page.goto(base + '/admin');
    expect(page.url()).toBe(base + '/admin/login');
    await page.fill('#token', 'not-the-admin-token');
    await page.click('button[type=submit]');
    await expect(page.locator('.notice.error').textContent()).resolves.toMatch(/not right/);
    await page.fill('#token', ADMIN_TOKEN);
    await page.click('button[type=submit]');
    await page.waitForURL(base + '/admin');
    await expect(page.locator('table.clients tbody tr').count()).resolves.toBe(2);
    await expect(page.locator('tr', { hasText: 'Sam' }).textContent()).resolves.toMatch(/Week 1 of \d+ - accumulation/);
    await page.screenshot({ path: path.join(SHOTS, 'admin-dashboard.png'), fullPage: true });
    await page.context().close();
  }, 60_000);

  it('the coach opens a client, sees the chart drawn, and sends a message that lands in the conversation', async () => {
    const page = await newPage({ width: 1280, height: 900 });
    await page.goto(base + '/admin/login');
    await page.fill('#token', ADMIN_TOKEN);
    await page.click('button[type=submit]');
    await page.waitForURL(base + '/admin');
    await page.click('text=Sam');
    await page.waitForURL(/\/admin\/clients\//);
    await expectChartDrawn(page, 'lift');
    await expect(page.locator('.bubble[data-direction="in"]', { hasText: 'squat 3x5 at 225 rpe 8' }).count()).resolves.toBe(1);
    await page.screenshot({ path: path.join(SHOTS, 'admin-client.png'), fullPage: true });

    await page.fill('textarea[name=text]', 'Strong first session, Sam. Keep the squat depth.');
    await expect(page.locator('#text-count').textContent()).resolves.toMatch(/48 characters, 1 SMS/);
    await page.click('#send button[type=submit]');
    await page.waitForURL(/sent=1/);
    await expect(page.locator('.notice.ok').textContent()).resolves.toMatch(/Sent/);
    await expect(page.locator('.bubble[data-kind="coach"]').last().textContent()).resolves.toMatch(/Strong first session, Sam/);
    const row = await handle.db.selectFrom('outbound_messages').select(['kind', 'status', 'channel']).where('body', '=', 'Strong first session, Sam. Keep the squat depth.').executeTakeFirstOrThrow();
    expect(row).toEqual({ kind: 'coach', status: 'local', channel: 'local' });
    await page.screenshot({ path: path.join(SHOTS, 'admin-client-sent.png'), fullPage: true });
    await page.context().close();
  }, 90_000);

  it('the plan page works on a phone: charts drawn, no sideways scrolling, this week day by day', async () => {
    const page = await newPage({ width: 390, height: 844 }, true);
    await page.goto(base + lifterLink);
    await expectChartDrawn(page, 'lift');
    await expect(page.locator('.days > li').count()).resolves.toBe(7);
    await expect(page.locator('.days > li.today .title').textContent()).resolves.toMatch(/Full body/);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: path.join(SHOTS, 'plan-lifter-phone.png'), fullPage: true });

    await page.goto(base + runnerLink);
    await expectChartDrawn(page, 'run');
    await expect(page.locator('.chart-legend').first().textContent()).resolves.toMatch(/Base.*Build.*Peak.*Taper/);
    await page.screenshot({ path: path.join(SHOTS, 'plan-runner-phone.png'), fullPage: true });
    await page.context().close();
  }, 60_000);

  it('the chat page shows the whole conversation after a reload, both sides in order, morning texts marked', async () => {
    const page = await newPage({ width: 390, height: 844 }, true);
    await page.goto(base + '/chat');
    await page.evaluate((p) => localStorage.setItem('cadence.phone', p), LIFTER);
    await page.reload();
    await page.locator('.msg.morning').waitFor();
    const bubbles = await page.locator('.msg').evaluateAll((els) => els.map((e) => `${e.classList.contains('me') ? 'me' : 'coach'}: ${e.textContent}`));
    expect(bubbles[0]).toBe('me: hi');
    expect(bubbles[1]).toMatch(/^coach: .*name/);
    // Every text the lifter sent (onboarding, "my plan", the logged squat) is on the page once.
    const sentByLifter = await handle.db.selectFrom('inbound_messages').select('id').where('from_phone', '=', LIFTER).execute();
    expect(bubbles.filter((b) => b.startsWith('me:'))).toHaveLength(sentByLifter.length);
    await expect(page.locator('.msg.morning .tag').textContent()).resolves.toBe('Morning text');
    await expect(page.locator('.msg.coach a[href*="/p/"]').count()).resolves.toBe(1);

    await page.fill('#text', 'thanks!');
    await page.press('#text', 'Enter');
    await page.locator('.msg.coach', { hasText: /^Anytime!/ }).waitFor();
    await page.reload();
    await page.locator('.msg.coach', { hasText: /^Anytime!/ }).waitFor();
    await expect(page.locator('.msg.me', { hasText: 'thanks!' }).count()).resolves.toBe(1);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: path.join(SHOTS, 'chat-phone.png') });
    await page.context().close();
  }, 60_000);

  it('no page logged an error or a Content-Security-Policy violation', () => {
    expect(problems).toEqual([]);
  });
});
