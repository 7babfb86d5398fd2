// Token kinds and the token record shared by the tokenizer and the parser.
// cf. Grammar/Tokens, Include/token.h, Parser/token.c and Parser/pegen.h (Token).

export const enum T {
  ENDMARKER = 0,
  NAME = 1,
  NUMBER = 2,
  STRING = 3,
  NEWLINE = 4,
  INDENT = 5,
  DEDENT = 6,
  LPAR = 7,
  RPAR = 8,
  LSQB = 9,
  RSQB = 10,
  COLON = 11,
  COMMA = 12,
  SEMI = 13,
  PLUS = 14,
  MINUS = 15,
  STAR = 16,
  SLASH = 17,
  VBAR = 18,
  AMPER = 19,
  LESS = 20,
  GREATER = 21,
  EQUAL = 22,
  DOT = 23,
  PERCENT = 24,
  LBRACE = 25,
  RBRACE = 26,
  EQEQUAL = 27,
  NOTEQUAL = 28,
  LESSEQUAL = 29,
  GREATEREQUAL = 30,
  TILDE = 31,
  CIRCUMFLEX = 32,
  LEFTSHIFT = 33,
  RIGHTSHIFT = 34,
  DOUBLESTAR = 35,
  PLUSEQUAL = 36,
  MINEQUAL = 37,
  STAREQUAL = 38,
  SLASHEQUAL = 39,
  PERCENTEQUAL = 40,
  AMPEREQUAL = 41,
  VBAREQUAL = 42,
  CIRCUMFLEXEQUAL = 43,
  LEFTSHIFTEQUAL = 44,
  RIGHTSHIFTEQUAL = 45,
  DOUBLESTAREQUAL = 46,
  DOUBLESLASH = 47,
  DOUBLESLASHEQUAL = 48,
  AT = 49,
  ATEQUAL = 50,
  RARROW = 51,
  ELLIPSIS = 52,
  COLONEQUAL = 53,
  OP = 54,
  AWAIT = 55,
  ASYNC = 56,
  TYPE_IGNORE = 57,
  TYPE_COMMENT = 58,
  SOFT_KEYWORD = 59,
  ERRORTOKEN = 60,

  // Reserved keywords get their own token kinds, as in the generated parser
  // (cf. Parser/parser.c reserved_keywords).
  KW_FALSE = 100,
  KW_NONE,
  KW_TRUE,
  KW_AND,
  KW_AS,
  KW_ASSERT,
  KW_BREAK,
  KW_CLASS,
  KW_CONTINUE,
  KW_DEF,
  KW_DEL,
  KW_ELIF,
  KW_ELSE,
  KW_EXCEPT,
  KW_FINALLY,
  KW_FOR,
  KW_FROM,
  KW_GLOBAL,
  KW_IF,
  KW_IMPORT,
  KW_IN,
  KW_IS,
  KW_LAMBDA,
  KW_NONLOCAL,
  KW_NOT,
  KW_OR,
  KW_PASS,
  KW_RAISE,
  KW_RETURN,
  KW_TRY,
  KW_WHILE,
  KW_WITH,
  KW_YIELD,
}

/** Reserved words and their token kinds (async/await come from the tokenizer as ASYNC/AWAIT). */
export const KEYWORDS: ReadonlyMap<string, T> = new Map<string, T>([
  ['False', T.KW_FALSE], ['None', T.KW_NONE], ['True', T.KW_TRUE], ['and', T.KW_AND],
  ['as', T.KW_AS], ['assert', T.KW_ASSERT], ['break', T.KW_BREAK], ['class', T.KW_CLASS],
  ['continue', T.KW_CONTINUE], ['def', T.KW_DEF], ['del', T.KW_DEL], ['elif', T.KW_ELIF],
  ['else', T.KW_ELSE], ['except', T.KW_EXCEPT], ['finally', T.KW_FINALLY], ['for', T.KW_FOR],
  ['from', T.KW_FROM], ['global', T.KW_GLOBAL], ['if', T.KW_IF], ['import', T.KW_IMPORT],
  ['in', T.KW_IN], ['is', T.KW_IS], ['lambda', T.KW_LAMBDA], ['nonlocal', T.KW_NONLOCAL],
  ['not', T.KW_NOT], ['or', T.KW_OR], ['pass', T.KW_PASS], ['raise', T.KW_RAISE],
  ['return', T.KW_RETURN], ['try', T.KW_TRY], ['while', T.KW_WHILE], ['with', T.KW_WITH],
  ['yield', T.KW_YIELD],
]);

/** cf. Parser/parser.c soft_keywords */
export const SOFT_KEYWORDS: ReadonlySet<string> = new Set(['_', 'case', 'match']);

/** One-character operators. cf. Parser/token.c PyToken_OneChar */
export function oneChar(c: string): T {
  switch (c) {
    case '%': return T.PERCENT;
    case '&': return T.AMPER;
    case '(': return T.LPAR;
    case ')': return T.RPAR;
    case '*': return T.STAR;
    case '+': return T.PLUS;
    case ',': return T.COMMA;
    case '-': return T.MINUS;
    case '.': return T.DOT;
    case '/': return T.SLASH;
    case ':': return T.COLON;
    case ';': return T.SEMI;
    case '<': return T.LESS;
    case '=': return T.EQUAL;
    case '>': return T.GREATER;
    case '@': return T.AT;
    case '[': return T.LSQB;
    case ']': return T.RSQB;
    case '^': return T.CIRCUMFLEX;
    case '{': return T.LBRACE;
    case '|': return T.VBAR;
    case '}': return T.RBRACE;
    case '~': return T.TILDE;
    default: return T.OP;
  }
}

/** cf. Parser/token.c PyToken_TwoChars (on char codes) */
export function twoChars(c1: number, c2: number): T {
  switch (c1) {
    case 33: return c2 === 61 ? T.NOTEQUAL : T.OP; // !=
    case 37: return c2 === 61 ? T.PERCENTEQUAL : T.OP; // %=
    case 38: return c2 === 61 ? T.AMPEREQUAL : T.OP; // &=
    case 42: return c2 === 42 ? T.DOUBLESTAR : c2 === 61 ? T.STAREQUAL : T.OP; // ** *=
    case 43: return c2 === 61 ? T.PLUSEQUAL : T.OP; // +=
    case 45: return c2 === 61 ? T.MINEQUAL : c2 === 62 ? T.RARROW : T.OP; // -= ->
    case 47: return c2 === 47 ? T.DOUBLESLASH : c2 === 61 ? T.SLASHEQUAL : T.OP; // // /=
    case 58: return c2 === 61 ? T.COLONEQUAL : T.OP; // :=
    case 60: return c2 === 60 ? T.LEFTSHIFT : c2 === 61 ? T.LESSEQUAL : c2 === 62 ? T.NOTEQUAL : T.OP; // << <= <>
    case 61: return c2 === 61 ? T.EQEQUAL : T.OP; // ==
    case 62: return c2 === 61 ? T.GREATEREQUAL : c2 === 62 ? T.RIGHTSHIFT : T.OP; // >= >>
    case 64: return c2 === 61 ? T.ATEQUAL : T.OP; // @=
    case 94: return c2 === 61 ? T.CIRCUMFLEXEQUAL : T.OP; // ^=
    case 124: return c2 === 61 ? T.VBAREQUAL : T.OP; // |=
    default: return T.OP;
  }
}

/** cf. Parser/token.c PyToken_ThreeChars (on char codes) */
export function threeChars(c1: number, c2: number, c3: number): T {
  if (c3 === 61) {
    if (c1 === 42 && c2 === 42) return T.DOUBLESTAREQUAL; // **=
    if (c1 === 47 && c2 === 47) return T.DOUBLESLASHEQUAL; // //=
    if (c1 === 60 && c2 === 60) return T.LEFTSHIFTEQUAL; // <<=
    if (c1 === 62 && c2 === 62) return T.RIGHTSHIFTEQUAL; // >>=
  }
  if (c1 === 46 && c2 === 46 && c3 === 46) return T.ELLIPSIS; // ...
  return T.OP;
}

/**
 * A token as the parser sees it. Positions are 1-based lines and 0-based columns counted in
 * JS string indices; -1 for tokens without a text span (INDENT, DEDENT, ENDMARKER), like CPython.
 */
export interface Token {
  type: T;
  /** The token's source text (for STRING tokens: the whole literal, prefix and quotes included). */
  string: string;
  /** Parenthesis nesting level in the tokenizer after this token. */
  level: number;
  lineno: number;
  col_offset: number;
  end_lineno: number;
  end_col_offset: number;
}
