# traceback through methods, a lambda and a comprehension
class Parser:
    def __init__(self, text):
        self.text = text
    def numbers(self):
        return [self.convert(t) for t in self.text.split(",")]
    def convert(self, token):
        return (lambda s: int(s.strip()))(token)
p = Parser("1, 2, 3")
print(p.numbers())
Parser("4, five, 6").numbers()
