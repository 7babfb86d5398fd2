# and/or return an operand, not necessarily a bool, and short-circuit.
def t(name, value):
    print("called", name)
    return value

print(0 or "default", "" or [] or None, 3 and 4, 0 and 1 / 0)
print(t("a", 0) and t("b", 1))
print(t("c", 1) or t("d", 2))
print(t("e", 1) and t("f", 0) or t("g", "fallback"))
print(not 0, not [1], not None, not "")
x = None
name = x or "anonymous"
print(name)
