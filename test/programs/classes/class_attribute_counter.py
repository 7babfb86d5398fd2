# Counting instances with a class attribute; self.count += 1 shadows it.
class Widget:
    created = 0
    def __init__(self):
        Widget.created += 1
        self.id = Widget.created

class Buggy:
    created = 0
    def __init__(self):
        self.created += 1

ws = [Widget() for _ in range(3)]
print(Widget.created, [w.id for w in ws])
b1, b2 = Buggy(), Buggy()
print(Buggy.created, b1.created, b2.created)
