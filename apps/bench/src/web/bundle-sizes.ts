import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface ChunkSize {
  file: string;
  /** entry: what index.html loads before anything renders (with its static imports); lazy: loaded on demand. */
  kind: 'entry' | 'lazy';
  bytes: number;
  gzipBytes: number;
}

/** `import … from "./x.js"`, `import "./x.js"`, `export … from "./x.js"`; not `import("./x.js")`. */
const STATIC_IMPORT = /(?:import|export)\s*(?:[\w$*{}\s,]+from\s*)?["']\.\/([\w.-]+\.js)["']/g;

function staticImports(assets: string, file: string): string[] {
  return [...readFileSync(join(assets, file), 'utf8').matchAll(STATIC_IMPORT)].map((m) => m[1]);
}

/** The gzip size (zlib's default level, as servers compress on the fly) of every JS chunk of the built web app, entry first. */
export function bundleSizes(webDist: string): ChunkSize[] {
  const assets = join(webDist, 'assets');
  const html = readFileSync(join(webDist, 'index.html'), 'utf8');
  const roots = [...html.matchAll(/(?:src|href)="\/?assets\/([\w.-]+\.js)"/g)].map((m) => m[1]);
  const entry = new Set<string>();
  const visit = (file: string) => {
    if (entry.has(file)) return;
    entry.add(file);
    staticImports(assets, file).forEach(visit);
  };
  roots.forEach(visit);
  return readdirSync(assets)
    .filter((f) => f.endsWith('.js'))
    .map((file): ChunkSize => {
      const content = readFileSync(join(assets, file));
      return { file, kind: entry.has(file) ? 'entry' : 'lazy', bytes: content.length, gzipBytes: gzipSync(content).length };
    })
    .sort((a, b) => (a.kind === b.kind ? b.gzipBytes - a.gzipBytes : a.kind === 'entry' ? -1 : 1));
}
