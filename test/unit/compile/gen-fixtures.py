#!/usr/bin/env python3
"""Generate compiler fixtures from CPython 3.11 (the oracle).

For every program of the corpus this records the AST (as the parser contract of
src/runtime/parse/ast.ts describes it) and, for each code object (recursively), the
attributes and the instruction list that test/unit/compile/*.test.ts compare with our
compiler's output. Also records the SyntaxErrors that the compiler and symbol table raise.

Run: python3 test/unit/compile/gen-fixtures.py
"""
import ast
import dis
import io
import json
import os
import sys
import tempfile
import types

assert sys.version_info[:2] == (3, 11), "fixtures must come from CPython 3.11"

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "fixtures")
sys.path.insert(0, HERE)
from corpus import PROGRAMS, ERRORS  # noqa: E402


# ---------------------------------------------------------------- AST to JSON

def const_json(v):
    if v is None:
        return {"kind": "None"}
    if v is Ellipsis:
        return {"kind": "Ellipsis"}
    if isinstance(v, bool):
        return {"kind": "bool", "value": v}
    if isinstance(v, int):
        return {"kind": "int", "value": str(v)}
    if isinstance(v, float):
        return {"kind": "float", "value": repr(v)}
    if isinstance(v, complex):
        return {"kind": "complex", "real": 0, "imag": repr(v.imag)}
    if isinstance(v, str):
        return {"kind": "str", "value": v}
    if isinstance(v, bytes):
        return {"kind": "bytes", "value": list(v)}
    raise TypeError(type(v))


def char_col(lines, lineno, col):
    """AST columns are UTF-8 byte offsets; the contract uses character offsets."""
    if lineno is None or col is None or lineno < 1 or lineno > len(lines):
        return col
    return len(lines[lineno - 1].encode("utf-8")[:col].decode("utf-8", "replace"))


def node_json(node, lines):
    if isinstance(node, list):
        return [node_json(x, lines) for x in node]
    if node is None or isinstance(node, (str, int)):
        return node
    if isinstance(node, (ast.expr_context, ast.boolop, ast.operator, ast.unaryop, ast.cmpop)):
        return type(node).__name__
    if not isinstance(node, ast.AST):
        raise TypeError(type(node))
    d = {"_type": type(node).__name__}
    for f in node._fields:
        v = getattr(node, f, None)
        if isinstance(node, ast.Constant) and f == "value":
            d[f] = const_json(v)
        elif isinstance(node, ast.MatchSingleton) and f == "value":
            d[f] = const_json(v)
        else:
            d[f] = node_json(v, lines)
    for a in ("lineno", "col_offset", "end_lineno", "end_col_offset"):
        if a in node._attributes:
            d[a] = getattr(node, a)
    if "col_offset" in d:
        d["col_offset"] = char_col(lines, d["lineno"], d["col_offset"])
        d["end_col_offset"] = char_col(lines, d["end_lineno"], d["end_col_offset"])
    return d


# ---------------------------------------------------------------- code objects

def norm_const(c):
    if isinstance(c, types.CodeType):
        return ["code", c.co_qualname]
    if c is None:
        return ["None"]
    if c is Ellipsis:
        return ["Ellipsis"]
    if isinstance(c, bool):
        return ["bool", c]
    if isinstance(c, int):
        return ["int", str(c)]
    if isinstance(c, float):
        return ["float", repr(c)]
    if isinstance(c, complex):
        return ["complex", repr(c)]
    if isinstance(c, str):
        return ["str", c]
    if isinstance(c, bytes):
        return ["bytes", list(c)]
    if isinstance(c, tuple):
        return ["tuple", [norm_const(x) for x in c]]
    if isinstance(c, frozenset):
        return ["frozenset", sorted((norm_const(x) for x in c), key=json.dumps)]
    raise TypeError(type(c))


JUMPS = set(dis.hasjrel) | set(dis.hasjabs)
LOCALS = set(dis.haslocal) | set(dis.hasfree)


def dump_code(co, lines):
    instrs = [i for i in dis.get_instructions(co) if i.opname not in ("CACHE", "EXTENDED_ARG")]
    index = {i.offset: k for k, i in enumerate(instrs)}
    code = []
    for i in instrs:
        op = i.opcode
        if op in JUMPS:
            arg = index[i.argval]
        elif i.opname in ("LOAD_CONST", "KW_NAMES"):
            arg = norm_const(co.co_consts[i.arg])
        elif i.opname == "LOAD_GLOBAL":
            arg = [i.argval, i.arg & 1]
        elif op in dis.hasname or op in LOCALS:
            arg = i.argval
        elif op in dis.hascompare:
            arg = i.argrepr
        else:
            arg = i.arg
        code.append([i.opname, arg])
    positions = []
    for i in instrs:
        ln, eln, col, ecol = [-1 if x is None else x for x in i.positions]
        # co_positions() columns are UTF-8 byte offsets; the contract counts characters.
        if col >= 0:
            col = char_col(lines, ln, col)
        if ecol >= 0:
            ecol = char_col(lines, eln, ecol)
        positions.append([ln, eln, col, ecol])

    def idx_end(end):
        return sum(1 for i in instrs if i.offset < end)

    table = [[index[e.start], idx_end(e.end), index[e.target], e.depth, bool(e.lasti)]
             for e in dis._parse_exception_table(co)]
    return {
        "name": co.co_name,
        "qualname": co.co_qualname,
        "firstlineno": co.co_firstlineno,
        "argcount": co.co_argcount,
        "posonlyargcount": co.co_posonlyargcount,
        "kwonlyargcount": co.co_kwonlyargcount,
        "flags": co.co_flags,
        "stacksize": co.co_stacksize,
        "varnames": list(co.co_varnames),
        "cellvars": list(co.co_cellvars),
        "freevars": list(co.co_freevars),
        "names": list(co.co_names),
        "consts": [norm_const(c) for c in co.co_consts],
        "code": code,
        "positions": positions,
        "exceptiontable": table,
        "children": [dump_code(c, lines) for c in co.co_consts if isinstance(c, types.CodeType)],
    }


def main():
    os.makedirs(OUT, exist_ok=True)
    programs = []
    for name, src in PROGRAMS:
        src = src.strip("\n") + "\n"
        lines = src.splitlines(True)
        tree = ast.parse(src, "prog.py")
        co = compile(src, "prog.py", "exec")
        programs.append({"name": name, "source": src, "ast": node_json(tree, lines), "code": dump_code(co, lines)})
    with open(os.path.join(OUT, "programs.json"), "w") as f:
        json.dump(programs, f, indent=None, separators=(",", ":"))
        f.write("\n")

    errors = []
    tmpdir = tempfile.mkdtemp()
    path = os.path.join(tmpdir, "prog.py")
    for name, src in ERRORS:
        src = src.strip("\n") + "\n"
        lines = src.splitlines(True)
        tree = ast.parse(src, "prog.py")  # must parse: these are compiler/symtable errors
        with open(path, "w") as f:
            f.write(src)
        try:
            # Compile from a real file so that SyntaxError.text is read from it, as for a script.
            compile(src, path, "exec")
        except SyntaxError as e:
            errors.append({
                "name": name, "source": src, "ast": node_json(tree, lines),
                "msg": e.msg, "lineno": e.lineno, "offset": e.offset,
                "end_lineno": -1 if e.end_lineno is None else e.end_lineno,
                "end_offset": -1 if e.end_offset is None else e.end_offset, "text": e.text,
            })
        else:
            raise SystemExit(f"error case {name!r} compiled without error")
    with open(os.path.join(OUT, "errors.json"), "w") as f:
        json.dump(errors, f, indent=None, separators=(",", ":"))
        f.write("\n")
    # Constant folding: `x = <expr>` folds to one LOAD_CONST, or not.
    folds = []
    for expr in fold_cases():
        src = f"x = {expr}\n"
        try:
            co = compile(src, "prog.py", "exec")
        except (SyntaxError, ValueError, OverflowError):
            continue
        ins = [i for i in dis.get_instructions(co) if i.opname not in ("CACHE", "EXTENDED_ARG")]
        folded = len(ins) == 5 and ins[1].opname == "LOAD_CONST"
        folds.append({"expr": expr, "value": norm_const(co.co_consts[ins[1].arg]) if folded else None})
    with open(os.path.join(OUT, "folds.json"), "w") as f:
        json.dump(folds, f, indent=None, separators=(",", ":"))
        f.write("\n")

    # Disassembler output (python3 -m dis) for some programs.
    texts = []
    for name, src in PROGRAMS:
        if name not in DIS_PROGRAMS:
            continue
        src = src.strip("\n") + "\n"
        buf = io.StringIO()
        dis.dis(compile(src, "prog.py", "exec"), file=buf)
        texts.append({"name": name, "source": src, "text": buf.getvalue()})
    with open(os.path.join(OUT, "dis.json"), "w") as f:
        json.dump(texts, f, indent=1)
        f.write("\n")
    print(f"{len(programs)} programs, {len(errors)} error cases, {len(folds)} fold cases, {len(texts)} dis texts")


DIS_PROGRAMS = {
    "assign_const", "binops", "compare_chain", "boolop", "fstring", "call_dstar", "call_method_kw",
    "fold_float_repr", "fold_complex", "fold_str", "string_escapes", "fold_in_list", "try_except_finally",
    "with_as", "def_args", "def_annotations", "closure_multi", "class_super", "listcomp_nested",
    "generator_yield_from", "import_as", "match_class", "match_mapping", "nested_loops_break",
    "lambda_simple", "h_match_long_or", "fold_tuple", "const_distinct",
}

FOLD_VALUES = ["0", "1", "-1", "2", "7", "-7", "3", "10**20", "-(2**64)", "2**63", "0.0", "-0.0", "1.5",
               "-2.5", "1e308", "5e-324", "1e309", "1j", "(2+3j)", "-0j", "True", "False", "'ab'", "b'xy'",
               "(1, 2)", "''", "()", "None", "128", "0.1", "3.0", "-3.5", "2**70", "(1-1j)"]
FOLD_BINOPS = ["+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "@"]
FOLD_UNARY = ["-", "+", "~", "not "]


def fold_cases():
    for a in FOLD_VALUES:
        for u in FOLD_UNARY:
            yield f"{u}({a})"
        for b in FOLD_VALUES:
            for op in FOLD_BINOPS:
                yield f"({a}) {op} ({b})"
    for a in ["'abc'", "b'abc'", "(1, 2, 3)", "'héllo'", "'a\\U0001f600b'", "(1, (2, 3))"]:
        for i in ["0", "1", "-1", "3", "-4", "True", "1.0", "10**30", "'x'"]:
            yield f"{a}[{i}]"
    for n in ["0", "1", "4096", "4097", "2048", "256", "257", "-1", "10**20"]:
        yield f"'a' * {n}"
        yield f"'ab' * {n}"
        yield f"b'a' * {n}"
        yield f"(1,) * {n}"
        yield f"(1, 2) * {n}"
        yield f"((1, 2, 3, 4),) * {n}"
    for a, b in [("2", "127"), ("2", "128"), ("3", "80"), ("3", "81"), ("10", "38"), ("10", "39"), ("255", "16"),
                 ("256", "16"), ("-2", "63"), ("2", "0"), ("0", "1000"), ("1", "1000"), ("-1", "1000"),
                 ("2.0", "1000"), ("2.0", "1024"), ("-8.0", "0.5"), ("-1.0", "0.5"), ("0.0", "-1.0"), ("1.5", "-2")]:
        yield f"{a} ** {b}"
    for a, b in [("1", "127"), ("1", "128"), ("3", "126"), ("3", "127"), ("-1", "200"), ("0", "1000"), ("5", "-1")]:
        yield f"{a} << {b}"
        yield f"{a} >> {b}"
    for a, b in [("10**30", "7"), ("-(10**30)", "7"), ("2**80", "3**30"), ("1", "3"), ("2**53 + 1", "1"),
                 ("10**400", "10**399"), ("1", "10**400"), ("-(2**1000)", "3**600"), ("7", "-(2**60)")]:
        yield f"({a}) / ({b})"
        yield f"({a}) // ({b})"
        yield f"({a}) % ({b})"
    for a, b in [("7.5", "-2"), ("-7.5", "2"), ("1e300", "1e-300"), ("-0.0", "5"), ("5", "-0.0"), ("0.0", "-3"),
                 ("1e308", "1e-308"), ("3.0", "0.1")]:
        yield f"({a}) // ({b})"
        yield f"({a}) % ({b})"
    for a, b in [("1j", "2j"), ("(1+2j)", "(3-4j)"), ("(1e300+1e300j)", "(1e-300+1e-300j)"), ("(1+1j)", "0j"),
                 ("2j", "3"), ("(1+2j)", "2"), ("(1+2j)", "-2"), ("(1+2j)", "0.5"), ("1j", "(1+1j)"), ("0j", "-1"),
                 ("0j", "0"), ("(2+0j)", "101"), ("(-1+0j)", "0.5")]:
        yield f"({a}) / ({b})"
        yield f"({a}) ** ({b})"
        yield f"({a}) * ({b})"


if __name__ == "__main__":
    main()
