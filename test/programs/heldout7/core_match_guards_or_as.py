# match: guards with side effects, as-patterns, or-patterns binding the same names, fallthrough order.
log = []
def check(v, tag):
    log.append(tag)
    return v
def m(cmd):
    match cmd.split():
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return f"going {direction}"
        case ["go", _] as whole:
            return f"bad direction in {whole}"
        case ["pick", "up", item] | ["take", item] if check(item != "anvil", "guard1"):
            return f"picked {item}"
        case ["pick", "up", item] | ["take", item]:
            return f"too heavy: {item}"
        case [("quit" | "exit")]:
            return "bye"
        case [cmd_, *args] if check(len(args) > 2, "guard2"):
            return f"{cmd_} with many args"
        case _:
            return "?"
for c in ["go north", "go up", "pick up sword", "take anvil", "exit", "say a b c", "say a", ""]:
    print(repr(c), "->", m(c))
print(log)
match 5:
    case (1 | 2) as small:
        print("small", small)
    case int() as n if n > 3:
        print("big int", n)
x = "unbound before"
match [1, 2]:
    case [x, 3]:
        pass
    case _:
        pass
print("x after failed match:", x)
