# 3.11 add_note(): notes are printed in tracebacks and stored in __notes__.
try:
    raise ValueError("bad input")
except ValueError as e:
    e.add_note("while reading record 7")
    e.add_note("hint: check the file")
    print(e.__notes__)
    print(str(e))
err = KeyError("k")
err.add_note("attached before raising")
raise err
