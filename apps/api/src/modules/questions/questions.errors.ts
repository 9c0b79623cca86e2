import type { ImportProblem } from '@reform-quiz/contracts';
import { AppError } from '../../common/errors/app-error';

export const questionNotFound = (id: string) => new AppError(404, 'QUESTION_NOT_FOUND', `Question ${id} does not exist`);
export const bankNotFound = (id: number) => new AppError(404, 'QUESTION_BANK_NOT_FOUND', `Question bank ${id} does not exist`);
export const bankNameTaken = (name: string) => new AppError(409, 'QUESTION_BANK_NAME_TAKEN', `A question bank named "${name}" exists`);
export const statusConflict = (from: string, action: string) =>
  new AppError(409, 'QUESTION_STATUS_CONFLICT', `A question that is ${from} cannot be ${action}`);
export const selfReview = () => new AppError(403, 'QUESTION_SELF_REVIEW', 'Another organizer must review your question');
export const notLatest = (latestId: string) => new AppError(409, 'QUESTION_NOT_LATEST', `A newer version exists: ${latestId}`);
export const fileRequired = () => new AppError(400, 'FILE_REQUIRED', 'Send the file in the multipart field "file"');

/** An import commit that found problems: nothing was written; the problems say what to fix. */
export class ImportRejected extends AppError {
  override readonly problems: ImportProblem[];

  constructor(problems: ImportProblem[]) {
    super(422, 'IMPORT_REJECTED', `The file has ${problems.length} problem(s); nothing was imported`);
    this.problems = problems;
  }
}
