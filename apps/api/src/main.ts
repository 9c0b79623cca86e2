import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppModule } from './app.module';
import { configureApp, createAdapter, prepareDatabase } from './app.setup';
import { ConfigError, loadConfig } from './config/app-config';
import { DEMO_PASSWORD } from './modules/demo/demo-users';

// A library promise nobody awaited (a Redis publish during an outage, say) must not bring the server down.
process.on('unhandledRejection', (reason) => console.error('Unhandled rejection:', reason));

async function bootstrap(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`ReformQuiz cannot start. ${error.message}`);
      process.exit(1);
    }
    throw error;
  }

  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config), createAdapter(config), { bufferLogs: true });
  await configureApp(app, config);
  const { applied, demoLogins } = await prepareDatabase(app, config);
  await app.listen(config.port, config.host);

  const url = `http://localhost:${config.port}`;
  const lines = [
    '',
    `  ReformQuiz is running at ${url}`,
    `  API docs:  ${url}/api/docs     Health: ${url}/api/v1/health`,
    `  Database:  ${config.database.driver === 'sqlite' ? `SQLite ${config.database.path}` : 'PostgreSQL'}${applied.length ? ` (applied ${applied.length} migration(s))` : ''}`,
    `  Redis:     ${config.redisUrl ? 'on' : 'off (single process)'}`,
  ];
  if (demoLogins.length > 0) {
    lines.push('', `  Demo logins (password ${DEMO_PASSWORD}):`);
    for (const login of demoLogins) lines.push(`    ${login.role.padEnd(12)} ${login.email}`);
  }
  console.log(`${lines.join('\n')}\n`);
}

// A start that fails (the database unreachable, a migration refused) ends the process, so a supervisor sees it and tries again.
bootstrap().catch((error: unknown) => {
  console.error('ReformQuiz failed to start:', error);
  process.exit(1);
});
