# Annotated assignments: values, annotations dict, annotation without value.
count: int = 3
name: str
ratio: float = count / 2
print(count, ratio)
print(__annotations__)
try:
    print(name)
except NameError as e:
    print("NameError:", e)

def f(a: int, b: "str" = "x") -> list:
    return [a, b]

print(f(1), f.__annotations__)
