import { chromium, type BrowserContext } from '@playwright/test';
import type { Attempt, SessionResponse } from '@reform-quiz/contracts';

export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** Chrome DevTools' "Slow 3G" preset: 2 s round trips, 400 kbit/s each way. */
export const SLOW_3G = { offline: false, latency: 2000, downloadThroughput: 50_000, uploadThroughput: 50_000 };
/** No throttling (quick mode: it only checks that the page comes up). */
export const UNTHROTTLED = { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 };
export type Network = typeof SLOW_3G;

export interface PageLoad {
  label: string;
  /** First contentful paint, from navigation start. */
  fcpMs: number | null;
  /** When the first question's answer controls were on screen and enabled, from navigation start. */
  interactiveMs: number;
  /** JavaScript files the page loaded, and the bytes they took on the wire (compressed as served). */
  scripts: string[];
  scriptTransferBytes: number;
}

const INTERACTIVE = 'main .question-view :is(input, textarea):not([disabled])';

async function load(context: BrowserContext, url: string, label: string, cold: boolean, network: Network): Promise<PageLoad> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', network);
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: cold });
  await page.goto(url, { waitUntil: 'commit', timeout: 180_000 });
  // Polled every frame in the page, so the time is the page's own, not this process's.
  await page.waitForFunction(
    (selector) => {
      const w = window as unknown as { interactiveAt?: number };
      if (document.querySelector(selector)) w.interactiveAt ??= performance.now();
      return w.interactiveAt !== undefined;
    },
    INTERACTIVE,
    { polling: 'raf', timeout: 180_000 },
  );
  const measured = await page.evaluate(() => ({
    interactiveMs: (window as unknown as { interactiveAt: number }).interactiveAt,
    fcpMs: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
    scripts: (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((e) => e.name.endsWith('.js')).map((e) => ({ name: e.name, transfer: e.transferSize })),
  }));
  await page.close();
  return {
    label,
    fcpMs: measured.fcpMs === null ? null : Math.round(measured.fcpMs),
    interactiveMs: Math.round(measured.interactiveMs),
    scripts: measured.scripts.map((s) => s.name.replace(/^.*\/assets\//, '')),
    scriptTransferBytes: measured.scripts.reduce((sum, s) => sum + s.transfer, 0),
  };
}

/**
 * The attempt page of a signed-in entrant in Chromium (under slow 3G): once with
 * an empty cache (a first visit), once with the cache warm (a reload mid-attempt).
 * The entrant signs in and starts the attempt through the API beforehand; the
 * page restores the session from the refresh cookie as a real reload does.
 */
export async function attemptPageLoads(baseUrl: string, roundId: number, login: { login: string; password: string }, network: Network): Promise<PageLoad[]> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run'] });
  try {
    const context = await browser.newContext({ baseURL: baseUrl, viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, locale: 'vi-VN' });
    const session = (await (await context.request.post('/api/v1/auth/login', { data: login })).json()) as SessionResponse;
    const started = await context.request.post(`/api/v1/rounds/${roundId}/attempts`, { headers: { authorization: `Bearer ${session.accessToken}` } });
    if (!started.ok()) throw new Error(`could not start an attempt: ${started.status()} ${await started.text()}`);
    const attempt = (await started.json()) as Attempt;
    const url = `/attempts/${attempt.id}`;
    return [await load(context, url, 'first visit (empty cache)', true, network), await load(context, url, 'reload (warm cache)', false, network)];
  } finally {
    await browser.close();
  }
}
