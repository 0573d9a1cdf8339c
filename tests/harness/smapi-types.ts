import { dirname, join } from 'node:path';
import ts from 'typescript';

/**
 * Holds JSON files of the skill package against Amazon's own published types for the Skill
 * Management API (the npm package `ask-smapi-model`), the way the TypeScript compiler holds
 * an object literal against a type with `satisfies`: every field must be one the type
 * has, of its type, so an unknown or misplaced field fails as much as a missing one. No
 * network, no Amazon account: only the compiler and the published .d.ts.
 */

const ROOT = join(__dirname, '..', '..');

export interface TypedJson {
  /** A name for the file in the diagnostics (its path in the repository). */
  name: string;
  /** The JSON text as stored. */
  json: string;
  /** The type under `v1` that the JSON must satisfy, e.g. `skill.Manifest.SkillManifestEnvelope`. */
  type: string;
}

/** The TypeScript source that holds one JSON text against its type: an object literal with `satisfies`. */
export function typedSource(file: TypedJson): string {
  // No line break before `satisfies`: the literal ends the JSON text.
  return `import type { v1 } from 'ask-smapi-model';\nexport const value = ${file.json.trim()} satisfies v1.${file.type};\n`;
}

/** Every problem the compiler finds, as "file:line: message"; empty when each file satisfies its type. */
export function smapiTypeProblems(files: readonly TypedJson[]): string[] {
  const options: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    // The check is of the JSON, not of the published declarations themselves.
    skipLibCheck: true,
    types: [],
  };
  const sources = new Map(files.map((file, i) => [join(ROOT, 'smapi-check', `${i}.ts`), { file, text: typedSource(file) }]));
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.fileExists = (path) => sources.has(path) || ts.sys.fileExists(path);
  host.readFile = (path) => sources.get(path)?.text ?? readFile(path);
  host.getSourceFile = (path, language, onError) => {
    const source = sources.get(path);
    return source ? ts.createSourceFile(path, source.text, language) : getSourceFile(path, language, onError);
  };
  host.getCurrentDirectory = () => ROOT;
  host.directoryExists = (path) => path === dirname([...sources.keys()][0] ?? '') || ts.sys.directoryExists(path);
  const program = ts.createProgram([...sources.keys()], options, host);
  return ts.getPreEmitDiagnostics(program).map((diagnostic) => {
    const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ');
    const source = diagnostic.file && sources.get(diagnostic.file.fileName);
    if (!diagnostic.file || diagnostic.start === undefined) return message;
    const { line } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
    // Line 2 of the source is line 1 of the JSON.
    return `${source?.file.name ?? diagnostic.file.fileName}:${line}: ${message}`;
  });
}
