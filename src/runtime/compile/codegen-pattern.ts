// Code generation for the match statement (PEP 634).
// cf. Python/compile.c compiler_match, compiler_pattern_* and pattern_helper_* (3.11).
//
// All pattern routines consume TOS (the subject) and jump to a fail_pop block on
// failure; captured names are kept on the stack (under `on_top` items) until the whole
// pattern has matched.

import type * as A from '../parse/ast';
import type { Compiler } from './compiler';
import { constEquals } from './constants';
import { addCompare, addopBinary, jumpIf, visitExpr } from './codegen-expr';
import { visitStmts } from './codegen-stmt';
import { type Block, JUMP, POP_JUMP_IF_FALSE } from './instr';
import { Op } from './opcodes';
import type { Const } from './code';
import { constRepr } from './constrepr';

interface PatternContext {
  stores: string[];
  allowIrrefutable: boolean;
  failPop: Block[];
  onTop: number;
}

const isWildcard = (p: A.Pattern): boolean => p._type === 'MatchAs' && !p.pattern && !p.name;
const isWildcardStar = (p: A.Pattern): boolean => p._type === 'MatchStar' && !p.name;

function ensureFailPop(c: Compiler, pc: PatternContext, n: number): void {
  const size = n + 1;
  while (pc.failPop.length < size) pc.failPop.push(c.newBlock());
}

function jumpToFailPop(c: Compiler, pc: PatternContext, op: number): void {
  const pops = pc.onTop + pc.stores.length;
  ensureFailPop(c, pc, pops);
  c.addopJ(op, pc.failPop[pops]);
}

function emitAndResetFailPop(c: Compiler, pc: PatternContext): void {
  if (!pc.failPop.length) return;
  for (let i = pc.failPop.length - 1; i > 0; i--) {
    c.useNextBlock(pc.failPop[i]);
    c.addop(Op.POP_TOP);
  }
  c.useNextBlock(pc.failPop[0]);
  pc.failPop = [];
}

function rotate(c: Compiler, count: number): void {
  while (1 < count) c.addopI(Op.SWAP, count--);
}

function storeName(c: Compiler, n: string | null, pc: PatternContext): void {
  if (n === null) {
    c.addop(Op.POP_TOP);
    return;
  }
  c.forbiddenName(n, 'Store');
  if (pc.stores.includes(n)) c.error(`multiple assignments to name '${n}' in pattern`);
  rotate(c, pc.onTop + pc.stores.length + 1);
  pc.stores.push(n);
}

function unpackHelper(c: Compiler, elts: A.Pattern[]): void {
  const n = elts.length;
  let seenStar = false;
  for (let i = 0; i < n; i++) {
    const elt = elts[i];
    if (elt._type === 'MatchStar' && !seenStar) {
      if (i >= 1 << 8 || n - i - 1 >= 0x7fffffff >> 8) c.error('too many expressions in star-unpacking sequence pattern');
      c.addopI(Op.UNPACK_EX, i + ((n - i - 1) << 8));
      seenStar = true;
    } else if (elt._type === 'MatchStar') {
      c.error('multiple starred expressions in sequence pattern');
    }
  }
  if (!seenStar) c.addopI(Op.UNPACK_SEQUENCE, n);
}

function sequenceUnpack(c: Compiler, patterns: A.Pattern[], pc: PatternContext): void {
  unpackHelper(c, patterns);
  const size = patterns.length;
  pc.onTop += size;
  for (const p of patterns) {
    pc.onTop--;
    subpattern(c, p, pc);
  }
}

function sequenceSubscr(c: Compiler, patterns: A.Pattern[], star: number, pc: PatternContext): void {
  pc.onTop++;
  const size = patterns.length;
  for (let i = 0; i < size; i++) {
    const p = patterns[i];
    if (isWildcard(p)) continue;
    if (i === star) continue;
    c.addopI(Op.COPY, 1);
    if (i < star) {
      c.loadConst({ kind: 'int', value: BigInt(i) });
    } else {
      c.addop(Op.GET_LEN);
      c.loadConst({ kind: 'int', value: BigInt(size - i) });
      addopBinary(c, 'Sub', false);
    }
    c.addop(Op.BINARY_SUBSCR);
    subpattern(c, p, pc);
  }
  pc.onTop--;
  c.addop(Op.POP_TOP);
}

function subpattern(c: Compiler, p: A.Pattern, pc: PatternContext): void {
  const allow = pc.allowIrrefutable;
  pc.allowIrrefutable = true;
  pattern(c, p, pc);
  pc.allowIrrefutable = allow;
}

function patternAs(c: Compiler, p: A.MatchAs, pc: PatternContext): void {
  if (p.pattern === null) {
    if (!pc.allowIrrefutable) {
      if (p.name) c.error(`name capture '${p.name}' makes remaining patterns unreachable`);
      c.error('wildcard makes remaining patterns unreachable');
    }
    storeName(c, p.name, pc);
    return;
  }
  pc.onTop++;
  c.addopI(Op.COPY, 1);
  pattern(c, p.pattern, pc);
  pc.onTop--;
  storeName(c, p.name, pc);
}

function validateKwdAttrs(c: Compiler, attrs: string[], patterns: A.Pattern[]): void {
  for (let i = 0; i < attrs.length; i++) {
    c.setLoc(patterns[i]);
    c.forbiddenName(attrs[i], 'Store');
    for (let j = i + 1; j < attrs.length; j++) {
      if (attrs[i] === attrs[j]) {
        c.setLoc(patterns[j]);
        c.error(`attribute name repeated in class pattern: ${attrs[i]}`);
      }
    }
  }
}

function patternClass(c: Compiler, p: A.MatchClass, pc: PatternContext): void {
  const nargs = p.patterns.length;
  const nattrs = p.kwd_attrs.length;
  if (nattrs !== p.kwd_patterns.length) {
    c.error(`kwd_attrs (${nattrs}) / kwd_patterns (${p.kwd_patterns.length}) length mismatch in class pattern`);
  }
  if (nattrs) {
    validateKwdAttrs(c, p.kwd_attrs, p.kwd_patterns);
    c.setLoc(p);
  }
  visitExpr(c, p.cls);
  c.loadConst({ kind: 'tuple', items: p.kwd_attrs.map((a) => ({ kind: 'str', value: a })) });
  c.addopI(Op.MATCH_CLASS, nargs);
  c.addopI(Op.COPY, 1);
  c.loadConst({ kind: 'None' });
  c.addopI(Op.IS_OP, 1);
  // TOS is now a tuple of (nargs + nattrs) attributes (or None):
  pc.onTop++;
  jumpToFailPop(c, pc, POP_JUMP_IF_FALSE);
  c.addopI(Op.UNPACK_SEQUENCE, nargs + nattrs);
  pc.onTop += nargs + nattrs - 1;
  for (let i = 0; i < nargs + nattrs; i++) {
    pc.onTop--;
    const sub = i < nargs ? p.patterns[i] : p.kwd_patterns[i - nargs];
    if (isWildcard(sub)) {
      c.addop(Op.POP_TOP);
      continue;
    }
    subpattern(c, sub, pc);
  }
}

function patternMapping(c: Compiler, p: A.MatchMapping, pc: PatternContext): void {
  const keys = p.keys;
  const size = keys.length;
  if (size !== p.patterns.length) {
    c.error(`keys (${size}) / patterns (${p.patterns.length}) length mismatch in mapping pattern`);
  }
  const starTarget = p.rest;
  pc.onTop++;
  c.addop(Op.MATCH_MAPPING);
  jumpToFailPop(c, pc, POP_JUMP_IF_FALSE);
  if (!size && !starTarget) {
    pc.onTop--;
    c.addop(Op.POP_TOP);
    return;
  }
  if (size) {
    c.addop(Op.GET_LEN);
    c.loadConst({ kind: 'int', value: BigInt(size) });
    addCompare(c, 'GtE');
    jumpToFailPop(c, pc, POP_JUMP_IF_FALSE);
  }
  const seen: Const[] = [];
  for (let i = 0; i < size; i++) {
    const key = keys[i];
    if (key._type === 'Constant') {
      const v = c.constOf(key);
      if (seen.some((s) => constEquals(s, v))) c.error(`mapping pattern checks duplicate key (${constRepr(v)})`);
      seen.push(v);
    } else if (key._type !== 'Attribute') {
      c.error('mapping pattern keys may only match literals and attribute lookups');
    }
    visitExpr(c, key);
  }
  c.addopI(Op.BUILD_TUPLE, size);
  c.addop(Op.MATCH_KEYS);
  // There's now a tuple of keys and a tuple of values on top of the subject:
  pc.onTop += 2;
  c.addopI(Op.COPY, 1);
  c.loadConst({ kind: 'None' });
  c.addopI(Op.IS_OP, 1);
  jumpToFailPop(c, pc, POP_JUMP_IF_FALSE);
  c.addopI(Op.UNPACK_SEQUENCE, size);
  pc.onTop += size - 1;
  for (let i = 0; i < size; i++) {
    pc.onTop--;
    subpattern(c, p.patterns[i], pc);
  }
  pc.onTop -= 2;
  if (starTarget) {
    c.addopI(Op.BUILD_MAP, 0);
    c.addopI(Op.SWAP, 3);
    c.addopI(Op.DICT_UPDATE, 2);
    c.addopI(Op.UNPACK_SEQUENCE, size);
    let n = size;
    while (n) {
      c.addopI(Op.COPY, 1 + n--);
      c.addopI(Op.SWAP, 2);
      c.addop(Op.DELETE_SUBSCR);
    }
    storeName(c, starTarget, pc);
  } else {
    c.addop(Op.POP_TOP); // Tuple of keys.
    c.addop(Op.POP_TOP); // Subject.
  }
}

function patternOr(c: Compiler, p: A.MatchOr, pc: PatternContext): void {
  const end = c.newBlock();
  const size = p.patterns.length;
  const old: PatternContext = { ...pc, stores: pc.stores };
  let control: string[] | null = null;
  for (let i = 0; i < size; i++) {
    const alt = p.patterns[i];
    c.setLoc(alt);
    pc.stores = [];
    pc.allowIrrefutable = i === size - 1 && old.allowIrrefutable;
    pc.failPop = [];
    pc.onTop = 0;
    c.addopI(Op.COPY, 1);
    pattern(c, alt, pc);
    const nstores = pc.stores.length;
    if (i === 0) {
      control = pc.stores;
    } else if (nstores !== control!.length) {
      c.error('alternative patterns bind different names');
    } else if (nstores) {
      let icontrol = nstores;
      while (icontrol--) {
        const name = control![icontrol];
        const istores = pc.stores.indexOf(name);
        if (istores < 0) c.error('alternative patterns bind different names');
        if (icontrol !== istores) {
          let rotations = istores + 1;
          const rotated = pc.stores.slice(0, rotations);
          pc.stores.splice(0, rotations);
          pc.stores.splice(icontrol - istores, 0, ...rotated);
          while (rotations--) rotate(c, icontrol + 1);
        }
      }
    }
    c.addopJ(JUMP, end);
    emitAndResetFailPop(c, pc);
  }
  pc.stores = old.stores;
  pc.allowIrrefutable = old.allowIrrefutable;
  pc.failPop = old.failPop;
  pc.onTop = old.onTop;
  // No match. Pop the remaining copy of the subject and fail:
  c.addop(Op.POP_TOP);
  jumpToFailPop(c, pc, JUMP);
  c.useNextBlock(end);
  const ctl = control!;
  const nrots = ctl.length + 1 + pc.onTop + pc.stores.length;
  for (const name of ctl) {
    rotate(c, nrots);
    if (pc.stores.includes(name)) c.error(`multiple assignments to name '${name}' in pattern`);
    pc.stores.push(name);
  }
  // Pop the copy of the subject:
  c.addop(Op.POP_TOP);
}

function patternSequence(c: Compiler, p: A.MatchSequence, pc: PatternContext): void {
  const patterns = p.patterns;
  const size = patterns.length;
  let star = -1;
  let onlyWildcard = true;
  let starWildcard = false;
  for (let i = 0; i < size; i++) {
    const q = patterns[i];
    if (q._type === 'MatchStar') {
      if (star >= 0) c.error('multiple starred names in sequence pattern');
      starWildcard = isWildcardStar(q);
      onlyWildcard &&= starWildcard;
      star = i;
      continue;
    }
    onlyWildcard &&= isWildcard(q);
  }
  pc.onTop++;
  c.addop(Op.MATCH_SEQUENCE);
  jumpToFailPop(c, pc, POP_JUMP_IF_FALSE);
  if (star < 0) {
    c.addop(Op.GET_LEN);
    c.loadConst({ kind: 'int', value: BigInt(size) });
    addCompare(c, 'Eq');
    jumpToFailPop(c, pc, POP_JUMP_IF_FALSE);
  } else if (size > 1) {
    c.addop(Op.GET_LEN);
    c.loadConst({ kind: 'int', value: BigInt(size - 1) });
    addCompare(c, 'GtE');
    jumpToFailPop(c, pc, POP_JUMP_IF_FALSE);
  }
  pc.onTop--;
  if (onlyWildcard) c.addop(Op.POP_TOP);
  else if (starWildcard) sequenceSubscr(c, patterns, star, pc);
  else sequenceUnpack(c, patterns, pc);
}

function pattern(c: Compiler, p: A.Pattern, pc: PatternContext): void {
  c.setLoc(p);
  switch (p._type) {
    case 'MatchValue': {
      const v = p.value;
      if (v._type !== 'Constant' && v._type !== 'Attribute') c.error('patterns may only match literals and attribute lookups');
      visitExpr(c, v);
      addCompare(c, 'Eq');
      jumpToFailPop(c, pc, POP_JUMP_IF_FALSE);
      return;
    }
    case 'MatchSingleton':
      c.loadConst(p.value.kind === 'bool' ? { kind: 'bool', value: p.value.value } : { kind: 'None' });
      addCompare(c, 'Is');
      jumpToFailPop(c, pc, POP_JUMP_IF_FALSE);
      return;
    case 'MatchSequence': return patternSequence(c, p, pc);
    case 'MatchMapping': return patternMapping(c, p, pc);
    case 'MatchClass': return patternClass(c, p, pc);
    case 'MatchStar': return storeName(c, p.name, pc);
    case 'MatchAs': return patternAs(c, p, pc);
    case 'MatchOr': return patternOr(c, p, pc);
  }
}

/** cf. compiler_match_inner */
export function compileMatch(c: Compiler, s: A.Match): void {
  visitExpr(c, s.subject);
  const end = c.newBlock();
  const cases = s.cases.length;
  let m = s.cases[cases - 1];
  const hasDefault = isWildcard(m.pattern) && 1 < cases ? 1 : 0;
  const pc: PatternContext = { stores: [], allowIrrefutable: false, failPop: [], onTop: 0 };
  for (let i = 0; i < cases - hasDefault; i++) {
    m = s.cases[i];
    c.setLoc(m.pattern);
    // Only copy the subject if we're *not* on the last case:
    if (i !== cases - hasDefault - 1) c.addopI(Op.COPY, 1);
    pc.stores = [];
    // Irrefutable cases must be either guarded, last, or both:
    pc.allowIrrefutable = m.guard !== null || i === cases - 1;
    pc.failPop = [];
    pc.onTop = 0;
    pattern(c, m.pattern, pc);
    // It's a match! Store all of the captured names (they're on the stack).
    for (const name of pc.stores) c.nameop(name, 'Store');
    if (m.guard) {
      ensureFailPop(c, pc, 0);
      jumpIf(c, m.guard, pc.failPop[0], false);
    }
    // Success! Pop the subject off, we're done with it:
    if (i !== cases - hasDefault - 1) c.addop(Op.POP_TOP);
    visitStmts(c, m.body);
    c.unsetLoc();
    c.addopJ(JUMP, end);
    // If the pattern fails to match, we want the line number of the
    // cleanup to be associated with the failed pattern, not the last line of the body
    c.setLoc(m.pattern);
    emitAndResetFailPop(c, pc);
  }
  if (hasDefault) {
    m = s.cases[cases - 1];
    c.setLoc(m.pattern);
    if (cases === 1) c.addop(Op.POP_TOP);
    else c.addop(Op.NOP); // Show line coverage for default case (it doesn't create bytecode)
    if (m.guard) jumpIf(c, m.guard, end, false);
    visitStmts(c, m.body);
    c.unsetLoc();
  }
  c.useNextBlock(end);
}
