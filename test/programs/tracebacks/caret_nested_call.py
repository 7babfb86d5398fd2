# Carets inside a larger expression spanning a nested call chain.
def parse(s):
    return int(s)

values = {"a": "1", "b": "two"}
total = parse(values["a"]) + parse(values["b"])
