// Number and string formatting as pure functions (CPython 3.11 semantics).
// Entry points for the runtime: repr/str/format of float, int, str, complex,
// printf-style `%`, and int()/float() parsing of str.

export { FormatError, type FormatErrorType } from './errors';
export {
  parseFormatSpec, unknownPresentationType, describeTypeChar,
  type FormatSpec, type Align, type SignOption, type Thousands,
} from './spec';
export { doubleToString, floatRepr, floatStr, type DoubleFormatCode, type DoubleToStringFlags } from './double-to-string';
export { formatFloat, formatFloatInternal, isFloatPresentationType } from './float-format';
export {
  formatInt, formatLongInternal, intToString, intToDecimalString, intToBaseString, intToFloat,
  maxStrDigitsToStrError, DEFAULT_MAX_STR_DIGITS, MAX_STR_DIGITS_THRESHOLD,
} from './int-format';
export { formatStr, formatStringInternal } from './str-format';
export { complexRepr, formatComplex, formatComplexInternal } from './complex-format';
export { parseIntLiteral, parseFloatLiteral, maxStrDigitsToIntError } from './parse-number';
export { percentFormat, floatToInt, type PercentArgs } from './percent';
export { layoutNumber, padString, insertThousandsGrouping, type NumberParts, type LayoutOptions } from './number-layout';
export { dtoaShortest, dtoaSignificant, dtoaFixed, decimalExponent, type DtoaResult } from './dtoa';
export { unicodeDecimalValue, isUnicodeSpace, cpLength, transformDecimalAndSpaceToAscii } from './unicode';
