import { AppError } from '../../common/errors/app-error';

export const certificateNotFound = () => new AppError(404, 'CERTIFICATE_NOT_FOUND', 'No certificate has this code');
export const notAParticipant = () => new AppError(409, 'NOT_A_PARTICIPANT', 'You have no finished attempt in a ranked round of this contest');
