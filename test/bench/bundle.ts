/**
 * The SPA's first-load JavaScript: what dist/index.html makes the browser fetch before anything
 * renders — its module script and every `modulepreload` link — raw and gzipped (as served).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface FirstLoad {
  files: { file: string; bytes: number; gzip: number }[];
  bytes: number;
  gzip: number;
}

/** The budget issue 12 sets: first-load JS at most 350 KB gzipped. */
export const FIRST_LOAD_BUDGET_GZIP = 350 * 1024;

export function firstLoadJs(distDir: string): FirstLoad {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const urls = new Set<string>();
  for (const tag of html.match(/<(script|link)\b[^>]*>/g) ?? []) {
    const isScript = tag.startsWith('<script') && /type=["']module["']/.test(tag);
    const isPreload = tag.startsWith('<link') && /rel=["']modulepreload["']/.test(tag);
    const url = /(?:src|href)=["']([^"']+)["']/.exec(tag)?.[1];
    if ((isScript || isPreload) && url && !/^[a-z]+:\/\//i.test(url)) urls.add(url);
  }
  const files = [...urls].map((url) => {
    const body = readFileSync(join(distDir, url.replace(/^\//, '')));
    return { file: url, bytes: body.length, gzip: gzipSync(body, { level: 9 }).length };
  });
  return { files, bytes: files.reduce((s, f) => s + f.bytes, 0), gzip: files.reduce((s, f) => s + f.gzip, 0) };
}
