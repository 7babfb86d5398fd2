# string module: constants, capwords, Template substitute/safe_substitute and errors, Formatter.
import string
print(string.ascii_letters, string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits, repr(string.whitespace), len(string.printable))
print(string.punctuation)
print(string.capwords("hello   world  foo"), string.capwords("a-b-c", "-"), string.capwords(" x "))
t = string.Template("$who likes ${what}, costs $$5")
print(t.substitute(who="tim", what="kung pao"), t.substitute({"who": "ann"}, what="tea"))
print(t.safe_substitute(who="bob"), t.template)
try:
    t.substitute(who="x")
except KeyError as e:
    print("KeyError", e)
try:
    string.Template("$").substitute()
except ValueError as e:
    print(e)
try:
    string.Template("bad ${x").substitute(x=1)
except ValueError as e:
    print(e)
print(string.Template("$a$b").safe_substitute(a=1), string.Template("$x.y").substitute(x="v"))
class Pct(string.Template):
    delimiter = "%"
print(Pct("%name is %{age}").substitute(name="A", age=3))
f = string.Formatter()
print(f.format("{0}-{x}", 1, x=2), list(f.parse("a{0!r:>3}b{}")), f.vformat("{a}", (), {"a": "v"}))
print(string.Template("$x").get_identifiers() if hasattr(string.Template, "get_identifiers") else "n/a",
      string.Template("$x ${y} $$").is_valid() if hasattr(string.Template, "is_valid") else "n/a")
