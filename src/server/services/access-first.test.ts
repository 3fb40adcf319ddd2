import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
  type ArrowFunction,
  type Expression,
  type FunctionDeclaration,
  type FunctionExpression,
  type Node,
  type SourceFile,
  type Statement,
  SyntaxKind,
} from 'typescript/unstable/ast';
import {
  isArrowFunction,
  isAwaitExpression,
  isBlock,
  isCallExpression,
  isExpressionStatement,
  isFunctionDeclaration,
  isFunctionExpression,
  isIdentifier,
  isVariableStatement,
} from 'typescript/unstable/ast/is';
import { createVirtualFileSystem } from 'typescript/unstable/fs';
import { API } from 'typescript/unstable/sync';
import { describe, expect, it } from 'vitest';

/**
 * Every exported service function that is given an `Actor` must open with its access check, before it
 * touches any data: its first statement is `await requireAccess(…)` (or a `const` taking its answer).
 * Functions that take no `Actor` (pure helpers, and the building blocks other services call after their
 * own check) are not use cases and are left out. The sources are parsed by the TypeScript compiler.
 */
interface ServiceFunction {
  name: string;
  isCheckedFirst: boolean;
}

type FunctionNode = FunctionDeclaration | ArrowFunction | FunctionExpression;

function exportedFunctionsTakingAnActor(source: SourceFile): ServiceFunction[] {
  const textOf = (node: Node) => source.text.slice(node.pos, node.end).trim();
  const found: ServiceFunction[] = [];
  for (const statement of source.statements) {
    for (const { name, fn } of exportedFunctions(statement)) {
      const takesActor = fn.parameters.some(
        (parameter) =>
          (parameter.type !== undefined && /\bActor\b/.test(textOf(parameter.type))) ||
          textOf(parameter.name) === 'actor',
      );
      if (takesActor) found.push({ name, isCheckedFirst: opensWithAccessCheck(fn) });
    }
  }
  return found;
}

function isExported(statement: Statement): boolean {
  const modifiers = (statement as { modifiers?: readonly Node[] }).modifiers ?? [];
  return modifiers.some((modifier) => modifier.kind === SyntaxKind.ExportKeyword);
}

function exportedFunctions(statement: Statement): { name: string; fn: FunctionNode }[] {
  if (!isExported(statement)) return [];
  if (isFunctionDeclaration(statement) && statement.name && statement.body) {
    return [{ name: statement.name.text, fn: statement }];
  }
  if (isVariableStatement(statement)) {
    return statement.declarationList.declarations.flatMap((declaration) =>
      declaration.initializer &&
      isIdentifier(declaration.name) &&
      (isArrowFunction(declaration.initializer) || isFunctionExpression(declaration.initializer))
        ? [{ name: declaration.name.text, fn: declaration.initializer }]
        : [],
    );
  }
  return [];
}

function opensWithAccessCheck(fn: FunctionNode): boolean {
  if (!fn.body || !isBlock(fn.body)) return false;
  const first = fn.body.statements[0];
  if (!first) return false;
  if (isExpressionStatement(first)) return isAwaitedAccessCheck(first.expression);
  if (isVariableStatement(first)) {
    const [declaration, ...others] = first.declarationList.declarations;
    return others.length === 0 && declaration?.initializer !== undefined
      ? isAwaitedAccessCheck(declaration.initializer)
      : false;
  }
  return false;
}

function isAwaitedAccessCheck(expression: Expression): boolean {
  return (
    isAwaitExpression(expression) &&
    isCallExpression(expression.expression) &&
    isIdentifier(expression.expression.expression) &&
    expression.expression.expression.text === 'requireAccess'
  );
}

const SERVICES = path.dirname(new URL(import.meta.url).pathname);
const serviceFiles = readdirSync(SERVICES).filter(
  (file) => file.endsWith('.ts') && !file.endsWith('.test.ts') && !file.includes('test-support'),
);

/** Parses the texts in a virtual project: syntax only, nothing is resolved or type-checked. */
function parseAll(files: Record<string, string>): Record<string, SourceFile> {
  const root = '/virtual';
  const api = new API({
    cwd: root,
    fs: createVirtualFileSystem({
      [`${root}/tsconfig.json`]: JSON.stringify({
        compilerOptions: { noLib: true },
        files: Object.keys(files),
      }),
      ...Object.fromEntries(Object.entries(files).map(([name, text]) => [`${root}/${name}`, text])),
    }),
  });
  try {
    const project = api
      .updateSnapshot({ openProjects: [`${root}/tsconfig.json`] })
      .getProject(`${root}/tsconfig.json`);
    return Object.fromEntries(
      Object.keys(files).map((name) => {
        const source = project?.program.getSourceFile(`${root}/${name}`);
        if (!source) throw new Error(`${name} was not parsed`);
        return [name, source];
      }),
    );
  } finally {
    api.close();
  }
}

const SAMPLE_UNCHECKED = `
  export async function readsFirst(db: Executor, actor: Actor, memberId: string) {
    const rows = await listWorkouts(db, memberId);
    await requireAccess(db, { actor, permission: 'member.data.read', memberId });
    return rows;
  }
  export async function neverChecks(db: Executor, actor: Actor) { return listUsers(db); }
  export const arrowWithoutCheck = async (db: Executor, actor: Actor & { name: string }) => db;
  export function checksInsideTransaction(db: Kysely<Database>, actor: Actor, memberId: string) {
    return db.transaction().execute(async (trx) => {
      await requireAccess(trx, { actor, permission: 'member.data.read', memberId });
    });
  }
`;
const SAMPLE_CHECKED = `
  export async function checked(db: Executor, actor: Actor, memberId: string) {
    await requireAccess(db, { actor, permission: 'member.data.read', memberId });
    return listWorkouts(db, memberId);
  }
  export async function keepsTheAnswer(db: Executor, actor: Actor, memberId: string) {
    const access = await requireAccess(db, { actor, permission: 'member.data.write', memberId });
    return access.memberId;
  }
  export async function loadPlan(db: Executor, userId: string) { return findPlanRow(db, userId); }
  export function toCsv(rows: string[]) { return rows.join(); }
`;

const parsed = parseAll({
  ...Object.fromEntries(serviceFiles.map((file) => [file, readFileSync(path.join(SERVICES, file), 'utf8')])),
  'sample-unchecked.ts': SAMPLE_UNCHECKED,
  'sample-checked.ts': SAMPLE_CHECKED,
});
const checked = serviceFiles.flatMap((file) =>
  exportedFunctionsTakingAnActor(parsed[file] as SourceFile).map((service) => ({
    ...service,
    name: `${file}: ${service.name}`,
  })),
);

describe('every exported service function that takes an actor checks access first', () => {
  it('finds the use cases (so an empty list cannot pass)', () => {
    expect(checked.map((service) => service.name)).toEqual(
      expect.arrayContaining([
        'workouts.ts: logSet',
        'workouts.ts: readWorkout',
        'plan.ts: startPlan',
        'accounts.ts: inviteCoach',
        'erase.ts: eraseAccount',
        'export.ts: memberExport',
        'progress.ts: trainingProgressJson',
      ]),
    );
  });

  it.each(checked)('$name', (service) => {
    expect(service.isCheckedFirst, `${service.name} must open with await requireAccess(…)`).toBe(true);
  });
});

describe('the first-statement rule itself', () => {
  const verdicts = (file: string) =>
    Object.fromEntries(
      exportedFunctionsTakingAnActor(parsed[file] as SourceFile).map((f) => [f.name, f.isCheckedFirst]),
    );

  it('flags a function that touches data before the check, or has no check', () => {
    expect(verdicts('sample-unchecked.ts')).toEqual({
      readsFirst: false,
      neverChecks: false,
      arrowWithoutCheck: false,
      checksInsideTransaction: false,
    });
  });

  it('accepts the check first, and leaves out functions that take no actor', () => {
    expect(verdicts('sample-checked.ts')).toEqual({ checked: true, keepsTheAnswer: true });
  });
});
