// sin, cos, tan, atan, atan2, asin, acos.
// TODO(port): glibc's IBM Accurate Mathematical Library versions (s_sin.c, s_tan.c,
// s_atan.c, e_atan2.c, e_asin.c in their FMA builds). Until then: the engine's.

export const sin = Math.sin;
export const cos = Math.cos;
export const tan = Math.tan;
export const atan = Math.atan;
export const atan2 = Math.atan2;
export const asin = Math.asin;
export const acos = Math.acos;
