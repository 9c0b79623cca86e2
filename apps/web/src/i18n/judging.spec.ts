import { APPEAL_DECISIONS, FLAG_KINDS, PRIZE_KINDS, SNAPSHOT_STATUSES } from '@reform-quiz/contracts';
import { changeLanguage, i18n } from './i18n';
import { registerJudgingCatalogue } from './judging';
import { judgingEn } from './judging.en';
import { judgingVi } from './judging.vi';

type Tree = { readonly [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [[`${prefix}${key}`, value] as [string, string]] : leaves(value, `${prefix}${key}.`),
  );
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();
const viLeaves = new Map(leaves(judgingVi));
const enLeaves = new Map(leaves(judgingEn));

describe('jury catalogues (loaded with the jury’s and the snapshots’ pages)', () => {
  it('have the same keys and variables, no empty texts, Vietnamese in NFC', () => {
    expect([...enLeaves.keys()].sort()).toEqual([...viLeaves.keys()].sort());
    for (const [key, text] of viLeaves) expect({ key, vars: placeholders(enLeaves.get(key) ?? '') }).toEqual({ key, vars: placeholders(text) });
    for (const [key, text] of [...viLeaves, ...enLeaves]) expect({ key, empty: text.trim() === '' }).toEqual({ key, empty: false });
    for (const [key, text] of viLeaves) expect({ key, nfc: text === text.normalize('NFC') }).toEqual({ key, nfc: true });
  });

  it('name every flag kind, appeal decision, snapshot status and prize of the contracts', () => {
    for (const kind of FLAG_KINDS) expect(viLeaves.has(`flags.kinds.${kind}`) && viLeaves.has(`flags.kindHints.${kind}`)).toBe(true);
    for (const decision of APPEAL_DECISIONS) expect(viLeaves.has(`appeals.decisions.${decision}`)).toBe(true);
    for (const status of SNAPSHOT_STATUSES) expect(viLeaves.has(`results.statuses.${status}`)).toBe(true);
    for (const kind of PRIZE_KINDS) expect(viLeaves.has(`prizeKinds.${kind}`)).toBe(true);
  });

  it('use the words the jury and the secretariat use', () => {
    expect(judgingVi.home.title).toBe('Ban giám khảo');
    expect(judgingVi.round.tabs).toEqual({ essays: 'Chấm bài tự luận', flags: 'Cờ cảnh báo', appeals: 'Khiếu nại', items: 'Phân tích câu hỏi' });
    expect(judgingVi.snapshot.approve.submit).toBe('Phê duyệt');
    expect(judgingVi.snapshot.publish.submit).toBe('Công bố');
    expect(judgingVi.prizeKinds).toEqual({ first: 'Giải Nhất', second: 'Giải Nhì', third: 'Giải Ba', consolation: 'Giải Khuyến khích' });
  });

  it('join the app catalogue under judging.* once registered, in both languages', async () => {
    registerJudgingCatalogue();
    registerJudgingCatalogue();
    const t = (key: string, options?: object) => (i18n.t as unknown as (key: string, options?: object) => string)(key, options);
    expect(t('judging.flags.scanned', { count: 2 })).toBe('Đã quét xong: 2 cờ mới.');
    await changeLanguage('en');
    expect(t('judging.flags.scanned', { count: 2 })).toBe('Scan finished: 2 new flags.');
    await changeLanguage('vi');
  });
});
