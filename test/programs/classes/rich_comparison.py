# Rich comparison methods and their reflections.
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))
    def __eq__(self, other):
        return self.parts == other.parts
    def __lt__(self, other):
        return self.parts < other.parts
    def __le__(self, other):
        return self.parts <= other.parts

vs = [Version("1.10"), Version("1.2"), Version("1.2.1"), Version("0.9")]
print(sorted(vs), max(vs))
print(Version("1.0") < Version("1.1"), Version("2.0") > Version("1.5"))
print(Version("1.0") != Version("1.0"), Version("1.0") >= Version("0.5"))
try:
    Version("1") < 5
except AttributeError as e:
    print(e)
