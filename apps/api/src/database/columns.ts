import { Column, ColumnOptions, ValueTransformer } from 'typeorm';

/**
 * PostgreSQL returns BIGINT as a string (it may exceed 2^53); our values are
 * epoch milliseconds, which fit, so they are read back as numbers.
 */
const bigintAsNumber: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | number | null) => (value === null ? null : Number(value)),
};

/**
 * An instant stored as epoch milliseconds. SQLite keeps only seconds in its
 * date columns and PostgreSQL microseconds; milliseconds in a BIGINT are the
 * same on both and are what the server's clock gives.
 */
export function EpochMsColumn(options: Pick<ColumnOptions, 'name' | 'nullable'> = {}): PropertyDecorator {
  return Column({ type: 'bigint', transformer: bigintAsNumber, ...options });
}
