# title() treats apostrophes as word breaks; a manual capitalisation does not.
s = "they're bill's friends from the UK"
print(s.title())
print(" ".join(w.capitalize() for w in s.split()))
print(s.capitalize(), s.upper().lower() == s.lower())
