# A generator pipeline: read -> parse -> filter -> aggregate.
lines = ["# header", "alice,30", "bob,x", "", "carol,25", "dave,41"]

def non_empty(rows):
    for r in rows:
        if r and not r.startswith("#"):
            yield r

def parse(rows):
    for r in rows:
        name, age = r.split(",")
        try:
            yield name, int(age)
        except ValueError:
            print("skipping", r)

def adults(people, min_age):
    return ((n, a) for n, a in people if a >= min_age)

result = list(adults(parse(non_empty(lines)), 26))
print(result)
print(sum(a for _, a in parse(non_empty(lines))))
