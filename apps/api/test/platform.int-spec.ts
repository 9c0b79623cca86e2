import type { ErrorBody, HealthResponse } from '@reform-quiz/contracts';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestApp, testDrivers, TestApp } from './support/test-app';

describe.each(testDrivers())('platform on %s', (driver) => {
  let t: TestApp;
  let web: string;
  beforeAll(async () => {
    web = mkdtempSync(join(tmpdir(), 'rq-web-'));
    mkdirSync(join(web, 'assets'));
    writeFileSync(join(web, 'index.html'), '<!doctype html><html lang="vi"><title>ReformQuiz</title><div id="root"></div></html>');
    writeFileSync(join(web, 'assets', 'index-abc123.js'), `console.log(${JSON.stringify('x'.repeat(5000))});`);
    t = await startTestApp(driver, { WEB_DIST: web });
  });
  afterAll(async () => {
    await t.close();
    rmSync(web, { recursive: true, force: true });
  });

  it('reports health with the database (and Redis when configured)', async () => {
    const res = await t.request<HealthResponse>({ method: 'GET', url: '/api/v1/health' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'ok', database: { status: 'up', driver } });
    expect(res.body.redis.status).toBe(t.config.redisUrl ? 'up' : 'disabled');
    expect(Math.abs(Date.parse(res.body.serverNow) - t.clock.now())).toBeLessThan(1000);
  });

  it('serves the OpenAPI document with the public contract', async () => {
    const res = await t.request<{ paths: Record<string, unknown> }>({ method: 'GET', url: '/api/docs-json' });
    expect(res.status).toBe(200);
    expect(Object.keys(res.body.paths)).toEqual(expect.arrayContaining(['/api/v1/auth/register', '/api/v1/auth/login', '/api/v1/units', '/api/v1/health']));
    const ui = await t.request({ method: 'GET', url: '/api/docs' });
    expect(ui.status).toBe(200);
    expect(ui.raw).toContain('swagger');
  });

  it.each([
    [{ method: 'GET', url: '/api/v1/nothing-here' }, 404, 'ROUTE_NOT_FOUND'],
    [{ method: 'POST', url: '/api/v1/auth/login', body: '{"login":', headers: { 'content-type': 'application/json' } }, 400, 'MALFORMED_JSON'],
    [{ method: 'POST', url: '/api/v1/auth/login', body: 'login=a', headers: { 'content-type': 'text/plain' } }, 415, 'UNSUPPORTED_MEDIA_TYPE'],
    [{ method: 'POST', url: '/api/v1/auth/login', body: '[1,2]', headers: { 'content-type': 'application/json' } }, 400, 'VALIDATION_FAILED'],
    [{ method: 'POST', url: '/api/v1/auth/login', body: JSON.stringify({ login: 'x'.repeat(2_000_000) }), headers: { 'content-type': 'application/json' } }, 413, 'PAYLOAD_TOO_LARGE'],
  ] as const)('answers %j with %d %s in the one error shape', async (req, status, code) => {
    const res = await t.request<ErrorBody>(req as never);
    expect(res.status).toBe(status);
    expect(res.body).toEqual({ error: expect.objectContaining({ code, message: expect.any(String) }) });
  });

  it('sends security headers', async () => {
    const res = await t.request({ method: 'GET', url: '/api/v1/health' });
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
  });

  it('serves the web app: index.html for client routes, fingerprinted assets cached for good and compressed', async () => {
    for (const url of ['/', '/register', '/admin/users?page=2']) {
      const page = await t.request({ method: 'GET', url, headers: { accept: 'text/html' } });
      expect({ url, status: page.status }).toEqual({ url, status: 200 });
      expect(page.raw).toContain('<div id="root">');
      expect(page.headers['cache-control']).toBe('no-cache');
    }
    const asset = await t.request({ method: 'GET', url: '/assets/index-abc123.js', headers: { 'accept-encoding': 'gzip' } });
    expect(asset.status).toBe(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(asset.headers['content-encoding']).toBe('gzip');
    // A missing file is a 404, not the app's page.
    expect((await t.request({ method: 'GET', url: '/assets/missing.js' })).status).toBe(404);
    // API paths never fall back to the page.
    expect((await t.request<ErrorBody>({ method: 'GET', url: '/api/v1/unknown', headers: { accept: 'text/html' } })).body.error.code).toBe('ROUTE_NOT_FOUND');
  });
});
