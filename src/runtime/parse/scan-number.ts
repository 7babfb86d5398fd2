// Numeric literals in the tokenizer: decimal, hex, octal and binary integers with underscores,
// floats, exponents and imaginary numbers, and their error messages.
// cf. Parser/tokenizer.c tok_get ("Number" section), tok_decimal_tail, verify_end_of_number, lookahead.

import { isIdChar, type Tokenizer } from './tokenizer';
import { T } from './tokens';

const C_0 = 48, C_1 = 49, C_7 = 55, C_9 = 57, C_DOT = 46, C_US = 95;
const isDigit = (c: number): boolean => c >= C_0 && c <= C_9;
const isXDigit = (c: number): boolean =>
  (c >= C_0 && c <= C_9) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
const ch = (c: number): string => String.fromCharCode(c);

function lookahead(tok: Tokenizer, test: string): boolean {
  let i = 0;
  for (;;) {
    const c = tok.nextc();
    if (i === test.length) {
      tok.backup(c);
      tok.cur -= i;
      return !isIdChar(c);
    }
    if (c === test.charCodeAt(i)) {
      i++;
      continue;
    }
    tok.backup(c);
    tok.cur -= i;
    return false;
  }
}

// cf. tokenizer.c verify_end_of_number. Keyword-adjacent literals only warn in 3.11.
function verifyEndOfNumber(tok: Tokenizer, c: number, kind: string): boolean {
  let r = false;
  if (c === 97) r = lookahead(tok, 'nd');
  else if (c === 101) r = lookahead(tok, 'lse');
  else if (c === 102) r = lookahead(tok, 'or');
  else if (c === 105) {
    const c2 = tok.nextc();
    if (c2 === 102 || c2 === 110 || c2 === 115) r = true;
    tok.backup(c2);
  } else if (c === 111) r = lookahead(tok, 'r');
  else if (c === 110) r = lookahead(tok, 'ot');
  if (r) return true; // SyntaxWarning only
  // 3.11.7 only rejects ASCII identifier characters here; "1€" reports the invalid character.
  if (c < 128 && isIdChar(c)) {
    tok.backup(c);
    tok.syntaxError(`invalid ${kind} literal`);
    return false;
  }
  return true;
}

// cf. tokenizer.c tok_decimal_tail; returns 0 on error
function decimalTail(tok: Tokenizer): number {
  let c: number;
  for (;;) {
    do {
      c = tok.nextc();
    } while (isDigit(c));
    if (c !== C_US) break;
    c = tok.nextc();
    if (!isDigit(c)) {
      tok.backup(c);
      tok.syntaxError('invalid decimal literal');
      return 0;
    }
  }
  return c;
}

// cf. tokenizer.c tok_get, "Number" section (labels fraction/exponent/imaginary)
export function scanNumber(tok: Tokenizer, first: number, entry: 'start' | 'fraction'): T {
  let c = first;
  let state: 'int' | 'fraction' | 'exponent' | 'imaginary' = entry === 'fraction' ? 'fraction' : 'int';
  if (state === 'int' && c === C_0) {
    c = tok.nextc();
    if (c === 120 || c === 88) {
      c = tok.nextc();
      do {
        if (c === C_US) c = tok.nextc();
        if (!isXDigit(c)) {
          tok.backup(c);
          return tok.syntaxError('invalid hexadecimal literal');
        }
        do {
          c = tok.nextc();
        } while (isXDigit(c));
      } while (c === C_US);
      if (!verifyEndOfNumber(tok, c, 'hexadecimal')) return T.ERRORTOKEN;
      return finishNumber(tok, c);
    }
    if (c === 111 || c === 79 || c === 98 || c === 66) {
      const octal = c === 111 || c === 79;
      const kind = octal ? 'octal' : 'binary';
      const ok = octal ? (d: number) => d >= C_0 && d <= C_7 : (d: number) => d === C_0 || d === C_1;
      c = tok.nextc();
      do {
        if (c === C_US) c = tok.nextc();
        if (!ok(c)) {
          if (isDigit(c)) return tok.syntaxError(`invalid digit '${ch(c)}' in ${kind} literal`);
          tok.backup(c);
          return tok.syntaxError(`invalid ${kind} literal`);
        }
        do {
          c = tok.nextc();
        } while (ok(c));
      } while (c === C_US);
      if (isDigit(c)) return tok.syntaxError(`invalid digit '${ch(c)}' in ${kind} literal`);
      if (!verifyEndOfNumber(tok, c, kind)) return T.ERRORTOKEN;
      return finishNumber(tok, c);
    }
    let nonzero = false;
    for (;;) {
      if (c === C_US) {
        c = tok.nextc();
        if (!isDigit(c)) {
          tok.backup(c);
          return tok.syntaxError('invalid decimal literal');
        }
      }
      if (c !== C_0) break;
      c = tok.nextc();
    }
    const zerosEnd = tok.cur;
    if (isDigit(c)) {
      nonzero = true;
      c = decimalTail(tok);
      if (c === 0) return T.ERRORTOKEN;
    }
    if (c === C_DOT) {
      c = tok.nextc();
      state = 'fraction';
    } else if (c === 101 || c === 69) {
      state = 'exponent';
    } else if (c === 106 || c === 74) {
      state = 'imaginary';
    } else if (nonzero) {
      tok.backup(c);
      return tok.syntaxError(
        'leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers',
        tok.start + 1 - tok.lineStart, zerosEnd - tok.lineStart);
    } else {
      if (!verifyEndOfNumber(tok, c, 'decimal')) return T.ERRORTOKEN;
      return finishNumber(tok, c);
    }
  } else if (state === 'int') {
    c = decimalTail(tok);
    if (c === 0) return T.ERRORTOKEN;
    if (c === C_DOT) {
      c = tok.nextc();
      state = 'fraction';
    }
  }
  if (state === 'fraction') {
    if (isDigit(c)) {
      c = decimalTail(tok);
      if (c === 0) return T.ERRORTOKEN;
    }
  }
  if (state !== 'imaginary' && (c === 101 || c === 69)) {
    const e = c;
    c = tok.nextc();
    if (c === 43 || c === 45) {
      c = tok.nextc();
      if (!isDigit(c)) {
        tok.backup(c);
        return tok.syntaxError('invalid decimal literal');
      }
    } else if (!isDigit(c)) {
      tok.backup(c);
      if (!verifyEndOfNumber(tok, e, 'decimal')) return T.ERRORTOKEN;
      tok.backup(e);
      tok.pStart = tok.start;
      tok.pEnd = tok.cur;
      return T.NUMBER;
    }
    c = decimalTail(tok);
    if (c === 0) return T.ERRORTOKEN;
  }
  if (state === 'imaginary' || c === 106 || c === 74) {
    c = tok.nextc();
    if (!verifyEndOfNumber(tok, c, 'imaginary')) return T.ERRORTOKEN;
  } else if (!verifyEndOfNumber(tok, c, 'decimal')) {
    return T.ERRORTOKEN;
  }
  return finishNumber(tok, c);
}

function finishNumber(tok: Tokenizer, c: number): T {
  tok.backup(c);
  tok.pStart = tok.start;
  tok.pEnd = tok.cur;
  return T.NUMBER;
}
