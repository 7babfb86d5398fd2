// Private name mangling: __spam in class Ham becomes _Ham__spam.
// cf. Python/compile.c _Py_Mangle

export function mangle(privateName: string | null, ident: string): string {
  if (privateName === null || ident.length < 2 || ident[0] !== '_' || ident[1] !== '_') return ident;
  // Don't mangle __id__ or names with dots.
  if ((ident.endsWith('__') && ident.length >= 2) || ident.includes('.')) return ident;
  // Strip leading underscores from class name
  let ipriv = 0;
  while (ipriv < privateName.length && privateName[ipriv] === '_') ipriv++;
  if (ipriv === privateName.length) return ident; // Don't mangle if class is just underscores
  return '_' + privateName.slice(ipriv) + ident;
}
