# heapq: heappush/heappop ordering, heapify invariant, nlargest/nsmallest with key, merge, heappushpop/heapreplace.
import heapq
h = []
for x in [5, 1, 8, 3, 9, 2, 7]:
    heapq.heappush(h, x)
print(h, [heapq.heappop(h) for _ in range(len(h))])
data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0]
heapq.heapify(data)
print(data, all(data[i] <= data[c] for i in range(len(data)) for c in (2 * i + 1, 2 * i + 2) if c < len(data)))
print(heapq.heappushpop(data, -1), heapq.heapreplace(data, 100), data[0])
print(heapq.nlargest(3, [5, 1, 9, 3, 7]), heapq.nsmallest(2, "hello"), heapq.nlargest(2, ["aa", "b", "cccc"], key=len))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [0, 9])), list(heapq.merge(["c", "a"], ["b"], key=str, reverse=False)))
print(list(heapq.merge([7, 4, 1], [8, 2], reverse=True)))
tasks = []
for prio, name in [(3, "low"), (1, "urgent"), (2, "mid"), (1, "also urgent")]:
    heapq.heappush(tasks, (prio, name))
print([heapq.heappop(tasks)[1] for _ in range(4)])
try:
    heapq.heappop([])
except IndexError as e:
    print(e)
try:
    heapq.heapreplace([], 1)
except IndexError as e:
    print(e)
mixed = [1, "a"]
try:
    heapq.heapify(mixed)
    heapq.heappush(mixed, 2)
except TypeError as e:
    print(e)
print(heapq.nsmallest(0, [1, 2]), heapq.nlargest(10, [3, 1]), heapq._heapify_max if False else "ok")
