/**
 * The contract is the one description of the API that server and web app share, so the arrows stay one
 * way: the contract is built from Zod and the core alone, the web app never reaches into the server, it
 * takes the contract's types without bundling Zod, and it does not write its own copy of a shape the
 * contract already has.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(import.meta.dirname, '..');

function sourceFiles(folder: string): string[] {
  return readdirSync(path.join(SRC, folder), { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.tsx?$/.test(name))
    .map((name) => path.join(SRC, folder, name));
}

interface Reference {
  file: string;
  specifier: string;
  /** Where a relative specifier points, inside src ('contract/common.ts'); null for a package. */
  target: string | null;
  isTypeOnly: boolean;
}

/** Every import and re-export of a file, static or dynamic, with the file it points to. */
function referencesOf(file: string): Reference[] {
  const text = readFileSync(file, 'utf8');
  const found: Reference[] = [];
  const statements = /(?:^|\n)\s*(import|export)\s+(type\s+)?[^'";]*?from\s+['"]([^'"]+)['"]/g;
  const bare = /(?:^|\n)\s*import\s+['"]([^'"]+)['"]/g;
  const dynamic = /import\(\s*['"]([^'"]+)['"]\s*\)/g;
  const add = (specifier: string, isTypeOnly: boolean) => {
    const target = specifier.startsWith('.')
      ? path
          .relative(SRC, path.resolve(path.dirname(file), specifier))
          .split(path.sep)
          .join('/')
      : null;
    found.push({ file: path.relative(SRC, file), specifier, target, isTypeOnly });
  };
  for (const match of text.matchAll(statements)) add(match[3] as string, match[2] !== undefined);
  for (const match of text.matchAll(bare)) add(match[1] as string, false);
  for (const match of text.matchAll(dynamic)) add(match[1] as string, false);
  return found;
}

/** `interface Name` or `type Name = …` (not a name inside an import's braces). */
const DECLARATION = /(?:^|\n)\s*(?:export\s+)?(?:interface\s+(\w+)|type\s+(\w+)\s*(?:<[^=]*>)?\s*=)/g;

const contractFiles = sourceFiles('contract').filter((file) => !file.endsWith('.test.ts'));
const webFiles = sourceFiles('web');

/** The names of the types the contract exports, declared or re-exported. */
function contractTypeNames(): Set<string> {
  const names = new Set<string>();
  for (const file of contractFiles) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/export\s+(?:type|interface)\s+(\w+)/g)) names.add(match[1] as string);
    for (const match of text.matchAll(/export\s+type\s*\{([^}]*)\}/g)) {
      for (const part of (match[1] as string).split(',')) {
        const name = part
          .trim()
          .split(/\s+as\s+/)
          .at(-1);
        if (name) names.add(name);
      }
    }
  }
  return names;
}

describe('the contract between server and web app', () => {
  it('is read from files that exist', () => {
    expect(contractFiles.length).toBeGreaterThan(5);
    expect(webFiles.length).toBeGreaterThan(50);
    expect(contractTypeNames()).toContain('Workout');
  });

  it('imports nothing but zod, the core and itself', () => {
    const outside = contractFiles
      .flatMap(referencesOf)
      .filter(({ specifier, target }) =>
        target === null ? specifier !== 'zod' : !/^(contract|core)\//.test(target),
      );
    expect(outside).toEqual([]);
  });

  it('is what the web app imports from, never the server', () => {
    const intoServer = webFiles.flatMap(referencesOf).filter(({ target }) => target?.startsWith('server/'));
    expect(intoServer).toEqual([]);
  });

  it('reaches the web app as types only, so Zod stays off the phone', () => {
    const values = webFiles
      .flatMap(referencesOf)
      .filter(({ target, isTypeOnly }) => target?.startsWith('contract/') && !isTypeOnly);
    expect(values).toEqual([]);
  });

  it('is the only place the web app finds an API shape: it declares none of the contract’s types again', () => {
    const contract = contractTypeNames();
    const copies = webFiles.flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(DECLARATION)]
        .map((match) => (match[1] ?? match[2]) as string)
        .filter((name) => contract.has(name))
        .map((name) => `${path.relative(SRC, file)}: ${name}`),
    );
    expect(copies).toEqual([]);
  });
});
