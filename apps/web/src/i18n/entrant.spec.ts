import { ATTEMPT_STATUSES, CATEGORIES, PRIZE_KINDS } from '@reform-quiz/contracts';
import { entrantEn } from './entrant.en';
import { entrantVi } from './entrant.vi';
import { registerEntrantCatalogue } from './entrant';
import { changeLanguage, i18n } from './i18n';

type Tree = { readonly [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [[`${prefix}${key}`, value] as [string, string]] : leaves(value, `${prefix}${key}.`),
  );
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();
const viLeaves = new Map(leaves(entrantVi));
const enLeaves = new Map(leaves(entrantEn));

describe('entrant catalogues (loaded with the entrant pages)', () => {
  it('have the same keys and variables, no empty texts, Vietnamese in NFC', () => {
    expect([...enLeaves.keys()].sort()).toEqual([...viLeaves.keys()].sort());
    for (const [key, text] of viLeaves) expect({ key, vars: placeholders(enLeaves.get(key) ?? '') }).toEqual({ key, vars: placeholders(text) });
    for (const [key, text] of [...viLeaves, ...enLeaves]) expect({ key, empty: text.trim() === '' }).toEqual({ key, empty: false });
    for (const [key, text] of viLeaves) expect({ key, nfc: text === text.normalize('NFC') }).toEqual({ key, nfc: true });
  });

  it('name every attempt status, block and prize of the contracts', () => {
    for (const status of ATTEMPT_STATUSES) expect(viLeaves.has(`statuses.${status}`)).toBe(true);
    for (const category of CATEGORIES) expect(viLeaves.has(`blocks.${category}`) && viLeaves.has(`blocksShort.${category}`)).toBe(true);
    for (const kind of PRIZE_KINDS) expect(viLeaves.has(`prizes.${kind}`)).toBe(true);
  });

  it('use the words of the brief for the entrant’s states', () => {
    expect(entrantVi.attempt.saveSaving).toBe('Đang lưu…');
    expect(entrantVi.attempt.saveSaved).toBe('Đã lưu');
    expect(entrantVi.attempt.saveUnsent).toBe('Chưa gửi được — sẽ thử lại');
    expect(entrantVi.attempt.offline).toBe('Mất kết nối — câu trả lời được giữ lại và sẽ gửi khi có mạng');
    expect(entrantVi.round.start).toBe('Vào thi');
    expect(entrantVi.round.resume).toBe('Tiếp tục bài đang làm');
  });

  it('join the app catalogue under entrant.* once registered, in both languages', async () => {
    registerEntrantCatalogue();
    registerEntrantCatalogue();
    expect(i18n.t('entrant.attempt.submit' as never)).toBe('Nộp bài');
    await changeLanguage('en');
    expect(i18n.t('entrant.attempt.submit' as never)).toBe('Submit');
    await changeLanguage('vi');
  });
});
