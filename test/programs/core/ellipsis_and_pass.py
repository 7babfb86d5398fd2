# pass and ... as placeholders; Ellipsis is a singleton.
def todo():
    ...

def also_todo():
    pass

class Empty:
    ...

print(todo(), also_todo(), Empty.__name__)
print(..., Ellipsis, ... is Ellipsis, type(...).__name__)
print(repr(...), bool(...))
x = [1, 2, 3]
print(x[...] if False else "ellipsis index skipped")
