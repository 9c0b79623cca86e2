import { ErrorCodes, FieldErrorCodes } from '@reform-quiz/contracts';
import { DIFFICULTIES, QUESTION_STATUSES, QUESTION_TYPES, TOPICS } from '@reform-quiz/contracts';
import { en } from './en';
import { changeLanguage, i18n } from './i18n';
import { registerQuestionBankCatalogue } from './question-bank';
import { questionBankEn } from './question-bank.en';
import { questionBankVi } from './question-bank.vi';
import { vi as viCatalogue } from './vi';

type Tree = { readonly [key: string]: string | Tree };

/** Every leaf of a catalogue as [dotted key, text]. */
function leaves(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [[`${prefix}${key}`, value] as [string, string]] : leaves(value, `${prefix}${key}.`),
  );
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();
}

const viLeaves = new Map(leaves(viCatalogue));
const enLeaves = new Map(leaves(en));
const qbViLeaves = new Map(leaves(questionBankVi));
const qbEnLeaves = new Map(leaves(questionBankEn));

describe('catalogues', () => {
  it('have exactly the same keys', () => {
    expect([...enLeaves.keys()].sort()).toEqual([...viLeaves.keys()].sort());
  });

  it('use the same interpolation variables for each key', () => {
    for (const [key, text] of viLeaves) {
      expect({ key, vars: placeholders(enLeaves.get(key) ?? '') }).toEqual({ key, vars: placeholders(text) });
    }
  });

  it('have no empty texts', () => {
    for (const [key, text] of [...viLeaves, ...enLeaves]) expect({ key, empty: text.trim() === '' }).toEqual({ key, empty: false });
  });

  it('translate every error code and field error code of the contracts', () => {
    for (const code of Object.values(ErrorCodes)) {
      expect(viLeaves.has(`errors.${code}`) && enLeaves.has(`errors.${code}`)).toBe(true);
    }
    for (const code of Object.values(FieldErrorCodes)) {
      expect(viLeaves.has(`fieldErrors.${code}`) && enLeaves.has(`fieldErrors.${code}`)).toBe(true);
    }
  });

  it('write Vietnamese with its diacritics, in NFC', () => {
    expect(viCatalogue.register.fullName).toBe('Họ và tên');
    expect(viCatalogue.nav.register).toBe('Đăng ký');
    expect(viCatalogue.register.nationalId).toBe('Số CCCD');
    for (const [key, text] of viLeaves) expect({ key, nfc: text === text.normalize('NFC') }).toEqual({ key, nfc: true });
  });
});

describe('question-bank catalogues (loaded with the organizer area)', () => {
  it('have exactly the same keys, the same variables and no empty texts', () => {
    expect([...qbEnLeaves.keys()].sort()).toEqual([...qbViLeaves.keys()].sort());
    for (const [key, text] of qbViLeaves) {
      expect({ key, vars: placeholders(qbEnLeaves.get(key) ?? '') }).toEqual({ key, vars: placeholders(text) });
    }
    for (const [key, text] of [...qbViLeaves, ...qbEnLeaves]) expect({ key, empty: text.trim() === '' }).toEqual({ key, empty: false });
    for (const [key, text] of qbViLeaves) expect({ key, nfc: text === text.normalize('NFC') }).toEqual({ key, nfc: true });
  });

  it('name every topic, type, difficulty and status of the contracts', () => {
    for (const topic of TOPICS) expect(qbViLeaves.has(`topics.${topic}`)).toBe(true);
    for (const type of QUESTION_TYPES) expect(qbViLeaves.has(`questionTypes.${type}`) && qbViLeaves.has(`typeHints.${type}`)).toBe(true);
    for (const difficulty of DIFFICULTIES) expect(qbViLeaves.has(`difficulties.${difficulty}`)).toBe(true);
    for (const status of QUESTION_STATUSES) expect(qbViLeaves.has(`questionStatuses.${status}`)).toBe(true);
  });

  it('use the labels of the import template', () => {
    expect(questionBankVi.topics).toEqual({
      institutional: 'Cải cách thể chế',
      procedures: 'Cải cách thủ tục hành chính',
      organization: 'Cải cách tổ chức bộ máy',
      civil_service: 'Cải cách chế độ công vụ',
      public_finance: 'Cải cách tài chính công',
      e_government: 'Chính quyền điện tử, chính quyền số',
      general: 'Chung',
    });
    expect(questionBankVi.questionTypes).toEqual({
      single_choice: 'Một đáp án',
      multiple_choice: 'Nhiều đáp án',
      true_false: 'Đúng/Sai',
      short_text: 'Trả lời ngắn',
      essay: 'Tự luận',
    });
    expect(questionBankVi.difficulties).toEqual({ easy: 'Dễ', medium: 'Trung bình', hard: 'Khó' });
    expect(questionBankVi.questionStatuses).toEqual({ draft: 'Nháp', in_review: 'Chờ duyệt', approved: 'Đã duyệt', retired: 'Ngừng sử dụng' });
  });

  it('join the app catalogue under questionBank.* once registered, in both languages', async () => {
    registerQuestionBankCatalogue();
    registerQuestionBankCatalogue();
    expect(i18n.t('questionBank.list.title')).toBe('Ngân hàng câu hỏi');
    expect(i18n.t('login.title')).toBe('Đăng nhập');
    await changeLanguage('en');
    expect(i18n.t('questionBank.list.title')).toBe('Question bank');
    await changeLanguage('vi');
  });
});

describe('language switch', () => {
  afterEach(async () => {
    await changeLanguage('vi');
  });

  it('starts in Vietnamese', () => {
    expect(i18n.language).toBe('vi');
    expect(i18n.t('login.title')).toBe('Đăng nhập');
  });

  it('switches, sets <html lang> and remembers the choice', async () => {
    await changeLanguage('en');
    expect(i18n.t('login.title')).toBe('Log in');
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem('reformquiz.language')).toBe('en');
  });
});
