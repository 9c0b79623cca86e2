import 'i18next';
import type { questionBankVi } from './question-bank.vi';
import type { vi } from './vi';

// Translation keys are checked against the Vietnamese source catalogues. The
// question-bank texts are registered when the organizer area loads (question-bank.ts).
// Later areas (entrant.ts, contest-admin.ts) type their keys in their own module: past about
// 900 keys in this union, TypeScript gives up on code that passes `t` around.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof vi & { questionBank: typeof questionBankVi } };
    returnNull: false;
  }
}
