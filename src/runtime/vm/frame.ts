// An executing frame: cf. Include/internal/pycore_frame.h _PyInterpreterFrame.
// localsplus holds fast locals, then cells, then free variables; the value stack
// follows in its own array. A PyFrameObject (frame) wrapper is created only on
// demand (tracebacks, sys._getframe), as in CPython.

import type { PyObject } from '../objects/object';
import type { PyDict } from '../objects/dict';
import type { PyFunction, PyCodeObj } from '../objects/core';
import type { CodeObject } from '../compile/code';

export class Frame {
  /** Index of the next instruction. */
  pc = 0;
  /** Index of the instruction being executed (f_lasti). */
  lasti = -1;
  readonly stack: Array<PyObject | null>;
  sp = 0;
  localsplus: Array<PyObject | null>;
  back: Frame | null = null;
  /** f_locals of a function frame: made by the first locals() / frame.f_locals and refreshed from the
   *  fast locals by each later one (cf. Objects/frameobject.c _PyFrame_FastToLocalsWithError). */
  localsDict: PyDict | null = null;
  /** The frame object handed out to Python code, if any. */
  frameObject: PyObject | null = null;
  /** Set for generator frames: the generator that owns this frame. */
  generator: PyObject | null = null;
  /** kwnames of the next CALL (KW_NAMES). */
  kwnames: PyObject | null = null;
  /** Line of the last "line" trace event in this frame. */
  lastLine = -1;
  /** Whether the frame has started (for generators). */
  started = false;
  /**
   * Set only on a frame running debugger code "in" another, paused frame: LOAD_NAME, STORE_NAME and
   * DELETE_NAME use that frame's fast locals and cells first (see frameLocals.ts).
   */
  fastNamespace: Frame | null = null;
  /** The frame owns a reference to `locals` (f_locals is a strong reference of frames run by
   *  PyEval_EvalCode: exec, eval, the main module). */
  ownsLocals = false;
  /** The reference to codeObj was dropped (releaseFrame). */
  codeReleased = false;
  /** The frame's line when it last stopped (for views). */
  constructor(
    public readonly codeObj: PyCodeObj,
    public readonly code: CodeObject,
    public readonly globals: PyDict,
    public readonly builtins: PyDict,
    public locals: PyDict | null,
    public func: PyFunction | null,
  ) {
    // The frame owns a reference to its function (f_func) and its code (f_code).
    // cf. Include/internal/pycore_frame.h _PyFrame_InitializeSpecials
    if (func !== null) func.refcnt++;
    codeObj.refcnt++;
    this.stack = new Array(code.stacksize + 1).fill(null);
    this.localsplus = new Array(code.localsplusNames.length).fill(null);
  }

  /** Line of the current instruction. */
  get lineno(): number {
    const i = this.lasti >= 0 ? this.lasti : Math.max(0, this.pc - 1);
    const l = this.code.positions[4 * i];
    return l > 0 ? l : this.code.firstlineno;
  }
}
