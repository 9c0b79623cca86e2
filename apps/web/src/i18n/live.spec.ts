import { changeLanguage, i18n } from './i18n';
import { registerLiveCatalogue } from './live';
import { liveEn } from './live.en';
import { liveVi } from './live.vi';

type Tree = { readonly [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [[`${prefix}${key}`, value] as [string, string]] : leaves(value, `${prefix}${key}.`),
  );
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();
const viLeaves = new Map(leaves(liveVi));
const enLeaves = new Map(leaves(liveEn));

describe('live catalogues (loaded with the live pages and boards)', () => {
  it('have the same keys and variables, no empty texts, Vietnamese in NFC', () => {
    expect([...enLeaves.keys()].sort()).toEqual([...viLeaves.keys()].sort());
    for (const [key, text] of viLeaves) expect({ key, vars: placeholders(enLeaves.get(key) ?? '') }).toEqual({ key, vars: placeholders(text) });
    for (const [key, text] of [...viLeaves, ...enLeaves]) expect({ key, empty: text.trim() === '' }).toEqual({ key, empty: false });
    for (const [key, text] of viLeaves) expect({ key, nfc: text === text.normalize('NFC') }).toEqual({ key, nfc: true });
  });

  it('use the words the host, the players and the room know', () => {
    expect(liveVi.host.openQuestion).toBe('Mở câu hỏi {{number}}');
    expect(liveVi.host.closeEarly).toBe('Đóng câu hỏi sớm');
    expect(liveVi.host.reveal).toBe('Công bố đáp án');
    expect(liveVi.host.next).toBe('Câu tiếp theo');
    expect(liveVi.host.finish).toBe('Kết thúc và trao giải');
    expect(liveVi.player.lobbyWait).toBe('Chờ người dẫn chương trình…');
    expect(liveVi.player.submit).toBe('Gửi đáp án');
    expect(liveVi.player.accepted).toBe('Đã ghi nhận');
    expect(liveVi.common.reconnecting).toBe('Đang kết nối lại…');
    expect(liveVi.announce.opened).toBe('Câu hỏi {{number}}/{{total}} đã mở.');
    expect(liveVi.announce.reveal).toBe('Đã công bố đáp án.');
  });

  it('join the app catalogue under live.* once registered, in both languages', async () => {
    registerLiveCatalogue();
    registerLiveCatalogue();
    const t = (key: string, options?: object) => (i18n.t as unknown as (key: string, options?: object) => string)(key, options);
    expect(t('live.host.openQuestion', { number: 1 })).toBe('Mở câu hỏi 1');
    await changeLanguage('en');
    expect(t('live.host.openQuestion', { number: 1 })).toBe('Open question 1');
    await changeLanguage('vi');
  });
});
