import { DatabaseError } from 'pg';
import { QueryFailedError, QueryRunnerAlreadyReleasedError, QueryRunnerProviderAlreadyReleasedError } from 'typeorm';
import { describeError } from './error-response';

const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });
const pgError = (message: string, code: string) => Object.assign(new DatabaseError(message, message.length, 'error'), { code });
const failedQuery = (driverError: Error) => new QueryFailedError('SELECT 1', [], driverError);

/** The errors drivers really raise when the database goes away, or refuses a statement. */
describe('describeError: a database or Redis that is unavailable is a 503 the client retries', () => {
  it.each([
    ['connection refused (PostgreSQL stopped)', withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED')],
    ['connection reset', withCode('read ECONNRESET', 'ECONNRESET')],
    ['every address of the host refused', Object.assign(new AggregateError([withCode('connect ECONNREFUSED ::1:5432', 'ECONNREFUSED')], ''), { code: undefined })],
    ['a connection lost mid-query', new Error('Connection terminated unexpectedly')],
    ['a pool that cannot get a connection in time', new Error('timeout exceeded when trying to connect')],
    ['the server terminating the connection', failedQuery(pgError('terminating connection due to administrator command', '57P01'))],
    ['the database refusing connections', pgError('database "x" is not currently accepting connections', '55000')],
    ['the server starting up', pgError('the database system is starting up', '57P03')],
    ['a connection exception (class 08)', failedQuery(pgError('connection failure', '08006'))],
    ['too many connections', pgError('sorry, too many clients already', '53300')],
    ['a query runner released when its connection failed', new QueryRunnerAlreadyReleasedError()],
    ['a transaction’s query after its connection failed and the runner was released', new QueryRunnerProviderAlreadyReleasedError()],
    ['SQLite locked past its busy timeout', withCode('database is locked', 'SQLITE_BUSY')],
    ['Redis down past ioredis retries', Object.assign(new Error('Reached the max retries per request limit (which is 2).'), { name: 'MaxRetriesPerRequestError' })],
    ['Redis connection closed', new Error('Connection is closed.')],
  ])('%s', (_, error) => {
    const { status, body, headers } = describeError(error);
    expect(status).toBe(503);
    expect(body.error.code).toBe('SERVICE_UNAVAILABLE');
    expect(Number(headers?.['Retry-After'])).toBeGreaterThan(0);
  });

  it.each([
    ['a unique violation', failedQuery(pgError('duplicate key value violates unique constraint "x"', '23505'))],
    ['a syntax error', failedQuery(pgError('syntax error at or near "SELEC"', '42601'))],
    ['an SQLite constraint', withCode('UNIQUE constraint failed: users.phone', 'SQLITE_CONSTRAINT_UNIQUE')],
    ['a plain bug', new TypeError("Cannot read properties of undefined (reading 'id')")],
  ])('but %s stays a 500: retrying would not help', (_, error) => {
    const { status, body, headers } = describeError(error);
    expect(status).toBe(500);
    expect(body.error.code).toBe('INTERNAL_ERROR');
    expect(headers).toBeUndefined();
  });
});
