// repr(complex) and format(complex, spec).
// cf. Objects/complexobject.c complex_repr
// cf. Python/formatter_unicode.c _PyComplex_FormatAdvancedWriter, format_complex_internal

import { FormatError } from './errors';
import { doubleToString, type DoubleFormatCode } from './double-to-string';
import { layoutNumber, padString, splitSigned } from './number-layout';
import { INT_MAX, parseFormatSpec, unknownPresentationType, type FormatSpec } from './spec';
import { cpLength } from './unicode';

function isPositiveZero(x: number): boolean {
  return x === 0 && !Object.is(x, -0);
}

/** repr(complex(real, imag)) (also str()). */
export function complexRepr(real: number, imag: number): string {
  if (isPositiveZero(real)) {
    // Real part is +0: just output the imaginary part, no parens.
    return doubleToString(imag, 'r', 0) + 'j';
  }
  const re = doubleToString(real, 'r', 0);
  const im = doubleToString(imag, 'r', 0, { sign: true });
  return `(${re}${im}j)`;
}

/** cf. format_complex_internal (type in '' e E f F g G n). */
export function formatComplexInternal(real: number, imag: number, spec: FormatSpec): string {
  if (spec.precision > INT_MAX) throw new FormatError('ValueError', 'precision too big');
  if (spec.fill === '0') {
    throw new FormatError('ValueError', 'Zero padding is not allowed in complex format specifier');
  }
  if (spec.align === '=') {
    throw new FormatError('ValueError', "'=' alignment flag is not allowed in complex format specifier");
  }
  let precision = spec.precision;
  let defaultPrecision = 6;
  let type: string = spec.type;
  let addParens = false;
  let skipRe = false;
  if (type === '') {
    // Omitted type specifier. Should be like str(self).
    type = 'r';
    defaultPrecision = 0;
    if (isPositiveZero(real)) skipRe = true;
    else addParens = true;
  }
  if (type === 'n') type = 'g';
  if (precision < 0) precision = defaultPrecision;
  else if (type === 'r') type = 'g';

  const flags = { alt: spec.alternate, noNeg0: spec.noNeg0 };
  const reBuf = doubleToString(real, type as DoubleFormatCode, precision, flags);
  const imBuf = doubleToString(imag, type as DoubleFormatCode, precision, flags);
  const thousands = spec.type === 'n' ? '' : spec.thousands;
  // Padding is turned off for the parts and applied to the whole afterwards.
  const reStr = skipRe ? '' : layoutNumber(splitSigned(reBuf),
    { fill: ' ', align: '<', sign: spec.sign, width: -1, thousands });
  const imStr = layoutNumber(splitSigned(imBuf),
    { fill: ' ', align: '<', sign: skipRe ? spec.sign : '+', width: -1, thousands });
  const body = (addParens ? '(' : '') + reStr + imStr + 'j' + (addParens ? ')' : '');
  return padString(body, cpLength(body), spec.width, spec.align, spec.fill);
}

/** format(complex(real, imag), spec). Throws FormatError. */
export function formatComplex(real: number, imag: number, spec: string, typeName = 'complex'): string {
  if (spec === '') return complexRepr(real, imag);
  const parsed = parseFormatSpec(spec, '', '>', typeName);
  switch (parsed.type) {
    case '': case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n':
      return formatComplexInternal(real, imag, parsed);
    default:
      throw unknownPresentationType(parsed.type, typeName);
  }
}
