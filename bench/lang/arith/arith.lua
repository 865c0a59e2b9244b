local function main()
  local sum = 0
  for i = 1, 20000000 do
    sum = (sum + (i % 7) * 3) % 1000003
  end
  print(sum)
end
main()
