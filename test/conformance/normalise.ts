// The normalisation rule of scripts/gen-goldens.py, applied to the simulator's
// output so it can be compared byte for byte with CPython's goldens.

const ADDRESS_TOKEN = /(?<![0-9A-Za-z.])(?:0[xX][0-9A-Fa-f]+|[0-9]+)(?![0-9A-Za-z.])/g;
const LO = 0x500000000000n;
const HI = 0x800000000000n;

export function normaliseOutputs(stdout: string, stderr: string, folder: string): [string, string] {
  const numbering = new Map<bigint, number>();
  const fix = (text: string): string => {
    text = text.split(folder.endsWith('/') ? folder : folder + '/').join('');
    return text.replace(ADDRESS_TOKEN, (tok) => {
      const v = tok.startsWith('0x') || tok.startsWith('0X') ? BigInt(tok) : BigInt(tok);
      if (v >= LO && v < HI) {
        if (!numbering.has(v)) numbering.set(v, numbering.size + 1);
        return `@${numbering.get(v)}`;
      }
      return tok;
    });
  };
  const a = fix(stdout);
  const b = fix(stderr);
  return [a, b];
}
