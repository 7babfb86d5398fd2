# __init_subclass__ runs when a subclass is created, with class keyword arguments.
class Plugin:
    registry = {}
    def __init_subclass__(cls, key=None, **kwargs):
        super().__init_subclass__(**kwargs)
        print("registering", cls.__name__, key)
        Plugin.registry[key or cls.__name__.lower()] = cls

class Csv(Plugin, key="csv"):
    pass
class Json(Plugin):
    pass
class PrettyJson(Json, key="pjson"):
    pass
print(sorted(Plugin.registry), Plugin.registry["pjson"].__mro__[1].__name__)
