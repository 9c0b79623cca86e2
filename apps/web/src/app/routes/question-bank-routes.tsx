import type { ReactNode } from 'react';
import { ImportWizardPage } from '../../features/question-bank/components/import-wizard-page';
import { QuestionBankPage } from '../../features/question-bank/components/question-bank-page';
import { QuestionDetailPage } from '../../features/question-bank/components/question-detail-page';
import { QuestionEditorPage } from '../../features/question-bank/components/question-editor-page';
import { ReviewQueuePage } from '../../features/question-bank/components/review-queue-page';
import { QUESTION_AUTHOR_ROLES } from '../../lib/question-roles';
import { RequireRole } from './guards';

export type QuestionBankPageName = 'list' | 'detail' | 'editor' | 'review' | 'import';

/** Pages that change the bank; judges, who only read it, get the forbidden page. */
function AuthorsOnly({ children }: { children: ReactNode }) {
  return <RequireRole allowed={QUESTION_AUTHOR_ROLES}>{children}</RequireRole>;
}

/**
 * The organizer area's pages, loaded together as one lazy chunk: organizers
 * move between them all the time, and one download on a slow line beats five.
 * Entrants never request it (the router guards the whole area by role first).
 */
export function QuestionBankRoute({ page }: { page: QuestionBankPageName }) {
  switch (page) {
    case 'list':
      return <QuestionBankPage />;
    case 'detail':
      return <QuestionDetailPage />;
    case 'editor':
      return (
        <AuthorsOnly>
          <QuestionEditorPage />
        </AuthorsOnly>
      );
    case 'review':
      return (
        <AuthorsOnly>
          <ReviewQueuePage />
        </AuthorsOnly>
      );
    case 'import':
      return (
        <AuthorsOnly>
          <ImportWizardPage />
        </AuthorsOnly>
      );
  }
}
