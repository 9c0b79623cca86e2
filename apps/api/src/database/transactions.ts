import { Global, Injectable, Module } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Mutex } from 'async-mutex';
import { AsyncLocalStorage } from 'node:async_hooks';
import { DataSource, EntityManager } from 'typeorm';

/** A transaction in progress, as the code running inside it sees it. */
interface Scope {
  em: EntityManager;
  /** What waits for the commit (forgetting cached rows the transaction changed); dropped on rollback. */
  afterCommit: (() => void)[];
}

/**
 * Every write goes through here. TypeORM gives SQLite a single shared
 * connection, so two requests' transactions would otherwise interleave on it
 * — the second nested as a savepoint of the first, committed or rolled back
 * with it. On SQLite transactions therefore take turns (SQLite has one writer
 * anyway); on PostgreSQL each gets its own pooled connection. Work started
 * inside a transaction joins it instead of waiting for itself.
 */
@Injectable()
export class Transactions {
  private readonly sqliteTurns: Mutex | null;
  private readonly current = new AsyncLocalStorage<Scope>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    this.sqliteTurns = dataSource.options.type === 'better-sqlite3' ? new Mutex() : null;
  }

  /** The manager of the transaction this code runs in, or the plain one: what repositories read with. */
  manager(): EntityManager {
    return this.current.getStore()?.em ?? this.dataSource.manager;
  }

  run<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    const outer = this.current.getStore();
    if (outer) return work(outer.em);
    const transaction = async () => {
      const afterCommit: Scope['afterCommit'] = [];
      const result = await this.dataSource.transaction((em) => this.current.run({ em, afterCommit }, () => work(em)));
      for (const done of afterCommit) done();
      return result;
    };
    return this.sqliteTurns ? this.sqliteTurns.runExclusive(transaction) : transaction();
  }

  /** Runs `done` once the current transaction has committed (never if it rolls back), or at once outside a transaction. */
  afterCommit(done: () => void): void {
    const scope = this.current.getStore();
    if (scope) scope.afterCommit.push(done);
    else done();
  }
}

@Global()
@Module({ providers: [Transactions], exports: [Transactions] })
export class TransactionsModule {}
