# object and type relations.
print(isinstance(object, type), isinstance(type, object), issubclass(type, object))
print(type.__mro__, type(object), object.__class__)
print(isinstance(len, object), issubclass(object, object))
print(type(type(type)) is type, issubclass(bool, (str, int)))
print([c.__name__ for c in int.__subclasses__() if c.__module__ == "builtins"][:1])
