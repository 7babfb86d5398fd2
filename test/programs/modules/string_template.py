# string.Template substitute and safe_substitute.
from string import Template
t = Template("$who likes ${what}s, costs $$$price")
print(t.substitute(who="Tim", what="kiwi", price=3))
print(t.safe_substitute(who="Ann"))
try:
    t.substitute(who="Bo")
except KeyError as e:
    print("KeyError", e)
try:
    Template("bad $").substitute()
except ValueError as e:
    print("ValueError", e)
print(Template("$a$b").substitute({"a": 1}, b=2), t.template[:4])
