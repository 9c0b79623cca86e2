import { AppError } from '../../common/errors/app-error';

export const unitNotFound = (id: number) => new AppError(404, 'UNIT_NOT_FOUND', `Unit ${id} does not exist`);
export const unitCodeTaken = (code: string) => new AppError(409, 'UNIT_CODE_TAKEN', `Another unit has code ${code}`);
export const unitParentInvalid = (message: string) => new AppError(400, 'UNIT_PARENT_INVALID', message);
export const unitHasChildren = () => new AppError(409, 'UNIT_HAS_CHILDREN', 'Move or delete the units under this one first');
export const unitInUse = () => new AppError(409, 'UNIT_IN_USE', 'Accounts belong to this unit; it cannot be deleted');
