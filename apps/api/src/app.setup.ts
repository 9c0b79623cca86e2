import fastifyCompress from '@fastify/compress';
import fastifyCookie from '@fastify/cookie';
import fastifyMultipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { getDataSourceToken } from '@nestjs/typeorm';
import { IMPORT_LIMITS } from '@reform-quiz/question-formats';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import type { ErrorBody } from '@reform-quiz/contracts';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { existsSync } from 'node:fs';
import { DataSource } from 'typeorm';
import { AppConfig } from './config/app-config';
import { runMigrations, withStartupLock } from './database/run-migrations';
import { LiveIoAdapter } from './modules/live/live-io.adapter';
import { DemoSeeder } from './modules/demo/demo-seeder.service';
import { JsonOnly } from './common/http/json-only.guard';

/** 1 MiB: far above any answer or registration; uploads (question import) get their own limit. */
const BODY_LIMIT = 1024 * 1024;

export function createAdapter(config: AppConfig): FastifyAdapter {
  return new FastifyAdapter({ trustProxy: config.trustProxy, bodyLimit: BODY_LIMIT, logger: false, frameworkErrors: refuseUnreadableUrl });
}

/**
 * Fastify's router refuses a URL it cannot decode (bad percent-encoding) or a
 * path segment past its length limit before Nest sees the request; answer
 * those in the one error shape too.
 */
function refuseUnreadableUrl(error: FastifyError, _request: FastifyRequest, reply: FastifyReply): void {
  const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 400;
  void reply.status(status).send({ error: { code: 'MALFORMED_REQUEST', message: error.code === 'FST_ERR_MAX_PARAM_LENGTH' ? 'A part of the URL is too long' : 'The URL is not validly encoded' } } satisfies ErrorBody);
}

/**
 * Everything the HTTP app needs besides its modules: prefix, security
 * headers, cookies, compression, the web app's files, the OpenAPI document.
 * Shared by main.ts and the integration tests so both run the same app.
 */
export async function configureApp(app: NestFastifyApplication, config: AppConfig): Promise<void> {
  app.useLogger(app.get(Logger));
  app.setGlobalPrefix('api/v1');
  app.enableShutdownHooks();
  app.useWebSocketAdapter(new LiveIoAdapter(app, config));
  app.useGlobalGuards(new JsonOnly());
  // JSON only (multipart is added where uploads are taken): a text/plain body is refused with 415, not half-parsed.
  app.getHttpAdapter().getInstance().removeContentTypeParser('text/plain');
  // API answers are personal (tokens, profiles, papers): no browser or proxy keeps them unless a route says so.
  app.getHttpAdapter().getInstance().addHook('onSend', async (request, reply, payload) => {
    if (request.url.startsWith('/api/') && !reply.hasHeader('cache-control')) void reply.header('Cache-Control', 'no-store');
    return payload;
  });

  // Security headers, the middleware built once (@fastify/helmet rebuilt it, CSP parsing included, on every request).
  const securityHeaders = helmet({
    contentSecurityPolicy: {
      useDefaults: true,
      directives: {
        'img-src': ["'self'", 'data:'],
        'connect-src': ["'self'"],
        // Only ask browsers to upgrade when the deployment really serves HTTPS.
        'upgrade-insecure-requests': config.cookieSecure ? [] : null,
      },
    },
    hsts: config.cookieSecure ? { maxAge: 15552000 } : false,
    crossOriginEmbedderPolicy: false,
  });
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onRequest', (request, reply, done) => securityHeaders(request.raw, reply.raw, (error?: unknown) => done(error as Error | undefined)));
  await app.register(fastifyCookie);
  // Uploads (question imports) only; parts are read where a route asks for them.
  await app.register(fastifyMultipart, { limits: { fileSize: IMPORT_LIMITS.bytes, files: 1, fields: 10, parts: 11 } });
  await app.register(fastifyCompress, { threshold: 1024, encodings: ['br', 'gzip'] });
  if (config.corsOrigins.length > 0) app.enableCors({ origin: config.corsOrigins, credentials: true });

  if (config.webDist && existsSync(config.webDist)) {
    await app.register(fastifyStatic, {
      root: config.webDist,
      prefix: '/',
      wildcard: false,
      index: false,
      // Vite fingerprints files under assets/: they never change, so browsers keep them.
      setHeaders: (reply, path) =>
        void reply.header('Cache-Control', path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache'),
    });
  }

  const openApi = new DocumentBuilder()
    .setTitle('ReformQuiz API')
    .setDescription('Online knowledge contests on public-administration reform. Errors: { "error": { "code", "message", "details"? } }.')
    .setVersion('1')
    .addBearerAuth()
    .build();
  SwaggerModule.setup('api/docs', app, () => SwaggerModule.createDocument(app, openApi), { jsonDocumentUrl: 'api/docs-json' });

  await app.init();
}

/** Applies migrations and, in demo mode, seeds an empty database. Returns the demo logins to print. */
export async function prepareDatabase(app: NestFastifyApplication, config: AppConfig): Promise<{ applied: string[]; demoLogins: { email: string; role: string }[] }> {
  const dataSource = app.get<DataSource>(getDataSourceToken());
  return withStartupLock(dataSource, async () => {
    const applied = await runMigrations(dataSource);
    if (!config.demo) return { applied, demoLogins: [] };
    const seeder = app.get(DemoSeeder);
    await seeder.seedIfEmpty();
    return { applied, demoLogins: await seeder.existingDemoLogins() };
  });
}
