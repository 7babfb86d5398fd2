# Escape sequences in string literals and raw strings.
print("tab:\t|", "nl:\\n", "quote:\"", 'apos:\'', "bell:\a"[:5] + "|")
print(len("\n"), len(r"\n"), r"C:\new\table", "\x41\u0042\U00000043\N{DIGIT ONE}\101")
print(repr("\0"), repr("\u00e9"), repr(r"\d+"), len("\\"))
print("line1\
 continued")
