import type { PersonRef, Question, QuestionInput } from '@reform-quiz/contracts';
import type { UserEntity } from '../users/user.entity';
import type { QuestionEntity } from './question.entity';

const person = (user: UserEntity | null | undefined): PersonRef | null => (user ? { id: user.id, fullName: user.fullName } : null);

export interface QuestionView {
  /** Organizers and admins see correct flags and accepted answers; judges do not. */
  withKey: boolean;
  duplicateOf?: string[];
}

/** Needs the entity loaded with options (in order), author and reviewer. */
export function toQuestion(q: QuestionEntity, view: QuestionView): Question {
  const options = [...(q.options ?? [])].sort((a, b) => a.position - b.position);
  return {
    id: q.id,
    bankId: q.bankId,
    rootId: q.rootId,
    version: q.version,
    previousVersionId: q.previousVersionId,
    isLatest: q.isLatest,
    status: q.status,
    type: q.type,
    stem: q.stem,
    options: options.map((o) => (view.withKey ? { id: o.id, text: o.text, isCorrect: o.isCorrect } : { id: o.id, text: o.text })),
    ...(view.withKey && { acceptedAnswers: q.acceptedAnswers ?? [] }),
    accentInsensitive: q.accentInsensitive,
    points: q.points,
    topic: q.topic,
    difficulty: q.difficulty,
    explanation: q.explanation,
    source: q.sourceDocument ? { document: q.sourceDocument, article: q.sourceArticle, date: q.sourceDate } : null,
    tags: q.tags,
    author: person(q.author),
    reviewer: person(q.reviewer),
    reviewComment: q.reviewComment,
    used: q.usedAt !== null,
    duplicateOf: view.duplicateOf ?? [],
    createdAt: new Date(q.createdAt).toISOString(),
    updatedAt: new Date(q.updatedAt).toISOString(),
  };
}

/** The authorable content of a stored question: what export writes. */
export function toQuestionInput(q: QuestionEntity): QuestionInput {
  return {
    type: q.type,
    stem: q.stem,
    options: [...(q.options ?? [])].sort((a, b) => a.position - b.position).map((o) => ({ text: o.text, isCorrect: o.isCorrect })),
    acceptedAnswers: q.acceptedAnswers ?? [],
    accentInsensitive: q.accentInsensitive,
    points: q.points,
    topic: q.topic,
    difficulty: q.difficulty,
    explanation: q.explanation,
    source: q.sourceDocument ? { document: q.sourceDocument, article: q.sourceArticle, date: q.sourceDate } : null,
    tags: q.tags,
  };
}
