import { Module } from '@nestjs/common';
import { AttemptsModule } from '../attempts/attempts.module';
import { AuthModule } from '../auth/auth.module';
import { ContestsModule } from '../contests/contests.module';
import { LeaderboardModule } from '../leaderboard/leaderboard.module';
import { QuestionsModule } from '../questions/questions.module';
import { UsersModule } from '../users/users.module';
import { BoardPublisher } from './board-publisher.service';
import { LiveSender } from './live-sender';
import { LiveSessionsController } from './live-sessions.controller';
import { LiveSessionsRepository } from './live-sessions.repository';
import { LiveSessionsService } from './live-sessions.service';
import { LiveGateway } from './live.gateway';

@Module({
  imports: [AuthModule, AttemptsModule, ContestsModule, LeaderboardModule, QuestionsModule, UsersModule],
  controllers: [LiveSessionsController],
  providers: [LiveGateway, LiveSender, BoardPublisher, LiveSessionsRepository, LiveSessionsService],
})
export class LiveModule {}
