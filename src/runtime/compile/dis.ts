// A disassembler printing like `python3 -m dis` (3.11): line numbers, jump-target
// markers, offsets (instruction index * 2, as we have no CACHE entries), opnames, arguments
// and their meaning, nested code objects, and the exception table.
// cf. Lib/dis.py (3.11) _disassemble_bytes, Instruction._disassemble, _get_instructions_bytes.

import type { CodeObject } from './code';
import { BINARY_OPS, CMP_OPS, opInfo, Op } from './opcodes';
import { CodeAddresses, codeRepr, constRepr, strRepr } from './constrepr';

export interface DisOptions {
  /** Disassemble nested code objects too (default true, like dis.dis). */
  recursive?: boolean;
  /** Shared fake addresses for `<code object ... at 0x...>` (one is made if absent). */
  addresses?: CodeAddresses;
}

const OPNAME_WIDTH = 20;
const OPARG_WIDTH = 5;
const MAKE_FUNCTION_FLAGS = ['defaults', 'kwdefaults', 'annotations', 'closure'];
const FORMAT_VALUE_CONVERTERS = ['', 'str', 'repr', 'ascii'];

export interface DisInstruction {
  offset: number;
  opname: string;
  op: number;
  arg: number | null;
  argrepr: string;
  startsLine: number | null;
  isJumpTarget: boolean;
}

/** The line where each instruction starts a new line, as co_lines()/findlinestarts. */
function lineStarts(code: CodeObject): (number | null)[] {
  const n = code.code.length / 2;
  const out: (number | null)[] = [];
  let last: number | null = null;
  for (let i = 0; i < n; i++) {
    const line = code.positions[4 * i];
    // cf. dis.findlinestarts: instructions without a line do not reset the last line
    const l = line < 0 ? null : line;
    if (l !== null && l !== last) {
      out.push(l);
      last = l;
    } else {
      out.push(null);
    }
  }
  return out;
}

function argRepr(code: CodeObject, op: number, arg: number, addrs: CodeAddresses): string {
  const info = opInfo(op);
  switch (info.arg) {
    case 'const': return constRepr(code.consts[arg], addrs);
    case 'name': return code.names[arg] ?? '';
    case 'global': return (arg & 1 ? 'NULL + ' : '') + (code.names[arg >> 1] ?? '');
    case 'local': return code.localsplusNames[arg] ?? '';
    case 'jump': return `to ${arg * 2}`;
    case 'compare': return CMP_OPS[arg] ?? '';
    case 'binop': return BINARY_OPS[arg] ?? '';
    case 'format': {
      let r = FORMAT_VALUE_CONVERTERS[arg & 3];
      if (arg & 4) r += (r ? ', ' : '') + 'with format';
      return r;
    }
    default:
      if (op === Op.MAKE_FUNCTION) return MAKE_FUNCTION_FLAGS.filter((_, i) => arg & (1 << i)).join(', ');
      return '';
  }
}

/** The instructions of a code object with their printed details. */
export function getInstructions(code: CodeObject, addrs = new CodeAddresses()): DisInstruction[] {
  const n = code.code.length / 2;
  const targets = new Set<number>();
  for (let i = 0; i < n; i++) if (opInfo(code.code[2 * i]).arg === 'jump') targets.add(code.code[2 * i + 1]);
  for (const e of code.exceptionTable) targets.add(e.target);
  const starts = lineStarts(code);
  const out: DisInstruction[] = [];
  for (let i = 0; i < n; i++) {
    const op = code.code[2 * i];
    const info = opInfo(op);
    const hasArg = op >= 90; // cf. HAVE_ARGUMENT
    const arg = hasArg ? code.code[2 * i + 1] : null;
    out.push({
      offset: 2 * i, opname: info.name, op, arg,
      argrepr: arg === null ? '' : argRepr(code, op, arg, addrs),
      startsLine: starts[i], isJumpTarget: targets.has(i),
    });
  }
  return out;
}

function formatInstruction(ins: DisInstruction, linenoWidth: number, offsetWidth: number): string {
  const fields: string[] = [];
  if (linenoWidth) {
    fields.push(ins.startsLine !== null ? String(ins.startsLine).padStart(linenoWidth) : ' '.repeat(linenoWidth));
  }
  fields.push('   ');
  fields.push(ins.isJumpTarget ? '>>' : '  ');
  fields.push(String(ins.offset).padStart(offsetWidth));
  fields.push(ins.opname.padEnd(OPNAME_WIDTH));
  if (ins.arg !== null) {
    fields.push(String(ins.arg).padStart(OPARG_WIDTH));
    if (ins.argrepr) fields.push('(' + ins.argrepr + ')');
  }
  return fields.join(' ').trimEnd();
}

function disassembleOne(code: CodeObject, addrs: CodeAddresses, out: string[]): void {
  const instrs = getInstructions(code, addrs);
  const lines = instrs.map((i) => i.startsLine).filter((l): l is number => l !== null);
  let linenoWidth = 0;
  if (lines.length) {
    const maxlineno = Math.max(...lines);
    linenoWidth = maxlineno >= 1000 ? String(maxlineno).length : 3;
  }
  const maxoffset = code.code.length - 2;
  const offsetWidth = maxoffset >= 10000 ? String(maxoffset).length : 4;
  for (const ins of instrs) {
    if (ins.startsLine !== null && ins.offset > 0) out.push('');
    out.push(formatInstruction(ins, linenoWidth, offsetWidth));
  }
  if (code.exceptionTable.length) {
    out.push('ExceptionTable:');
    for (const e of code.exceptionTable) {
      out.push(`  ${e.start * 2} to ${(e.end - 1) * 2} -> ${e.target * 2} [${e.depth}]${e.lasti ? ' lasti' : ''}`);
    }
  }
}

/** Disassemble a code object (and, by default, the code objects in its constants). */
export function disassemble(code: CodeObject, opts: DisOptions = {}): string {
  const addrs = opts.addresses ?? new CodeAddresses();
  const recursive = opts.recursive ?? true;
  const out: string[] = [];
  const walk = (co: CodeObject, first: boolean): void => {
    if (!first) {
      out.push('');
      out.push(`Disassembly of ${codeRepr(co, addrs)}:`);
    }
    disassembleOne(co, addrs, out);
    if (!recursive) return;
    for (const c of co.consts) if (c.kind === 'code') walk(c.code, false);
  };
  walk(code, true);
  return out.join('\n') + '\n';
}

export { strRepr };
