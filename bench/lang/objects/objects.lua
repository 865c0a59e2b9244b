local function main()
  local people = {}
  for i = 1, 1000000 do
    people[#people + 1] = { id = i, name = "p" .. tostring(i), score = i % 100 }
  end
  local total, even = 0, 0
  for _, person in ipairs(people) do
    total = total + person.score
    if person.id % 2 == 0 then even = even + 1 end
  end
  print(total .. " " .. even)
end
main()
