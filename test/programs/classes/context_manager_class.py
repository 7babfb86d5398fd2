# __enter__/__exit__ on a class used as a timer-free tracer.
class Indent:
    level = 0
    def __enter__(self):
        Indent.level += 1
        return self
    def __exit__(self, exc_type, exc, tb):
        Indent.level -= 1
        return False
    def say(self, text):
        print("  " * Indent.level + text)

with Indent() as a:
    a.say("one")
    with Indent() as b:
        b.say("two")
        with Indent() as c:
            c.say("three")
    a.say("back to one")
print(Indent.level)
