import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { createSecretKey } from 'node:crypto';
import { AccessGuard } from '../../common/auth/access.guard';
import { CallerResolver } from '../../common/auth/caller-resolver';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { UnitsModule } from '../units/units.module';
import { UsersModule } from '../users/users.module';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { LoginThrottle } from './login-throttle.service';
import { MeController } from './me.controller';
import { PasswordHasher } from './password-hasher.service';
import { RefreshCookie } from './refresh-cookie';
import { RegistrationThrottle } from './registration-throttle.service';
import { SameOriginCheck } from './same-origin';
import { SessionCallerResolver } from './session-caller-resolver';
import { TokensService } from './tokens.service';

@Module({
  imports: [
    UsersModule,
    UnitsModule,
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => {
        // A key object made once: given the secret as a string, jsonwebtoken tries it as a public key first on every call (a fifth of an answer save's CPU).
        const key = createSecretKey(Buffer.from(config.jwtSecret));
        return { secretOrKeyProvider: () => key, signOptions: { algorithm: 'HS256' }, verifyOptions: { algorithms: ['HS256'] } };
      },
    }),
  ],
  controllers: [AuthController, MeController],
  providers: [
    AuthService,
    PasswordHasher,
    TokensService,
    LoginThrottle,
    RegistrationThrottle,
    RefreshCookie,
    SameOriginCheck,
    { provide: CallerResolver, useClass: SessionCallerResolver },
    // Every route of the app passes this guard: deny unless the route declares who may call it.
    { provide: APP_GUARD, useClass: AccessGuard },
  ],
  exports: [CallerResolver, PasswordHasher],
})
export class AuthModule {}
