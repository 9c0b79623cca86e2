import { Module } from '@nestjs/common';
import { AttemptsModule } from '../attempts/attempts.module';
import { AuthModule } from '../auth/auth.module';
import { ContestsModule } from '../contests/contests.module';
import { QuestionsModule } from '../questions/questions.module';
import { DemoHistory } from './demo-history';
import { DemoSeeder } from './demo-seeder.service';

@Module({ imports: [AuthModule, QuestionsModule, ContestsModule, AttemptsModule], providers: [DemoSeeder, DemoHistory], exports: [DemoSeeder] })
export class DemoModule {}
