import fc from 'fast-check';
import { fillPath, paramKind, type RouteInfo } from '../../support/routes';
import {
  badAuthorization,
  badPathSegment,
  badQueryValue,
  badValue,
  deepNesting,
  dtoFields,
  malformedJson,
  oddHeaderValue,
  oversizedBody,
  RawJson,
  toJson,
  unicodeEdge,
  unknownKey,
  wrongContentType,
  wrongType,
  badNumber,
} from './malformed';
import type { Sample } from './samples';

/** One route as the fuzzer attacks it: who calls, which ids, what a well-formed request looks like. */
export interface Target {
  route: RouteInfo;
  /** Access token of a caller the route's policy lets in (null: anonymous). */
  token: string | null;
  /** Path values for a well-formed request (ids that name nothing, unless a route needs a real one). */
  params: Record<string, string>;
  sample: Sample;
  /** Multipart upload route: its file part is fuzzed instead of a JSON body. */
  upload: boolean;
}

export interface FuzzCase {
  category: string;
  method: string;
  url: string;
  headers: Record<string, string>;
  payload?: string | Buffer;
  /** Certain to be refused (4xx) whatever the route does. */
  mustRefuse: boolean;
  /** What was done to the request, for failure reports. */
  note: string;
}

const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** What the validation pipe refuses in any string: NUL or a lone surrogate. */
const brokenText = (s: string) => s.includes('\u0000') || LONE_SURROGATE.test(s);

const short = (v: unknown) => {
  const text = v instanceof RawJson ? v.text : typeof v === 'string' ? JSON.stringify(v) : toJson(v);
  return text.length > 60 ? `${text.slice(0, 40)}… (${text.length} chars)` : text;
};

/** Dotted paths of every value in a sample body, arrays by index, a few levels down. */
function fieldPaths(value: unknown, prefix = '', depth = 0): string[] {
  if (value === null || typeof value !== 'object' || depth > 3) return [];
  return Object.entries(value).flatMap(([k, v]) => {
    const path = prefix ? `${prefix}.${k}` : k;
    return [path, ...fieldPaths(v, path, depth + 1)];
  });
}

/** The object at `keys` inside `root`, made an object (or kept an array) where an earlier change put something else. */
function parentOf(root: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  let node = root;
  for (const k of keys) {
    const next = node[k];
    if (next === null || typeof next !== 'object') node[k] = {};
    node = node[k] as Record<string, unknown>;
  }
  return node;
}

/** A deep copy that keeps RawJson fragments as they are (structuredClone would turn them into plain objects). */
function clone<T>(value: T): T {
  if (value instanceof RawJson || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(clone) as T;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, clone(v)])) as T;
}

function setPath(body: Record<string, unknown>, path: string, value: unknown): Record<string, unknown> {
  const copy = clone(body);
  const keys = path.split('.');
  parentOf(copy, keys.slice(0, -1))[keys[keys.length - 1]] = value;
  return copy;
}

function dropPath(body: Record<string, unknown>, path: string): Record<string, unknown> {
  const copy = clone(body);
  const keys = path.split('.');
  const node = parentOf(copy, keys.slice(0, -1));
  const last = keys[keys.length - 1];
  if (Array.isArray(node)) node.splice(Number(last), 1);
  else delete node[last];
  return copy;
}

/** Whether the validation pipe is certain to refuse a body holding this value anywhere (broken text, nesting past its limit). */
function certainlyInvalid(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return brokenText(value);
  if (value instanceof RawJson) return /^(\[|\{"a":|\[\{"a":){33}/.test(value.text) || depth + (value.text.match(/^[[{]+/)?.[0].length ?? 0) > 32;
  if (value === null || typeof value !== 'object') return false;
  return Object.entries(value).some(([k, v]) => brokenText(k) || certainlyInvalid(v, depth + 1));
}

const encode = (s: string) => encodeURIComponent(s.replace(/[\uD800-\uDFFF]/g, '\uFFFD'));

interface Parts {
  params: Record<string, string>;
  query: [string, string][];
  headers: Record<string, string>;
  body?: unknown;
  /** Fields no DTO declares, written into the body as they are (`__proto__` included). */
  extra: [string, unknown][];
  /** Replaces the whole body. */
  whole?: { value: unknown };
  /** Raw payload (wins over everything else). */
  payload?: string | Buffer;
  /** The raw payload alone is certain to be refused (set with it, so a later payload replaces it). */
  payloadRefused?: boolean;
  contentType?: string;
  mustRefuse: boolean;
  categories: string[];
  note: string[];
}

function bodyText(p: Parts): string | undefined {
  if (p.payload !== undefined) return undefined;
  if (p.whole) return toJson(p.whole.value);
  if (p.body === undefined && p.extra.length === 0) return undefined;
  const text = toJson(p.body ?? {});
  if (p.extra.length === 0 || !text.startsWith('{')) return text;
  const extra = p.extra.map(([k, v]) => `${JSON.stringify(k)}:${toJson(v)}`).join(',');
  return text === '{}' ? `{${extra}}` : `{${extra},${text.slice(1)}`;
}

/** Every kind of malformed request that applies to the target, as one fast-check arbitrary. */
export function malformedCase(target: Target): fc.Arbitrary<FuzzCase> {
  const { route, sample } = target;
  const method = route.method;
  const hasBodyDto = route.body !== null;
  const takesBody = BODY_METHODS.has(method);
  const paramNames = [...route.path.matchAll(/:([A-Za-z]+)/g)].map((m) => m[1]);
  const queryFields = dtoFields(route.query);
  const baseBody = sample.body ?? (hasBodyDto ? {} : undefined);
  const bodyFields = [...new Set([...dtoFields(route.body), ...fieldPaths(baseBody ?? {})])];
  const baseQuery = Object.entries(sample.query ?? {});
  const closed = route.policy?.kind !== 'public';
  const known = new Set(dtoFields(route.body));

  const start = (): Parts => ({
    params: { ...target.params },
    query: baseQuery.map(([k, v]) => [k, encode(v)]),
    headers: target.token ? { authorization: `Bearer ${target.token}` } : {},
    body: baseBody,
    extra: [],
    mustRefuse: false,
    categories: [],
    note: [],
  });

  type Mutation = fc.Arbitrary<(p: Parts) => void>;
  const mutations: { arbitrary: Mutation; weight: number }[] = [];
  const add = (category: string, weight: number, arbitrary: fc.Arbitrary<(p: Parts) => void>) =>
    mutations.push({
      weight,
      arbitrary: arbitrary.map((apply) => (p: Parts) => {
        p.categories.push(category);
        apply(p);
      }),
    });

  if (hasBodyDto && bodyFields.length > 0) {
    add('field', 30, fc.tuple(fc.constantFrom(...bodyFields), badValue).map(([field, value]) => (p: Parts) => {
      p.body = setPath((p.body ?? {}) as Record<string, unknown>, field, value);
      p.note.push(`body.${field} = ${short(value)}`);
    }));
  }
  if (hasBodyDto && fieldPaths(baseBody).length > 0) {
    add('missing-field', 5, fc.constantFrom(...fieldPaths(baseBody)).map((field) => (p: Parts) => {
      p.body = dropPath((p.body ?? {}) as Record<string, unknown>, field);
      p.note.push(`without body.${field}`);
    }));
  }
  if (hasBodyDto) {
    add('unknown-field', 8, fc.uniqueArray(fc.tuple(unknownKey.filter((k) => !known.has(k)), fc.oneof(wrongType, unicodeEdge, badNumber)), { minLength: 1, maxLength: 3, selector: ([k]) => k }).map((extra) => (p: Parts) => {
      p.extra.push(...extra);
      p.mustRefuse = true;
      p.note.push(`unknown fields ${extra.map(([k]) => JSON.stringify(k)).join(', ')}`);
    }));
    add('not-an-object', 6, fc.oneof(fc.constant(null), fc.boolean(), fc.constant([]), fc.array(fc.oneof(wrongType, unicodeEdge), { minLength: 1, maxLength: 3 }), unicodeEdge, badNumber, deepNesting).map((value) => (p: Parts) => {
      p.whole = { value };
      p.mustRefuse = true;
      p.note.push(`body = ${short(value)}`);
    }));
  }
  if (takesBody && !target.upload) {
    add('malformed-json', 6, malformedJson(toJson(baseBody ?? { a: 1 })).map((text) => (p: Parts) => {
      p.payload = text;
      p.payloadRefused = true;
      p.note.push(`malformed JSON ${short(text)}`);
    }));
    add('content-type', 5, wrongContentType.map((type) => (p: Parts) => {
      p.contentType = type;
      if (p.body === undefined && !p.whole && p.payload === undefined) p.body = {};
      p.mustRefuse = true;
      p.note.push(`content-type ${type}`);
    }));
    add('oversized', 1, oversizedBody.map((text) => (p: Parts) => {
      p.payload = text;
      p.payloadRefused = true;
      p.note.push(`oversized body (${text.length} chars)`);
    }));
  }
  if (target.upload) {
    add('upload', 30, uploadPart.map((part) => (p: Parts) => {
      p.payload = part.payload;
      p.contentType = part.contentType;
      p.payloadRefused = part.mustRefuse;
      p.note.push(part.note);
    }));
  }
  if (paramNames.length > 0) {
    add('path', 12, fc.constantFrom(...paramNames).chain((name) => badPathSegment(paramKind(route.path, name)).map((value) => (p: Parts) => {
      p.params[name] = value;
      p.mustRefuse = true;
      p.note.push(`:${name} = ${value.length > 60 ? `${value.slice(0, 30)}… (${value.length} chars)` : value}`);
    })));
  }
  add('query', 8, fc.tuple(queryFields.length ? fc.oneof(fc.constantFrom(...queryFields), unknownKey) : unknownKey, badQueryValue, fc.boolean()).map(([key, value, twice]) => (p: Parts) => {
    // Routes with a query DTO refuse names it does not declare.
    const unknown = route.query !== null && !queryFields.includes(key) && key.trim() !== '';
    p.query.push([encode(key), value]);
    if (twice) p.query.push([encode(key), value]);
    p.mustRefuse ||= unknown || (route.query !== null && brokenText(key));
    p.note.push(`?${key}=${value.length > 40 ? `${value.slice(0, 20)}… (${value.length} chars)` : value}${twice ? ' (twice)' : ''}`);
  }));
  add('authorization', closed ? 6 : 2, badAuthorization.map((auth) => (p: Parts) => {
    p.headers['authorization'] = auth;
    p.mustRefuse ||= closed;
    p.note.push(`authorization: ${auth.slice(0, 40)}`);
  }));
  add('header', 3, fc.tuple(fc.constantFrom('cookie', 'x-device-id', 'user-agent', 'accept', 'accept-encoding', 'x-forwarded-for', 'origin', 'accept-language', 'if-none-match', 'range'), oddHeaderValue).map(([name, value]) => (p: Parts) => {
    p.headers[name] = value;
    p.note.push(`${name}: ${value.slice(0, 40)}`);
  }));

  const mutation = fc.oneof(...mutations);
  return fc.tuple(mutation, fc.option(mutation, { freq: 4 })).map(([first, second]) => {
    const p = start();
    first(p);
    second?.(p);
    p.mustRefuse ||= p.payloadRefused === true || (hasBodyDto && p.payload === undefined && !p.whole && certainlyInvalid(p.body));
    // Where a well-formed body would create something, the request must carry a certain fault too.
    if (sample.creates && !p.mustRefuse) {
      p.extra.push(['fuzzUnknownField', true]);
      p.mustRefuse = true;
      p.note.push('unknown field "fuzzUnknownField"');
    }
    const path = fillPath(route.path, p.params);
    const query = p.query.map(([k, v]) => `${k}=${v}`).join('&');
    const headers = { ...p.headers };
    const payload = p.payload ?? (takesBody ? bodyText(p) : undefined);
    if (payload !== undefined) headers['content-type'] = p.contentType ?? 'application/json';
    return { category: p.categories[0], method, url: `${path}${query ? `?${query}` : ''}`, headers, payload, mustRefuse: p.mustRefuse, note: p.note.join('; ') };
  });
}

/** Multipart bodies for the upload route: wrong parts, broken framing, odd files, files past the limit. */
const uploadPart = fc
  .tuple(
    fc.constantFrom('file', 'file', 'file', 'files', '', 'FILE', 'file\u0000'),
    fc.oneof(fc.constantFrom('q.xlsx', 'q.csv', 'q.gift.txt', 'q.txt', '', '../../etc/passwd', 'a"b.csv', 'tên tệp.xlsx', 'x'.repeat(300) + '.csv'), fc.string({ maxLength: 20 })),
    fc.oneof(
      fc.uint8Array({ maxLength: 2_000 }).map((a) => Buffer.from(a)),
      fc.string({ unit: 'binary', maxLength: 500 }).map((s) => Buffer.from(s)),
      fc.constantFrom(
        'PK\u0003\u0004garbage',
        'Câu hỏi,Loại,Đáp án\n"unterminated',
        '=cmd|\' /C calc\'!A0,@SUM(1+1)\n',
        '::Q1:: What? {=a ~b}\n\n::Q2:: {',
        'Câu 1?\nA. a\nB. b\nANSWER: Z\n',
        '\uFEFF\u0000\u0000',
        '\n'.repeat(6_000),
      ).map((s) => Buffer.from(s)),
    ),
    fc.constantFrom('ok', 'ok', 'ok', 'truncated', 'unterminated', 'no-parts', 'two-files', 'wrong-boundary', 'no-boundary', 'too-large', 'many-fields'),
    fc.integer({ min: 5, max: 40 }),
  )
  .map(([field, name, data, framing, cut]) => {
    const boundary = `----fuzz${Math.random().toString(16).slice(2)}`;
    const part = (f: string, n: string, d: Buffer) => Buffer.concat([Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${f}"; filename="${n.replace(/[\r\n]/g, '')}"\r\nContent-Type: application/octet-stream\r\n\r\n`), d, Buffer.from('\r\n')]);
    const end = Buffer.from(`--${boundary}--\r\n`);
    let payload: Buffer;
    let contentType = `multipart/form-data; boundary=${boundary}`;
    let mustRefuse = field !== 'file';
    switch (framing) {
      case 'truncated':
        payload = part(field, name, data).subarray(0, Math.max(10, Math.floor(data.length / 2)));
        mustRefuse = true;
        break;
      case 'unterminated':
        // Cut somewhere in the closing boundary or just before it. When the file part itself arrived whole the
        // reader may take it (a report, 200) or refuse it (400): either, in the error shape, never a 500.
        payload = Buffer.concat([part(field, name, data), end]);
        payload = payload.subarray(0, payload.length - cut);
        break;
      case 'no-parts':
        payload = end;
        mustRefuse = true;
        break;
      case 'two-files':
        payload = Buffer.concat([part(field, name, data), part(field, name, data), end]);
        break;
      case 'wrong-boundary':
        payload = Buffer.concat([part(field, name, data), end]);
        contentType = 'multipart/form-data; boundary=somethingelse';
        mustRefuse = true;
        break;
      case 'no-boundary':
        payload = Buffer.concat([part(field, name, data), end]);
        contentType = 'multipart/form-data';
        mustRefuse = true;
        break;
      case 'too-large':
        payload = Buffer.concat([part(field, name, Buffer.alloc(5 * 1024 * 1024 + 1, 0x41)), end]);
        mustRefuse = true;
        break;
      case 'many-fields':
        payload = Buffer.concat([...Array.from({ length: 12 }, (_, i) => Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="f${i}"\r\n\r\nv\r\n`)), part(field, name, data), end]);
        break;
      default:
        payload = Buffer.concat([part(field, name, data), end]);
    }
    return { payload, contentType, mustRefuse, note: `upload ${framing}: field ${JSON.stringify(field)}, file ${JSON.stringify(name.slice(0, 30))} (${data.length} bytes)` };
  });
