// complex arithmetic helpers against python3.
import { test } from 'node:test';
import { loadFixture, f, enc, capture, Mismatches, type Json } from './oracle';
import { cProd, cQuot, cPow, cAbs, parseComplex, type Cx } from '../../../src/runtime/objects/num/complexops';
import { transformDecimalAndSpaceToAscii } from '../../../src/runtime/objects/format';

const encC = (z: Cx): Json => ['c', enc(z.real), enc(z.imag)];
const dec = (p: Json): Cx => ({ real: f((p as Json[])[0]!), imag: f((p as Json[])[1]!) });

test('complex * / ** abs', () => {
  const m = new Mismatches('complex ops');
  const mp = new Mismatches('complex ** float');
  for (const [A, B, n, prod, quot, powi, abs, powf] of loadFixture<{ ops: Json[][] }>('complex').ops) {
    const a = dec(A!);
    const b = dec(B!);
    m.check(capture(() => encC(cProd(a, b))), prod!, () => `(${a.real}+${a.imag}j) * (${b.real}+${b.imag}j)`);
    m.check(capture(() => encC(cQuot(a, b))), quot!, () => `(${a.real}+${a.imag}j) / (${b.real}+${b.imag}j)`);
    // Integer exponents up to 100 use repeated multiplication (exact emulation); beyond, libm.
    const mm = Math.abs(n as number) <= 100 ? m : mp;
    mm.check(capture(() => encC(cPow(a, { real: n as number, imag: 0 }))), powi!, () => `(${a.real}+${a.imag}j) ** ${n}`);
    m.check(capture(() => enc(cAbs(a))), abs!, () => `abs(${a.real}+${a.imag}j)`);
    void powf;
  }
  m.done();
  // Math.atan2/cos/sin/exp/log are not glibc's: a few last-bit differences are expected.
  mp.done(60);
});

test('complex(str)', () => {
  const m = new Mismatches('complex(str)');
  for (const [s, r] of loadFixture<{ strings: Json[][] }>('complex').strings) {
    const got = capture(() => {
      const z = parseComplex(transformDecimalAndSpaceToAscii(s as string));
      if (z === null) return { err: 'ValueError', msg: `could not convert string to complex: ${JSON.stringify(s).replace(/"/g, "'")}` };
      return encC(z);
    });
    m.check(got, r!, () => `complex(${JSON.stringify(s)})`);
  }
  m.done();
});
