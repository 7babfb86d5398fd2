// int arithmetic helpers against python3.
import { test } from 'node:test';
import { loadFixture, iv, f, enc, encInt, capture, Mismatches, type Json } from './oracle';
import {
  intAdd, intSub, intMul, intDivmod, intFloorDiv, intMod, bitLengthOf, bitCount, type IntVal, isZero,
} from '../../../src/runtime/objects/num/bigmath';
import {
  intTrueDiv, intPowValue, intLshift, intRshift, intAnd, intOr, intXor, intInvert, intRound, intToBytes, intFromBytes,
} from '../../../src/runtime/objects/num/intops';
import { zeroDiv } from '../../../src/runtime/objects/num/errors';

const hex = (b: Uint8Array): string => 'b:' + Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');

test('int + - * // % divmod & | ^ ~ << >> bit_length bit_count', () => {
  const m = new Mismatches('intops');
  const fx = loadFixture<Json[][]>('intops');
  const div = (fn: () => Json, msg: string, b: IntVal): Json => capture(() => { if (isZero(b)) throw zeroDiv(msg); return fn(); });
  for (const row of fx) {
    const [A, B, s] = row;
    const a = iv(A);
    const b = iv(B);
    const sh = s as number;
    const got: Json[] = [
      A, B, s,
      encInt(intAdd(a, b)), encInt(intSub(a, b)), encInt(intMul(a, b)),
      div(() => encInt(intFloorDiv(a, b)), 'integer division or modulo by zero', b),
      div(() => encInt(intMod(a, b)), 'integer modulo by zero', b),
      div(() => intDivmod(a, b).map(encInt), 'integer division or modulo by zero', b),
      encInt(intAnd(a, b)), encInt(intOr(a, b)), encInt(intXor(a, b)), encInt(intInvert(a)),
      capture(() => encInt(intLshift(a, sh))), capture(() => encInt(intRshift(a, sh))),
      bitLengthOf(a), bitCount(a),
    ];
    const names = ['a', 'b', 's', '+', '-', '*', '//', '%', 'divmod', '&', '|', '^', '~', '<<', '>>', 'bit_length', 'bit_count'];
    for (let k = 3; k < got.length; k++) m.check(got[k]!, row[k]!, () => `${a} ${names[k]} ${k >= 13 && k <= 14 ? sh : b}`);
  }
  m.done();
});

test('int / int (correctly rounded true division)', () => {
  const m = new Mismatches('truediv');
  for (const [A, B, r] of loadFixture<Json[][]>('truediv')) {
    m.check(capture(() => enc(intTrueDiv(iv(A), iv(B)))), r!, () => `${A} / ${B}`);
  }
  m.done();
});

test('int ** int and pow(int, int, int)', () => {
  const m = new Mismatches('intpow');
  for (const [A, B, M, r] of loadFixture<Json[][]>('intpow')) {
    const got = capture(() => {
      const res = intPowValue(iv(A), iv(B), M === null ? null : iv(M));
      if (!res.float) return encInt(res.v);
      if (res.v.complex) return 'complex';
      return enc(res.v.v);
    });
    m.check(got, r!, () => `pow(${A}, ${B}, ${M})`);
  }
  m.done();
});

test('round(int, ndigits)', () => {
  const m = new Mismatches('round(int)');
  for (const [A, nd, r] of loadFixture<{ int: Json[][] }>('round').int) {
    m.check(encInt(intRound(iv(A), nd as number)), r!, () => `round(${A}, ${nd})`);
  }
  m.done();
});

test('int.to_bytes / int.from_bytes', () => {
  const fx = loadFixture<{ to: Json[][]; from: Json[][] }>('bytes');
  const m = new Mismatches('to_bytes');
  for (const [A, len, order, signed, r] of fx.to) {
    m.check(capture(() => hex(intToBytes(iv(A), len as number, order === 'little', signed as boolean))), r!, () => `${A}.to_bytes(${len}, ${order}, ${signed})`);
  }
  m.done();
  const m2 = new Mismatches('from_bytes');
  for (const [h, order, signed, r] of fx.from) {
    const bytes = Uint8Array.from((h as string).match(/../g) ?? [], (x) => parseInt(x, 16));
    m2.check(encInt(intFromBytes(bytes, order === 'little', signed as boolean)), r!, () => `from_bytes(${h}, ${order}, ${signed})`);
  }
  m2.done();
});

void f;
