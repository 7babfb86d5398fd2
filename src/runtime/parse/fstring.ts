// f-strings as CPython 3.11 parses them: the literal text is scanned by hand and each
// replacement field's expression is parsed by a sub-parser over "(expr)", whose node positions
// are shifted to the field's place in the source. Constant/FormattedValue parts take the span of
// the whole concatenated literal, as in 3.11.
// cf. Parser/string_parser.c (fstring_find_literal, fstring_find_expr, fstring_compile_expr,
// fstring_find_expr_location, _PyPegen_FstringParser_ConcatFstring, _PyPegen_FstringParser_Finish).

import type { Constant, Expr, FormattedValue, JoinedStr } from './ast';
import { starExpressions } from './expressions';
import { Parser } from './parser';
import { decodeStr } from './strings';
import { Tokenizer } from './tokenizer';
import type { Token } from './tokens';

const MAXLEVEL = 200;

/** cf. string_parser.h FstringParser */
export class FstringState {
  lastStr: string | null = null;
  fmode = false;
  exprList: Expr[] = [];
}

/** cf. _PyPegen_FstringParser_ConcatAndDel */
export function concatStr(state: FstringState, s: string): void {
  if (s.length === 0) return;
  state.lastStr = state.lastStr === null ? s : state.lastStr + s;
}

/** cf. make_str_node_and_del: kind 'u' only for a lowercase u prefix on the first token. */
function makeStrNode(state: FstringState, first: Token, last: Token): Constant {
  const s = state.lastStr ?? '';
  state.lastStr = null;
  return {
    _type: 'Constant', value: { kind: 'str', value: s }, kind: first.string[0] === 'u' ? 'u' : null,
    lineno: first.lineno, col_offset: first.col_offset, end_lineno: last.end_lineno, end_col_offset: last.end_col_offset,
  };
}

/** cf. _PyPegen_FstringParser_Finish */
export function finishFstring(state: FstringState, first: Token, last: Token): Expr {
  if (!state.fmode) {
    if (state.lastStr === null) state.lastStr = '';
    return makeStrNode(state, first, last);
  }
  if (state.lastStr !== null) state.exprList.push(makeStrNode(state, first, last));
  const j: JoinedStr = {
    _type: 'JoinedStr', values: state.exprList,
    lineno: first.lineno, col_offset: first.col_offset, end_lineno: last.end_lineno, end_col_offset: last.end_col_offset,
  };
  return j;
}

/**
 * Parses the f-string body text[pos:end] (text is the token's source) into `state`.
 * Returns the position where parsing stopped. cf. _PyPegen_FstringParser_ConcatFstring
 */
export function concatFstring(
  p: Parser, state: FstringState, text: string, pos: number, end: number, raw: boolean,
  recurseLvl: number, first: Token, t: Token, last: Token,
): number {
  state.fmode = true;
  for (;;) {
    const lit = findLiteral(p, text, pos, end, raw, recurseLvl);
    pos = lit.pos;
    if (lit.literal !== null) concatStr(state, lit.literal);
    if (lit.result === 1) continue;
    if (pos >= end || text[pos] === '}') break;
    const ex = findExpr(p, text, pos, end, raw, recurseLvl, first, t, last);
    pos = ex.pos;
    if (ex.exprText !== null) concatStr(state, ex.exprText);
    if (state.lastStr !== null) state.exprList.push(makeStrNode(state, first, last));
    state.exprList.push(ex.expression);
  }
  if (recurseLvl === 0 && pos < end - 1) p.raise('f-string: unexpected end of string');
  if (recurseLvl !== 0 && text[pos] !== '}') p.raise("f-string: expecting '}'");
  return pos;
}

/** cf. fstring_find_literal */
function findLiteral(
  p: Parser, text: string, pos: number, end: number, raw: boolean, recurseLvl: number,
): { result: 0 | 1; literal: string | null; pos: number } {
  let s = pos;
  const literalStart = s;
  let result: 0 | 1 = 0;
  let next = -1;
  while (s < end) {
    let ch = text[s++];
    if (!raw && ch === '\\' && s < end) {
      ch = text[s++];
      if (ch === 'N') {
        if (s < end && text[s++] === '{') {
          while (s < end && text[s++] !== '}') { /* skip the name */ }
        }
        continue;
      }
    }
    if (ch === '{' || ch === '}') {
      if (recurseLvl === 0) {
        if (s < end && text[s] === ch) {
          next = s + 1;
          result = 1;
          break;
        }
        if (ch === '}') p.raise("f-string: single '}' is not allowed");
      }
      s--;
      break;
    }
  }
  let literal: string | null = null;
  if (literalStart !== s) {
    const body = text.slice(literalStart, s);
    literal = raw ? body : decodeStr(p, body);
  }
  return { result, literal, pos: result === 1 ? next : s };
}

/** cf. fstring_find_expr */
function findExpr(
  p: Parser, text: string, pos: number, end: number, raw: boolean, recurseLvl: number,
  first: Token, t: Token, last: Token,
): { pos: number; exprText: string | null; expression: FormattedValue } {
  if (recurseLvl >= 2) p.raise('f-string: expressions nested too deeply');
  pos++;
  const exprStart = pos;
  let quoteChar = '';
  let stringType = 0;
  let nestedDepth = 0;
  const parenstack: string[] = [];
  for (; pos < end; pos++) {
    const ch = text[pos];
    if (ch === '\\') p.raise('f-string expression part cannot include a backslash');
    if (quoteChar) {
      if (ch === quoteChar) {
        if (stringType === 3) {
          if (pos + 2 < end && text[pos + 1] === ch && text[pos + 2] === ch) {
            pos += 2;
            stringType = 0;
            quoteChar = '';
            continue;
          }
        } else {
          quoteChar = '';
          stringType = 0;
          continue;
        }
      }
    } else if (ch === '\'' || ch === '"') {
      if (pos + 2 < end && text[pos + 1] === ch && text[pos + 2] === ch) {
        stringType = 3;
        pos += 2;
      } else {
        stringType = 1;
      }
      quoteChar = ch;
    } else if (ch === '[' || ch === '{' || ch === '(') {
      if (nestedDepth >= MAXLEVEL) p.raise('f-string: too many nested parenthesis');
      parenstack[nestedDepth++] = ch;
    } else if (ch === '#') {
      p.raise("f-string expression part cannot include '#'");
    } else if (nestedDepth === 0 && (ch === '!' || ch === ':' || ch === '}' || ch === '=' || ch === '>' || ch === '<')) {
      if (pos + 1 < end) {
        const nx = text[pos + 1];
        if ((ch === '!' && nx === '=') || (ch === '=' && nx === '=') || (ch === '<' && nx === '=') || (ch === '>' && nx === '=')) {
          pos += 1;
          continue;
        }
      }
      if (ch === '>' || ch === '<') continue;
      break;
    } else if (ch === ']' || ch === '}' || ch === ')') {
      if (!nestedDepth) p.raise(`f-string: unmatched '${ch}'`);
      nestedDepth--;
      const opening = parenstack[nestedDepth];
      if (!((opening === '(' && ch === ')') || (opening === '[' && ch === ']') || (opening === '{' && ch === '}'))) {
        p.raise(`f-string: closing parenthesis '${ch}' does not match opening parenthesis '${opening}'`);
      }
    }
  }
  const exprEnd = pos;
  if (quoteChar) p.raise('f-string: unterminated string');
  if (nestedDepth) p.raise(`f-string: unmatched '${parenstack[nestedDepth - 1]}'`);
  const unexpectedEnd = (): never => p.raise("f-string: expecting '}'");
  if (pos >= end) unexpectedEnd();
  const simple = compileExpr(p, text, exprStart, exprEnd, t);
  let exprText: string | null = null;
  if (text[pos] === '=') {
    pos++;
    while (pos < text.length && ' \t\n\r\v\f'.includes(text[pos])) pos++;
    if (pos >= end) unexpectedEnd();
    exprText = text.slice(exprStart, pos);
  }
  let conversion = -1;
  if (text[pos] === '!') {
    pos++;
    if (pos >= end) unexpectedEnd();
    const c = text[pos];
    conversion = c.charCodeAt(0);
    pos++;
    if (!(c === 's' || c === 'r' || c === 'a')) {
      p.raise("f-string: invalid conversion character: expected 's', 'r', or 'a'");
    }
  }
  if (pos >= end) unexpectedEnd();
  let formatSpec: Expr | null = null;
  if (text[pos] === ':') {
    pos++;
    if (pos >= end) unexpectedEnd();
    const state = new FstringState();
    pos = concatFstring(p, state, text, pos, end, raw, recurseLvl + 1, first, t, last);
    formatSpec = finishFstring(state, t, t);
  }
  if (pos >= end || text[pos] !== '}') unexpectedEnd();
  pos++;
  if (exprText !== null && formatSpec === null && conversion === -1) conversion = 'r'.charCodeAt(0);
  const expression: FormattedValue = {
    _type: 'FormattedValue', value: simple, conversion, format_spec: formatSpec,
    lineno: first.lineno, col_offset: first.col_offset, end_lineno: last.end_lineno, end_col_offset: last.end_col_offset,
  };
  return { pos, exprText, expression };
}

/** cf. fstring_find_expr_location: the line and column shift of the field starting at `brace`. */
function exprLocation(text: string, brace: number): { lines: number; cols: number } {
  let lines = 0;
  let cols = 0;
  let newlineAfterBrace = true;
  let s = brace + 1;
  for (;;) {
    const c = text[s];
    if (c === '}' || c === '\n') break;
    if (c !== ' ' && c !== '\t' && c !== '\f') {
      newlineAfterBrace = false;
      break;
    }
    s++;
  }
  if (!newlineAfterBrace) {
    s = brace;
    while (s > 0 && text[s] !== '\n') s--;
    cols += brace - s;
    if (text[s] === '\n') cols -= 1;
  }
  for (let k = 0; k < brace; k++) if (text[k] === '\n') lines++;
  return { lines, cols };
}

/** cf. fstring_compile_expr */
function compileExpr(p: Parser, text: string, exprStart: number, exprEnd: number, t: Token): Expr {
  let s = exprStart;
  for (; s !== exprEnd; s++) {
    const c = text[s];
    if (!(c === ' ' || c === '\t' || c === '\n' || c === '\f')) break;
  }
  if (s === exprEnd) {
    const e = text[exprEnd];
    if (e === '!' || e === ':' || e === '=') p.raise(`f-string: expression required before '${e}'`);
    p.raise('f-string: empty expression not allowed');
  }
  const { lines, cols } = exprLocation(text, exprStart - 1);
  const src = '(' + text.slice(exprStart, exprEnd) + ')\n';
  const tok = new Tokenizer(src, p.filename, false, t.lineno + lines - 1);
  const sub = new Parser(tok, {
    filename: p.filename,
    fileLines: null,
    fstring: {
      startingLineno: t.lineno + lines,
      startingColOffset: lines !== 0 ? cols : t.col_offset + cols,
      src,
    },
  });
  return sub.run(starExpressions);
}
