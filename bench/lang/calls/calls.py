class Counter:
    def __init__(self):
        self.value = 0

    def add(self, n):
        self.value = self.value + n


def main():
    counter = Counter()
    for i in range(1, 10000001):
        counter.add(i % 3)
    print(counter.value)


main()
