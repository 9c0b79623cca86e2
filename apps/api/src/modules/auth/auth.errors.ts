import { AppError } from '../../common/errors/app-error';

export const invalidCredentials = () => new AppError(401, 'INVALID_CREDENTIALS', 'Wrong login or password');
export const accountDisabled = () => new AppError(403, 'ACCOUNT_DISABLED', 'This account has been disabled');
export const tokenExpired = () => new AppError(401, 'TOKEN_EXPIRED', 'The access token has expired; refresh it');
export const sessionRevoked = () => new AppError(401, 'SESSION_REVOKED', 'This session has ended; sign in again');
export const refreshTokenInvalid = () => new AppError(401, 'REFRESH_TOKEN_INVALID', 'The refresh token is not valid; sign in again');
export const refreshTokenReused = () =>
  new AppError(401, 'REFRESH_TOKEN_REUSED', 'This refresh token was already used; the session has been ended for safety');
export const wrongPassword = () => new AppError(400, 'WRONG_PASSWORD', 'The current password is wrong');
export const phoneTaken = () => new AppError(409, 'PHONE_TAKEN', 'An account with this phone number already exists');
export const emailTaken = () => new AppError(409, 'EMAIL_TAKEN', 'An account with this email already exists');
export const nationalIdTaken = () => new AppError(409, 'NATIONAL_ID_TAKEN', 'An account with this CCCD number already exists');
export const tooManyRegistrations = (retryAfterSeconds: number) =>
  new AppError(429, 'TOO_MANY_REGISTRATIONS', `Too many registrations from this address; retry in ${retryAfterSeconds} s`, undefined, { 'Retry-After': String(retryAfterSeconds) });
export const crossSiteRequest = (reason: string) => new AppError(403, 'CSRF_REJECTED', `Cookie-authenticated request refused: ${reason}`);
