import type { FieldError } from '@reform-quiz/contracts';
import { AppError } from '../../common/errors/app-error';

export const contestNotFound = (id: number) => new AppError(404, 'CONTEST_NOT_FOUND', `Contest ${id} does not exist`);
export const roundNotFound = (id: number) => new AppError(404, 'ROUND_NOT_FOUND', `Round ${id} does not exist`);
export const notPublishable = (details: FieldError[]) =>
  new AppError(422, 'CONTEST_NOT_PUBLISHABLE', 'This configuration cannot work; see details', details);
export const contestStatusConflict = (from: string, action: string) =>
  new AppError(409, 'CONTEST_STATUS_CONFLICT', `A ${from} contest cannot be ${action}`);
export const roundLocked = () => new AppError(409, 'ROUND_LOCKED', 'The round has opened; its rules can no longer change');
export const roundNotOpen = (message = 'The round is not open yet') => new AppError(409, 'ROUND_NOT_OPEN', message);
