import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";

/** One place in the source that makes a regular expression. */
export interface RegexSite {
  /** "src/pipeline/tokenize.ts:38" */
  readonly where: string;
  readonly file: string;
  readonly line: number;
  /** Pattern and flags when they are known from the source text alone. */
  readonly pattern?: string;
  readonly flags?: string;
  /** `new RegExp(...)` whose pattern is computed: checked at run time instead. */
  readonly dynamic: boolean;
}

const root = join(__dirname, "../..");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith(".ts") && !e.name.endsWith(".d.ts"))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

function literalText(node: ts.Node | undefined): string | undefined {
  if (node === undefined) return undefined;
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  // String.raw`...` without substitutions: the raw text is the pattern.
  if (
    ts.isTaggedTemplateExpression(node) &&
    node.tag.getText() === "String.raw" &&
    ts.isNoSubstitutionTemplateLiteral(node.template)
  ) {
    return node.template.rawText;
  }
  return undefined;
}

/**
 * Every regular expression literal and every `RegExp(...)` / `new RegExp(...)`
 * in src/**\/*.ts, found with the TypeScript parser (so regex-looking text in
 * strings and comments is not mistaken for one).
 */
export function regexSites(srcDir = join(root, "src")): RegexSite[] {
  const sites: RegexSite[] = [];
  for (const path of sourceFiles(srcDir)) {
    const file = relative(root, path);
    const source = ts.createSourceFile(
      path,
      readFileSync(path, "utf8"),
      ts.ScriptTarget.Latest,
      true,
    );
    const at = (node: ts.Node) =>
      source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(source);
        const slash = text.lastIndexOf("/");
        const line = at(node);
        sites.push({
          where: `${file}:${line}`,
          file,
          line,
          pattern: text.slice(1, slash),
          flags: text.slice(slash + 1),
          dynamic: false,
        });
      } else if (
        (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
        ts.isIdentifier(node.expression) &&
        node.expression.text === "RegExp"
      ) {
        const line = at(node);
        const pattern = literalText(node.arguments?.[0]);
        const flagsArg = node.arguments?.[1];
        const flags = flagsArg === undefined ? "" : literalText(flagsArg);
        const known = pattern !== undefined && flags !== undefined;
        sites.push({
          where: `${file}:${line}`,
          file,
          line,
          ...(known ? { pattern, flags } : {}),
          dynamic: !known,
        });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return sites;
}
