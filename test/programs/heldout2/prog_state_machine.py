# a state machine driven by a generator and a dispatch table
def traffic_light():
    state = "red"
    durations = {"red": 3, "green": 2, "yellow": 1}
    transitions = {"red": "green", "green": "yellow", "yellow": "red"}
    while True:
        for tick in range(durations[state]):
            cmd = yield (state, tick)
            if cmd == "emergency":
                state = "red"
                break
        else:
            state = transitions[state]
light = traffic_light()
seen = [next(light)]
for i in range(9):
    seen.append(light.send("emergency" if i == 4 else None))
print(seen)
class VendingMachine:
    def __init__(self):
        self.state = "idle"
        self.credit = 0
        self.log = []
    def handle(self, event, amount=0):
        handler = getattr(self, f"on_{self.state}_{event}", None)
        if handler is None:
            self.log.append(f"ignored {event} in {self.state}")
            return
        handler(amount)
    def on_idle_coin(self, amount):
        self.credit += amount
        self.state = "paying"
    def on_paying_coin(self, amount):
        self.credit += amount
    def on_paying_select(self, price):
        if self.credit >= price:
            self.log.append(f"vend, change {self.credit - price}")
            self.credit = 0
            self.state = "idle"
        else:
            self.log.append(f"need {price - self.credit} more")
vm = VendingMachine()
for ev in [("select", 50), ("coin", 20), ("select", 50), ("coin", 40), ("select", 50), ("coin", 5)]:
    vm.handle(*ev)
print(vm.log, vm.state, vm.credit)
