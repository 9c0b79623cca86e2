import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { ModulesContainer } from '@nestjs/core';
import type { INestApplication } from '@nestjs/common';
import { ACCESS_POLICY, type AccessPolicy } from '../../src/common/auth/access.decorator';

export interface RouteInfo {
  method: string;
  path: string;
  handler: string;
  policy: AccessPolicy | undefined;
}

const join = (...parts: string[]) => `/${parts.map((p) => p.replace(/^\/|\/$/g, '')).filter(Boolean).join('/')}`;

/** Every route of every controller in the app, read from Nest's own metadata. */
export function listRoutes(app: INestApplication): RouteInfo[] {
  const routes: RouteInfo[] = [];
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const type = wrapper.metatype as (new (...args: never[]) => unknown) | null;
      if (!type) continue;
      const base = [Reflect.getMetadata(PATH_METADATA, type) ?? ''].flat()[0] as string;
      for (const name of Object.getOwnPropertyNames(type.prototype)) {
        const fn = type.prototype[name];
        if (name === 'constructor' || typeof fn !== 'function') continue;
        const path = Reflect.getMetadata(PATH_METADATA, fn) as string | string[] | undefined;
        if (path === undefined) continue;
        const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, fn) as RequestMethod];
        const policy = (Reflect.getMetadata(ACCESS_POLICY, fn) ?? Reflect.getMetadata(ACCESS_POLICY, type)) as AccessPolicy | undefined;
        for (const p of [path].flat()) routes.push({ method, path: join('api/v1', base, p), handler: `${type.name}.${name}`, policy });
      }
    }
  }
  return routes;
}

/** A concrete URL for a route pattern: ids that pass validation but name nothing. */
export function concreteUrl(path: string): string {
  return path.replace(/:id\b/g, (_, offset: number) => (/(users)\/:id/.test(path.slice(0, offset + 3)) ? '00000000-0000-4000-8000-000000000000' : '999999'));
}
