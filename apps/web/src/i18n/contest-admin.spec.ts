import {
  CONTEST_STATUSES,
  COUNTED_ATTEMPTS,
  DIFFICULTIES,
  LEADERBOARD_VISIBILITIES,
  PRIZE_KINDS,
  ROUND_MODES,
  TIE_BREAKS,
  TOPICS,
} from '@reform-quiz/contracts';
import { contestAdminEn } from './contest-admin.en';
import { registerContestAdminCatalogue } from './contest-admin';
import { contestAdminVi } from './contest-admin.vi';
import { changeLanguage, i18n } from './i18n';
import { questionBankVi } from './question-bank.vi';

type Tree = { readonly [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [[`${prefix}${key}`, value] as [string, string]] : leaves(value, `${prefix}${key}.`),
  );
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();
const viLeaves = new Map(leaves(contestAdminVi));
const enLeaves = new Map(leaves(contestAdminEn));

describe('contest-management catalogues (loaded with their area)', () => {
  it('have the same keys and variables, no empty texts, Vietnamese in NFC', () => {
    expect([...enLeaves.keys()].sort()).toEqual([...viLeaves.keys()].sort());
    for (const [key, text] of viLeaves) expect({ key, vars: placeholders(enLeaves.get(key) ?? '') }).toEqual({ key, vars: placeholders(text) });
    for (const [key, text] of [...viLeaves, ...enLeaves]) expect({ key, empty: text.trim() === '' }).toEqual({ key, empty: false });
    for (const [key, text] of viLeaves) expect({ key, nfc: text === text.normalize('NFC') }).toEqual({ key, nfc: true });
  });

  it('name every status, mode, tie-break, prize, visibility and counted attempt of the contracts', () => {
    for (const status of CONTEST_STATUSES) expect(viLeaves.has(`statuses.${status}`) && viLeaves.has(`actions.next.${status}`)).toBe(true);
    for (const mode of ROUND_MODES) expect(viLeaves.has(`modes.${mode}`) && viLeaves.has(`modeHints.${mode}`)).toBe(true);
    for (const link of TIE_BREAKS) expect(viLeaves.has(`tieBreaks.${link}`) && viLeaves.has(`tieBreakHints.${link}`)).toBe(true);
    for (const kind of PRIZE_KINDS) expect(viLeaves.has(`prizeKinds.${kind}`)).toBe(true);
    for (const visibility of LEADERBOARD_VISIBILITIES) expect(viLeaves.has(`visibilities.${visibility}`)).toBe(true);
    for (const counted of COUNTED_ATTEMPTS) expect(viLeaves.has(`countedAttempts.${counted}`)).toBe(true);
  });

  it('use the words the product uses', () => {
    expect(contestAdminVi.statuses).toEqual({ draft: 'Nháp', published: 'Đã công bố', closed: 'Đã kết thúc', archived: 'Lưu trữ' });
    expect(contestAdminVi.tieBreaks).toEqual({
      score: 'Điểm',
      prediction: 'Dự đoán gần đúng hơn',
      duration: 'Thời gian làm bài ngắn hơn',
      submitted_at: 'Nộp bài sớm hơn',
    });
    expect(contestAdminVi.modes).toEqual({ self_paced: 'Tự làm bài', live: 'Trực tiếp' });
    expect(contestAdminVi.countedAttempts).toEqual({ best: 'Lượt cao nhất', latest: 'Lượt cuối', first: 'Lượt đầu' });
  });

  it('name topics and difficulties as the question bank does, so the blueprint speaks the bank’s words', () => {
    for (const topic of TOPICS) expect(contestAdminVi.topics[topic]).toBe(questionBankVi.topics[topic]);
    for (const difficulty of DIFFICULTIES) expect(contestAdminVi.difficulties[difficulty]).toBe(questionBankVi.difficulties[difficulty]);
  });

  it('join the app catalogue under contestAdmin.* once registered, in both languages', async () => {
    registerContestAdminCatalogue();
    registerContestAdminCatalogue();
    // These keys are typed by useContestAdminTranslation, not in the global key type.
    const t = (key: string) => (i18n.t as unknown as (key: string) => string)(key);
    expect(t('contestAdmin.list.title')).toBe('Quản lý cuộc thi');
    expect(i18n.t('nav.contestAdmin')).toBe('Cuộc thi');
    await changeLanguage('en');
    expect(t('contestAdmin.list.title')).toBe('Contest management');
    await changeLanguage('vi');
  });
});
