import { AppError } from '../../common/errors/app-error';

export const userNotFound = (id: string) => new AppError(404, 'USER_NOT_FOUND', `User ${id} does not exist`);
export const cannotChangeOwnAccount = () =>
  new AppError(409, 'CANNOT_CHANGE_OWN_ACCOUNT', 'Ask another administrator to change your own role or status');
