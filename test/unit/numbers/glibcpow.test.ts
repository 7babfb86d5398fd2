// glibc's pow reproduced: generated tables and C99 special cases.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { glibcPow, glibcPowTables, fma, fmaExact } from '../../../src/runtime/objects/num/glibcpow';
import { crPowPositive } from '../../../src/runtime/objects/num/crpow';

test('exp table entries as in glibc __exp_data.tab', () => {
  const t = glibcPowTables();
  const dv = new DataView(new ArrayBuffer(8));
  const bits = (x: number) => { dv.setFloat64(0, x); return dv.getBigUint64(0).toString(16); };
  // 2^(k/128) = H*(1+T): spot checks of tab[2k], tab[2k+1].
  assert.equal(bits(t.etail[1]!), '3c9b3b4f1a88bf6e');
  assert.equal(((BigInt(t.esbitsHi[1]!) << 32n) | BigInt(t.esbitsLo[1]!)).toString(16), '3feff63da9fb3335');
  assert.equal(bits(t.etail[7]!), '3c90a3e45b33d399');
  assert.equal(((BigInt(t.esbitsHi[7]!) << 32n) | BigInt(t.esbitsLo[7]!)).toString(16), '3fefbe3ecac6f383');
  // log table: 1/c for the first subinterval and the two around 1.
  assert.equal(t.invc[0], 1.4140625);
  assert.equal(t.logc[0], -0x162c82f2b9c8 / 2 ** 46); // -0x1.62c82f2b9c800p-2
  assert.equal(t.invc[74], 1);
  assert.equal(t.invc[75], 1);
  assert.equal(t.logc[75], 0);
  assert.equal(t.invc[76], 0.9921875);
});

test('C99 special cases', () => {
  assert.equal(glibcPow(NaN, 0), 1);
  assert.equal(glibcPow(1, NaN), 1);
  assert.ok(Number.isNaN(glibcPow(NaN, 1)));
  assert.equal(glibcPow(-1, Infinity), 1);
  assert.equal(glibcPow(0.5, Infinity), 0);
  assert.equal(glibcPow(2, -Infinity), 0);
  assert.equal(glibcPow(2, Infinity), Infinity);
  assert.equal(glibcPow(0, -1), Infinity);
  assert.equal(glibcPow(-0, -1), -Infinity);
  assert.ok(Object.is(glibcPow(-0, 3), -0));
  assert.ok(Number.isNaN(glibcPow(-2, 0.5)));
  assert.equal(glibcPow(-2, 3), -8);
  assert.equal(glibcPow(2, 1024), Infinity);
  assert.equal(glibcPow(2, -1075), 0);
  assert.equal(glibcPow(2, -1074), 5e-324);
  assert.equal(glibcPow(5e-324, 0.5), 2.2227587494850775e-162);
  assert.equal(glibcPow(10, -320), 1e-320);
});

test('fma emulation is exact', () => {
  let seed = 12345;
  const rnd = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };
  for (let i = 0; i < 20000; i++) {
    const a = (rnd() - 0.5) * 2 ** Math.floor(rnd() * 80 - 40);
    const b = (rnd() - 0.5) * 2 ** Math.floor(rnd() * 80 - 40);
    const c = i % 3 === 0 ? -a * b : (rnd() - 0.5) * 2 ** Math.floor(rnd() * 80 - 40);
    assert.equal(fma(a, b, c), fmaExact(a, b, c), `fma(${a}, ${b}, ${c})`);
  }
});

test('correctly rounded pow (reference)', () => {
  assert.equal(crPowPositive(804, 7), Number(804n ** 7n)); // glibc's pow gives the next double up
  assert.equal(crPowPositive(2, 0.5), Math.SQRT2);
});
