# uncaught KeyError in nested dict access inside a method call chain
class Config:
    def __init__(self, data):
        self.data = data
    def get(self, *keys):
        node = self.data
        for k in keys:
            node = node[k]
        return node
cfg = Config({"db": {"host": "localhost", "port": 5432}})
print(cfg.get("db", "host"))
print(cfg.get("db", "user"))
