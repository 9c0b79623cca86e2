import { existsSync } from 'node:fs';
import type { Sizes } from '../sizes';
import { WEB_DIST } from '../stack/api-process';
import type { Stack } from '../stack/stack';
import { bundleSizes, type ChunkSize } from './bundle-sizes';
import { attemptPageLoads, CHROMIUM_PATH, SLOW_3G, UNTHROTTLED, type PageLoad } from './time-to-interactive';

export interface WebReport {
  chunks: ChunkSize[];
  /** Empty when Chromium is not installed (and not required). */
  loads: PageLoad[];
  throttled: boolean;
  /** Gzip size of every script the attempt page loaded on a first visit: the entrant's JavaScript weight. */
  attemptPageGzipBytes: number;
}

/**
 * Bundle sizes of the built web app, and the attempt page's loads in Chromium
 * (under slow 3G in a full run), served by the stack's API. Without Chromium
 * the loads are skipped with a warning, unless REQUIRE_SERVICES names it.
 */
export async function webWeight(stack: Stack, sizes: Sizes): Promise<WebReport> {
  if (!existsSync(WEB_DIST)) throw new Error(`${WEB_DIST} is missing: build the web app first (npx nx build web)`);
  const chunks = bundleSizes(WEB_DIST);
  const required = (process.env['REQUIRE_SERVICES'] ?? '').split(',').map((s) => s.trim());
  const throttled = sizes.mode === 'full';
  let loads: PageLoad[] = [];
  if (existsSync(CHROMIUM_PATH)) {
    loads = await attemptPageLoads(stack.api.url, stack.demo.weekly.id, { login: 'entrant3@demo.local', password: 'Demo@2018' }, throttled ? SLOW_3G : UNTHROTTLED);
  } else if (required.includes('chromium')) {
    throw new Error(`REQUIRE_SERVICES includes chromium but ${CHROMIUM_PATH} does not exist`);
  } else {
    console.warn(`[bench] no Chromium at ${CHROMIUM_PATH}: the attempt page's load is not measured`);
  }
  const loaded = new Set(loads[0]?.scripts ?? []);
  return { chunks, loads, throttled, attemptPageGzipBytes: chunks.filter((c) => loaded.has(c.file)).reduce((sum, c) => sum + c.gzipBytes, 0) };
}
