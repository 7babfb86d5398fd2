# heapq and bisect in typical use
import heapq, bisect, random
random.seed(3)
h = []
for x in [5, 1, 8, 3, 9, 2]:
    heapq.heappush(h, x)
print(h, [heapq.heappop(h) for _ in range(3)], h)
data = [random.randint(0, 100) for _ in range(20)]
heapq.heapify(data)
print(data[:5], heapq.nsmallest(3, data), heapq.nlargest(4, data), heapq.nlargest(2, data, key=lambda v: -v))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6])), list(heapq.merge([3, 1], [4, 2], reverse=True)))
print(heapq.heappushpop([1, 5], 3), heapq.heapreplace([1, 5], 3))
tasks = []
for pri, name in [(3, "c"), (1, "a"), (2, "b")]:
    heapq.heappush(tasks, (pri, name))
print([heapq.heappop(tasks)[1] for _ in range(3)])
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError", e)
try:
    heapq.heappush((), 1)
except TypeError as e:
    print("TypeError", e)
a = [1, 3, 3, 5, 8]
print(bisect.bisect_left(a, 3), bisect.bisect_right(a, 3), bisect.bisect(a, 4), bisect.bisect_left(a, 10))
bisect.insort(a, 4); bisect.insort_left(a, 3)
print(a, bisect.bisect_right(a, 3, 1, 3), bisect.bisect_left([(1, "a"), (3, "b")], 2, key=lambda p: p[0]))
try:
    bisect.bisect([], 1, -1)
except ValueError as e:
    print(e)
grades = "FDCBA"
print([grades[bisect.bisect([60, 70, 80, 90], s)] for s in [33, 99, 77, 70, 89, 90, 100]])
