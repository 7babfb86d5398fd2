# Uncaught chained exception: the traceback prints both exceptions with "During handling..." and carets.
def parse(s):
    return int(s)
def load(values):
    out = []
    for v in values:
        try:
            out.append(parse(v))
        except ValueError:
            raise RuntimeError(f"could not load {v!r}")
    return out
print(load(["1", "2"]))
print(load(["3", "four"]))
