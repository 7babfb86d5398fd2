# partition and rpartition.
print("key=value=more".partition("="))
print("key=value=more".rpartition("="))
print("novalue".partition("="), "novalue".rpartition("="))
print("a.b.c".rpartition(".")[2], "user@host".partition("@")[::2])
try:
    "x".partition("")
except ValueError as e:
    print(e)
