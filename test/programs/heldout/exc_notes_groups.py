# exception notes and ExceptionGroup (3.11)
try:
    try:
        raise ValueError("bad value")
    except ValueError as e:
        e.add_note("while parsing line 3")
        e.add_note("input was 'x'")
        raise
except ValueError as e:
    print(e, e.__notes__)
eg = ExceptionGroup("several", [ValueError("v"), TypeError("t"), ValueError("w")])
print(repr(eg), str(eg), len(eg.exceptions))
match, rest = eg.split(ValueError)
print(repr(match), repr(rest))
print(repr(eg.subgroup(TypeError)))
try:
    raise eg
except* ValueError as g:
    print("value errors:", [str(x) for x in g.exceptions])
except* TypeError as g:
    print("type errors:", [str(x) for x in g.exceptions])
try:
    ExceptionGroup("x", [])
except ValueError as e:
    print("ValueError:", e)
print(issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, BaseException))
