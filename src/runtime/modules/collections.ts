// The simulated collections module. cf. Lib/collections/__init__.py and
// Modules/_collectionsmodule.c, Objects/odictobject.c (3.11).
//
// deque, defaultdict and OrderedDict are C types in CPython and native types
// here; Counter and ChainMap are Python classes in CPython and heap types here
// (made by type(), with native methods); namedtuple builds real classes.
// UserDict, UserList and UserString are not simulated.

import type { PyObject } from '../objects/object';
import type { PyType, KwArgs } from '../objects/type';
import type { PyDict } from '../objects/dict';
import type { PyModule } from '../objects/core';
import type { Runtime } from '../runtime';
import { defFuncLike } from './funcLike';
import { makeModule, putNew, withStaticAllocation } from './nativeTypes';
import { makeDequeTypes } from './collectionsDeque';
import { makeDefaultDictType, makeODictTypes } from './collectionsDicts';
import { makeCounterType } from './collectionsCounter';
import { makeChainMapType } from './collectionsChainMap';
import { namedtupleCall, tupleGetterType } from './collectionsNamedtuple';

interface CollectionsTypes { deque: PyType; defaultdict: PyType; OrderedDict: PyType; Counter: PyType; ChainMap: PyType; tuplegetter: PyType }
const TYPES = new WeakMap<Runtime, CollectionsTypes>();

export function collectionsTypes(rt: Runtime): CollectionsTypes {
  let t = TYPES.get(rt);
  if (t === undefined) {
    t = withStaticAllocation(rt, () => ({
      deque: makeDequeTypes(rt).deque,
      defaultdict: makeDefaultDictType(rt),
      OrderedDict: makeODictTypes(rt).od,
      Counter: makeCounterType(rt),
      ChainMap: makeChainMapType(rt),
      tuplegetter: tupleGetterType(rt),
    }));
    TYPES.set(rt, t);
  }
  return t;
}

export function installCollectionsModule(rt: Runtime): void {
  rt.modules.register('collections', makeCollections);
}

function makeCollections(rt: Runtime): PyModule {
  const T = collectionsTypes(rt);
  return makeModule(rt, 'collections', (d: PyDict) => {
    putNew(rt, d, '__doc__', rt.newStr("This module implements specialized container datatypes providing\nalternatives to Python's general purpose built-in containers, dict,\nlist, set, and tuple.\n"));
    const all = ['ChainMap', 'Counter', 'OrderedDict', 'UserDict', 'UserList', 'UserString', 'defaultdict', 'deque', 'namedtuple'];
    putNew(rt, d, '__all__', rt.newList(all.map((n) => rt.newStr(n))));
    for (const [name, t] of [['deque', T.deque], ['defaultdict', T.defaultdict], ['OrderedDict', T.OrderedDict],
      ['Counter', T.Counter], ['ChainMap', T.ChainMap], ['_tuplegetter', T.tuplegetter]] as const) {
      t.refcnt++;
      putNew(rt, d, name, t);
    }
    defFuncLike(rt, d, { name: 'namedtuple', module: 'collections', fn: (args: PyObject[], kw: KwArgs) => namedtupleCall(rt, args, kw) });
  });
}
