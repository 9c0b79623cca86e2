import { Global, Injectable, Module } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Mutex } from 'async-mutex';
import { AsyncLocalStorage } from 'node:async_hooks';
import { DataSource, EntityManager } from 'typeorm';

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
  private readonly current = new AsyncLocalStorage<EntityManager>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    this.sqliteTurns = dataSource.options.type === 'better-sqlite3' ? new Mutex() : null;
  }

  /** The manager of the transaction this code runs in, or the plain one: what repositories read with. */
  manager(): EntityManager {
    return this.current.getStore() ?? this.dataSource.manager;
  }

  run<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    const outer = this.current.getStore();
    if (outer) return work(outer);
    const transaction = () => this.dataSource.transaction((em) => this.current.run(em, () => work(em)));
    return this.sqliteTurns ? this.sqliteTurns.runExclusive(transaction) : transaction();
  }
}

@Global()
@Module({ providers: [Transactions], exports: [Transactions] })
export class TransactionsModule {}
