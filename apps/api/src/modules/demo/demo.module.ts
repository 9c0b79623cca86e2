import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { ContestsModule } from '../contests/contests.module';
import { QuestionsModule } from '../questions/questions.module';
import { DemoSeeder } from './demo-seeder.service';

@Module({ imports: [AuthModule, QuestionsModule, ContestsModule], providers: [DemoSeeder], exports: [DemoSeeder] })
export class DemoModule {}
