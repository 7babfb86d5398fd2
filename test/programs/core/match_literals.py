# match with literal patterns and a wildcard.
def describe(code):
    match code:
        case 200:
            return "OK"
        case 301 | 302:
            return "redirect"
        case 404:
            return "not found"
        case "teapot":
            return "I'm a teapot"
        case None:
            return "no code"
        case True:
            return "true?"
        case _:
            return "unknown"

for c in (200, 302, 404, "teapot", None, True, 1, 500):
    print(c, describe(c))
