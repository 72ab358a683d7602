// Comments that send the reader to a file (`see api/db/read-coalescer.ts`,
// `docs/decisions/007-….md`) must name one that exists: a file renamed or removed
// leaves such pointers behind, and nothing else notices.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import ts from 'typescript';
import { REPO_ROOT } from '../../api/paths.js';

const SKIPPED_DIRS = new Set(['node_modules', 'dist', '.git', '.neo4j', 'test-artifacts', 'data']);

function repositoryFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    if (SKIPPED_DIRS.has(entry)) return [];
    const full = path.join(dir, entry);
    return statSync(full).isDirectory() ? repositoryFiles(full) : [path.relative(REPO_ROOT, full)];
  });
}

/** The comments of a TypeScript or JavaScript file, found by TypeScript's own scanner (never inside a string). */
function scriptComments(text: string): string[] {
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, false, ts.LanguageVariant.Standard, text);
  const comments: string[] = [];
  // Which open braces are a template literal's `${`: its `}` goes on with the template's text.
  const braces: ('block' | 'template')[] = [];
  let previous: ts.SyntaxKind = ts.SyntaxKind.Unknown;
  for (let token = scanner.scan(); token !== ts.SyntaxKind.EndOfFileToken; token = scanner.scan()) {
    if (token === ts.SyntaxKind.SingleLineCommentTrivia || token === ts.SyntaxKind.MultiLineCommentTrivia) {
      comments.push(scanner.getTokenText());
      continue;
    }
    if (token === ts.SyntaxKind.WhitespaceTrivia || token === ts.SyntaxKind.NewLineTrivia) continue;
    // A `/` where a value is expected starts a regular expression.
    if ((token === ts.SyntaxKind.SlashToken || token === ts.SyntaxKind.SlashEqualsToken) && !endsValue(previous)) token = scanner.reScanSlashToken();
    if (token === ts.SyntaxKind.OpenBraceToken) braces.push('block');
    if (token === ts.SyntaxKind.TemplateHead) braces.push('template');
    if (token === ts.SyntaxKind.CloseBraceToken && braces.pop() === 'template') {
      token = scanner.reScanTemplateToken(false);
      if (token === ts.SyntaxKind.TemplateMiddle) braces.push('template');
    }
    previous = token;
  }
  return comments;
}

/** Tokens after which a `/` divides rather than opening a regular expression. */
function endsValue(kind: ts.SyntaxKind): boolean {
  return (
    kind === ts.SyntaxKind.Identifier ||
    kind === ts.SyntaxKind.NumericLiteral ||
    kind === ts.SyntaxKind.StringLiteral ||
    kind === ts.SyntaxKind.CloseParenToken ||
    kind === ts.SyntaxKind.CloseBracketToken ||
    kind === ts.SyntaxKind.CloseBraceToken ||
    kind === ts.SyntaxKind.NoSubstitutionTemplateLiteral ||
    kind === ts.SyntaxKind.TemplateTail ||
    kind === ts.SyntaxKind.ThisKeyword
  );
}

function commentsOf(file: string): string[] {
  const text = readFileSync(path.join(REPO_ROOT, file), 'utf8');
  if (/\.(ts|mts|mjs|js)$/.test(file)) return scriptComments(text);
  if (file.endsWith('.graphql')) return text.match(/#[^\n]*/g) ?? [];
  // An applied migration is never edited (its checksum is recorded in every database it ran on), so its comments keep the paths of their day.
  if (file.endsWith('.cypher')) return file.startsWith('schema/migrations/') ? [] : (text.match(/\/\/[^\n]*/g) ?? []);
  return [];
}

// A path or a file name ending in .ts or .md; not a glob (`*.test.ts`), an extension alone or part of a URL.
const FILE_NAME = /(?<![\w*/.:$@{-])((?:\.{1,2}\/)?[A-Za-z0-9_][\w.-]*(?:\/[\w.-]+)*\.(?:ts|md))(?![\w/-])/g;

describe('comments that name a file', () => {
  const files = repositoryFiles(REPO_ROOT);

  /** Said from the repository root, from the file's own folder, or as the end of a path that exists (`db/executor.ts`). */
  function exists(name: string, from: string): boolean {
    if (name.startsWith('shared/')) return true; // beside the clone, not in it
    return existsSync(path.join(REPO_ROOT, name)) || existsSync(path.join(REPO_ROOT, path.dirname(from), name)) || files.some((f) => f === name || f.endsWith(`/${name}`));
  }

  it('name one that exists', () => {
    const named: string[] = [];
    const missing: string[] = [];
    for (const file of files) {
      for (const comment of commentsOf(file)) {
        for (const [, name] of comment.matchAll(FILE_NAME)) {
          named.push(name!);
          if (!exists(name!, file)) missing.push(`${file}: ${name}`);
        }
      }
    }
    assert.ok(named.length > 50, `found only ${named.length} file names in comments: is the scan still reading them?`);
    assert.deepEqual(missing, []);
  });
});
