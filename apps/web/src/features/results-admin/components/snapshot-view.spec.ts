import { changeKind, resultsHref, shortHash, snapshotActions } from './snapshot-view';

const judge = { userId: 'j1', isJudge: true, isManager: false };
const organizer = { userId: 'o1', isJudge: false, isManager: true };
const approval = (id: string) => ({ judge: { id, fullName: id }, at: '2018-06-01T00:00:00Z' });

describe('snapshotActions', () => {
  it('lets each judge approve a pending or approved snapshot once', () => {
    expect(snapshotActions({ status: 'pending', approvals: [] }, judge)).toMatchObject({ canApprove: true, approvedByMe: false, canPublish: false });
    expect(snapshotActions({ status: 'approved', approvals: [approval('j2')] }, judge)).toMatchObject({ canApprove: true });
    expect(snapshotActions({ status: 'pending', approvals: [approval('j1')] }, judge)).toMatchObject({ canApprove: false, approvedByMe: true });
    expect(snapshotActions({ status: 'published', approvals: [] }, judge)).toMatchObject({ canApprove: false });
    expect(snapshotActions({ status: 'superseded', approvals: [] }, judge)).toMatchObject({ canApprove: false });
  });

  it('lets the committee publish an approved snapshot and download certificates once published', () => {
    expect(snapshotActions({ status: 'pending', approvals: [] }, organizer)).toMatchObject({ canApprove: false, canPublish: false, canDownloadCertificates: false });
    expect(snapshotActions({ status: 'approved', approvals: [approval('j1')] }, organizer)).toMatchObject({ canPublish: true, canDownloadCertificates: false });
    expect(snapshotActions({ status: 'published', approvals: [approval('j1')] }, organizer)).toMatchObject({ canPublish: false, canDownloadCertificates: true });
    expect(snapshotActions({ status: 'approved', approvals: [] }, judge)).toMatchObject({ canPublish: false, canDownloadCertificates: false });
  });
});

describe('helpers', () => {
  it('name the change of a line', () => {
    const line = { rank: 1, score: 9, prize: null };
    expect(changeKind({ name: 'A', unit: null, before: null, after: line })).toBe('added');
    expect(changeKind({ name: 'A', unit: null, before: line, after: null })).toBe('removed');
    expect(changeKind({ name: 'A', unit: null, before: line, after: { ...line, rank: 2 } })).toBe('changed');
  });

  it('build addresses in the jury’s or the committee’s area', () => {
    expect(resultsHref('judging', 7)).toBe('/judging/contests/7/results');
    expect(resultsHref('organizer', 7, 'abc')).toBe('/organizer/contests/7/results/abc');
    expect(shortHash('0123456789abcdef0123')).toBe('0123456789ab');
  });
});
