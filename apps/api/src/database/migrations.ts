import { Foundation1764100000000 } from './migrations/1764100000000-Foundation';
import { QuestionBank1764200000000 } from './migrations/1764200000000-QuestionBank';
import { ContestsAndAttempts1764300000000 } from './migrations/1764300000000-ContestsAndAttempts';
import { LiveSessions1764400000000 } from './migrations/1764400000000-LiveSessions';
import { Judging1764500000000 } from './migrations/1764500000000-Judging';

/** Every migration in order, listed explicitly for the bundled build. */
export const migrations = [Foundation1764100000000, QuestionBank1764200000000, ContestsAndAttempts1764300000000, LiveSessions1764400000000, Judging1764500000000];
