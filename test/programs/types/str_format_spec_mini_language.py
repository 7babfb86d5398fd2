# Format spec mini-language on str, int and float.
for spec in ["", "10", "<10", "^10", ">10", "*^10", ".2", "10.3"]:
    print(repr(format("abcdef", spec)))
for spec in ["d", "5d", "+d", " d", "05d", ",", "_", "x", "#b", "c", "n", "e"]:
    print(spec, repr(format(97, spec)))
for spec in ["f", ".1f", "e", ".3e", "g", ".2g", "%", "10.2%", "+.1f", "=+10.2f", "g"]:
    print(spec, repr(format(1234.5678 if spec != "%" else 0.5, spec)))
