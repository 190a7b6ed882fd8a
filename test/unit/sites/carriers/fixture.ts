import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

export const FIXTURE_DIR = join(import.meta.dirname, '../../../fixtures/carriers');

export const ExpectedSchema = z.object({
  url: z.url(),
  adapter: z.string().nullable(),
  verified: z.boolean(),
  source: z.enum(['adapter', 'generic']),
  lines: z.number().int().min(0),
  descriptions: z.array(z.string()),
  hsValues: z.array(z.string()),
  origins: z.array(z.string().nullable()),
  quantities: z.array(z.number().nullable()),
  destination: z.string().nullable(),
});
export type Expected = z.infer<typeof ExpectedSchema>;

export function fixtureNames(): string[] {
  return readdirSync(FIXTURE_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
}

export function readExpected(name: string): Expected {
  return ExpectedSchema.parse(JSON.parse(readFileSync(join(FIXTURE_DIR, name, 'expected.json'), 'utf8')));
}

/**
 * Loads a saved page into the happy-dom document. Harness scripts (framework stand-ins) are run explicitly:
 * happy-dom does not evaluate page scripts by default, Chromium does.
 */
export function loadFixture(name: string): Document {
  const html = readFileSync(join(FIXTURE_DIR, name, 'source.html'), 'utf8').replace(/<!doctype[^>]*>/i, '');
  document.documentElement.innerHTML = html.replace(/^\s*<html[^>]*>|<\/html>\s*$/g, '');
  // happy-dom 21 attributes a parsed `selected` option to its predecessor; browsers do not. Restore the
  // browser's parse so fixtures read as they do in Chromium.
  for (const option of Array.from(document.querySelectorAll<HTMLOptionElement>('option[selected]'))) {
    const select = option.closest('select');
    if (select) select.selectedIndex = Array.from(select.options).indexOf(option);
  }
  for (const script of Array.from(document.querySelectorAll('script[data-fixture-harness]'))) {
    new Function(script.textContent ?? '')();
  }
  return document;
}

export const pageState = (): {
  submits: number;
  state: Record<string, string>;
  picked: Record<string, string>;
} => {
  const w = window as unknown as {
    __submits?: number;
    __state?: Record<string, string>;
    __picked?: Record<string, string>;
  };
  return { submits: w.__submits ?? 0, state: w.__state ?? {}, picked: w.__picked ?? {} };
};
