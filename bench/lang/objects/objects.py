def main():
    people = []
    for i in range(1, 1000001):
        people.append({"id": i, "name": "p" + str(i), "score": i % 100})
    total = 0
    even = 0
    for person in people:
        total = total + person["score"]
        if person["id"] % 2 == 0:
            even = even + 1
    print(total, even)


main()
