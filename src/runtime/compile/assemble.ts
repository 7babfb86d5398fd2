// The assembler: from the control-flow graph of a compilation unit to a CodeObject.
// Prefix instructions, cell offsets, CFG optimization, stack depth, the exception table,
// jump resolution (forward/backward variants, absolute instruction indices) and positions.
// cf. Python/compile.c assemble, stackdepth, label_exception_targets,
// assemble_exception_table, normalize_jumps, makecode, compute_code_flags (3.11).

import type { CodeObject, Const, ExceptionTableEntry } from './code';
import {
  CO_FAST_CELL, CO_FAST_FREE, CO_FAST_LOCAL, CO_GENERATOR, CO_NESTED, CO_NEWLOCALS, CO_OPTIMIZED, CO_VARARGS,
  CO_VARKEYWORDS,
} from './code';
import type { Compiler } from './compiler';
import {
  cleanBasicBlock, duplicateExitsWithoutLineno, extendBlock, guaranteeLinenoForExits, normalizeBasicBlock,
  optimizeCfg, propagateLineNumbers, trimUnusedConsts,
} from './flowgraph';
import {
  type Block, type Instr, JUMP, JUMP_NO_INTERRUPT, POP_BLOCK, POP_JUMP_IF_FALSE, POP_JUMP_IF_NONE,
  POP_JUMP_IF_NOT_NONE, POP_JUMP_IF_TRUE, SETUP_CLEANUP, SETUP_WITH, isBlockPush, isJump, pseudoStackEffect,
} from './instr';
import { Op, stackEffect } from './opcodes';

/** Future-feature flags that code objects inherit. cf. PyCF_MASK */
export const PyCF_MASK = 0x20000 | 0x40000 | 0x80000 | 0x100000 | 0x200000 | 0x400000 | 0x800000 | 0x1000000;

function effect(i: Instr, jump: boolean): number {
  const p = pseudoStackEffect(i.op, jump);
  if (p !== null) return p;
  return stackEffect(i.op, i.arg, jump);
}

/** cf. stackdepth: the largest stack any path needs. */
function stackdepth(blocks: Block[], generator: boolean): number {
  for (const b of blocks) b.startdepth = -0x80000000;
  const entry = blocks[0];
  const stack: Block[] = [];
  let maxdepth = 0;
  const push = (b: Block, depth: number): void => {
    if (b.startdepth < depth && b.startdepth < 100) {
      b.startdepth = depth;
      stack.push(b);
    }
  };
  push(entry, generator ? 1 : 0);
  while (stack.length) {
    const b = stack.pop()!;
    let depth = b.startdepth;
    let next = b.next;
    for (const instr of b.instrs) {
      const e = effect(instr, false);
      const newDepth = depth + e;
      if (newDepth > maxdepth) maxdepth = newDepth;
      if (isJump(instr) || isBlockPush(instr)) {
        const targetDepth = depth + effect(instr, true);
        if (targetDepth > maxdepth) maxdepth = targetDepth;
        push(instr.target!, targetDepth);
      }
      depth = newDepth;
      if (instr.op === JUMP_NO_INTERRUPT || instr.op === JUMP || instr.op === Op.RETURN_VALUE
        || instr.op === Op.RAISE_VARARGS || instr.op === Op.RERAISE) {
        next = null;
        break;
      }
    }
    if (next) push(next, depth);
  }
  return maxdepth;
}

interface ExceptStack {
  handlers: (Block | null)[];
  depth: number;
}

/** cf. label_exception_targets: which handler covers each instruction. */
function labelExceptionTargets(entry: Block): void {
  for (let b: Block | null = entry; b; b = b.next) b.visited = false;
  const stacks = new Map<Block, ExceptStack>();
  const todo: Block[] = [entry];
  entry.visited = true;
  stacks.set(entry, { handlers: [null], depth: 0 });
  const copy = (s: ExceptStack): ExceptStack => ({ handlers: s.handlers.slice(0, s.depth + 1), depth: s.depth });
  while (todo.length) {
    const b = todo.pop()!;
    let exceptStack: ExceptStack | null = stacks.get(b)!;
    stacks.delete(b);
    let handler = exceptStack.handlers[exceptStack.depth];
    for (let i = 0; i < b.instrs.length; i++) {
      const instr = b.instrs[i];
      const es: ExceptStack = exceptStack!;
      if (isBlockPush(instr)) {
        const target = instr.target!;
        if (!target.visited) {
          stacks.set(target, copy(es));
          todo.push(target);
          target.visited = true;
        }
        if (instr.op === SETUP_WITH || instr.op === SETUP_CLEANUP) target.preserveLasti = true;
        es.handlers[++es.depth] = target;
        handler = target;
      } else if (instr.op === POP_BLOCK) {
        handler = es.handlers[--es.depth];
      } else if (isJump(instr)) {
        instr.except = handler;
        const target = instr.target!;
        if (!target.visited) {
          if (!b.nofallthrough) {
            stacks.set(target, copy(es));
          } else {
            stacks.set(target, es);
            exceptStack = null;
          }
          todo.push(target);
          target.visited = true;
        }
      } else {
        instr.except = handler;
      }
    }
    if (!b.nofallthrough && b.next && !b.next.visited) {
      stacks.set(b.next, exceptStack!);
      todo.push(b.next);
      b.next.visited = true;
    }
  }
}

/** cf. normalize_jumps: choose the forward or backward form of each jump. */
function normalizeJumps(entry: Block): void {
  for (let b: Block | null = entry; b; b = b.next) b.visited = false;
  for (let b: Block | null = entry; b; b = b.next) {
    b.visited = true;
    if (!b.instrs.length) continue;
    const last = b.instrs[b.instrs.length - 1];
    if (!isJump(last)) continue;
    const fwd = !last.target!.visited;
    switch (last.op) {
      case JUMP: last.op = fwd ? Op.JUMP_FORWARD : Op.JUMP_BACKWARD; break;
      case JUMP_NO_INTERRUPT: last.op = fwd ? Op.JUMP_FORWARD : Op.JUMP_BACKWARD_NO_INTERRUPT; break;
      case POP_JUMP_IF_NOT_NONE: last.op = fwd ? Op.POP_JUMP_FORWARD_IF_NOT_NONE : Op.POP_JUMP_BACKWARD_IF_NOT_NONE; break;
      case POP_JUMP_IF_NONE: last.op = fwd ? Op.POP_JUMP_FORWARD_IF_NONE : Op.POP_JUMP_BACKWARD_IF_NONE; break;
      case POP_JUMP_IF_FALSE: last.op = fwd ? Op.POP_JUMP_FORWARD_IF_FALSE : Op.POP_JUMP_BACKWARD_IF_FALSE; break;
      case POP_JUMP_IF_TRUE: last.op = fwd ? Op.POP_JUMP_FORWARD_IF_TRUE : Op.POP_JUMP_BACKWARD_IF_TRUE; break;
      case Op.JUMP_IF_TRUE_OR_POP: case Op.JUMP_IF_FALSE_OR_POP:
        if (!fwd) throw new Error('unexpected JUMP_IF_*_OR_POP jumping backwards');
        break;
      default: break;
    }
  }
}

/** cf. build_cellfixedoffsets */
function buildCellFixedOffsets(c: Compiler): number[] {
  const u = c.u;
  const nlocals = u.varnames.size;
  const n = u.cellvars.size + u.freevars.size;
  const fixed: number[] = [];
  for (let i = 0; i < n; i++) fixed.push(nlocals + i);
  for (const [name, cellindex] of u.cellvars) {
    const varindex = u.varnames.get(name);
    if (varindex !== undefined) fixed[cellindex] = varindex;
  }
  return fixed;
}

const loc0 = (op: number, arg: number, lineno: number): Instr => ({
  op, arg, target: null, except: null, lineno, endLineno: lineno === -1 ? -1 : lineno, col: -1, endCol: -1,
});

/** cf. compute_code_flags */
function computeCodeFlags(c: Compiler): number {
  const ste = c.u.ste;
  let flags = 0;
  if (ste.type === 'function') {
    flags |= CO_NEWLOCALS | CO_OPTIMIZED;
    if (ste.nested) flags |= CO_NESTED;
    if (ste.generator) flags |= CO_GENERATOR;
    if (ste.varargs) flags |= CO_VARARGS;
    if (ste.varkeywords) flags |= CO_VARKEYWORDS;
  }
  flags |= c.future.features & PyCF_MASK;
  return flags;
}

/** cf. insert_prefix_instructions: RETURN_GENERATOR/POP_TOP, MAKE_CELL, COPY_FREE_VARS. */
function insertPrefixInstructions(c: Compiler, entry: Block, fixed: number[], nfreevars: number): void {
  const flags = computeCodeFlags(c);
  if (flags & CO_GENERATOR) {
    entry.instrs.splice(0, 0, loc0(Op.RETURN_GENERATOR, 0, c.u.firstlineno), loc0(Op.POP_TOP, 0, -1));
  }
  const ncellvars = c.u.cellvars.size;
  if (ncellvars) {
    const nvars = ncellvars + c.u.varnames.size;
    const sorted = new Array<number>(nvars).fill(0);
    for (let i = 0; i < ncellvars; i++) sorted[fixed[i]] = i + 1;
    let ncellsused = 0;
    for (let i = 0; ncellsused < ncellvars; i++) {
      const oldindex = sorted[i] - 1;
      if (oldindex === -1) continue;
      entry.instrs.splice(ncellsused, 0, loc0(Op.MAKE_CELL, oldindex, -1));
      ncellsused++;
    }
  }
  if (nfreevars) entry.instrs.splice(0, 0, loc0(Op.COPY_FREE_VARS, nfreevars, -1));
}

/** cf. fix_cell_offsets; returns the number of cells that are also arguments. */
function fixCellOffsets(c: Compiler, entry: Block, fixedmap: number[]): number {
  const nlocals = c.u.varnames.size;
  let numdropped = 0;
  for (let i = 0; i < fixedmap.length; i++) {
    if (fixedmap[i] === i + nlocals) fixedmap[i] -= numdropped;
    else numdropped++;
  }
  for (let b: Block | null = entry; b; b = b.next) {
    for (const inst of b.instrs) {
      switch (inst.op) {
        case Op.MAKE_CELL: case Op.LOAD_CLOSURE: case Op.LOAD_DEREF: case Op.STORE_DEREF: case Op.DELETE_DEREF:
        case Op.LOAD_CLASSDEREF:
          inst.arg = fixedmap[inst.arg];
          break;
        default: break;
      }
    }
  }
  return numdropped;
}

/** cf. compute_localsplus_info */
function localsplusInfo(c: Compiler, nlocalsplus: number): { names: string[]; kinds: number[] } {
  const u = c.u;
  const names = new Array<string>(nlocalsplus).fill('');
  const kinds = new Array<number>(nlocalsplus).fill(0);
  for (const [k, offset] of u.varnames) {
    names[offset] = k;
    kinds[offset] = CO_FAST_LOCAL | (u.cellvars.has(k) ? CO_FAST_CELL : 0);
  }
  const nlocals = u.varnames.size;
  let numdropped = 0;
  // Cells in index order (dict insertion order is sorted name order, except __class__).
  const cells = [...u.cellvars].sort((a, b) => a[1] - b[1]);
  for (const [k, v] of cells) {
    if (u.varnames.has(k)) {
      numdropped++;
      continue;
    }
    names[v + nlocals - numdropped] = k;
    kinds[v + nlocals - numdropped] = CO_FAST_CELL;
  }
  for (const [k, v] of u.freevars) {
    names[v + nlocals - numdropped] = k;
    kinds[v + nlocals - numdropped] = CO_FAST_FREE;
  }
  return { names, kinds };
}

/** Assemble the current unit into a code object. cf. assemble */
export function assemble(c: Compiler, addNone: boolean): CodeObject {
  const u = c.u;
  // Make sure every block that falls off the end returns None.
  if (!u.curblock.returns) {
    c.unsetLoc();
    if (addNone) c.loadConst({ kind: 'None' });
    c.addop(Op.RETURN_VALUE);
  }
  for (let i = u.blocks.length - 1; i >= 0; i--) normalizeBasicBlock(u.blocks[i]);
  for (let i = u.blocks.length - 1; i >= 0; i--) extendBlock(u.blocks[i]);
  const entry = u.blocks[0];
  const nlocals = u.varnames.size;
  const ncellvars = u.cellvars.size;
  const nfreevars = u.freevars.size;
  let nlocalsplus = nlocals + ncellvars + nfreevars;
  const fixed = buildCellFixedOffsets(c);
  if (!u.firstlineno) u.firstlineno = entry.instrs.length && entry.instrs[0].lineno ? entry.instrs[0].lineno : 1;
  insertPrefixInstructions(c, entry, fixed, nfreevars);
  nlocalsplus -= fixCellOffsets(c, entry, fixed);

  const consts: Const[] = u.constList.slice();
  optimizeCfg(c.constCache, entry, u.blocks, consts);
  duplicateExitsWithoutLineno(u.blocks, () => c.newBlock());
  trimUnusedConsts(entry, consts);
  propagateLineNumbers(entry);
  guaranteeLinenoForExits(entry, u.firstlineno);
  const maxdepth = stackdepth(u.blocks, u.ste.generator || u.ste.coroutine);
  labelExceptionTargets(entry);
  for (let b: Block | null = entry; b; b = b.next) {
    for (const i of b.instrs) if (isBlockPush(i) || i.op === POP_BLOCK) i.op = Op.NOP;
  }
  for (let b: Block | null = entry; b; b = b.next) cleanBasicBlock(b);
  normalizeJumps(entry);

  // Offsets: every instruction is one unit (no caches, no EXTENDED_ARG).
  let total = 0;
  for (let b: Block | null = entry; b; b = b.next) {
    b.offset = total;
    total += b.instrs.length;
  }
  const code = new Int32Array(total * 2);
  const positions = new Int32Array(total * 4);
  const exceptionTable: ExceptionTableEntry[] = [];
  let k = 0;
  let handler: Block | null = null;
  let start = -1;
  const emitEntry = (end: number, h: Block): void => {
    const depth = h.startdepth - 1 - (h.preserveLasti ? 1 : 0);
    exceptionTable.push({ start, end, target: h.offset, depth, lasti: h.preserveLasti });
  };
  for (let b: Block | null = entry; b; b = b.next) {
    for (const i of b.instrs) {
      code[2 * k] = i.op;
      code[2 * k + 1] = isJump(i) ? i.target!.offset : i.arg;
      writePosition(positions, k, i);
      if (i.except !== handler) {
        if (handler) emitEntry(k, handler);
        start = k;
        handler = i.except;
      }
      k++;
    }
  }
  if (handler) emitEntry(k, handler);

  const { names: localsplusNames, kinds: localsplusKinds } = localsplusInfo(c, nlocalsplus);
  // cf. makecode: consts = PyList_AsTuple(constslist); merge_const_one(c, &consts)
  const constsTuple = c.constCache.mergeOne({ kind: 'tuple', items: consts }) as Extract<Const, { kind: 'tuple' }>;
  const co: CodeObject = {
    name: u.name,
    qualname: u.qualname || u.name,
    filename: c.filename,
    firstlineno: u.firstlineno,
    argcount: u.posonlyargcount + u.argcount,
    posonlyargcount: u.posonlyargcount,
    kwonlyargcount: u.kwonlyargcount,
    flags: computeCodeFlags(c),
    localsplusNames,
    localsplusKinds,
    names: [...u.names.keys()],
    consts: constsTuple.items,
    constsTuple,
    code,
    positions,
    exceptionTable,
    stacksize: maxdepth,
    hasDocstring: u.scopeType === 'function' && consts.length > 0 && consts[0].kind === 'str' && u.hasDocstring,
  };
  c.codes.push(co);
  return co;
}

/** Positions as co_positions() reports them (-1 for None). cf. write_location_info_entry */
function writePosition(out: Int32Array, k: number, i: Instr): void {
  let line = i.lineno;
  let endLine = i.endLineno;
  let col = i.col;
  let endCol = i.endCol;
  if (line < 0) {
    line = endLine = col = endCol = -1;
  } else if (col < 0 || endCol < 0) {
    if (endLine === line || endLine === -1) endLine = line;
    col = endCol = -1;
  }
  out[4 * k] = line;
  out[4 * k + 1] = endLine;
  out[4 * k + 2] = col;
  out[4 * k + 3] = endCol;
}
