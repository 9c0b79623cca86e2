import { RequestMethod } from '@nestjs/common';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { METHOD_METADATA, PARAMTYPES_METADATA, PATH_METADATA, ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { ModulesContainer } from '@nestjs/core';
import type { INestApplication } from '@nestjs/common';
import type { Role } from '@reform-quiz/contracts';
import { ACCESS_POLICY, type AccessPolicy } from '../../src/common/auth/access.decorator';

type Class = new (...args: never[]) => unknown;

export interface RouteInfo {
  method: string;
  path: string;
  handler: string;
  policy: AccessPolicy | undefined;
  /** The DTO classes the global validation pipe checks, read from the handler's parameters. */
  body: Class | null;
  query: Class | null;
  /** `@Param()` as a whole (a DTO), or null when params are taken one by one (`@Param('code')`) or not at all. */
  params: Class | null;
  /** The handler reads the raw request (`@Req()`): uploads and cookies. */
  readsRequest: boolean;
}

const join = (...parts: string[]) => `/${parts.map((p) => p.replace(/^\/|\/$/g, '')).filter(Boolean).join('/')}`;

const PRIMITIVES = new Set<unknown>([String, Number, Boolean, Object, Array]);

/** The handler's arguments as Nest sees them: `${paramtype}:${index}` → the declared class. */
function argumentsOf(type: Class, name: string): { kind: number; data: unknown; type: Class | null }[] {
  const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, type, name) ?? {}) as Record<string, { index: number; data?: unknown }>;
  const types = (Reflect.getMetadata(PARAMTYPES_METADATA, type.prototype, name) ?? []) as Class[];
  return Object.entries(args).map(([key, arg]) => {
    const declared = types[arg.index];
    return { kind: Number(key.split(':')[0]), data: arg.data, type: declared && !PRIMITIVES.has(declared) ? declared : null };
  });
}

/** Every route of every controller in the app, read from Nest's own metadata. */
export function listRoutes(app: INestApplication): RouteInfo[] {
  const routes: RouteInfo[] = [];
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const type = wrapper.metatype as Class | null;
      if (!type) continue;
      const base = [Reflect.getMetadata(PATH_METADATA, type) ?? ''].flat()[0] as string;
      for (const name of Object.getOwnPropertyNames(type.prototype)) {
        const fn = (type.prototype as Record<string, unknown>)[name];
        if (name === 'constructor' || typeof fn !== 'function') continue;
        const path = Reflect.getMetadata(PATH_METADATA, fn) as string | string[] | undefined;
        if (path === undefined) continue;
        const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, fn) as RequestMethod];
        const policy = (Reflect.getMetadata(ACCESS_POLICY, fn) ?? Reflect.getMetadata(ACCESS_POLICY, type)) as AccessPolicy | undefined;
        const args = argumentsOf(type, name);
        const whole = (kind: RouteParamtypes) => args.find((a) => a.kind === kind && a.data === undefined)?.type ?? null;
        for (const p of [path].flat()) {
          routes.push({
            method,
            path: join('api/v1', base, p),
            handler: `${type.name}.${name}`,
            policy,
            body: whole(RouteParamtypes.BODY),
            query: whole(RouteParamtypes.QUERY),
            params: whole(RouteParamtypes.PARAM),
            readsRequest: args.some((a) => a.kind === RouteParamtypes.REQUEST),
          });
        }
      }
    }
  }
  return routes;
}

/** A concrete URL for a route pattern: ids that pass validation but name nothing. */
export function concreteUrl(path: string): string {
  return fillPath(path, {});
}

/** Well-formed ids that name nothing, per kind of parameter. */
export const ABSENT_IDS = {
  uuid: '00000000-0000-4000-8000-000000000000',
  int: '999999',
  certificate: 'ZZZZ-ZZZZ-ZZ',
  essay: '00000000-0000-4000-8000-000000000000:00000000-0000-4000-8000-000000000001',
  liveCode: 'ZZZZZZ',
} as const;

/** What kind of value a path parameter takes, judged from the route (ids of UUID-keyed tables are UUIDs). */
export function paramKind(path: string, name: string): keyof typeof ABSENT_IDS {
  if (name === 'questionId') return 'uuid';
  if (name === 'code') return path.includes('live-sessions') ? 'liveCode' : 'certificate';
  if (/\/essays\/:id/.test(path)) return 'essay';
  const before = path.slice(0, path.indexOf(`:${name}`));
  return /(users|attempts|questions|result-snapshots|appeals|flags|live-sessions)\/$/.test(before) ? 'uuid' : 'int';
}

/** The route's path with each parameter taken from `values`, or a well-formed id that names nothing. */
export function fillPath(path: string, values: Record<string, string>): string {
  return path.replace(/:([A-Za-z]+)/g, (_, name: string) => values[name] ?? ABSENT_IDS[paramKind(path, name)]);
}

/** The role a test plays to get past a route's guard (the first the policy names; a participant for any signed-in caller). */
export function roleFor(route: RouteInfo): Role | 'anonymous' {
  const policy = route.policy;
  if (!policy || policy.kind === 'public') return 'anonymous';
  if (policy.kind === 'authenticated') return 'participant';
  return policy.roles[0];
}
