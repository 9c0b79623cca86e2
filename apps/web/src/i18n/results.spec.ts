import { CATEGORIES, PRIZE_KINDS } from '@reform-quiz/contracts';
import { changeLanguage, i18n } from './i18n';
import { registerResultsCatalogue } from './results';
import { resultsEn } from './results.en';
import { resultsVi } from './results.vi';

type Tree = { readonly [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [[`${prefix}${key}`, value] as [string, string]] : leaves(value, `${prefix}${key}.`),
  );
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();
const viLeaves = new Map(leaves(resultsVi));
const enLeaves = new Map(leaves(resultsEn));

describe('results catalogues (loaded with the results, verification, statistics and certificate pages)', () => {
  it('have the same keys and variables, no empty texts, Vietnamese in NFC', () => {
    expect([...enLeaves.keys()].sort()).toEqual([...viLeaves.keys()].sort());
    for (const [key, text] of viLeaves) expect({ key, vars: placeholders(enLeaves.get(key) ?? '') }).toEqual({ key, vars: placeholders(text) });
    for (const [key, text] of [...viLeaves, ...enLeaves]) expect({ key, empty: text.trim() === '' }).toEqual({ key, empty: false });
    for (const [key, text] of viLeaves) expect({ key, nfc: text === text.normalize('NFC') }).toEqual({ key, nfc: true });
  });

  it('name every prize and block of the contracts', () => {
    for (const kind of PRIZE_KINDS) expect(viLeaves.has(`prizes.${kind}`)).toBe(true);
    for (const category of CATEGORIES) expect(viLeaves.has(`blocks.${category}`)).toBe(true);
  });

  it('use the words the province uses', () => {
    expect(resultsVi.results.title).toBe('Kết quả chính thức');
    expect(resultsVi.verify.title).toBe('Xác minh giấy chứng nhận');
    expect(resultsVi.certificates.title).toBe('Giấy chứng nhận của tôi');
    expect(resultsVi.statistics.title).toBe('Thống kê');
    expect(resultsVi.statistics.rateColumn).toBe('Tỷ lệ tham gia');
    expect(resultsVi.results.collectiveTitle).toBe('Giải tập thể');
  });

  it('join the app catalogue under results.* once registered, in both languages', async () => {
    registerResultsCatalogue();
    registerResultsCatalogue();
    expect(i18n.t('results.verify.submit' as never)).toBe('Xác minh');
    await changeLanguage('en');
    expect(i18n.t('results.verify.submit' as never)).toBe('Verify');
    await changeLanguage('vi');
  });
});
