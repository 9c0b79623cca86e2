import { AppError } from '../../common/errors/app-error';

export const sessionNotFound = () => new AppError(404, 'LIVE_SESSION_NOT_FOUND', 'No live session has this id or code');
export const phaseConflict = (phase: string, action: string) => new AppError(409, 'LIVE_PHASE_CONFLICT', `Cannot ${action} while the session is ${phase}`);
export const roundNotLive = () => new AppError(409, 'ROUND_NOT_LIVE', 'Live sessions are for rounds in live mode');
