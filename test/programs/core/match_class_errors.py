# Too many positional sub-patterns for __match_args__ raises TypeError.
class P:
    __match_args__ = ("a",)
    def __init__(self, a):
        self.a = a

try:
    match P(1):
        case P(x, y):
            print("matched", x, y)
except TypeError as e:
    print("TypeError:", e)
match P(1):
    case P(a=1):
        print("keyword pattern ok")
