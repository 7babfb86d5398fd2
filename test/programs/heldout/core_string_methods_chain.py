# chains of string method calls and text processing
text = """  The Zen of Python, by Tim Peters

Beautiful is better than ugly.
Explicit is better than implicit.
Simple is better than complex.
  """
lines = [l.strip() for l in text.strip().splitlines() if l.strip()]
print(lines[0].upper(), len(lines))
for l in lines[1:]:
    left, _, right = l.rstrip(".").partition(" is better than ")
    print(f"{left.lower():>10} > {right}")
words = text.lower().translate(str.maketrans("", "", ",.")).split()
print(sorted(set(words))[:6], words.count("is"))
print(text.count("better"), text.find("Python"), text.index("ugly"), text.rfind("is"))
caps = [w for w in text.split() if w[0].isupper()]
print(caps)
print(" ".join(text.split()).title()[:30])
acr = "".join(w[0] for w in "portable network graphics".split()).upper()
print(acr, "snake_case_name".replace("_", " ").title().replace(" ", ""), "CamelCase".lower())
print("a-b_c d".replace("-", " ").replace("_", " ").split())
s = "Mississippi"
print(s.lower().count("ss"), s.replace("ss", "SS", 1), s.strip("Mi"), s.center(15, "~"), s.casefold())
