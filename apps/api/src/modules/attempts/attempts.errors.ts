import { AppError } from '../../common/errors/app-error';

export const attemptNotFound = (id: string) => new AppError(404, 'ATTEMPT_NOT_FOUND', `Attempt ${id} does not exist`);
export const attemptExpired = () =>
  new AppError(409, 'ATTEMPT_EXPIRED', 'The time for this attempt is over; answers saved before the deadline were kept and counted');
export const attemptFinished = () => new AppError(409, 'ATTEMPT_FINISHED', 'This attempt has been submitted; nothing more can change');
export const questionNotInAttempt = (id: string) => new AppError(404, 'QUESTION_NOT_IN_ATTEMPT', `Question ${id} is not part of this attempt`);
export const answerInvalid = (message: string) => new AppError(400, 'ANSWER_INVALID', message);
export const roundClosed = () => new AppError(409, 'ROUND_CLOSED', 'The round has closed');
export const notEligible = (message: string) => new AppError(403, 'NOT_ELIGIBLE', message);
export const noAttemptsLeft = (allowed: number) => new AppError(409, 'NO_ATTEMPTS_LEFT', `You have used all ${allowed} attempts of this round`);
