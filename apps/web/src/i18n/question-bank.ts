import { i18n } from './i18n';
import { questionBankEn } from './question-bank.en';
import { questionBankVi } from './question-bank.vi';

/**
 * Adds the question-bank texts under `questionBank.*` of the one translation
 * namespace, so the area keeps the app's single typed `t`. The area's pages
 * import this module; it travels in their lazy chunks, never in the entry.
 */
export function registerQuestionBankCatalogue(): void {
  if (i18n.exists('questionBank.list.title', { lng: 'vi' })) return;
  i18n.addResourceBundle('vi', 'translation', { questionBank: questionBankVi }, true, true);
  i18n.addResourceBundle('en', 'translation', { questionBank: questionBankEn }, true, true);
}

registerQuestionBankCatalogue();
