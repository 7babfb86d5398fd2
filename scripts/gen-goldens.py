#!/usr/bin/env python3
"""Regenerate the CPython goldens of the conformance corpus (test/programs/).

Usage:
    python3 scripts/gen-goldens.py [--check] [PATH_OR_DIR ...]

With no argument every ``*.py`` under ``test/programs/`` is processed.  A
directory argument means every ``*.py`` below it (recursively); a file
argument means that program.  ``--check`` writes nothing: it reruns the
programs and reports (exit status 1) any golden that differs from what it
would write.

How a program ``DIR/X.py`` is run (the interpreter is ``sys.executable``,
which must be CPython 3.11 -- the script refuses anything else):

* command line: ``[sys.executable, "X.py"]`` (the file's *basename*),
  current directory ``DIR``;
* environment: the caller's environment minus every ``PYTHON*`` variable,
  plus ``PYTHONHASHSEED=0`` (RefScope models hash randomisation off, so
  ``hash(str)`` and the iteration order of sets of strings are fixed),
  ``PYTHONDONTWRITEBYTECODE=1``, ``PYTHONIOENCODING=utf-8`` and
  ``PYTHONNOUSERSITE=1`` (no user site-packages);
* stdin: the bytes of ``DIR/X.stdin`` if that file exists, else empty;
* timeout: 20 seconds (a timeout is reported as an error; nothing is written).

Files written beside the program:

* ``X.stdout`` -- normalised standard output,
* ``X.stderr`` -- normalised standard error,
* ``X.status`` -- the exit code as decimal text and a newline (``"0\\n"``).

NORMALISATION (``normalise_outputs`` below; the TypeScript conformance test
must apply exactly the same rule to the simulator's output before comparing):

Both streams are decoded as UTF-8 (undecodable bytes are kept with the
``surrogateescape`` handler and written back unchanged).  Then:

1. Path: every occurrence of the absolute path of the program's folder
   followed by ``/`` is deleted (CPython 3.11 shows the script's absolute
   path in tracebacks, e.g. ``File "/abs/dir/X.py", line 3``, which becomes
   ``File "X.py", line 3``).  The folder path is ``os.path.abspath(DIR)``;
   if ``os.path.realpath(DIR)`` differs, it is deleted as well (abspath
   first).  Plain substring replacement, applied to each stream separately,
   before step 2.

2. Addresses: the text is scanned left to right for tokens matching this
   regular expression (ASCII letters only; no flags):

       (?<![0-9A-Za-z.])(?:0[xX][0-9A-Fa-f]+|[0-9]+)(?![0-9A-Za-z.])

   i.e. a hexadecimal literal ``0x...`` or a maximal run of decimal digits,
   in both cases not preceded and not followed by an ASCII digit, an ASCII
   letter or ``.``.  The token's integer value is computed (base 16 for the
   ``0x`` form, base 10 otherwise).  If the value lies in the half-open range
   ``[0x500000000000, 0x800000000000)`` (decimal ``[87960930222080,
   140737488355328)``) the token is replaced by ``@N``; otherwise it is left
   as is.  ``N`` is a positive integer (starting at 1) numbering the
   distinct *values* in order of first appearance, first through the whole
   of stdout and then continuing through stderr with the same numbering (so
   ``id(x)`` printed in decimal and ``hex(id(x))`` printed later get the same
   ``@N``; two different objects get different numbers).

Nothing else is changed (no trailing-whitespace or newline fix-up).

Regeneration is deterministic: running the script twice yields identical
files (``--check`` verifies that the goldens on disk are current).
"""

import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PROGRAMS = os.path.join(ROOT, "test", "programs")
TIMEOUT = 20

ADDRESS_TOKEN = re.compile(
    r"(?<![0-9A-Za-z.])(?:0[xX][0-9A-Fa-f]+|[0-9]+)(?![0-9A-Za-z.])")
ADDRESS_LO = 0x500000000000
ADDRESS_HI = 0x800000000000


def normalise_outputs(stdout, stderr, folder):
    """Apply the normalisation rule (see the module docstring).

    ``stdout`` and ``stderr`` are str; ``folder`` is the program's folder.
    Returns the pair (stdout, stderr) normalised.
    """
    prefixes = [os.path.abspath(folder) + "/"]
    real = os.path.realpath(folder) + "/"
    if real not in prefixes:
        prefixes.append(real)
    numbering = {}

    def addr(match):
        tok = match.group(0)
        value = int(tok[2:], 16) if tok[:2] in ("0x", "0X") else int(tok)
        if ADDRESS_LO <= value < ADDRESS_HI:
            if value not in numbering:
                numbering[value] = len(numbering) + 1
            return "@%d" % numbering[value]
        return tok

    out = []
    for text in (stdout, stderr):
        for p in prefixes:
            text = text.replace(p, "")
        out.append(ADDRESS_TOKEN.sub(addr, text))
    return out[0], out[1]


def child_env():
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env["PYTHONHASHSEED"] = "0"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env["PYTHONIOENCODING"] = "utf-8"
    env["PYTHONNOUSERSITE"] = "1"
    return env


def run_program(path):
    """Run one program; return (stdout, stderr, status) normalised, as str."""
    folder, base = os.path.split(os.path.abspath(path))
    stem = base[:-3]
    stdin_path = os.path.join(folder, stem + ".stdin")
    stdin = b""
    if os.path.exists(stdin_path):
        with open(stdin_path, "rb") as f:
            stdin = f.read()
    proc = subprocess.run(
        [sys.executable, base], cwd=folder, env=child_env(), input=stdin,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=TIMEOUT)
    out = proc.stdout.decode("utf-8", "surrogateescape")
    err = proc.stderr.decode("utf-8", "surrogateescape")
    out, err = normalise_outputs(out, err, folder)
    return out, err, "%d\n" % proc.returncode


def collect(args):
    paths = []
    for a in args or [PROGRAMS]:
        if os.path.isdir(a):
            for dirpath, dirnames, filenames in os.walk(a):
                dirnames.sort()
                for name in sorted(filenames):
                    if name.endswith(".py"):
                        paths.append(os.path.join(dirpath, name))
        elif a.endswith(".py") and os.path.isfile(a):
            paths.append(a)
        else:
            sys.exit("gen-goldens: not a .py file or directory: %s" % a)
    return paths


def main(argv):
    check = "--check" in argv
    args = [a for a in argv if a != "--check"]
    if sys.version_info[:2] != (3, 11) or sys.implementation.name != "cpython":
        sys.exit("gen-goldens: needs CPython 3.11, this is %s %s"
                 % (sys.implementation.name, sys.version.split()[0]))
    failures = 0
    paths = collect(args)
    for path in paths:
        try:
            results = run_program(path)
        except subprocess.TimeoutExpired:
            print("TIMEOUT %s" % path, file=sys.stderr)
            failures += 1
            continue
        stem = path[:-3]
        for ext, text in zip((".stdout", ".stderr", ".status"), results):
            data = text.encode("utf-8", "surrogateescape")
            target = stem + ext
            old = None
            if os.path.exists(target):
                with open(target, "rb") as f:
                    old = f.read()
            if old == data:
                continue
            if check:
                print("STALE %s" % target, file=sys.stderr)
                failures += 1
            else:
                with open(target, "wb") as f:
                    f.write(data)
    verb = "checked" if check else "generated"
    print("gen-goldens: %s %d program(s), %d problem(s)"
          % (verb, len(paths), failures), file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
