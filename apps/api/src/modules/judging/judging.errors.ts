import { AppError, validationFailed } from '../../common/errors/app-error';

export const essayNotFound = (id: string) => new AppError(404, 'ESSAY_NOT_FOUND', `Essay ${id} does not exist`);
export const essayGradeConflict = (message: string) => new AppError(409, 'ESSAY_GRADE_CONFLICT', message);
export const scoreAbovePoints = (points: number) => validationFailed([{ field: 'score', code: 'OUT_OF_RANGE', message: `score must be between 0 and ${points}` }]);
export const flagNotFound = (id: string) => new AppError(404, 'FLAG_NOT_FOUND', `Flag ${id} does not exist`);
export const flagAlreadyDecided = () => new AppError(409, 'FLAG_ALREADY_DECIDED', 'The jury has already decided this flag');
export const scopeRequired = () => validationFailed([{ field: 'scope', code: 'REQUIRED', message: 'scope is required when upholding a flag' }]);
export const appealNotFound = (id: string) => new AppError(404, 'APPEAL_NOT_FOUND', `Appeal ${id} does not exist`);
export const appealWindowClosed = (message: string) => new AppError(409, 'APPEAL_WINDOW_CLOSED', message);
export const appealAlreadyDecided = () => new AppError(409, 'APPEAL_ALREADY_DECIDED', 'The jury has already answered this appeal');
export const rekeyInvalid = (field: string, message: string) => validationFailed([{ field, code: 'INVALID_VALUE', message }]);
