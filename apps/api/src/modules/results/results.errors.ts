import { AppError } from '../../common/errors/app-error';

export const roundNotClosed = () => new AppError(409, 'ROUND_NOT_CLOSED', 'Results can be frozen once the round has closed');
export const snapshotNotFound = (id: string) => new AppError(404, 'SNAPSHOT_NOT_FOUND', `Snapshot ${id} does not exist`);
export const snapshotStatusConflict = (status: string, action: string) => new AppError(409, 'SNAPSHOT_STATUS_CONFLICT', `A ${status} snapshot cannot be ${action}`);
export const alreadyApproved = () => new AppError(409, 'SNAPSHOT_ALREADY_APPROVED', 'You have already approved this snapshot');
export const notPublished = () => new AppError(404, 'RESULTS_NOT_PUBLISHED', 'No results have been published for this yet');
