# An exception whose __str__ itself raises.
class BadError(Exception):
    def __str__(self):
        raise RuntimeError("no str for you")

print("raising")
raise BadError("payload")
