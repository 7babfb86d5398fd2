// Py_INCREF / Py_DECREF. cf. Include/object.h.
// A count reaching zero deallocates at once through the object's runtime.

import type { PyObject } from './objects/object';

export function incref<T extends PyObject>(o: T): T {
  o.refcnt++;
  return o;
}

export function decref(o: PyObject): void {
  if (--o.refcnt === 0) o.type.rt.dealloc(o);
}

export function xdecref(o: PyObject | null): void {
  if (o !== null && --o.refcnt === 0) o.type.rt.dealloc(o);
}

export function xincref<T extends PyObject>(o: T | null): T | null {
  if (o !== null) o.refcnt++;
  return o;
}
