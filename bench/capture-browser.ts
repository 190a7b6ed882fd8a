/**
 * Page reading timed in real Chromium: the adapters are bundled (Vite, IIFE) and injected into each saved
 * fixture served at its real URL, so the numbers are what a content script sees on that DOM.
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { build } from 'vite';
import { findChrome } from '../scripts/find-chrome.mjs';

export interface BrowserTiming {
  fixture: string;
  first: number;
  median: number;
  found: string;
}

async function bundle(): Promise<string> {
  const out = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: true,
      lib: { entry: path.resolve('bench/capture/entry.ts'), formats: ['iife'], name: 'ClearLaneBench' },
    },
  });
  const first = (Array.isArray(out) ? out[0] : out) as { output: { code?: string }[] };
  return first.output[0]!.code!;
}

export async function timeInChromium(fixtures: { name: string; dir: string; url: string }[], runs: number) {
  const code = await bundle();
  const browser = await chromium.launch({
    executablePath: findChrome(),
    args: ['--no-sandbox', '--disable-gpu'],
  });
  const page = await browser.newPage();
  const rows: BrowserTiming[] = [];
  for (const f of fixtures) {
    const html = fs.readFileSync(path.join(f.dir, 'source.html'), 'utf8');
    const served = f.url.split('#')[0]!; // routes never see the hash
    await page.route(served, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: html }));
    await page.goto(f.url);
    await page.unroute(served);
    await page.addScriptTag({ content: code });
    const r = await page.evaluate(
      ([url, n]) =>
        (
          globalThis as unknown as { ClearLaneBench: { measure(u: string, n: number): unknown } }
        ).ClearLaneBench.measure(url as string, n as number) as {
          first: number;
          median: number;
          found: string;
        } | null,
      [f.url, runs] as const,
    );
    if (r) rows.push({ fixture: f.name, ...r });
  }
  await browser.close();
  return rows;
}
