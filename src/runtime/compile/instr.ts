// Instructions and basic blocks of the compiler's control-flow graph, and the
// pseudo-instructions that never reach the VM.
// cf. Python/compile.c struct instr, basicblock, SETUP_FINALLY..POP_JUMP_IF_NOT_NONE

import { Op } from './opcodes';

// Pseudo-instructions, turned into NOPs, exception table entries or real jumps by the assembler.
export const SETUP_FINALLY = -1;
export const SETUP_CLEANUP = -2;
export const SETUP_WITH = -3;
export const POP_BLOCK = -4;
export const JUMP = -5;
export const JUMP_NO_INTERRUPT = -6;
export const POP_JUMP_IF_FALSE = -7;
export const POP_JUMP_IF_TRUE = -8;
export const POP_JUMP_IF_NONE = -9;
export const POP_JUMP_IF_NOT_NONE = -10;

export interface Instr {
  op: number;
  arg: number;
  target: Block | null;
  except: Block | null;
  lineno: number;
  endLineno: number;
  col: number;
  endCol: number;
}

export class Block {
  instrs: Instr[] = [];
  next: Block | null = null;
  exceptStack: Block[] | null = null;
  predecessors = 0;
  startdepth = -0x80000000;
  offset = 0;
  nofallthrough = false;
  preserveLasti = false;
  visited = false;
  exit = false;
  returns = false;
}

export function isVirtualJump(op: number): boolean {
  return op === JUMP || op === JUMP_NO_INTERRUPT || op === POP_JUMP_IF_NONE || op === POP_JUMP_IF_NOT_NONE
    || op === POP_JUMP_IF_FALSE || op === POP_JUMP_IF_TRUE;
}

const REAL_JUMPS = new Set<number>([
  Op.FOR_ITER, Op.JUMP_FORWARD, Op.JUMP_IF_FALSE_OR_POP, Op.JUMP_IF_TRUE_OR_POP,
  Op.POP_JUMP_FORWARD_IF_FALSE, Op.POP_JUMP_FORWARD_IF_TRUE, Op.POP_JUMP_FORWARD_IF_NONE,
  Op.POP_JUMP_FORWARD_IF_NOT_NONE, Op.SEND, Op.JUMP_BACKWARD_NO_INTERRUPT, Op.JUMP_BACKWARD,
  Op.POP_JUMP_BACKWARD_IF_FALSE, Op.POP_JUMP_BACKWARD_IF_TRUE, Op.POP_JUMP_BACKWARD_IF_NONE,
  Op.POP_JUMP_BACKWARD_IF_NOT_NONE,
]);

/** cf. is_jump */
export function isJump(i: Instr): boolean {
  return isVirtualJump(i.op) || REAL_JUMPS.has(i.op);
}

/** cf. is_block_push */
export function isBlockPush(i: Instr): boolean {
  return i.op === SETUP_FINALLY || i.op === SETUP_WITH || i.op === SETUP_CLEANUP;
}

/** cf. is_end_of_basic_block */
export function isEndOfBasicBlock(i: Instr): boolean {
  return isJump(i) || i.op === Op.RETURN_VALUE || i.op === Op.RAISE_VARARGS || i.op === Op.RERAISE;
}

/** cf. COPY_INSTR_LOC */
export function copyLoc(from: Instr, to: Instr): void {
  to.lineno = from.lineno;
  to.endLineno = from.endLineno;
  to.col = from.col;
  to.endCol = from.endCol;
}

/** Stack effect including the pseudo-instructions. cf. Python/compile.c stack_effect */
export function pseudoStackEffect(op: number, jump: boolean): number | null {
  switch (op) {
    case SETUP_FINALLY: return jump ? 1 : 0;
    case SETUP_CLEANUP: return jump ? 2 : 0;
    case SETUP_WITH: return jump ? 1 : 0;
    case POP_BLOCK: case JUMP: case JUMP_NO_INTERRUPT: return 0;
    case POP_JUMP_IF_FALSE: case POP_JUMP_IF_TRUE: case POP_JUMP_IF_NONE: case POP_JUMP_IF_NOT_NONE: return -1;
    default: return null;
  }
}
