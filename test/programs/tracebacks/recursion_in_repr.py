# RecursionError raised through __repr__ calls.
class Loop:
    def __repr__(self):
        return "Loop(" + repr(self) + ")"

print("ready")
print(repr(Loop()))
