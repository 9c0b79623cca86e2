import fc from 'fast-check';
import { getMetadataStorage } from 'class-validator';
import { randomUUID } from 'node:crypto';

/**
 * fast-check arbitraries for malformed requests: wrong types, huge strings,
 * deep nesting, Unicode edge cases, negative and enormous numbers, unknown
 * fields, malformed JSON, wrong content types, oversized bodies, broken path
 * and query values, bad credentials and headers.
 */

/** A JSON fragment written into the body as is (numbers JSON.stringify cannot write, nesting it would overflow on). */
export class RawJson {
  constructor(readonly text: string) {}
}

/** JSON text of a value that may hold RawJson fragments. */
export function toJson(value: unknown): string {
  const fragments: string[] = [];
  const token = `__raw_${randomUUID().slice(0, 8)}_`;
  const text = JSON.stringify(value, (_, v: unknown) => {
    if (v instanceof RawJson) {
      fragments.push(v.text);
      return `${token}${fragments.length - 1}`;
    }
    return v;
  });
  return (text ?? 'null').replace(new RegExp(`"${token}(\\d+)"`, 'g'), (_, i: string) => fragments[Number(i)]);
}

const BODY_LIMIT = 1024 * 1024;

/** Strings that break naive code: control and format characters, lone surrogates, look-alikes, injections. */
export const UNICODE_EDGES = [
  '\u0000',
  'a\u0000b',
  '\uD800',
  '\uDFFF',
  'x\uDC00y',
  '\uFEFF',
  '\u202E\u0645\u0631\u062D\u0628\u0627',
  'e\u0301\u0301\u0301',
  'Z̤̺̦̤̰̙a̴̡̧l̸̗g̷o',
  '\u200B\u200C\u200D\u2060',
  '𝒳𝒴𝒵',
  '👩‍👩‍👧‍👦🏳️‍🌈',
  'ﷺ',
  'İı',
  'ß',
  '\r\n\t\u000b\u000c\u0085\u2028\u2029',
  '\\',
  '"',
  "'; DROP TABLE users; --",
  '" OR 1=1 --',
  '%00',
  '../../../../etc/passwd',
  '<script>alert(1)</script>',
  '${jndi:ldap://example.invalid/a}',
  '{{7*7}}',
  '$where',
  '   ',
  '',
  'null',
  'undefined',
  'NaN',
  'Infinity',
  '-0',
  '１２３',
  '٣٤',
  'Ⅻ',
  'Nguyễn Văn A',
  'Nguye\u0302\u0303n',
] as const;

export const unicodeEdge = fc.oneof(
  { arbitrary: fc.constantFrom(...UNICODE_EDGES), weight: 3 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 40 }), weight: 2 },
  { arbitrary: fc.tuple(fc.constantFrom(...UNICODE_EDGES), fc.string({ unit: 'grapheme', maxLength: 10 }), fc.constantFrom(...UNICODE_EDGES)).map((p) => p.join('')), weight: 2 },
);

/** Long strings: just past a field's limit, far past it, and past the body limit. */
export const hugeString = fc
  .tuple(fc.constantFrom('x', 'ệ', '𝒳', ' ', '\u0301', '0', '<a>'), fc.oneof({ arbitrary: fc.integer({ min: 201, max: 5_000 }), weight: 6 }, { arbitrary: fc.integer({ min: 5_001, max: 300_000 }), weight: 3 }))
  .map(([unit, n]) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n * unit.length));

/** Arrays and objects nested past any limit (built as text: too deep for JSON.stringify). */
export const deepNesting = fc.tuple(fc.constantFrom('array', 'object', 'mixed'), fc.oneof({ arbitrary: fc.integer({ min: 33, max: 2_000 }), weight: 3 }, { arbitrary: fc.integer({ min: 2_001, max: 150_000 }), weight: 1 })).map(([kind, depth]) => {
  if (kind === 'array') return new RawJson(`${'['.repeat(depth)}${']'.repeat(depth)}`);
  if (kind === 'object') return new RawJson(`${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`);
  return new RawJson(`${'[{"a":'.repeat(depth)}null${'}]'.repeat(depth)}`);
});

/**
 * Numbers no field of ours accepts as an id: negative, zero, fractional,
 * enormous, and texts JSON.parse turns into Infinity or loses precision on.
 * Never a small positive integer, which could name a real row.
 */
const isSmallId = (n: number) => Number.isInteger(n) && n >= 1 && n < 1_000_000;
export const badNumber = fc.oneof(
  fc.constantFrom<unknown>(-1, 0, -0, -2_147_483_648, 2_147_483_648, 4_294_967_296, 2 ** 53, 2 ** 53 + 2, -(2 ** 53), 1e21, 1e308, -1e308, 5e-324, 0.5, 1.0000001, 99.999, 1_000_000_000_000),
  fc.constantFrom('1e999', '-1e999', '123456789012345678901234567890', '1.7976931348623157e309', '1e-400', '-0.0', '1E+2', '9007199254740993').map((t) => new RawJson(t)),
  fc.double({ noNaN: true }).filter((n) => !isSmallId(n)),
  fc.integer({ min: -2_147_483_648, max: 0 }),
  fc.integer({ min: 2_147_483_648, max: Number.MAX_SAFE_INTEGER }),
);

/** A value of the wrong JSON type for almost any field (no integers: those come from badNumber). */
export const wrongType = fc.oneof(
  fc.boolean(),
  fc.constant(null),
  fc.constant({}),
  fc.constant([]),
  fc.string({ maxLength: 12 }),
  fc.array(fc.jsonValue({ maxDepth: 2 }).filter((v) => typeof v !== 'number' || !isSmallId(v)), { maxLength: 4 }),
  fc.dictionary(fc.string({ maxLength: 6 }), fc.oneof(fc.string({ maxLength: 6 }), fc.boolean(), fc.constant(null)), { maxKeys: 4 }),
  fc.constant([null]),
  fc.constant([[[]]]),
  fc.constant({ $gt: '' }),
);

/** Any of the above, for one field. */
export const badValue = fc.oneof(
  { arbitrary: wrongType, weight: 5 },
  { arbitrary: unicodeEdge, weight: 4 },
  { arbitrary: badNumber, weight: 4 },
  { arbitrary: hugeString, weight: 2 },
  { arbitrary: deepNesting, weight: 1 },
);

/** Names of fields no DTO declares, including the prototype-pollution classics. */
export const unknownKey = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'isAdmin', 'role', 'id', 'userId', 'status', 'createdAt', '$where', 'toString', 'hasOwnProperty', '', ' ', 'a.b', '\u0000'),
  fc.string({ minLength: 1, maxLength: 16 }),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 8 }),
);

/** The fields a DTO class declares (class-validator's own metadata). */
export function dtoFields(dto: (new (...args: never[]) => unknown) | null): string[] {
  if (!dto) return [];
  return [...new Set(getMetadataStorage().getTargetValidationMetadatas(dto, '', true, false).map((m) => m.propertyName))];
}

/** The fields a DTO requires: those without @IsOptional (or another conditional rule). */
export function requiredFields(dto: (new (...args: never[]) => unknown) | null): string[] {
  if (!dto) return [];
  const metadata = getMetadataStorage().getTargetValidationMetadatas(dto, '', true, false);
  const conditional = new Set(metadata.filter((m) => m.type === 'conditionalValidation').map((m) => m.propertyName));
  return dtoFields(dto).filter((f) => !conditional.has(f));
}

/** Texts sent as JSON that are not JSON, built around the route's own body. */
export function malformedJson(base: string): fc.Arbitrary<string> {
  return fc
    .oneof(
      fc.constantFrom('{', '}', '{"a":}', '{"a":1,}', "{'a':1}", '{a:1}', '[1,2', 'nul', 'tru', '{"a":NaN}', '{"a":undefined}', '{"a":0x10}', '{"a":1e}', '{"a":"\\x41"}', '{"a":"\\u12"}', '{"a":"\u0001"}', '{} {}', '{}garbage', '/* c */{}', '{"a":1}//', '"', '{"a":"b"', ' ', '\n', '', '{"__proto__":{"isAdmin":true}}', '{"constructor":{"prototype":{"isAdmin":true}}}'),
      fc.integer({ min: 1, max: Math.max(1, base.length - 1) }).map((cut) => base.slice(0, cut)),
      fc.tuple(fc.integer({ min: 0, max: base.length }), fc.constantFrom('{', '}', '"', ',', ':', '[', '\\', "'", 'x')).map(([at, c]) => base.slice(0, at) + c + base.slice(at)),
      fc.integer({ min: 1, max: 60 }).map((depth) => `{"a":${'{"__proto__":'.repeat(depth)}{}${'}'.repeat(depth)}}`),
      fc.integer({ min: 1_000, max: 40_000 }).map((depth) => `{"x":${'{"constructor":'.repeat(depth)}{}${'}'.repeat(depth)}}`),
    )
    .filter((text) => {
      try {
        JSON.parse(text);
        return false;
      } catch {
        return true;
      }
    });
}

export const wrongContentType = fc.constantFrom(
  'text/plain',
  'text/plain; charset=utf-8',
  'application/xml',
  'text/html',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=fuzz',
  'multipart/form-data',
  'application/octet-stream',
  'application/jsonx',
  'application/vnd.api+json',
  'image/png',
  'json',
  '*/*',
  ';;;',
);

/** A JSON body past the 1 MiB limit. */
export const oversizedBody = fc.tuple(fc.integer({ min: BODY_LIMIT + 1, max: BODY_LIMIT + 200_000 }), fc.constantFrom('a', 'ệ')).map(([size, c]) => `{"x":"${c.repeat(Math.ceil(size / Buffer.byteLength(c)))}"}`);

/** Path segments (as sent, percent-encoded) that are not a valid id of any kind. */
export function badPathSegment(kind: 'uuid' | 'int' | 'certificate' | 'essay' | 'liveCode'): fc.Arbitrary<string> {
  const encoded = unicodeEdge.filter((s) => s.length > 0).map((s) => encodeURIComponent(s.replace(/[\uD800-\uDFFF]/g, '\uFFFD')));
  const common = fc.oneof(
    fc.constantFrom('%00', '%E0%A4%A', '%', '%zz', '..%2F..', '%2F', 'a%20b', '%C0%AF', '%EF%BF%BF', 'null', 'undefined', 'true', '[]', '%7B%7D', '-', '_', '~'),
    encoded,
    fc.integer({ min: 101, max: 3_000 }).map((n) => 'z'.repeat(n)),
  );
  const numeric = fc
    .oneof(fc.constantFrom('-1', '0', '-0', '1.5', '2147483648', '4294967296', '99999999999999999999', '1e999', 'NaN', 'Infinity', '-Infinity', '1e-5', '0x7FFFFFFF0', '1,2'), badNumber.map((n) => String(n instanceof RawJson ? n.text : n)))
    .filter((s) => !isSmallId(Number(s)));
  switch (kind) {
    case 'int':
      return fc.oneof(numeric, common);
    case 'uuid':
      return fc.oneof(common, numeric, fc.constantFrom('00000000-0000-4000-8000-00000000000', '00000000-0000-4000-8000-0000000000000', '00000000000040008000000000000000', '{00000000-0000-4000-8000-000000000000}', 'gggggggg-gggg-gggg-gggg-gggggggggggg', '00000000-0000-4000-8000-000000000000%00'));
    case 'essay':
      return fc.oneof(common, fc.constantFrom('00000000-0000-4000-8000-000000000000', '00000000-0000-4000-8000-000000000000:', ':00000000-0000-4000-8000-000000000000', 'a:b'));
    case 'certificate':
      return fc.oneof(common, fc.constantFrom('ABCD-EFGH-J', 'ABCD-EFGH-JKL', 'ABCDEFGHJK', 'ABC1-EFGH-JK', 'ABCD_EFGH_JK'));
    case 'liveCode':
      return common;
  }
}

/** Query values (percent-encoded text) that break naive parsing. */
export const badQueryValue = fc.oneof(
  fc.constantFrom('-1', '0', '1.5', '1e999', 'NaN', 'Infinity', '99999999999999999999', '2147483648', '0x10', ' ', '', 'true', '[]', '{}', '%00', '%E0%A4%A', '%', 'a%00b'),
  unicodeEdge.map((s) => encodeURIComponent(s.replace(/[\uD800-\uDFFF]/g, '\uFFFD'))),
  fc.integer({ min: 101, max: 8_000 }).map((n) => 'q'.repeat(n)),
);

/** Authorization headers that must not let anyone in. */
export const badAuthorization = fc.oneof(
  fc.constantFrom('Bearer', 'Bearer ', 'Bearer null', 'Bearer undefined', 'Basic YWRtaW46YWRtaW4=', 'bearer', 'Token abc', 'Bearer a.b.c', 'Bearer ..', 'Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4Iiwic2lkIjoieCIsInJvbGUiOiJhZG1pbiJ9.'),
  fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 200 }).map((s) => `Bearer ${s.replace(/[^\x21-\x7e]/g, 'x')}`),
  fc.integer({ min: 1_000, max: 8_000 }).map((n) => `Bearer ${'A'.repeat(n)}`),
);

/** Header values a real HTTP parser would pass on (printable ASCII and Latin-1), but odd. */
export const oddHeaderValue = fc.oneof(
  fc.constantFrom('', ' ', '()<>@,;:\\"/[]?={}', 'ÿþý', '%00', '\t', 'a=b; c', '; ; ;', '=', 'rq_refresh=', 'rq_refresh=%E0%A4%A', 'rq_refresh="unterminated'),
  fc.string({ unit: 'grapheme-ascii', maxLength: 100 }).map((s) => s.replace(/[^\x20-\x7e]/g, '')),
  fc.integer({ min: 500, max: 8_000 }).map((n) => 'h'.repeat(n)),
);
