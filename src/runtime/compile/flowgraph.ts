// Control-flow-graph passes run by the assembler: peephole optimization, dead code
// removal, jump threading, exit-block duplication and line number propagation.
// cf. Python/compile.c optimize_cfg, optimize_basic_block, clean_basic_block,
// extend_block, duplicate_exits_without_lineno, propagate_line_numbers (3.11).

import type { Const } from './code';
import type { ConstCache } from './constants';
import { isTrue } from './constants';
import {
  Block, type Instr, JUMP, JUMP_NO_INTERRUPT, POP_JUMP_IF_FALSE, POP_JUMP_IF_NONE, POP_JUMP_IF_NOT_NONE,
  POP_JUMP_IF_TRUE, copyLoc, isBlockPush, isJump,
} from './instr';
import { Op } from './opcodes';

/** Maximum size of basic block that should be copied in optimizer. cf. MAX_COPY_SIZE */
const MAX_COPY_SIZE = 4;

export const cloneInstr = (i: Instr): Instr => ({ ...i });

/** cf. normalize_basic_block: mark exit/nofallthrough blocks, skip empty jump targets. */
export function normalizeBasicBlock(bb: Block): void {
  for (let i = 0; i < bb.instrs.length; i++) {
    const ins = bb.instrs[i];
    switch (ins.op) {
      case Op.RETURN_VALUE: case Op.RAISE_VARARGS: case Op.RERAISE:
        bb.exit = true;
        bb.nofallthrough = true;
        break;
      case JUMP: case JUMP_NO_INTERRUPT:
      case POP_JUMP_IF_NOT_NONE: case POP_JUMP_IF_NONE: case POP_JUMP_IF_FALSE: case POP_JUMP_IF_TRUE:
      case Op.JUMP_IF_FALSE_OR_POP: case Op.JUMP_IF_TRUE_OR_POP: case Op.FOR_ITER:
        if (ins.op === JUMP || ins.op === JUMP_NO_INTERRUPT) bb.nofallthrough = true;
        if (i !== bb.instrs.length - 1) throw new Error('malformed control flow graph.');
        while (ins.target!.instrs.length === 0) ins.target = ins.target!.next;
        break;
      default: break;
    }
  }
}

function basicblockHasLineno(bb: Block): boolean {
  return bb.instrs.some((i) => i.lineno > 0);
}

/** cf. extend_block: inline a small exit block without line numbers at the end of a jump. */
export function extendBlock(bb: Block): void {
  if (!bb.instrs.length) return;
  const last = bb.instrs[bb.instrs.length - 1];
  if (last.op !== JUMP && last.op !== Op.JUMP_FORWARD && last.op !== Op.JUMP_BACKWARD) return;
  const toCopy = last.target!;
  if (toCopy.exit && toCopy.instrs.length <= MAX_COPY_SIZE) {
    if (basicblockHasLineno(toCopy)) return;
    last.op = Op.NOP;
    for (const i of toCopy.instrs) bb.instrs.push(cloneInstr(i));
    bb.exit = true;
  }
}

/** cf. clean_basic_block: remove NOPs when legal to do so. */
export function cleanBasicBlock(bb: Block): void {
  const out: Instr[] = [];
  let prevLineno = -1;
  const n = bb.instrs.length;
  for (let src = 0; src < n; src++) {
    const ins = bb.instrs[src];
    const lineno = ins.lineno;
    if (ins.op === Op.NOP) {
      if (lineno < 0) continue;
      if (prevLineno === lineno) continue;
      if (src < n - 1) {
        const nextLineno = bb.instrs[src + 1].lineno;
        if (nextLineno === lineno) continue;
        if (nextLineno < 0) {
          copyLoc(ins, bb.instrs[src + 1]);
          continue;
        }
      } else {
        let next = bb.next;
        while (next && next.instrs.length === 0) next = next.next;
        if (next && lineno === next.instrs[0].lineno) continue;
      }
    }
    out.push(ins);
    prevLineno = lineno;
  }
  bb.instrs = out;
}

/** cf. fold_tuple_on_constants: LOAD_CONST c1..cn BUILD_TUPLE n -> LOAD_CONST (c1..cn) */
function foldTupleOnConstants(cache: ConstCache, bb: Block, start: number, n: number, consts: Const[]): void {
  const ins = bb.instrs;
  for (let i = 0; i < n; i++) if (ins[start + i].op !== Op.LOAD_CONST) return;
  const items: Const[] = [];
  for (let i = 0; i < n; i++) items.push(consts[ins[start + i].arg]);
  const newconst = cache.mergeOne({ kind: 'tuple', items });
  let index = consts.indexOf(newconst);
  if (index < 0) {
    index = consts.length;
    consts.push(newconst);
  }
  for (let i = 0; i < n; i++) ins[start + i].op = Op.NOP;
  ins[start + n].op = Op.LOAD_CONST;
  ins[start + n].arg = index;
}

/** cf. swaptimize: replace a run of SWAPs and NOPs with an optimal one. Returns the new index. */
function swaptimize(block: Block, ix: number): number {
  const instructions = block.instrs;
  let depth = instructions[ix].arg;
  let len = 0;
  let more = false;
  const limit = instructions.length - ix;
  while (++len < limit) {
    const op = instructions[ix + len].op;
    if (op === Op.SWAP) {
      depth = Math.max(depth, instructions[ix + len].arg);
      more = true;
    } else if (op !== Op.NOP) {
      break;
    }
  }
  if (!more) return ix;
  const VISITED = -1;
  const stack: number[] = [];
  for (let i = 0; i < depth; i++) stack.push(i);
  for (let i = 0; i < len; i++) {
    if (instructions[ix + i].op === Op.SWAP) {
      const oparg = instructions[ix + i].arg;
      const top = stack[0];
      stack[0] = stack[oparg - 1];
      stack[oparg - 1] = top;
    }
  }
  let current = len - 1;
  for (let i = 0; i < depth; i++) {
    if (stack[i] === VISITED || stack[i] === i) continue;
    let j = i;
    for (;;) {
      if (j) {
        instructions[ix + current].op = Op.SWAP;
        instructions[ix + current--].arg = j + 1;
      }
      if (stack[j] === VISITED) break;
      const nextJ = stack[j];
      stack[j] = VISITED;
      j = nextJ;
    }
  }
  while (0 <= current) instructions[ix + current--].op = Op.NOP;
  return ix + len - 1;
}

const SWAPPABLE = (op: number): boolean => op === Op.STORE_FAST || op === Op.POP_TOP;
const storesTo = (i: Instr): number => (i.op === Op.STORE_FAST ? i.arg : -1);

function nextSwappableInstruction(block: Block, i: number, lineno: number): number {
  while (++i < block.instrs.length) {
    const ins = block.instrs[i];
    if (0 <= lineno && ins.lineno !== lineno) return -1;
    if (ins.op === Op.NOP) continue;
    if (SWAPPABLE(ins.op)) return i;
    return -1;
  }
  return -1;
}

/** cf. apply_static_swaps: SWAP 2, POP_TOP, STORE_FAST x -> NOP, STORE_FAST x, POP_TOP */
function applyStaticSwaps(block: Block, i: number): void {
  for (; 0 <= i; i--) {
    const swap = block.instrs[i];
    if (swap.op !== Op.SWAP) {
      if (swap.op === Op.NOP || SWAPPABLE(swap.op)) continue;
      return;
    }
    const j = nextSwappableInstruction(block, i, -1);
    if (j < 0) return;
    let k = j;
    const lineno = block.instrs[j].lineno;
    for (let count = swap.arg - 1; 0 < count; count--) {
      k = nextSwappableInstruction(block, k, lineno);
      if (k < 0) return;
    }
    const storeJ = storesTo(block.instrs[j]);
    const storeK = storesTo(block.instrs[k]);
    if (storeJ >= 0 || storeK >= 0) {
      if (storeJ === storeK) return;
      for (let idx = j + 1; idx < k; idx++) {
        const s = storesTo(block.instrs[idx]);
        if (s >= 0 && (s === storeJ || s === storeK)) return;
      }
    }
    swap.op = Op.NOP;
    const temp = block.instrs[j];
    block.instrs[j] = block.instrs[k];
    block.instrs[k] = temp;
  }
}

/** cf. jump_thread */
function jumpThread(inst: Instr, target: Instr, opcode: number): boolean {
  if (inst.lineno === target.lineno && inst.target !== target.target) {
    inst.target = target.target;
    inst.op = opcode;
    return true;
  }
  return false;
}

const NOP_INSTR: Instr = { op: Op.NOP, arg: 0, target: null, except: null, lineno: -1, endLineno: -1, col: -1, endCol: -1 };

/** cf. optimize_basic_block */
function optimizeBasicBlock(cache: ConstCache, bb: Block, consts: Const[]): void {
  for (let i = 0; i < bb.instrs.length; i++) {
    const inst = bb.instrs[i];
    const oparg = inst.arg;
    const nextop = i + 1 < bb.instrs.length ? bb.instrs[i + 1].op : 0;
    let target: Instr;
    if (isJump(inst) || isBlockPush(inst)) {
      while (inst.target!.instrs.length === 0) inst.target = inst.target!.next;
      target = inst.target!.instrs[0];
    } else {
      target = NOP_INSTR;
    }
    switch (inst.op) {
      case Op.LOAD_CONST: {
        switch (nextop) {
          case POP_JUMP_IF_FALSE: case POP_JUMP_IF_TRUE: {
            const isT = isTrue(consts[oparg]);
            inst.op = Op.NOP;
            const jumpIfTrue = nextop === POP_JUMP_IF_TRUE;
            if (isT === jumpIfTrue) {
              bb.instrs[i + 1].op = JUMP;
              bb.nofallthrough = true;
            } else {
              bb.instrs[i + 1].op = Op.NOP;
            }
            break;
          }
          case Op.JUMP_IF_FALSE_OR_POP: case Op.JUMP_IF_TRUE_OR_POP: {
            const isT = isTrue(consts[oparg]);
            const jumpIfTrue = nextop === Op.JUMP_IF_TRUE_OR_POP;
            if (isT === jumpIfTrue) {
              bb.instrs[i + 1].op = JUMP;
              bb.nofallthrough = true;
            } else {
              inst.op = Op.NOP;
              bb.instrs[i + 1].op = Op.NOP;
            }
            break;
          }
          case Op.IS_OP: {
            const cnt = consts[oparg];
            const jumpOp = i + 2 < bb.instrs.length ? bb.instrs[i + 2].op : 0;
            if (cnt.kind === 'None' && (jumpOp === POP_JUMP_IF_FALSE || jumpOp === POP_JUMP_IF_TRUE)) {
              const nextarg = bb.instrs[i + 1].arg;
              inst.op = Op.NOP;
              bb.instrs[i + 1].op = Op.NOP;
              bb.instrs[i + 2].op = (nextarg ^ (jumpOp === POP_JUMP_IF_FALSE ? 1 : 0)) ? POP_JUMP_IF_NOT_NONE : POP_JUMP_IF_NONE;
            }
            break;
          }
          default: break;
        }
        break;
      }
      case Op.BUILD_TUPLE:
        if (nextop === Op.UNPACK_SEQUENCE && oparg === bb.instrs[i + 1].arg) {
          if (oparg === 1) {
            inst.op = Op.NOP;
            bb.instrs[i + 1].op = Op.NOP;
            continue;
          }
          if (oparg === 2 || oparg === 3) {
            inst.op = Op.NOP;
            bb.instrs[i + 1].op = Op.SWAP;
            continue;
          }
        }
        if (i >= oparg) foldTupleOnConstants(cache, bb, i - oparg, oparg, consts);
        break;
      case Op.JUMP_IF_FALSE_OR_POP:
        switch (target.op) {
          case POP_JUMP_IF_FALSE:
            if (jumpThread(inst, target, POP_JUMP_IF_FALSE)) i--;
            break;
          case JUMP: case Op.JUMP_IF_FALSE_OR_POP:
            if (jumpThread(inst, target, Op.JUMP_IF_FALSE_OR_POP)) i--;
            break;
          case Op.JUMP_IF_TRUE_OR_POP: case POP_JUMP_IF_TRUE:
            if (inst.lineno === target.lineno) {
              inst.op = POP_JUMP_IF_FALSE;
              inst.target = inst.target!.next;
              i--;
            }
            break;
          default: break;
        }
        break;
      case Op.JUMP_IF_TRUE_OR_POP:
        switch (target.op) {
          case POP_JUMP_IF_TRUE:
            if (jumpThread(inst, target, POP_JUMP_IF_TRUE)) i--;
            break;
          case JUMP: case Op.JUMP_IF_TRUE_OR_POP:
            if (jumpThread(inst, target, Op.JUMP_IF_TRUE_OR_POP)) i--;
            break;
          case Op.JUMP_IF_FALSE_OR_POP: case POP_JUMP_IF_FALSE:
            if (inst.lineno === target.lineno) {
              inst.op = POP_JUMP_IF_TRUE;
              inst.target = inst.target!.next;
              i--;
            }
            break;
          default: break;
        }
        break;
      case POP_JUMP_IF_NOT_NONE: case POP_JUMP_IF_NONE:
        if (target.op === JUMP && jumpThread(inst, target, inst.op)) i--;
        break;
      case POP_JUMP_IF_FALSE:
        if (target.op === JUMP && jumpThread(inst, target, POP_JUMP_IF_FALSE)) i--;
        break;
      case POP_JUMP_IF_TRUE:
        if (target.op === JUMP && jumpThread(inst, target, POP_JUMP_IF_TRUE)) i--;
        break;
      case JUMP:
        if (target.op === JUMP && jumpThread(inst, target, JUMP)) i--;
        break;
      case Op.SWAP:
        if (oparg === 1) {
          inst.op = Op.NOP;
          break;
        }
        i = swaptimize(bb, i);
        applyStaticSwaps(bb, i);
        break;
      case Op.PUSH_NULL:
        // (CPython tests the opcode's low bit here, which is always 0 for LOAD_GLOBAL.)
        if (nextop === Op.LOAD_GLOBAL && (Op.LOAD_GLOBAL & 1) === 0) {
          inst.op = Op.NOP;
          inst.arg = 0;
          bb.instrs[i + 1].arg |= 1;
        }
        break;
      default: break;
    }
  }
}

/** cf. mark_reachable */
function markReachable(entry: Block): void {
  const stack: Block[] = [];
  entry.predecessors = 1;
  stack.push(entry);
  while (stack.length) {
    const b = stack.pop()!;
    if (b.next && !b.nofallthrough) {
      if (b.next.predecessors === 0) stack.push(b.next);
      b.next.predecessors++;
    }
    for (const instr of b.instrs) {
      if (isJump(instr) || isBlockPush(instr)) {
        const target = instr.target!;
        if (target.predecessors === 0) stack.push(target);
        target.predecessors++;
      }
    }
  }
}

/** cf. eliminate_empty_basic_blocks */
function eliminateEmptyBasicBlocks(entry: Block): void {
  for (let b: Block | null = entry; b; b = b.next) {
    let next: Block | null = b.next;
    if (next) {
      while (next.instrs.length === 0 && next.next) next = next.next;
      b.next = next;
    }
  }
  for (let b: Block | null = entry; b; b = b.next) {
    if (!b.instrs.length) continue;
    const last: Instr = b.instrs[b.instrs.length - 1];
    if (isJump(last)) {
      let target = last.target!;
      while (target.instrs.length === 0) target = target.next!;
      last.target = target;
    }
  }
}

/** cf. optimize_cfg. `blocks` is in allocation order (CPython walks b_list, the reverse). */
export function optimizeCfg(cache: ConstCache, entry: Block, blocks: Block[], consts: Const[]): void {
  for (let b: Block | null = entry; b; b = b.next) {
    optimizeBasicBlock(cache, b, consts);
    cleanBasicBlock(b);
  }
  for (let i = blocks.length - 1; i >= 0; i--) extendBlock(blocks[i]);
  markReachable(entry);
  // Delete unreachable instructions
  for (let b: Block | null = entry; b; b = b.next) {
    if (b.predecessors === 0) {
      b.instrs = [];
      b.nofallthrough = false;
    }
  }
  eliminateEmptyBasicBlocks(entry);
  for (let b: Block | null = entry; b; b = b.next) cleanBasicBlock(b);
  // Delete jump instructions made redundant by previous step.
  let maybeEmptyBlocks = false;
  for (let b: Block | null = entry; b; b = b.next) {
    if (b.instrs.length > 0) {
      const last: Instr = b.instrs[b.instrs.length - 1];
      if ((last.op === JUMP || last.op === JUMP_NO_INTERRUPT) && last.target === b.next) {
        b.nofallthrough = false;
        last.op = Op.NOP;
        maybeEmptyBlocks = true;
      }
    }
  }
  if (maybeEmptyBlocks) eliminateEmptyBasicBlocks(entry);
}

/** cf. trim_unused_consts: remove trailing unused constants (the first is always kept). */
export function trimUnusedConsts(entry: Block, consts: Const[]): void {
  let maxConstIndex = 0;
  for (let b: Block | null = entry; b; b = b.next) {
    for (const i of b.instrs) {
      if ((i.op === Op.LOAD_CONST || i.op === Op.KW_NAMES) && i.arg > maxConstIndex) maxConstIndex = i.arg;
    }
  }
  if (maxConstIndex + 1 < consts.length) consts.length = maxConstIndex + 1;
}

function isExitWithoutLineno(b: Block): boolean {
  if (!b.exit) return false;
  return b.instrs.every((i) => i.lineno < 0);
}

/** cf. duplicate_exits_without_lineno; `newBlock` allocates (and registers) a block. */
export function duplicateExitsWithoutLineno(blocks: Block[], newBlock: () => Block): void {
  const n = blocks.length;
  for (let k = n - 1; k >= 0; k--) {
    const b = blocks[k];
    if (b.instrs.length > 0 && isJump(b.instrs[b.instrs.length - 1])) {
      const last = b.instrs[b.instrs.length - 1];
      const target = last.target!;
      if (isExitWithoutLineno(target) && target.predecessors > 1) {
        const newTarget = newBlock();
        newTarget.instrs = target.instrs.map(cloneInstr);
        newTarget.exit = target.exit;
        newTarget.nofallthrough = true;
        copyLoc(last, newTarget.instrs[0]);
        last.target = newTarget;
        target.predecessors--;
        newTarget.predecessors = 1;
        newTarget.next = target.next;
        target.next = newTarget;
      }
    }
  }
  // Eliminate empty blocks
  for (let k = blocks.length - 1; k >= 0; k--) {
    const b = blocks[k];
    while (b.next && b.next.instrs.length === 0) b.next = b.next.next;
  }
  // Any remaining reachable exit blocks without line number can only be reached by
  // fall through, and thus can only have a single predecessor
  for (let k = blocks.length - 1; k >= 0; k--) {
    const b = blocks[k];
    if (!b.nofallthrough && b.next && b.instrs.length > 0) {
      if (isExitWithoutLineno(b.next)) copyLoc(b.instrs[b.instrs.length - 1], b.next.instrs[0]);
    }
  }
}

/** cf. propagate_line_numbers */
export function propagateLineNumbers(entry: Block): void {
  for (let b: Block | null = entry; b; b = b.next) {
    if (!b.instrs.length) continue;
    const prev: Instr = { ...NOP_INSTR };
    for (const i of b.instrs) {
      if (i.lineno < 0) copyLoc(prev, i);
      else copyLoc(i, prev);
    }
    if (!b.nofallthrough && b.next!.predecessors === 1) {
      if (b.next!.instrs[0].lineno < 0) copyLoc(prev, b.next!.instrs[0]);
    }
    const last = b.instrs[b.instrs.length - 1];
    if (isJump(last)) {
      const target = last.target!;
      if (target.predecessors === 1 && target.instrs[0].lineno < 0) copyLoc(prev, target.instrs[0]);
    }
  }
}

/** cf. guarantee_lineno_for_exits */
export function guaranteeLinenoForExits(entry: Block, firstlineno: number): void {
  let lineno = firstlineno;
  for (let b: Block | null = entry; b; b = b.next) {
    if (!b.instrs.length) continue;
    const last = b.instrs[b.instrs.length - 1];
    if (last.lineno < 0) {
      if (last.op === Op.RETURN_VALUE) for (const i of b.instrs) i.lineno = lineno;
    } else {
      lineno = last.lineno;
    }
  }
}
