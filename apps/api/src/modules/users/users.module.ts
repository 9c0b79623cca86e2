import { Module } from '@nestjs/common';
import { SessionsRepository } from './sessions.repository';
import { UsersController } from './users.controller';
import { UsersRepository } from './users.repository';
import { UsersService } from './users.service';

/** Accounts and their sessions, and what administrators do with them. */
@Module({
  controllers: [UsersController],
  providers: [UsersRepository, SessionsRepository, UsersService],
  exports: [UsersRepository, SessionsRepository],
})
export class UsersModule {}
