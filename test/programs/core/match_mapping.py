# Mapping patterns, extra keys allowed, **rest capture.
def handle(event):
    match event:
        case {"type": "click", "x": x, "y": y}:
            return f"click at {x},{y}"
        case {"type": "key", **rest}:
            return f"key with {rest}"
        case {}:
            return "some mapping"
        case _:
            return "not a mapping"

print(handle({"type": "click", "x": 1, "y": 2, "extra": 0}))
print(handle({"type": "key", "code": 13, "shift": False}))
print(handle({"other": 1}))
print(handle([1]))
