import { setTimeout as sleep } from 'node:timers/promises';
import { Transactions } from '../src/database/transactions';
import { AuditEntryEntity } from '../src/modules/audit/audit-entry.entity';
import { AuditService } from '../src/modules/audit/audit.service';
import { UnitEntity } from '../src/modules/units/unit.entity';
import { startTestApp, testDrivers, TestApp } from './support/test-app';

describe.each(testDrivers())('transactions on %s', (driver) => {
  let t: TestApp;
  let tx: Transactions;
  beforeAll(async () => {
    t = await startTestApp(driver);
    tx = t.app.get(Transactions);
  });
  afterAll(() => t.close());

  const unit = (code: string) => Object.assign(new UnitEntity(), { code, name: code, searchName: code.toLowerCase(), kind: 'other', parentId: null, headcount: 0, createdAt: 0, updatedAt: 0 });
  const exists = (code: string) => t.dataSource.getRepository(UnitEntity).existsBy({ code });

  it('keeps concurrent transactions apart: one failing does not take the other down', async () => {
    const failing = tx.run(async (em) => {
      await em.getRepository(UnitEntity).insert(unit(`FAIL-${driver}`));
      await sleep(30);
      throw new Error('rolled back on purpose');
    });
    await sleep(5);
    const succeeding = tx.run(async (em) => {
      await em.getRepository(UnitEntity).insert(unit(`OK-${driver}`));
      await sleep(5);
    });
    await expect(failing).rejects.toThrow('rolled back on purpose');
    await expect(succeeding).resolves.toBeUndefined();
    expect(await exists(`FAIL-${driver}`)).toBe(false);
    expect(await exists(`OK-${driver}`)).toBe(true);
  });

  it('runs after-commit work once the outermost transaction has committed, and never after a rollback', async () => {
    const seen: string[] = [];
    await tx.run(async (em) => {
      await em.getRepository(UnitEntity).insert(unit(`AFTER-${driver}`));
      // Joined work registers with the outer transaction: nothing runs before the commit.
      await tx.run(async () => tx.afterCommit(() => seen.push('committed')));
      expect(seen).toEqual([]);
    });
    expect(seen).toHaveLength(1);
    expect(await exists(`AFTER-${driver}`)).toBe(true);

    await expect(
      tx.run(async () => {
        tx.afterCommit(() => seen.push('after a rollback'));
        throw new Error('rolled back on purpose');
      }),
    ).rejects.toThrow('rolled back on purpose');
    tx.afterCommit(() => seen.push('outside a transaction: at once'));
    expect(seen).toEqual(['committed', 'outside a transaction: at once']);
  });

  it('lets work started inside a transaction join it, so a rollback takes the audit record too', async () => {
    const audit = t.app.get(AuditService);
    const before = await t.dataSource.getRepository(AuditEntryEntity).count();
    await expect(
      tx.run(async () => {
        await audit.record({ actorId: null, action: 'test.joined', entityType: 'test', entityId: 1 });
        throw new Error('undo');
      }),
    ).rejects.toThrow('undo');
    expect(await t.dataSource.getRepository(AuditEntryEntity).count()).toBe(before);
  });

  it('runs many small concurrent writes without losing any', async () => {
    const codes = Array.from({ length: 60 }, (_, i) => `MANY-${driver}-${i}`);
    await Promise.all(codes.map((code, i) => tx.run(async (em) => {
      if (i % 3 === 0) await sleep(1);
      await em.getRepository(UnitEntity).insert(unit(code));
    })));
    expect(await t.dataSource.getRepository(UnitEntity).countBy(codes.map((code) => ({ code })))).toBe(60);
  });
});
