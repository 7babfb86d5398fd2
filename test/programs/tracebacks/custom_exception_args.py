# A custom exception with several args prints the args tuple.
class ParseError(Exception):
    pass

raise ParseError("line 3", 42)
