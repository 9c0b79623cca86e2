import { DynamicModule, Module, RequestMethod } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import { ErrorFilter } from './common/errors/error.filter';
import { SpaFallback } from './common/http/spa-fallback';
import { RedisModule } from './common/redis/redis.module';
import { createValidationPipe } from './common/validation/validation.pipe';
import { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { dataSourceOptions } from './database/data-source-options';
import { TransactionsModule } from './database/transactions';
import { AttemptsModule } from './modules/attempts/attempts.module';
import { AuditModule } from './modules/audit/audit.module';
import { AuthModule } from './modules/auth/auth.module';
import { CertificatesModule } from './modules/certificates/certificates.module';
import { ContestsModule } from './modules/contests/contests.module';
import { DemoModule } from './modules/demo/demo.module';
import { ExportsModule } from './modules/exports/exports.module';
import { HealthModule } from './modules/health/health.module';
import { JudgingModule } from './modules/judging/judging.module';
import { LeaderboardModule } from './modules/leaderboard/leaderboard.module';
import { LiveModule } from './modules/live/live.module';
import { QuestionsModule } from './modules/questions/questions.module';
import { ResultsModule } from './modules/results/results.module';
import { UnitsModule } from './modules/units/units.module';
import { UsersModule } from './modules/users/users.module';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot({
          forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
          pinoHttp: {
            level: config.logLevel,
            redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
            // Paths only: a query string can carry personal data (an admin searching users by phone number).
            serializers: { req: (req: { id: unknown; method: string; url: string; remoteAddress?: string }) => ({ id: req.id, method: req.method, url: req.url.split('?')[0], remoteAddress: req.remoteAddress }) },
            autoLogging: { ignore: (req) => req.url === '/api/v1/health' || !req.url?.startsWith('/api/') },
          },
        }),
        TypeOrmModule.forRoot(dataSourceOptions(config.database)),
        TransactionsModule,
        RedisModule,
        AuditModule,
        UnitsModule,
        UsersModule,
        AuthModule,
        HealthModule,
        QuestionsModule,
        ContestsModule,
        AttemptsModule,
        LeaderboardModule,
        LiveModule,
        JudgingModule,
        CertificatesModule,
        ResultsModule,
        ExportsModule,
        DemoModule,
      ],
      providers: [
        SpaFallback,
        { provide: APP_FILTER, useClass: ErrorFilter },
        { provide: APP_PIPE, useFactory: createValidationPipe },
      ],
    };
  }
}
